#include "eventtable.h"
#include "eventtablebuilder.h"
#include "snapshotformat.h"
#include "store/storeerror.h"

#include <QDataStream>
#include <QIODevice>

#include "store/blobdevice.h"
#include "store/connection.h"
#include "store/personfunction.h"
#include "store/statement.h"

#include <QSet>

#include <algorithm>
#include <map>
#include <numeric>

namespace Funnelscope {

namespace {

/** Builds a dictionary-encoded column value by value. */
class ColumnBuilder
{
public:
    void append(const QString &value)
    {
        if (value.isEmpty()) {
            mColumn->codes.push_back(-1);
            return;
        }
        auto found = mCodes.constFind(value);
        if (found == mCodes.cend()) {
            found = mCodes.insert(value, qint32(mColumn->values.size()));
            mColumn->values.append(value);
        }
        mColumn->codes.push_back(*found);
    }
    std::shared_ptr<EventTable::TextColumn> take() { return std::move(mColumn); }

private:
    std::shared_ptr<EventTable::TextColumn> mColumn = std::make_shared<EventTable::TextColumn>();
    QHash<QString, qint32> mCodes;
};

} // namespace

const QStringList &EventTable::fieldColumns()
{
    static const QStringList columns = {
        QStringLiteral("device"),   QStringLiteral("channel"), QStringLiteral("country"),
        QStringLiteral("product_id"), QStringLiteral("category"), QStringLiteral("currency"),
        QStringLiteral("price"),    QStringLiteral("revenue"),
    };
    return columns;
}

void EventTable::addSourceProperty(QStringList &names, const QString &name)
{
    if (!name.isEmpty() && name != QLatin1String("event") && !fieldColumns().contains(name) && !names.contains(name))
        names.append(name);
}

QString EventTable::typeNameList() const
{
    QStringList known = mTypeNames;
    known.sort();
    return known.join(QLatin1String(", "));
}

EventTable EventTable::fromRows(std::vector<Row> rows)
{
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return a.user != b.user ? a.user < b.user : a.ts < b.ts;
    });
    EventTable table;
    auto userKeys = std::make_shared<UserKeys>();
    QHash<QString, qint32> types;
    QHash<QString, qint32> sessions;
    QSet<QString> propertyNames;
    for (const Row &row : rows) {
        for (auto it = row.properties.cbegin(); it != row.properties.cend(); ++it)
            propertyNames.insert(it.key());
    }
    for (const QString &name : fieldColumns())
        propertyNames.insert(name);
    QHash<QString, ColumnBuilder> builders;
    for (const QString &name : std::as_const(propertyNames))
        builders[name];

    for (size_t i = 0; i < rows.size(); ++i) {
        const Row &row = rows[i];
        if (i == 0 || rows[i - 1].user != row.user) {
            table.mUserBegin.push_back(i);
            userKeys->append(row.user);
        }
        table.mTs.push_back(row.ts);
        auto type = types.constFind(row.event);
        if (type == types.cend()) {
            type = types.insert(row.event, qint32(table.mTypeNames.size()));
            table.mTypeNames.append(row.event);
        }
        table.mType.push_back(*type);
        if (row.session.isEmpty()) {
            table.mSession.push_back(-1);
        } else {
            auto session = sessions.constFind(row.session);
            if (session == sessions.cend())
                session = sessions.insert(row.session, qint32(sessions.size()));
            table.mSession.push_back(*session);
        }
        for (auto it = builders.begin(); it != builders.end(); ++it)
            it.value().append(row.properties.value(it.key()));
    }
    table.mUserBegin.push_back(rows.size());
    table.mUserKeys = std::move(userKeys);
    for (auto it = builders.begin(); it != builders.end(); ++it)
        table.mColumns.insert(it.key(), it.value().take());
    return table;
}

using namespace SnapshotFormat;

QString EventTable::contentStamp(Connection &connection)
{
    Statement version(connection, "SELECT value FROM meta WHERE key = 'content_version'");
    const QString value = version.step() ? version.text(0) : QString();
    return QStringLiteral("%1/%2").arg(value).arg(connection.queryInt("SELECT max(rowid) FROM events"));
}

bool EventTable::hasCurrentSnapshot(Connection &connection)
{
    Statement snapshot(connection, "SELECT 1 FROM snapshots WHERE name = 'events' AND stamp = ?");
    snapshot.bind(1, contentStamp(connection));
    return snapshot.step();
}

QByteArray EventTable::serialize() const
{
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    serialize(stream);
    return bytes;
}

void EventTable::serialize(QDataStream &stream) const
{
    stream.setVersion(QDataStream::Qt_6_4);
    stream << SnapshotFormat::magic << SnapshotFormat::version;
    mUserKeys->write(stream);
    stream << mTypeNames;
    writeVector(stream, mTs);
    writeCodes(stream, mType);
    writeCodes(stream, mSession);
    std::vector<quint64> userBegin(mUserBegin.begin(), mUserBegin.end());
    writeVector(stream, userBegin);
    stream << quint32(mColumns.size());
    for (auto it = mColumns.cbegin(); it != mColumns.cend(); ++it) {
        stream << it.key() << it.value()->values;
        writeCodes(stream, it.value()->codes);
    }
}

std::optional<EventTable> EventTable::deserialize(const QByteArray &bytes)
{
    QDataStream stream(bytes);
    return deserialize(stream);
}

std::optional<EventTable> EventTable::deserialize(QDataStream &stream)
{
    stream.setVersion(QDataStream::Qt_6_4);
    quint32 storedMagic = 0;
    quint32 storedVersion = 0;
    stream >> storedMagic >> storedVersion;
    if (storedMagic != SnapshotFormat::magic || storedVersion != SnapshotFormat::version)
        return std::nullopt;
    EventTable table;
    auto userKeys = std::make_shared<UserKeys>();
    if (!userKeys->read(stream))
        return std::nullopt;
    table.mUserKeys = userKeys;
    stream >> table.mTypeNames;
    std::vector<quint64> userBegin;
    if (!readVector(stream, table.mTs) || !readCodes(stream, table.mType) || !readCodes(stream, table.mSession)
        || !readVector(stream, userBegin))
        return std::nullopt;
    table.mUserBegin.assign(userBegin.begin(), userBegin.end());
    quint32 columns = 0;
    stream >> columns;
    for (quint32 i = 0; i < columns && stream.status() == QDataStream::Ok; ++i) {
        QString name;
        auto column = std::make_shared<TextColumn>();
        stream >> name >> column->values;
        if (!readCodes(stream, column->codes) || column->codes.size() != table.mTs.size())
            return std::nullopt;
        table.mColumns.insert(name, column);
    }
    const size_t events = table.mTs.size();
    if (stream.status() != QDataStream::Ok || table.mType.size() != events || table.mSession.size() != events
        || table.mUserBegin.empty() || table.mUserBegin.back() != events
        || table.mUserBegin.size() != size_t(table.mUserKeys->size()) + 1)
        return std::nullopt;
    return table;
}

namespace {

/** Makes room for a snapshot of @p bytes and opens it for writing in place (incremental blob I/O). */
std::unique_ptr<BlobDevice> newSnapshotBlob(Connection &connection, const QString &stamp, qint64 bytes)
{
    Statement store(connection, "INSERT INTO snapshots (name, stamp, data) VALUES ('events', ?, zeroblob(?)) "
                                "ON CONFLICT (name) DO UPDATE SET stamp = excluded.stamp, data = excluded.data");
    store.bind(1, stamp);
    store.bind(2, bytes);
    store.exec();
    return std::make_unique<BlobDevice>(connection, "snapshots", "data",
                                        connection.queryInt("SELECT rowid FROM snapshots WHERE name = 'events'"),
                                        QIODevice::WriteOnly);
}

} // namespace

void EventTable::storeSnapshot(Connection &connection, const QString &stamp) const
{
    // Written in place: first the size, then the bytes.
    CountingDevice counter;
    {
        QDataStream stream(&counter);
        serialize(stream);
    }
    const auto blob = newSnapshotBlob(connection, stamp, counter.count());
    QDataStream stream(blob.get());
    serialize(stream);
    if (stream.status() != QDataStream::Ok)
        connection.fail(10 /* SQLITE_IOERR */, "writing the events' snapshot");
}

void EventTable::storeSnapshot(Connection &connection, const QString &stamp, QIODevice &serialized)
{
    if (!serialized.seek(0))
        connection.fail(10 /* SQLITE_IOERR */, "reading the events' snapshot");
    const auto blob = newSnapshotBlob(connection, stamp, serialized.size());
    std::vector<char> piece(size_t(1) << 20);
    for (qint64 left = serialized.size(); left > 0;) {
        const qint64 read = serialized.read(piece.data(), std::min<qint64>(left, qint64(piece.size())));
        if (read <= 0 || blob->write(piece.data(), read) != read)
            connection.fail(10 /* SQLITE_IOERR */, "writing the events' snapshot");
        left -= read;
    }
}

EventTable EventTable::load(Connection &connection, const std::function<bool(int)> &progress)
{
    const QString stamp = contentStamp(connection);
    {
        // Read in place: the columns come straight from the blob, with no copy of it in between.
        Statement snapshot(connection, "SELECT rowid FROM snapshots WHERE name = 'events' AND stamp = ?");
        snapshot.bind(1, stamp);
        if (snapshot.step()) {
            BlobDevice blob(connection, "snapshots", "data", snapshot.int64(0), QIODevice::ReadOnly);
            QDataStream stream(&blob);
            std::optional<EventTable> table = deserialize(stream);
            if (table)
                return std::move(*table);
        }
    }
    EventTable table = loadRows(connection, progress);
    if (table.size() > 0 || stamp.endsWith(QLatin1String("/0"))) {
        try {
            table.storeSnapshot(connection, stamp);
        } catch (const StoreError &) {
            // A read-only or busy workspace simply has no snapshot: the next load steps the rows again.
        }
    }
    return table;
}

EventTable EventTable::loadRows(Connection &connection, const std::function<bool(int)> &progress)
{
    EventTable table;
    const qint64 total = connection.queryInt("SELECT count(*) FROM events");
    table.mTs.reserve(size_t(total));
    table.mType.reserve(size_t(total));
    table.mSession.reserve(size_t(total));

    // Event names and dimension values come as codes: their own ids, renumbered densely.
    QHash<qint64, qint32> typeCodes;
    {
        Statement types(connection, "SELECT id, name FROM event_types ORDER BY id");
        while (types.step()) {
            typeCodes.insert(types.int64(0), qint32(table.mTypeNames.size()));
            table.mTypeNames.append(types.text(1));
        }
    }
    struct Dimension
    {
        const char *field;
        std::shared_ptr<TextColumn> column = std::make_shared<TextColumn>();
        QHash<qint64, qint32> codes;
    };
    std::vector<Dimension> dimensions;
    for (const EventEncoder::Dictionary dictionary : EventTableBuilder::dimensionDictionaries)
        dimensions.push_back({EventEncoder::dimensionField(dictionary)});
    {
        Statement values(connection, "SELECT id, field, value FROM dimension_values ORDER BY id");
        while (values.step()) {
            const std::string_view field = values.utf8(1);
            for (Dimension &dimension : dimensions) {
                if (field == dimension.field) {
                    dimension.codes.insert(values.int64(0), qint32(dimension.column->values.size()));
                    dimension.column->values.append(values.text(2));
                }
            }
        }
    }
    auto price = std::make_shared<TextColumn>();
    auto revenue = std::make_shared<TextColumn>();
    QHash<double, qint32> priceCodes;
    QHash<double, qint32> revenueCodes;
    const auto numberCode = [](TextColumn &column, QHash<double, qint32> &codes, double value) {
        auto found = codes.constFind(value);
        if (found == codes.cend()) {
            found = codes.insert(value, qint32(column.values.size()));
            column.values.append(QString::number(value, 'g', 15));
        }
        return *found;
    };

    const PersonFunction persons(connection);
    Statement events(connection,
                     "SELECT person_of(e.user_id) AS person, NULL, e.ts, e.event_type_id, e.session_id, e.device_id, "
                     "e.channel_id, e.country_id, e.product_id, e.category_id, e.currency_id, "
                     "e.price, e.revenue FROM events e ORDER BY person, e.ts, e.id");
    Statement keyOf(connection, "SELECT key FROM users WHERE id = ?");
    auto userKeys = std::make_shared<UserKeys>();
    qint64 lastUser = -1;
    size_t row = 0;
    while (events.step()) {
        const qint64 user = events.int64(0);
        if (user != lastUser) {
            table.mUserBegin.push_back(row);
            keyOf.bind(1, user);
            userKeys->append(keyOf.step() ? keyOf.text(0) : QString());
            keyOf.reset();
            lastUser = user;
        }
        table.mTs.push_back(events.int64(2));
        table.mType.push_back(typeCodes.value(events.int64(3), -1));
        table.mSession.push_back(events.isNull(4) ? -1 : qint32(events.int64(4)));
        for (size_t d = 0; d < dimensions.size(); ++d) {
            const int column = 5 + int(d);
            dimensions[d].column->codes.push_back(
                events.isNull(column) ? -1 : dimensions[d].codes.value(events.int64(column), -1));
        }
        price->codes.push_back(events.isNull(11) ? -1 : numberCode(*price, priceCodes, events.real(11)));
        revenue->codes.push_back(events.isNull(12) ? -1 : numberCode(*revenue, revenueCodes, events.real(12)));
        ++row;
        if (progress && (row & 0xffff) == 0 && total > 0 && !progress(int(qint64(row) * 100 / total)))
            return {};
    }
    table.mUserBegin.push_back(row);
    table.mUserKeys = std::move(userKeys);
    for (size_t d = 0; d < dimensions.size(); ++d)
        table.mColumns.insert(QLatin1String(dimensionColumns[d]), dimensions[d].column);
    table.mColumns.insert(QStringLiteral("price"), price);
    table.mColumns.insert(QStringLiteral("revenue"), revenue);
    return table;
}

const EventTable::TextColumn *EventTable::column(const QString &name) const
{
    const auto found = mColumns.constFind(name);
    return found == mColumns.cend() ? nullptr : found->get();
}

const QStringList &EventTable::sessionProperties()
{
    static const QStringList names{QStringLiteral("landing_page"), QStringLiteral("session_channel")};
    return names;
}

const QStringList &EventTable::pageProperties()
{
    static const QStringList names{QStringLiteral("page"), QStringLiteral("page_location"), QStringLiteral("url"),
                                   QStringLiteral("page_path")};
    return names;
}

void EventTable::addSessionColumn(const QString &name, const TextColumn &source)
{
    ColumnBuilder builder;
    std::vector<QString> values(size());
    std::map<qint64, QString> firsts; // a person's sessions: its first value
    for (int user = 0; user < userCount(); ++user) {
        firsts.clear();
        // A session: the source's session id, else events at most 30 minutes apart.
        qint64 gapSession = -1;
        std::vector<qint64> keys;
        keys.reserve(userEnd(user) - userBegin(user));
        for (size_t row = userBegin(user); row < userEnd(user); ++row) {
            if (mSession[row] >= 0) {
                keys.push_back(mSession[row]);
                continue;
            }
            const bool continues = row > userBegin(user) && mSession[row - 1] < 0 && mTs[row] - mTs[row - 1] <= sessionGapMs;
            if (!continues)
                --gapSession;
            keys.push_back(gapSession);
        }
        for (size_t row = userBegin(user); row < userEnd(user); ++row) {
            const qint32 code = source.codes[row];
            if (code >= 0)
                firsts.try_emplace(keys[row - userBegin(user)], source.values[code]);
        }
        for (size_t row = userBegin(user); row < userEnd(user); ++row) {
            const auto found = firsts.find(keys[row - userBegin(user)]);
            builder.append(found == firsts.end() ? QString() : found->second);
        }
    }
    mColumns.insert(name, builder.take());
}

bool EventTable::loadProperty(Connection &connection, const QString &name)
{
    if (mColumns.contains(name))
        return true;
    if (name == QLatin1String("session_channel")) {
        const TextColumn *channel = column(QStringLiteral("channel"));
        if (!channel)
            return false;
        addSessionColumn(name, *channel);
        return true;
    }
    if (name == QLatin1String("landing_page")) {
        for (const QString &page : pageProperties()) {
            if (loadProperty(connection, page)) {
                addSessionColumn(name, *column(page));
                return true;
            }
        }
        return false;
    }
    // The same order as load(): (person, ts, id); json_extract reads one key per event.
    QString path = name;
    path.replace(QLatin1Char('"'), QLatin1String("\\\""));
    const PersonFunction persons(connection);
    Statement select(connection, "SELECT json_extract(properties, ?) FROM events ORDER BY person_of(user_id), ts, id");
    select.bind(1, QStringLiteral("$.\"%1\"").arg(path));
    ColumnBuilder builder;
    size_t rows = 0;
    bool any = false;
    while (select.step()) {
        const QString value = select.isNull(0) ? QString() : select.text(0);
        any = any || !value.isEmpty();
        builder.append(value);
        ++rows;
    }
    if (!any || rows != size())
        return false;
    mColumns.insert(name, builder.take());
    return true;
}

qint64 EventTable::lastTs() const
{
    return mTs.empty() ? 0 : *std::max_element(mTs.begin(), mTs.end());
}

} // namespace Funnelscope
