// The events table (EventRecords, the virtual table funnelscope_events): every event
// rebuilt from the imports' segments, origins and texts. The reference is the export itself:
// on random exports shaped as vendors deliver them (anonymous ids that log in, duplicates
// across files, events without ids, repeated times, properties on some events, prices),
// every column of every event, names and values resolved, equals what the file said, read
// whole, by id, by id range and by import; after an import is removed; and an import whose
// segment cannot be read is named as damage.
#include "analysis/eventrecords.h"
#include "analysis/importremover.h"
#include "ingest/importer.h"
#include "store/connection.h"
#include "store/statement.h"
#include "store/storeerror.h"
#include "store/workspace.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Funnelscope;

namespace {

/** An event as a line of text: id, import, time, names and values resolved ("∅" for none). */
struct Expected
{
    QString key; ///< the event id of the file (its dedup key), empty for none
    QString line;
};

/**
 * What the events table says of the events @p where selects, in id order: each as
 * "id|import|key|ts|user|anonymous|session|event|device|country|product|price|revenue|properties".
 */
QStringList tableRows(Connection &db, const std::string &where = {}, const char *table = "events")
{
    QStringList result;
    Statement select(db, std::string("SELECT e.id, e.import_id, e.dedup_key, e.ts, u.key, a.key, s.key, t.name, d.value, "
                                     "c.value, p.value, e.price, e.revenue, e.properties FROM ")
                         + table + " e JOIN users u ON u.id = e.user_id JOIN event_types t ON t.id = e.event_type_id "
                         "LEFT JOIN users a ON a.id = e.anonymous_id LEFT JOIN sessions s ON s.id = e.session_id "
                         "LEFT JOIN dimension_values d ON d.id = e.device_id LEFT JOIN dimension_values c ON c.id = e.country_id "
                         "LEFT JOIN dimension_values p ON p.id = e.product_id " + where + " ORDER BY e.id");
    while (select.step()) {
        QStringList values;
        for (int i = 0; i < select.columnCount(); ++i) {
            if (select.isNull(i))
                values.append(QStringLiteral("∅"));
            else if (i == 11 || i == 12)
                values.append(QString::number(select.real(i)));
            else if (i == 13)
                values.append(QString::fromUtf8(QJsonDocument::fromJson(select.text(i).toUtf8()).toJson(QJsonDocument::Compact)));
            else
                values.append(select.text(i));
        }
        result.append(values.join(QLatin1Char('|')));
    }
    return result;
}

/** A random export of vendor shape, and the events it holds as lines (without id and import). */
QString writeExport(const QString &path, QRandomGenerator &random, int file, std::vector<Expected> &events)
{
    const QStringList names = {QStringLiteral("page_view"), QStringLiteral("product_view"), QStringLiteral("add_to_cart"),
                               QStringLiteral("purchase"), QStringLiteral("refund")};
    QByteArray csv = "event_id,timestamp,user_id,anonymous_id,session_id,event,device,country,product_id,price,revenue,coupon,note\n";
    const int count = 30 + random.bounded(120);
    const auto orNone = [](const QString &value) { return value.isEmpty() ? QStringLiteral("∅") : value; };
    for (int row = 0; row < count; ++row) {
        const int kind = random.bounded(3); // known user, anonymous only, both (a login)
        const qint64 ts = 1'709'546'400'000 + qint64(random.bounded(40)) * 60'000 + (random.bounded(3) == 0 ? 0 : random.bounded(999));
        const QString id = random.bounded(5) == 0 ? QStringLiteral("dup%1").arg(random.bounded(25)) // across files
            : random.bounded(6) == 0                ? QString()                                      // none
                                                    : QStringLiteral("f%1-%2").arg(file).arg(row);
        const QString user = kind == 1 ? QString() : QStringLiteral("u%1").arg(random.bounded(12));
        const QString anonymous = kind == 0 ? QString() : QStringLiteral("a%1").arg(random.bounded(15));
        const QString session = random.bounded(4) == 0 ? QString() : QStringLiteral("s%1").arg(random.bounded(9));
        const QString event = names.at(random.bounded(names.size()));
        const QString device = random.bounded(3) == 0 ? QString() : QStringLiteral("mobile");
        const QString country = random.bounded(2) ? QStringLiteral("DE") : QStringLiteral("FR");
        const QString product = random.bounded(3) == 0 ? QString() : QStringLiteral("sku-%1").arg(random.bounded(7));
        const QString price = random.bounded(3) == 0 ? QString() : QString::number(random.bounded(9000) / 100.0);
        const QString revenue = random.bounded(5) == 0 ? QString::number(random.bounded(30000) / 100.0) : QString();
        const QString coupon = random.bounded(4) == 0 ? QStringLiteral("SPRING%1").arg(random.bounded(3)) : QString();
        const bool note = random.bounded(6) == 0;
        csv += QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8,%9,%10,%11,%12,%13\n")
                   .arg(id, QDateTime::fromMSecsSinceEpoch(ts, QTimeZone::utc()).toString(Qt::ISODateWithMs), user, anonymous,
                        session, event, device, country, product)
                   .arg(price, revenue, coupon, note ? QStringLiteral("\"gift, wrapped \"\"ü\"\"\"") : QString())
                   .toUtf8();
        // The other columns as the event's properties; an anonymous visitor counts under
        // the anonymous id, a known one under the user id, with the anonymous id beside.
        QJsonObject properties;
        if (!coupon.isEmpty())
            properties.insert(QStringLiteral("coupon"), coupon);
        if (note)
            properties.insert(QStringLiteral("note"), QStringLiteral("gift, wrapped \"ü\""));
        events.push_back({id, QStringList{orNone(id), QString::number(ts), user.isEmpty() ? anonymous : user, orNone(anonymous),
                                          orNone(session), event, orNone(device), country, orNone(product), orNone(price),
                                          orNone(revenue),
                                          properties.isEmpty() ? QStringLiteral("∅")
                                                               : QString::fromUtf8(QJsonDocument(properties).toJson(QJsonDocument::Compact))}
                                  .join(QLatin1Char('|'))});
    }
    QFile out(path);
    if (out.open(QIODevice::WriteOnly))
        out.write(csv);
    return path;
}

/** The events a file's rows leave once an earlier event's id was seen (@p seen), numbered from @p nextId. */
QStringList kept(const std::vector<Expected> &rows, qint64 importId, qint64 &nextId, QSet<QString> &seen)
{
    QStringList lines;
    for (const Expected &row : rows) {
        if (!row.key.isEmpty() && seen.contains(row.key))
            continue; // a duplicate
        if (!row.key.isEmpty())
            seen.insert(row.key);
        lines.append(QString::number(nextId++) + QLatin1Char('|') + QString::number(importId) + QLatin1Char('|') + row.line);
    }
    return lines;
}

/** The lines of @p lines whose id (the first field) @p keep accepts. */
QStringList only(const QStringList &lines, const std::function<bool(qint64 id, qint64 import)> &keep)
{
    QStringList result;
    for (const QString &line : lines) {
        const QStringList fields = line.split(QLatin1Char('|'));
        if (keep(fields.at(0).toLongLong(), fields.at(1).toLongLong()))
            result.append(line);
    }
    return result;
}

qint64 import(Workspace &workspace, const QString &file)
{
    ImportOptions options;
    return Importer::importAll(workspace, {Importer::plan(file, options)}, options).reports.constFirst().importId;
}

} // namespace

class tst_EventRecords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyColumnAsTheFileSaid_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 1; seed <= 12; ++seed)
            QTest::addRow("seed %u", seed) << seed;
    }

    void everyColumnAsTheFileSaid()
    {
        QFETCH(quint32, seed);
        QRandomGenerator random(seed);
        QTemporaryDir dir;
        auto workspace = Workspace::create(dir.filePath(QStringLiteral("r.funnelscope")));
        Connection &db = workspace->connection();
        std::vector<qint64> imports;
        QStringList expected;
        QSet<QString> seen;
        qint64 nextId = 1;
        const int files = 2 + random.bounded(3);
        for (int file = 0; file < files; ++file) {
            std::vector<Expected> rows;
            const QString path = writeExport(dir.filePath(QStringLiteral("f%1.csv").arg(file)), random, file, rows);
            imports.push_back(import(*workspace, path));
            expected += kept(rows, imports.back(), nextId, seen);
            QCOMPARE(tableRows(db), expected);
        }
        QVERIFY(expected.size() > 40);
        QVERIFY(db.queryInt("SELECT count(*) FROM events WHERE anonymous_id IS NOT NULL AND anonymous_id <> user_id") > 0);
        QVERIFY(db.queryInt("SELECT count(*) FROM property_texts") > 0);
        QCOMPARE(db.queryInt("SELECT count(*) FROM funnelscope_events"), qint64(expected.size())); // the module's own name

        // By id, by a range of ids (across two imports), by import, with other conditions.
        const qint64 maxId = nextId - 1;
        for (int probe = 0; probe < 5; ++probe) {
            const qint64 id = 1 + random.bounded(int(maxId));
            QCOMPARE(tableRows(db, "WHERE e.id = " + std::to_string(id)), only(expected, [id](qint64 at, qint64) { return at == id; }));
            QCOMPARE(tableRows(db, "WHERE e.id > " + std::to_string(id / 2) + " AND e.id <= " + std::to_string(id + 40)),
                     only(expected, [id](qint64 at, qint64) { return at > id / 2 && at <= id + 40; }));
        }
        const qint64 last = imports.back();
        QCOMPARE(tableRows(db, "WHERE e.import_id = " + std::to_string(last)), only(expected, [last](qint64, qint64 import) { return import == last; }));
        QCOMPARE(tableRows(db, "WHERE e.id >= 2.5 AND e.id < 4"), only(expected, [](qint64 at, qint64) { return at == 3; }));
        // By the ids one person's events came under (a timeline): one, or several at once.
        const auto ofUsers = [&expected](const QStringList &keys) {
            QStringList lines;
            for (const QString &line : std::as_const(expected)) {
                if (keys.contains(line.section(QLatin1Char('|'), 4, 4)))
                    lines.append(line);
            }
            return lines;
        };
        QCOMPARE(tableRows(db, "WHERE e.user_id = (SELECT id FROM users WHERE key = 'u3')"), ofUsers({QStringLiteral("u3")}));
        QCOMPARE(tableRows(db, "WHERE e.user_id IN (SELECT id FROM users WHERE key IN ('u1', 'a4', 'nobody'))"),
                 ofUsers({QStringLiteral("u1"), QStringLiteral("a4")}));
        QVERIFY(!ofUsers({QStringLiteral("u1"), QStringLiteral("a4")}).isEmpty());

        // An import removed: the others' events stay as they were, under their ids.
        const qint64 removed = imports[size_t(random.bounded(int(imports.size())))];
        ImportRemover::remove(db, removed);
        expected = only(expected, [removed](qint64, qint64 import) { return import != removed; });
        QCOMPARE(tableRows(db), expected);

        // A segment cut short, or gone: the events cannot be read, and that is said, naming the import.
        const std::string first = std::to_string(db.queryInt("SELECT min(id) FROM imports"));
        db.exec("UPDATE event_segments SET data = substr(data, 1, length(data) - 1) WHERE import_id = " + first
                + " AND part = (SELECT max(part) FROM event_segments WHERE import_id = " + first + ")");
        const std::string itsFirst = "WHERE e.id = " + std::to_string(db.queryInt("SELECT first_event_id FROM imports WHERE id = " + first));
        for (const std::string &where : {std::string(), itsFirst}) {
            try {
                tableRows(db, where);
                QFAIL("a damaged segment was read");
            } catch (const StoreError &error) {
                QVERIFY2(error.message().contains(QStringLiteral("the events of import %1 cannot be read; the workspace is damaged").arg(QString::fromStdString(first))),
                         qPrintable(error.message()));
            }
        }
        db.exec("DELETE FROM event_segments WHERE import_id = " + first);
        QVERIFY_THROWS_EXCEPTION(StoreError, tableRows(db));
    }

    void aCreatedTableReadsTheSame()
    {
        // `CREATE VIRTUAL TABLE … USING funnelscope_events`, as the schema names events.
        QRandomGenerator random(99);
        QTemporaryDir dir;
        auto workspace = Workspace::create(dir.filePath(QStringLiteral("c.funnelscope")));
        Connection &db = workspace->connection();
        std::vector<Expected> rows;
        import(*workspace, writeExport(dir.filePath(QStringLiteral("c.csv")), random, 0, rows));
        db.exec("CREATE VIRTUAL TABLE temp.rebuilt USING funnelscope_events");
        QCOMPARE(tableRows(db, {}, "temp.rebuilt"), tableRows(db));
        QVERIFY(!tableRows(db).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_EventRecords)
#include "tst_eventrecords.moc"
