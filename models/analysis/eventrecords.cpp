#include "eventrecords.h"

#include "eventorigins.h"
#include "eventsegment.h"
#include "eventtablebuilder.h"

#include "store/connection.h"
#include "store/eventtexts.h"
#include "store/statement.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <limits>
#include <memory>
#include <optional>
#include <vector>

namespace Funnelscope {

namespace {

// The events table's columns, in its order.
enum Column {
    Id, ImportId, Ts, UserId, EventTypeId, SessionId, AnonymousId, DeviceId, ChannelId, CountryId, ProductId, CategoryId,
    Price, Revenue, CurrencyId, DedupKey, Properties, ColumnCount
};

constexpr const char *schema = "CREATE TABLE x (id INTEGER PRIMARY KEY, import_id INTEGER, ts INTEGER, user_id INTEGER, "
                               "event_type_id INTEGER, session_id INTEGER, anonymous_id INTEGER, device_id INTEGER, "
                               "channel_id INTEGER, country_id INTEGER, product_id INTEGER, category_id INTEGER, "
                               "price REAL, revenue REAL, currency_id INTEGER, dedup_key TEXT, properties TEXT)";

// The dimension columns, in EventTable::dimensionColumns' order (device .. currency).
constexpr std::array<Column, EventTableBuilder::dimensionCount> dimensionColumns = {DeviceId, ChannelId, CountryId,
                                                                                     ProductId, CategoryId, CurrencyId};

// What xBestIndex() found usable, as bits of idxNum; the values come in this order.
enum Plan : int { IdEquals = 1, IdLow = 2, IdHigh = 4, ImportEquals = 8, UserIn = 16 };

struct Table : sqlite3_vtab
{
    explicit Table(sqlite3 *handle)
        : connection(handle)
    {
    }
    Connection connection;
};

/** An import's events, ready to be read in the order of their ids. */
struct ImportEvents
{
    qint64 importId = 0;
    qint64 firstId = 0;
    EventSegment segment;
    std::vector<quint32> rows;      ///< segment rows in the order of their event ids
    std::vector<qint32> rowUsers;   ///< users.id of each segment row
    std::vector<qint64> typeIds;    ///< event_types.id of each of the segment's names
    std::array<std::vector<qint64>, EventTableBuilder::dimensionCount> valueIds; ///< dimension_values.id of each value
    std::array<const EventTable::TextColumn *, EventTableBuilder::dimensionCount> dimensions{};
    const EventTable::TextColumn *price = nullptr;
    const EventTable::TextColumn *revenue = nullptr;
    std::vector<double> prices;
    std::vector<double> revenues;
};

/** The ids of the names and values every import refers to by text. */
struct Dictionaries
{
    QHash<QString, qint64> types;
    std::array<QHash<QString, qint64>, EventTableBuilder::dimensionCount> values;

    explicit Dictionaries(Connection &connection)
    {
        Statement selectTypes(connection, "SELECT id, name FROM event_types");
        while (selectTypes.step())
            types.insert(selectTypes.text(1), selectTypes.int64(0));
        Statement selectValues(connection, "SELECT id, field, value FROM dimension_values");
        while (selectValues.step()) {
            const std::string_view field = selectValues.utf8(1);
            for (size_t d = 0; d < values.size(); ++d) {
                if (field == EventEncoder::dimensionField(EventTableBuilder::dimensionDictionaries[d]))
                    values[d].insert(selectValues.text(2), selectValues.int64(0));
            }
        }
    }
};

std::vector<double> numbers(const EventTable::TextColumn *column)
{
    std::vector<double> values;
    if (column) {
        values.reserve(size_t(column->values.size()));
        for (const QString &value : column->values)
            values.push_back(value.toDouble());
    }
    return values;
}

/**
 * Import @p importId's events ready to be read in the order of their ids: all of them, or
 * with @p users (sorted users.id) only theirs (a person's timeline reads a few of millions).
 */
std::unique_ptr<ImportEvents> loadImport(Connection &connection, const Dictionaries &dictionaries, qint64 importId, qint64 firstId,
                                         const std::optional<std::vector<qint32>> &users)
{
    auto events = std::make_unique<ImportEvents>();
    events->importId = importId;
    events->firstId = firstId;
    // The segment with its origins is all there is of the events (schema 14): without it,
    // the workspace is damaged.
    std::optional<EventSegment> segment = EventSegment::stored(connection, importId, 0, true);
    if (!segment)
        throw EventRecords::damaged(connection, importId);
    events->segment = std::move(*segment);
    const EventTable &table = events->segment.table;
    const EventOrigins &origins = *events->segment.origins;

    events->rowUsers.resize(table.size());
    for (int user = 0; user < table.userCount(); ++user)
        std::fill(events->rowUsers.begin() + qsizetype(table.userBegin(user)), events->rowUsers.begin() + qsizetype(table.userEnd(user)),
                  events->segment.userIds[size_t(user)]);
    // Rows by id: the offsets are the import's events counted from its first, each once.
    const auto byId = [&origins](quint32 a, quint32 b) { return origins.idOffsets[a] < origins.idOffsets[b]; };
    if (users) {
        // The segment's users are in the order of their ids.
        for (const qint32 user : *users) {
            const auto found = std::lower_bound(events->segment.userIds.begin(), events->segment.userIds.end(), user);
            if (found == events->segment.userIds.end() || *found != user)
                continue;
            const auto index = int(found - events->segment.userIds.begin());
            for (size_t row = table.userBegin(index); row < table.userEnd(index); ++row)
                events->rows.push_back(quint32(row));
        }
        std::sort(events->rows.begin(), events->rows.end(), byId);
    } else {
        // Offsets without gaps (every import writes its ids as one range): each row goes to
        // its place, no sort (a sort of 10M rows by their offsets took a second).
        events->rows.assign(table.size(), std::numeric_limits<quint32>::max());
        bool placed = true;
        for (size_t row = 0; row < table.size() && placed; ++row) {
            const quint32 offset = origins.idOffsets[row];
            placed = offset < table.size() && events->rows[offset] == std::numeric_limits<quint32>::max();
            if (placed)
                events->rows[offset] = quint32(row);
        }
        if (!placed) { // ids with gaps (moved from older rows): sorted
            for (size_t row = 0; row < table.size(); ++row)
                events->rows[row] = quint32(row);
            std::sort(events->rows.begin(), events->rows.end(), byId);
        }
    }

    for (const QString &name : table.typeNames())
        events->typeIds.push_back(dictionaries.types.value(name, -1));
    for (size_t d = 0; d < EventTableBuilder::dimensionCount; ++d) {
        events->dimensions[d] = table.column(QLatin1String(EventTable::dimensionColumns[d]));
        if (events->dimensions[d]) {
            for (const QString &value : events->dimensions[d]->values)
                events->valueIds[d].push_back(dictionaries.values[d].value(value, -1));
        }
    }
    events->price = table.column(QStringLiteral("price"));
    events->revenue = table.column(QStringLiteral("revenue"));
    events->prices = numbers(events->price);
    events->revenues = numbers(events->revenue);
    return events;
}

struct Cursor : sqlite3_vtab_cursor
{
    explicit Cursor(Connection &connection)
        : connection(connection)
    {
    }
    Connection &connection;
    struct Range
    {
        qint64 importId;
        qint64 firstId;
    };
    std::vector<Range> imports; ///< to read, by first id
    size_t importIndex = 0;
    std::unique_ptr<Dictionaries> dictionaries;
    std::unique_ptr<ImportEvents> current;
    size_t position = 0; ///< in current->rows
    qint64 low = std::numeric_limits<qint64>::min();
    qint64 high = std::numeric_limits<qint64>::max();
    std::optional<std::vector<qint32>> users; ///< only these users.id, sorted (user_id = or IN)
    std::unique_ptr<EventTexts::Lookup> keys;
    std::unique_ptr<EventTexts::Lookup> properties;

    qint64 id() const { return current->firstId + current->segment.origins->idOffsets[current->rows[position]]; }
    /** Moves to the next event within [low, high] from where it is, loading the imports it reaches. */
    void settle()
    {
        for (;;) {
            if (current) {
                while (position < current->rows.size() && id() < low)
                    ++position;
                if (position < current->rows.size() && id() <= high)
                    return;
                current.reset();
                ++importIndex;
            }
            if (importIndex >= imports.size())
                return;
            if (!dictionaries)
                dictionaries = std::make_unique<Dictionaries>(connection);
            current = loadImport(connection, *dictionaries, imports[importIndex].importId, imports[importIndex].firstId, users);
            position = 0;
        }
    }
};

Table *tableOf(sqlite3_vtab *vtab)
{
    return static_cast<Table *>(vtab);
}

Cursor *cursorOf(sqlite3_vtab_cursor *cursor)
{
    return static_cast<Cursor *>(cursor);
}

int fail(sqlite3_vtab *vtab, const StoreError &error)
{
    sqlite3_free(vtab->zErrMsg);
    vtab->zErrMsg = sqlite3_mprintf("%s", error.message().toUtf8().constData());
    return SQLITE_ERROR;
}

int connect(sqlite3 *db, void *, int, const char *const *, sqlite3_vtab **vtab, char **)
{
    const int rc = sqlite3_declare_vtab(db, schema);
    if (rc != SQLITE_OK)
        return rc;
    auto *table = new Table(db);
    *vtab = table;
    return SQLITE_OK;
}

int disconnect(sqlite3_vtab *vtab)
{
    delete tableOf(vtab);
    return SQLITE_OK;
}

int bestIndex(sqlite3_vtab *, sqlite3_index_info *info)
{
    int lowAt = -1;
    int highAt = -1;
    int importAt = -1;
    int userAt = -1;
    for (int i = 0; i < info->nConstraint; ++i) {
        const auto &constraint = info->aConstraint[i];
        if (!constraint.usable)
            continue;
        const bool onId = constraint.iColumn == Id || constraint.iColumn == -1;
        if (onId && constraint.op == SQLITE_INDEX_CONSTRAINT_EQ) {
            lowAt = highAt = i;
        } else if (onId && (constraint.op == SQLITE_INDEX_CONSTRAINT_GT || constraint.op == SQLITE_INDEX_CONSTRAINT_GE)) {
            if (lowAt < 0)
                lowAt = i;
        } else if (onId && (constraint.op == SQLITE_INDEX_CONSTRAINT_LT || constraint.op == SQLITE_INDEX_CONSTRAINT_LE)) {
            if (highAt < 0)
                highAt = i;
        } else if (constraint.iColumn == ImportId && constraint.op == SQLITE_INDEX_CONSTRAINT_EQ) {
            importAt = i;
        } else if (constraint.iColumn == UserId && constraint.op == SQLITE_INDEX_CONSTRAINT_EQ) {
            userAt = i;
        }
    }
    // The values come in the order of Plan's bits. SQLite checks every condition again
    // (a bound here is inclusive and an integer: "id > 2.5" reads from 2).
    int plan = 0;
    int argument = 0;
    const auto use = [&](int at, int bit) {
        if (at < 0)
            return;
        plan |= bit;
        info->aConstraintUsage[at].argvIndex = ++argument;
    };
    const bool idEquals = lowAt >= 0 && lowAt == highAt;
    if (idEquals) {
        use(lowAt, IdEquals);
    } else {
        use(lowAt, IdLow);
        use(highAt, IdHigh);
    }
    use(importAt, ImportEquals);
    use(userAt, UserIn);
    // user_id IN (…) as one filter with every value (each import's segment read once), not one a value.
    if (userAt >= 0 && sqlite3_vtab_in(info, userAt, -1))
        sqlite3_vtab_in(info, userAt, 1);
    info->idxNum = plan;
    info->estimatedCost = idEquals ? 10.0 : (plan & UserIn) ? 1e4 : (plan & ImportEquals) ? 1e5 : (plan & (IdLow | IdHigh)) ? 1e6 : 1e7;
    info->estimatedRows = idEquals ? 1 : 1'000'000;
    if (idEquals)
        info->idxFlags = SQLITE_INDEX_SCAN_UNIQUE;
    // Events come in the order of their ids.
    if (info->nOrderBy == 1 && (info->aOrderBy[0].iColumn == Id || info->aOrderBy[0].iColumn == -1) && !info->aOrderBy[0].desc)
        info->orderByConsumed = 1;
    return SQLITE_OK;
}

int open(sqlite3_vtab *vtab, sqlite3_vtab_cursor **cursor)
{
    *cursor = new Cursor(tableOf(vtab)->connection);
    return SQLITE_OK;
}

int close(sqlite3_vtab_cursor *cursor)
{
    delete cursorOf(cursor);
    return SQLITE_OK;
}

int filter(sqlite3_vtab_cursor *base, int plan, const char *, int, sqlite3_value **values)
{
    Cursor *cursor = cursorOf(base);
    try {
        cursor->imports.clear();
        cursor->current.reset();
        cursor->importIndex = 0;
        cursor->low = std::numeric_limits<qint64>::min();
        cursor->high = std::numeric_limits<qint64>::max();
        int at = 0;
        std::optional<qint64> importId;
        if (plan & IdEquals)
            cursor->low = cursor->high = sqlite3_value_int64(values[at++]);
        if (plan & IdLow)
            cursor->low = sqlite3_value_int64(values[at++]);
        if (plan & IdHigh)
            cursor->high = sqlite3_value_int64(values[at++]);
        if (plan & ImportEquals)
            importId = sqlite3_value_int64(values[at++]);
        cursor->users.reset();
        if (plan & UserIn) {
            sqlite3_value *in = values[at++];
            std::vector<qint32> users;
            sqlite3_value *value = nullptr;
            if (sqlite3_vtab_in_first(in, &value) == SQLITE_OK) { // IN: every value
                for (int rc = SQLITE_OK; rc == SQLITE_OK && value; rc = sqlite3_vtab_in_next(in, &value))
                    users.push_back(qint32(sqlite3_value_int64(value)));
            } else {
                users.push_back(qint32(sqlite3_value_int64(in)));
            }
            std::sort(users.begin(), users.end());
            cursor->users = std::move(users);
        }
        // Each scan starts from the workspace as it is now.
        cursor->dictionaries.reset();
        cursor->keys = std::make_unique<EventTexts::Lookup>(cursor->connection, EventTexts::Kind::DedupKeys);
        cursor->properties = std::make_unique<EventTexts::Lookup>(cursor->connection, EventTexts::Kind::Properties);
        // An import's events are the range of ids it recorded (EventWriter::recordImport());
        // one without events has none.
        Statement ranges(cursor->connection, "SELECT id, first_event_id, last_event_id FROM imports "
                                             "WHERE first_event_id IS NOT NULL AND last_event_id IS NOT NULL ORDER BY id");
        while (ranges.step()) {
            const qint64 id = ranges.int64(0);
            if (importId && id != *importId)
                continue;
            const qint64 first = ranges.int64(1);
            const qint64 last = ranges.int64(2);
            if (last >= cursor->low && first <= cursor->high)
                cursor->imports.push_back({id, first});
        }
        std::sort(cursor->imports.begin(), cursor->imports.end(),
                  [](const Cursor::Range &a, const Cursor::Range &b) { return a.firstId < b.firstId; });
        cursor->settle();
    } catch (const StoreError &error) {
        return fail(base->pVtab, error);
    }
    return SQLITE_OK;
}

int next(sqlite3_vtab_cursor *base)
{
    Cursor *cursor = cursorOf(base);
    try {
        ++cursor->position;
        cursor->settle();
    } catch (const StoreError &error) {
        return fail(base->pVtab, error);
    }
    return SQLITE_OK;
}

int eof(sqlite3_vtab_cursor *base)
{
    return cursorOf(base)->current ? 0 : 1;
}

void resultId(sqlite3_context *context, qint64 id)
{
    if (id < 0)
        sqlite3_result_null(context);
    else
        sqlite3_result_int64(context, id);
}

void resultText(sqlite3_context *context, std::string_view text)
{
    if (text.empty())
        sqlite3_result_null(context);
    else
        sqlite3_result_text(context, text.data(), int(text.size()), SQLITE_TRANSIENT);
}

int column(sqlite3_vtab_cursor *base, sqlite3_context *context, int index)
{
    Cursor *cursor = cursorOf(base);
    const ImportEvents &events = *cursor->current;
    const size_t row = events.rows[cursor->position];
    const EventTable &table = events.segment.table;
    try {
        switch (Column(index)) {
        case Id: sqlite3_result_int64(context, cursor->id()); break;
        case ImportId: sqlite3_result_int64(context, events.importId); break;
        case Ts: sqlite3_result_int64(context, table.ts(row)); break;
        case UserId: sqlite3_result_int64(context, events.rowUsers[row]); break;
        case EventTypeId: resultId(context, table.type(row) < 0 ? -1 : events.typeIds[size_t(table.type(row))]); break;
        case SessionId: resultId(context, table.session(row)); break;
        case AnonymousId: resultId(context, events.segment.origins->anonymousIds[row]); break;
        case Price:
        case Revenue: {
            const EventTable::TextColumn *numbers = index == Price ? events.price : events.revenue;
            const qint32 code = numbers ? numbers->codes[row] : -1;
            if (code < 0)
                sqlite3_result_null(context);
            else
                sqlite3_result_double(context, (index == Price ? events.prices : events.revenues)[size_t(code)]);
            break;
        }
        // From the texts alone: a point query into the rows for each event whose import
        // keeps none (a file without event ids) would make a scan a query an event.
        case DedupKey: resultText(context, cursor->keys->textOf(cursor->id())); break;
        case Properties: resultText(context, cursor->properties->textOf(cursor->id())); break;
        default: {
            const auto found = std::find(dimensionColumns.begin(), dimensionColumns.end(), Column(index));
            if (found == dimensionColumns.end()) {
                sqlite3_result_null(context);
                break;
            }
            const auto d = size_t(found - dimensionColumns.begin());
            const qint32 code = events.dimensions[d] ? events.dimensions[d]->codes[row] : -1;
            resultId(context, code < 0 ? -1 : events.valueIds[d][size_t(code)]);
            break;
        }
        }
    } catch (const StoreError &error) {
        const QByteArray message = error.message().toUtf8();
        sqlite3_result_error(context, message.constData(), int(message.size()));
    }
    return SQLITE_OK;
}

int rowid(sqlite3_vtab_cursor *base, sqlite3_int64 *id)
{
    *id = cursorOf(base)->id();
    return SQLITE_OK;
}

const sqlite3_module module = {
    /* iVersion */ 0,
    /* xCreate */ connect,
    /* xConnect */ connect,
    /* xBestIndex */ bestIndex,
    /* xDisconnect */ disconnect,
    /* xDestroy */ disconnect,
    /* xOpen */ open,
    /* xClose */ close,
    /* xFilter */ filter,
    /* xNext */ next,
    /* xEof */ eof,
    /* xColumn */ column,
    /* xRowid */ rowid,
    /* xUpdate */ nullptr,
    /* xBegin */ nullptr,
    /* xSync */ nullptr,
    /* xCommit */ nullptr,
    /* xRollback */ nullptr,
    /* xFindFunction */ nullptr,
    /* xRename */ nullptr,
    /* xSavepoint */ nullptr,
    /* xRelease */ nullptr,
    /* xRollbackTo */ nullptr,
    /* xShadowName */ nullptr,
};

} // namespace

void EventRecords::registerModule(sqlite3 *handle)
{
    const int rc = sqlite3_create_module_v2(handle, "funnelscope_events", &module, nullptr, nullptr);
    if (rc != SQLITE_OK)
        Connection(handle).fail(rc, "registering the events' table");
}

StoreError EventRecords::damaged(const Connection &connection, qint64 importId)
{
    return StoreError(StoreError::Kind::Corrupt,
                      QCoreApplication::translate("Funnelscope::EventRecords",
                                                  "%1: the events of import %2 cannot be read; the workspace is damaged.")
                          .arg(QDir::toNativeSeparators(connection.path()))
                          .arg(importId));
}

} // namespace Funnelscope
