// The events' rows rebuilt from the imports' segments, origins and texts (EventRecords,
// the virtual table funnelscope_events): on random exports shaped as vendors deliver them
// (anonymous ids that log in, duplicates across files, repeated times, properties on some
// events, prices), every column of every event equals its stored row, read whole, by id,
// by id range and by import; after an import is removed; and for an import whose segment
// was stored before origins, or is missing.
#include "analysis/eventrecords.h"
#include "analysis/importremover.h"
#include "ingest/importer.h"
#include "store/connection.h"
#include "store/eventtexts.h"
#include "store/statement.h"
#include "store/workspace.h"

#include <QDateTime>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Funnelscope;

namespace {

constexpr const char *columns = "id, import_id, ts, user_id, event_type_id, session_id, anonymous_id, device_id, channel_id, "
                                "country_id, product_id, category_id, price, revenue, currency_id";

/** Each row of @p sql as its columns' texts joined by "|" (NULL as "∅"). */
QStringList rows(Connection &db, const std::string &sql)
{
    QStringList result;
    Statement select(db, sql);
    while (select.step()) {
        QStringList values;
        for (int i = 0; i < select.columnCount(); ++i)
            values.append(select.isNull(i) ? QStringLiteral("∅") : select.text(i));
        result.append(values.join(QLatin1Char('|')));
    }
    return result;
}

/** The rows as stored, the texts beside them included: the reference. */
QStringList storedRows(Connection &db, const std::string &where = {}, const char *order = " ORDER BY id")
{
    const EventTexts::Function keys(db);
    const EventTexts::Function properties(db, EventTexts::Kind::Properties);
    return rows(db, std::string("SELECT ") + columns + ", coalesce(dedup_key, event_key(id)), coalesce(properties, "
                    "event_properties(id)) FROM events " + where + order);
}

QStringList rebuiltRows(Connection &db, const std::string &where = {}, const char *order = " ORDER BY id")
{
    return rows(db, std::string("SELECT ") + columns + ", dedup_key, properties FROM funnelscope_events " + where + order);
}

QString writeExport(const QString &path, QRandomGenerator &random, int file)
{
    const QStringList events = {QStringLiteral("page_view"), QStringLiteral("product_view"), QStringLiteral("add_to_cart"),
                                QStringLiteral("purchase"), QStringLiteral("refund")};
    QByteArray csv = "event_id,timestamp,user_id,anonymous_id,session_id,event,device,country,product_id,price,revenue,coupon,note\n";
    const int count = 30 + random.bounded(120);
    for (int row = 0; row < count; ++row) {
        const int kind = random.bounded(3); // known user, anonymous only, both (a login)
        const qint64 ts = 1'709'546'400'000 + qint64(random.bounded(40)) * 60'000 + (random.bounded(3) == 0 ? 0 : random.bounded(999));
        csv += QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8,%9,%10,%11,%12,%13\n")
                   .arg(random.bounded(5) == 0 ? QStringLiteral("dup%1").arg(random.bounded(25)) // across files
                        : random.bounded(6) == 0 ? QString()                                    // no id: hashed
                                                 : QStringLiteral("f%1-%2").arg(file).arg(row))
                   .arg(QDateTime::fromMSecsSinceEpoch(ts, QTimeZone::utc()).toString(Qt::ISODateWithMs))
                   .arg(kind == 1 ? QString() : QStringLiteral("u%1").arg(random.bounded(12)),
                        kind == 0 ? QString() : QStringLiteral("a%1").arg(random.bounded(15)),
                        random.bounded(4) == 0 ? QString() : QStringLiteral("s%1").arg(random.bounded(9)),
                        events.at(random.bounded(events.size())),
                        random.bounded(3) == 0 ? QString() : QStringLiteral("mobile"),
                        random.bounded(2) ? QStringLiteral("DE") : QStringLiteral("FR"),
                        random.bounded(3) == 0 ? QString() : QStringLiteral("sku-%1").arg(random.bounded(7)))
                   .arg(random.bounded(3) == 0 ? QString() : QString::number(random.bounded(9000) / 100.0))
                   .arg(random.bounded(5) == 0 ? QString::number(random.bounded(30000) / 100.0) : QString(),
                        random.bounded(4) == 0 ? QStringLiteral("SPRING%1").arg(random.bounded(3)) : QString(),
                        random.bounded(6) == 0 ? QStringLiteral("\"gift, wrapped \"\"ü\"\"\"") : QString())
                   .toUtf8();
    }
    QFile out(path);
    if (out.open(QIODevice::WriteOnly))
        out.write(csv);
    return path;
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
    void everyColumnAsStored_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 1; seed <= 12; ++seed)
            QTest::addRow("seed %u", seed) << seed;
    }

    void everyColumnAsStored()
    {
        QFETCH(quint32, seed);
        QRandomGenerator random(seed);
        QTemporaryDir dir;
        auto workspace = Workspace::create(dir.filePath(QStringLiteral("r.funnelscope")));
        Connection &db = workspace->connection();
        EventRecords::registerModule(db.handle());
        std::vector<qint64> imports;
        const int files = 2 + random.bounded(3);
        for (int file = 0; file < files; ++file) {
            imports.push_back(import(*workspace, writeExport(dir.filePath(QStringLiteral("f%1.csv").arg(file)), random, file)));
            const QStringList stored = storedRows(db);
            QVERIFY(stored.size() > 20);
            QCOMPARE(rebuiltRows(db), stored);
        }
        QVERIFY(db.queryInt("SELECT count(*) FROM events WHERE anonymous_id IS NOT NULL") > 0);
        QVERIFY(db.queryInt("SELECT count(*) FROM property_texts") > 0);

        // By id, by a range of ids (across two imports), by import, with other conditions.
        const qint64 maxId = db.queryInt("SELECT max(id) FROM events");
        for (int probe = 0; probe < 5; ++probe) {
            const qint64 id = 1 + random.bounded(int(maxId));
            const std::string one = "WHERE id = " + std::to_string(id);
            QCOMPARE(rebuiltRows(db, one), storedRows(db, one));
            const std::string range = "WHERE id > " + std::to_string(id / 2) + " AND id <= " + std::to_string(id + 40);
            QCOMPARE(rebuiltRows(db, range), storedRows(db, range));
        }
        const std::string byImport = "WHERE import_id = " + std::to_string(imports.back()) + " AND user_id % 2 = 0";
        QCOMPARE(rebuiltRows(db, byImport), storedRows(db, byImport));
        QCOMPARE(rebuiltRows(db, "WHERE id >= 2.5 AND id < 4"), storedRows(db, "WHERE id >= 2.5 AND id < 4"));
        // SQL over it as over the rows: another order, a count, a join.
        QCOMPARE(rebuiltRows(db, {}, " ORDER BY ts DESC, id"), storedRows(db, {}, " ORDER BY ts DESC, id"));
        QCOMPARE(db.queryInt("SELECT count(*) FROM funnelscope_events f JOIN users u ON u.id = f.user_id WHERE u.anonymous = 1"),
                 db.queryInt("SELECT count(*) FROM events f JOIN users u ON u.id = f.user_id WHERE u.anonymous = 1"));

        // An import removed; one whose segment predates origins (its rows are read); one without a segment.
        ImportRemover::remove(db, imports[size_t(random.bounded(int(imports.size())))]);
        const QStringList left = rows(db, "SELECT id FROM imports ORDER BY id");
        db.exec("UPDATE event_segments SET data = substr(data, 1, length(data) - 1) WHERE import_id = " + left.first().toStdString()
                + " AND part = (SELECT max(part) FROM event_segments WHERE import_id = " + left.first().toStdString() + ")");
        db.exec("DELETE FROM event_segments WHERE import_id = " + left.last().toStdString());
        QCOMPARE(rebuiltRows(db), storedRows(db));
    }

    void aCreatedTableReadsTheSame()
    {
        // `CREATE VIRTUAL TABLE … USING funnelscope_events`: what a workspace without rows will name events.
        QRandomGenerator random(99);
        QTemporaryDir dir;
        auto workspace = Workspace::create(dir.filePath(QStringLiteral("c.funnelscope")));
        Connection &db = workspace->connection();
        EventRecords::registerModule(db.handle());
        import(*workspace, writeExport(dir.filePath(QStringLiteral("c.csv")), random, 0));
        db.exec("CREATE VIRTUAL TABLE temp.rebuilt USING funnelscope_events");
        QCOMPARE(rows(db, std::string("SELECT ") + columns + ", dedup_key, properties FROM temp.rebuilt ORDER BY id"), storedRows(db));
    }
};

QTEST_GUILESS_MAIN(tst_EventRecords)
#include "tst_eventrecords.moc"
