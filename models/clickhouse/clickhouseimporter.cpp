#include "clickhouseimporter.h"

#include <QFuture>
#include <QSet>
#include <QScopeGuard>
#include <QtConcurrent/QtConcurrentRun>

#include <bit>
#include <exception>
#include <limits>
#include <utility>

#include "ingest/ingesterror.h"
#include "store/connection.h"
#include "store/eventtexts.h"
#include "store/statement.h"
#include "store/storeerror.h"
#include "store/workspace.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QTemporaryDir>

namespace Funnelscope {

namespace {

/**
 * An event's revenue or price as the local workspace's reports read it (EventTable keeps
 * it as 'g' 15 text), sent as its IEEE bits: ClickHouse 18.16 does not parse every decimal
 * text to the nearest double. A NaN's when it has none (SQLite stores no NaN): every
 * comparison with it is false but !=, as a missing value passes a filter only with !=.
 */
quint64 numberBits(const Statement &events, int column)
{
    if (events.isNull(column))
        return std::bit_cast<quint64>(std::numeric_limits<double>::quiet_NaN());
    return std::bit_cast<quint64>(QString::number(events.real(column), 'g', 15).toDouble());
}

/** An id and its namespace, as the server's columns hold them (user, user_anonymous). */
struct Id
{
    QString key;
    bool anonymous = false;
    bool operator==(const Id &other) const { return anonymous == other.anonymous && key == other.key; }
};

size_t qHash(const Id &id, size_t seed = 0)
{
    return ::qHash(id.key, seed) ^ size_t(id.anonymous);
}

/** Every alias that belongs to exactly one person, by the server's links (user_persons' rule). */
QHash<Id, Id> resolvedLinks(const ClickHouseConnection &server, const TaskContext &task)
{
    QHash<Id, Id> links;
    const QList<QStringList> rows = server.rows(
        QStringLiteral("SELECT alias, alias_anonymous, any(person), any(person_anonymous) FROM identity_links "
                       "GROUP BY alias, alias_anonymous HAVING uniqExact(person, person_anonymous) = 1"),
        task);
    for (const QStringList &row : rows)
        links.insert({row.value(0), row.value(1) == QLatin1String("1")}, {row.value(2), row.value(3) == QLatin1String("1")});
    return links;
}

void appendTsv(QByteArray &out, const QStringList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            out += '\t';
        ClickHouseConnection::escape(out, values[i]);
    }
    out += '\n';
}

QString idKey(const Id &id)
{
    return (id.anonymous ? QStringLiteral("1:") : QStringLiteral("0:")) + id.key;
}

QString sqlArray(const QStringList &values)
{
    QStringList quoted;
    quoted.reserve(values.size());
    for (const QString &value : values)
        quoted.append(ClickHouseConnection::quote(value));
    return QLatin1Char('[') + quoted.join(QLatin1Char(',')) + QLatin1Char(']');
}

} // namespace

Importer::Batch ClickHouseImporter::importAll(const ClickHouseUrl &url, QList<ImportPlan> plans, const ImportOptions &options,
                                              const Importer::Progress &progress, const TaskContext &task)
{
    const ClickHouseWorkspace workspace = ClickHouseWorkspace::create(url, task);
    const ClickHouseConnection &server = workspace.connection();
    const ClickHouseConnection::Settings bigQueries = {{QStringLiteral("max_query_size"), QStringLiteral("268435456")}};

    const QList<QStringList> known = server.rows(QStringLiteral("SELECT sha256, id, file FROM imports"), task);
    QHash<QString, QStringList> bySha;
    for (const QStringList &row : known) {
        if (!row.value(0).isEmpty()) // standard input has no SHA-256 to compare
            bySha.insert(row.value(0), row);
    }
    qint64 nextImport = 1;
    for (const QStringList &row : known)
        nextImport = std::max(nextImport, row.value(1).toLongLong() + 1);
    const auto refuseRepeated = [&](const QString &fileName, const QString &sha) {
        if (!options.allowDuplicateFile && !sha.isEmpty() && bySha.contains(sha))
            throw IngestError(tr("“%1” was already imported into %2 (import %3, as “%4”). To import it again anyway use "
                                 "--allow-duplicate-file.")
                                  .arg(fileName, url.toString(), bySha[sha].value(1), bySha[sha].value(2)));
    };
    // A file is looked at before it is parsed; standard input once it has been read.
    for (const ImportPlan &plan : std::as_const(plans))
        refuseRepeated(plan.fileName, plan.path == QLatin1String("-") ? QString() : Importer::sha256(plan.path));

    // Funnelscope's own import, into a workspace of its own.
    QTemporaryDir folder;
    if (!folder.isValid())
        throw StoreError(StoreError::Kind::Io, tr("No temporary folder for the import: %1").arg(folder.errorString()));
    const QString staging = folder.filePath(QStringLiteral("staging.funnelscope"));
    std::unique_ptr<Workspace> local = Workspace::create(staging);
    const QString zone = workspace.meta(QStringLiteral("timezone"));
    if (!zone.isEmpty())
        local->setMeta(QStringLiteral("timezone"), zone);
    Importer::Batch batch = Importer::importAll(*local, plans, options, progress);
    if (batch.cancelled)
        return batch;
    task.throwIfCancelled();
    if (progress && !progress(ImportProgress::whole(ImportProgress::Stage::Sending, plans, batch.reports))) {
        batch.reports.clear(); // the server was not changed
        batch.cancelled = true;
        return batch;
    }
    Connection &db = local->connection();
    {
        Statement read(db, "SELECT file_name, coalesce(sha256, '') FROM imports ORDER BY id");
        while (read.step())
            refuseRepeated(read.text(0), read.text(1));
    }

    // The links, numbered as the server's imports; the staging import ids map onto them.
    QHash<qint64, qint64> importOf;
    {
        Statement imports(db, "SELECT id FROM imports ORDER BY id");
        while (imports.step())
            importOf.insert(imports.int64(0), nextImport + importOf.size());
    }
    // From here on the server changes: a failure takes this import's rows out again.
    bool copied = false;
    bool moved = false;
    bool keysSent = false;
    QHash<qint64, qint64> skippedOf; // staging import id → its events an earlier import holds
    QHash<qint64, QHash<QString, qint64>> skippedTypesOf;
    qint64 firstUid = 0; // the first id this import numbered
    QString copies; // the rows a move copied, while their originals are not deleted yet
    try {
        const QHash<Id, Id> before = resolvedLinks(server, task);
        QSet<Id> aliases;
        {
            QByteArray tsv;
            Statement links(db, "SELECT a.key, a.anonymous, p.key, p.anonymous, l.import_id FROM identity_links l "
                                "JOIN users a ON a.id = l.alias_id JOIN users p ON p.id = l.person_id");
            while (links.step()) {
                appendTsv(tsv, {links.text(0), QString::number(links.int64(1)), links.text(2), QString::number(links.int64(3)),
                                QString::number(importOf.value(links.int64(4)))});
                aliases.insert({links.text(0), links.int64(1) != 0});
            }
            if (!tsv.isEmpty())
                server.insert(QStringLiteral("identity_links"), tsv, task);
        }
        const QHash<Id, Id> after = resolvedLinks(server, task);

        // Every id numbered as a local workspace numbers it (the order of first appearance
        // over the imports): among events of one person at one instant, the local order is
        // import, this number, then the file's order, and the server's is the same.
        QHash<Id, qint64> uids;
        qint64 nextUid = 1;
        {
            const QList<QStringList> stored = server.rows(QStringLiteral("SELECT key, anonymous, id FROM users"), task);
            for (const QStringList &row : stored) {
                uids.insert({row.value(0), row.value(1) == QLatin1String("1")}, row.value(2).toLongLong());
                nextUid = std::max(nextUid, row.value(2).toLongLong() + 1);
            }
            QByteArray added;
            const qint64 firstNew = nextUid;
            Statement users(db, "SELECT key, anonymous FROM users ORDER BY id");
            while (users.step()) {
                const Id id{users.text(0), users.int64(1) != 0};
                if (uids.contains(id))
                    continue;
                uids.insert(id, nextUid);
                appendTsv(added, {id.key, id.anonymous ? QStringLiteral("1") : QStringLiteral("0"), QString::number(nextUid)});
                ++nextUid;
            }
            if (!added.isEmpty()) {
                firstUid = firstNew;
                server.insert(QStringLiteral("users"), added, task);
            }
        }
        const auto personOf = [&after](const Id &id) { return after.value(id, id); };

        // Duplicates across imports: this import's dedup keys go to the server, and the
        // events whose key an earlier import holds are not sent (counted as duplicates, as
        // a local import skips them).
        QSet<QByteArray> repeated;
        {
            QByteArray keys;
            qint64 rowsOfKeys = 0;
            // The keys lie beside the rows (EventTexts), in the rows' order: event_key() reads each block once.
            Statement read(db, "SELECT k, import_id FROM (SELECT dedup_key AS k, import_id FROM events) "
                               "WHERE k IS NOT NULL");
            while (read.step()) {
                ClickHouseConnection::escape(keys, read.utf8(0));
                keys += '\t';
                keys += QByteArray::number(importOf.value(read.int64(1)));
                keys += '\n';
                if (++rowsOfKeys % batchRows == 0)
                    server.insert(QStringLiteral("dedup_keys"), std::exchange(keys, QByteArray()), task);
            }
            if (!keys.isEmpty())
                server.insert(QStringLiteral("dedup_keys"), keys, task);
            keysSent = true;
            const QString earlier = QStringLiteral("import < ") + QString::number(nextImport);
            if (rowsOfKeys > 0 && server.rows(QStringLiteral("SELECT count() FROM dedup_keys WHERE ") + earlier, task).value(0).value(0).toLongLong() > 0) {
                const QList<QStringList> found = server.rows(QStringLiteral("SELECT key FROM dedup_keys WHERE import >= %1 AND key IN "
                                                                            "(SELECT key FROM dedup_keys WHERE %2)")
                                                                 .arg(nextImport)
                                                                 .arg(earlier),
                                                             task);
                for (const QStringList &row : found)
                    repeated.insert(row.value(0).toUtf8());
            }
        }
        // The events, each under its person.
        const ClickHouseConnection::Settings insertSettings = {{QStringLiteral("insert_distributed_sync"), QStringLiteral("1")}};
        Statement events(db, "SELECT e.user_id, u.key, u.anonymous, e.ts, t.name, coalesce(s.key, ''), e.import_id, "
                             "coalesce(d1.value, ''), coalesce(d2.value, ''), coalesce(d3.value, ''), coalesce(d4.value, ''), "
                             "coalesce(d5.value, ''), coalesce(d6.value, ''), e.id, e.dedup_key, e.revenue, e.price "
                             "FROM events e "
                             "JOIN users u ON u.id = e.user_id JOIN event_types t ON t.id = e.event_type_id "
                             "LEFT JOIN sessions s ON s.id = e.session_id "
                             "LEFT JOIN dimension_values d1 ON d1.id = e.device_id "
                             "LEFT JOIN dimension_values d2 ON d2.id = e.channel_id "
                             "LEFT JOIN dimension_values d3 ON d3.id = e.country_id "
                             "LEFT JOIN dimension_values d4 ON d4.id = e.product_id "
                             "LEFT JOIN dimension_values d5 ON d5.id = e.category_id "
                             "LEFT JOIN dimension_values d6 ON d6.id = e.currency_id ORDER BY e.id");
        // The source properties, read beside the events in the same order of ids: each key
        // with its value as the local reports read it (json_extract's, as text; a JSON null
        // is no value), so the server's values are the local ones byte for byte. Keys come in
        // the JSON's order (json_each's); ordering by j.id too would sort every pair.
        Statement properties(db, "SELECT e.id, j.key, CAST(j.value AS TEXT) FROM (SELECT id, properties FROM events "
                                 "ORDER BY id) e, json_each(e.properties) j "
                                 "WHERE e.properties IS NOT NULL ORDER BY e.id");
        bool moreProperties = properties.step();
        QByteArray values; // an event's prop_values, while its prop_keys go into the row
        // Per id, once: its person's and its own columns, and its number, as TSV bytes; each
        // row then appends its own values as SQLite gives them (UTF-8), no QString between.
        struct IdColumns
        {
            QByteArray leading; ///< person, person_anonymous, user, user_anonymous, each with its tab
            QByteArray uid;
        };
        QHash<qint64, IdColumns> columnsOf;
        QByteArray tsv;
        int rows = 0;
        // A batch is compressed and sent on another thread while the next one is built.
        QFuture<void> sending;
        std::exception_ptr sendFailure;
        const auto waitForSending = [&] {
            sending.waitForFinished();
            if (sendFailure)
                std::rethrow_exception(std::exchange(sendFailure, nullptr));
        };
        const auto send = [&](QByteArray batch) {
            waitForSending();
            sending = QtConcurrent::run([&server, &task, &insertSettings, &sendFailure, batch = std::move(batch)] {
                try {
                    server.insert(QStringLiteral("events (") + ClickHouseWorkspace::eventColumnNames() + QLatin1Char(')'), batch, task,
                                  insertSettings);
                } catch (...) {
                    sendFailure = std::current_exception();
                }
            });
        };
        // Whatever stops this import, the batch on its way is waited for first.
        const auto sent = qScopeGuard([&sending] { sending.waitForFinished(); });
        const auto field = [&tsv](std::string_view value) {
            ClickHouseConnection::escape(tsv, value);
            tsv += '\t';
        };
        while (events.step()) {
            if (!repeated.isEmpty() && !events.isNull(14)) {
                const std::string_view key = events.utf8(14);
                if (repeated.contains(QByteArray::fromRawData(key.data(), qsizetype(key.size())))) {
                    ++skippedOf[events.int64(6)];
                    ++skippedTypesOf[events.int64(6)][events.text(4)];
                    continue;
                }
            }
            auto found = columnsOf.find(events.int64(0));
            if (found == columnsOf.end()) {
                const Id user{events.text(1), events.int64(2) != 0};
                const Id person = personOf(user);
                IdColumns columns;
                for (const Id &id : {person, user}) {
                    ClickHouseConnection::escape(columns.leading, id.key);
                    columns.leading += id.anonymous ? "\t1\t" : "\t0\t";
                }
                columns.uid = QByteArray::number(uids.value(user));
                found = columnsOf.insert(events.int64(0), columns);
            }
            tsv += found->leading;
            tsv += QByteArray::number(events.int64(3));
            tsv += '\t';
            field(events.utf8(4));
            field(events.utf8(5));
            tsv += QByteArray::number(importOf.value(events.int64(6)));
            tsv += '\t';
            for (int column = 7; column <= 12; ++column)
                field(events.utf8(column));
            tsv += found->uid;
            tsv += '\t';
            tsv += QByteArray::number(events.int64(13));
            tsv += '\t';
            tsv += QByteArray::number(numberBits(events, 15));
            tsv += '\t';
            tsv += QByteArray::number(numberBits(events, 16));
            tsv += '\t';
            // prop_keys and prop_values: two arrays of the same length.
            tsv += '[';
            values.truncate(0);
            values += '[';
            while (moreProperties && properties.int64(0) < events.int64(13))
                moreProperties = properties.step(); // a skipped duplicate's
            for (bool first = true; moreProperties && properties.int64(0) == events.int64(13); first = false) {
                if (!first) {
                    tsv += ',';
                    values += ',';
                }
                ClickHouseConnection::quoted(tsv, properties.utf8(1));
                ClickHouseConnection::quoted(values, properties.isNull(2) ? std::string_view() : properties.utf8(2));
                moreProperties = properties.step();
            }
            tsv += "]\t";
            tsv += values;
            tsv += "]\n";
            if (++rows == batchRows) {
                send(std::exchange(tsv, QByteArray()));
                rows = 0;
            }
        }
        if (!tsv.isEmpty())
            send(std::exchange(tsv, QByteArray()));
        waitForSending();

        // Earlier events of ids whose person these links changed move to the new person.
        QStringList movedIds;
        QStringList movedTo;
        QStringList movedToAnonymous;
        for (const Id &alias : std::as_const(aliases)) {
            const Id was = before.value(alias, alias);
            const Id now = after.value(alias, alias);
            if (was == now)
                continue;
            movedIds.append(idKey(alias));
            movedTo.append(now.key);
            movedToAnonymous.append(now.anonymous ? QStringLiteral("1") : QStringLiteral("0"));
        }
        if (!movedIds.isEmpty()) {
            const QString key = QStringLiteral("concat(toString(user_anonymous), ':', user)");
            const QString newPerson = QStringLiteral("transform(%1, %2, %3, person)").arg(key, sqlArray(movedIds), sqlArray(movedTo));
            const QString newAnonymous = QStringLiteral("toUInt8(transform(%1, %2, %3, toString(person_anonymous)))")
                                             .arg(key, sqlArray(movedIds), sqlArray(movedToAnonymous));
            QString list = sqlArray(movedIds);
            list = QLatin1Char('(') + list.mid(1, list.size() - 2) + QLatin1Char(')');
            const QString ofMoved = QStringLiteral("import < ") + QString::number(nextImport) + QStringLiteral(" AND ") + key
                                    + QStringLiteral(" IN ") + list;
            const QString stale = ofMoved + QStringLiteral(" AND (person != ") + newPerson
                                  + QStringLiteral(" OR person_anonymous != ") + newAnonymous + QLatin1Char(')');
            copies = ofMoved + QStringLiteral(" AND person = ") + newPerson + QStringLiteral(" AND person_anonymous = ")
                     + newAnonymous;
            ClickHouseConnection::Settings settings = bigQueries;
            settings.insert(insertSettings);
            // (Built by concatenation: a moved id may hold a % that QString::arg would read.)
            QString columns = ClickHouseWorkspace::eventColumnNames();
            columns.replace(QStringLiteral("person, person_anonymous, "), newPerson + QStringLiteral(", ") + newAnonymous + QStringLiteral(", "));
            server.query(QStringLiteral("INSERT INTO events (") + ClickHouseWorkspace::eventColumnNames() + QStringLiteral(") SELECT ")
                             + columns + QStringLiteral(" FROM events WHERE ") + stale,
                         task, settings);
            copied = true;
            workspace.deleteEvents(stale, task);
            moved = true;
        }

        // Last, the imports: what a report's stamp and a repeated file are checked against.
        QByteArray importRows;
        Statement imports(db, "SELECT id, file_name, coalesce(sha256, ''), imported FROM imports ORDER BY id");
        while (imports.step()) {
            appendTsv(importRows, {QString::number(importOf.value(imports.int64(0))), imports.text(1), imports.text(2),
                                   QString::number(imports.int64(3) - skippedOf.value(imports.int64(0))),
                                   QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))});
        }
        server.insert(QStringLiteral("imports"), importRows, task);
    } catch (...) {
        // Best effort: the error that stopped the import is the one to say. Copies a move
        // made go again while their originals are still there (after the originals went,
        // they are the events).
        try {
            QString condition = QStringLiteral("import >= ") + QString::number(nextImport);
            if (copied && !moved)
                condition += QStringLiteral(" OR (") + copies + QLatin1Char(')');
            server.query(QStringLiteral("ALTER TABLE identity_links DELETE WHERE import >= %1").arg(nextImport));
            if (keysSent)
                server.query(QStringLiteral("ALTER TABLE dedup_keys DELETE WHERE import >= %1").arg(nextImport));
            if (firstUid > 0)
                server.query(QStringLiteral("ALTER TABLE users DELETE WHERE id >= %1").arg(firstUid));
            workspace.deleteEvents(condition);
        } catch (...) {
        }
        throw;
    }
    if (zone.isEmpty())
        workspace.setMeta(QStringLiteral("timezone"), local->meta(QStringLiteral("timezone"), QStringLiteral("UTC")));
    for (ImportReport &report : batch.reports) {
        // What an earlier import held was not sent: a duplicate, as locally.
        const qint64 skipped = skippedOf.value(report.importId);
        report.counts.imported -= skipped;
        report.counts.duplicates += skipped;
        const QHash<QString, qint64> types = skippedTypesOf.value(report.importId);
        for (auto it = types.begin(); it != types.end(); ++it) {
            if ((report.eventsByType[it.key()] -= it.value()) <= 0)
                report.eventsByType.remove(it.key());
        }
        report.importId = importOf.value(report.importId, report.importId);
    }
    return batch;
}

QHash<QString, qint64> ClickHouseImporter::importsBySha256(const ClickHouseUrl &url, const TaskContext &task)
{
    QHash<QString, qint64> imports;
    const ClickHouseWorkspace workspace = ClickHouseWorkspace::open(url, task);
    const QList<QStringList> rows = workspace.connection().rows(QStringLiteral("SELECT sha256, id FROM imports ORDER BY id"), task);
    for (const QStringList &row : rows) {
        if (!row.value(0).isEmpty() && !imports.contains(row.value(0)))
            imports.insert(row.value(0), row.value(1).toLongLong());
    }
    return imports;
}

} // namespace Funnelscope
