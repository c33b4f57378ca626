// The loadable extension as the sqlite3 shell uses it (sqlite3_load_extension() on a plain
// connection of its own): the events table (a virtual table of the extension's module;
// without it the shell names the module it lacks), each event's dedup key and properties
// read by SQL alone as the file's import wrote them; an import made
// meanwhile through another connection is seen; a damaged part is named, not misread; the
// README's query gives what the reports read.
#include "testpaths.h"

#include "analysis/eventtable.h"
#include "ingest/importer.h"
#include "store/connection.h"
#include "store/eventtexts.h"
#include "store/statement.h"
#include "store/workspace.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <map>

using namespace Funnelscope;

namespace {

/** A plain connection with the extension loaded, as `sqlite3 -readonly file` then `.load funnelscope_events`. */
class Shell
{
public:
    explicit Shell(const QString &path, bool load = true)
    {
        sqlite3_open_v2(path.toUtf8().constData(), &mDb, SQLITE_OPEN_READONLY, nullptr);
        if (!load)
            return;
        sqlite3_enable_load_extension(mDb, 1);
        char *error = nullptr;
        mLoaded = sqlite3_load_extension(mDb, FUNNELSCOPE_EVENTS_EXTENSION, nullptr, &error) == SQLITE_OK;
        if (error) {
            mError = QString::fromUtf8(error);
            sqlite3_free(error);
        }
    }
    ~Shell() { sqlite3_close(mDb); }
    bool loaded() const { return mLoaded; }
    QString error() const { return mError; }

    /** Each row of @p sql as its columns joined by "|" (NULL as "-"); an error as "error: …". */
    QStringList rows(const char *sql)
    {
        QStringList rows;
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(mDb, sql, -1, &statement, nullptr) != SQLITE_OK)
            return {QStringLiteral("error: ") + QString::fromUtf8(sqlite3_errmsg(mDb))};
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
            QStringList columns;
            for (int i = 0; i < sqlite3_column_count(statement); ++i) {
                const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, i));
                columns.append(text ? QString::fromUtf8(text) : QStringLiteral("-"));
            }
            rows.append(columns.join(QLatin1Char('|')));
        }
        if (rc != SQLITE_DONE)
            rows.append(QStringLiteral("error: ") + QString::fromUtf8(sqlite3_errmsg(mDb)));
        sqlite3_finalize(statement);
        return rows;
    }

private:
    sqlite3 *mDb = nullptr;
    bool mLoaded = false;
    QString mError;
};

struct Written
{
    QString key;
    QString coupon; ///< the one column the import keeps in the properties; empty: none
};

/**
 * A shop's export with event ids (some repeated: duplicates), a column the import keeps
 * in the properties on some rows, anonymous browsing that logs in; what each kept event
 * should read back as, by its event id, into @p written.
 */
QString writeExport(const QString &path, QRandomGenerator &random, int rows, int offset, std::map<QString, Written> &written)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("event_id,timestamp,user_id,anonymous_id,event,device,coupon\n");
    for (int row = 0; row < rows; ++row) {
        const QString key = random.bounded(10) == 0 && offset > 0 ? QStringLiteral("e%1").arg(random.bounded(offset)) // seen before
                                                                   : QStringLiteral("e%1").arg(offset + row);
        const QString coupon = random.bounded(3) == 0 ? QString() : QStringLiteral("SAVE%1 ü").arg(random.bounded(50));
        const QString user = random.bounded(2) ? QStringLiteral("u%1").arg(random.bounded(30)) : QString();
        file.write(QStringLiteral("%1,2024-03-%2T10:%3:00.000Z,%4,a%5,%6,mobile,%7\n")
                       .arg(key)
                       .arg(1 + random.bounded(28), 2, 10, QLatin1Char('0'))
                       .arg(random.bounded(60), 2, 10, QLatin1Char('0'))
                       .arg(user)
                       .arg(random.bounded(40))
                       .arg(random.bounded(2) ? QStringLiteral("product_view") : QStringLiteral("purchase"), coupon)
                       .toUtf8());
        written.emplace(key, Written{key, coupon}); // the first copy is the one kept
    }
    return path;
}

qint64 import(Workspace &workspace, const QString &file)
{
    ImportOptions options;
    const Importer::Batch report = Importer::importAll(workspace, {Importer::plan(file, options)}, options);
    return report.reports.isEmpty() ? -1 : report.reports.constFirst().counts.imported;
}

/** "key|coupon" per event the file kept, sorted: what the shell must read. */
QStringList expectedTexts(const std::map<QString, Written> &written)
{
    QStringList expected;
    for (const auto &[key, event] : written)
        expected.append(key + QLatin1Char('|') + event.coupon);
    expected.sort();
    return expected;
}

/** "key|coupon" per event, by id, as the shell reads them. */
QStringList shellTexts(Shell &shell)
{
    QStringList texts;
    for (const QString &row : shell.rows("SELECT event_key(id), coalesce(json_extract(event_properties(id), '$.coupon'), '') "
                                         "FROM events ORDER BY id"))
        texts.append(row);
    return texts;
}

} // namespace

class tst_FunnelscopeEvents : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theShellReadsWhatTheImportWrote()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shop.funnelscope"));
        QRandomGenerator random(7);
        std::map<QString, Written> written;
        {
            auto workspace = Workspace::create(path);
            import(*workspace, writeExport(dir.filePath(QStringLiteral("a.csv")), random, 3000, 0, written));
        }
        // The events table is the extension's: without it the shell says which module it lacks.
        QCOMPARE(Shell(path, false).rows("SELECT count(*) FROM events"), QStringList{QStringLiteral("error: no such module: funnelscope_events")});
        Shell shell(path);
        QVERIFY2(shell.loaded(), qPrintable(shell.error()));
        const QStringList texts = shellTexts(shell);
        QCOMPARE(qsizetype(texts.size()), qsizetype(written.size()));
        // Every event's key and coupon as the file had them (the reference: the file itself).
        QStringList sorted = texts;
        sorted.sort();
        QCOMPARE(sorted, expectedTexts(written));
        // And in the order the app reads them.
        auto workspace = Workspace::open(path);
        const EventTexts::Function keys(workspace->connection());
        const EventTexts::Function properties(workspace->connection(), EventTexts::Kind::Properties);
        QStringList app;
        Statement select(workspace->connection(), "SELECT event_key(id), coalesce(json_extract(event_properties(id), '$.coupon'), '') "
                                                  "FROM events ORDER BY id");
        while (select.step())
            app.append(select.text(0) + QLatin1Char('|') + select.text(1));
        QCOMPARE(texts, app);
        // The table by the module's own name reads as events, its texts as the functions'.
        const char *columns = "id, import_id, ts, user_id, event_type_id, session_id, anonymous_id, device_id, price, ";
        QCOMPARE(shell.rows((std::string("SELECT ") + columns + "dedup_key, properties FROM events").c_str()),
                 shell.rows((std::string("SELECT ") + columns + "event_key(id), event_properties(id) FROM funnelscope_events ORDER BY id").c_str()));
        QCOMPARE(shell.rows("SELECT count(*) FROM events"), QStringList{QString::number(written.size())});
    }

    void theReadmesQueryReadsEveryEvent()
    {
        // The events stay readable with plain SQL: the README's query, in the shell with the
        // extension, gives every event of the table the reports read, as the same person,
        // time and event, with its properties.
        QFile readme(QStringLiteral(FUNNELSCOPE_SOURCE_DIR "/README.md"));
        QVERIFY(readme.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(readme.readAll());
        const qsizetype section = text.indexOf(QStringLiteral("### Reading a workspace with SQL"));
        QVERIFY(section > 0);
        const qsizetype begin = text.indexOf(QStringLiteral("```sql\n"), section) + 7;
        const QString query = text.mid(begin, text.indexOf(QStringLiteral("```"), begin) - begin);
        QVERIFY(query.startsWith(QStringLiteral("SELECT")));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("q.funnelscope"));
        auto workspace = Workspace::create(path);
        QFile csv(dir.filePath(QStringLiteral("q.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("event_id,timestamp,user_id,anonymous_id,event,device,price,coupon\n"
                  "1,2024-03-04T10:00:00.250Z,,a-1,product_view,mobile,20,\n"
                  "2,2024-03-04T10:05:00.000Z,ann,a-1,purchase,mobile,20,SPRING\n"
                  "3,2024-03-05T08:00:00.000Z,bo,,product_view,,,\n");
        csv.close();
        QCOMPARE(import(*workspace, csv.fileName()), qint64(3));
        Shell shell(path);
        QVERIFY2(shell.loaded(), qPrintable(shell.error()));
        QStringList fromSql;
        QStringList properties;
        for (const QString &row : shell.rows(query.toUtf8().constData())) {
            const QStringList columns = row.split(QLatin1Char('|'));
            QCOMPARE(columns.size(), 11);
            const qint64 ms = QDateTime::fromString(columns[0], Qt::ISODateWithMs).toMSecsSinceEpoch();
            fromSql.append(QStringLiteral("%1 %2 %3 %4").arg(columns[1]).arg(ms).arg(columns[3], columns[5] == QStringLiteral("-") ? QString() : columns[5]));
            properties.append(columns[10]);
        }
        QCOMPARE(properties, (QStringList{QStringLiteral("-"), QStringLiteral(R"({"coupon":"SPRING"})"), QStringLiteral("-")}));
        const EventTable table = EventTable::load(workspace->connection());
        QStringList fromTable;
        for (int person = 0; person < table.userCount(); ++person) {
            for (size_t row = table.userBegin(person); row < table.userEnd(person); ++row)
                fromTable.append(QStringLiteral("%1 %2 %3 %4").arg(table.userKey(person)).arg(table.ts(row))
                                     .arg(table.typeNames().value(table.type(row)), table.column(QStringLiteral("device"))->valueAt(row)));
        }
        QCOMPARE(fromSql, fromTable);
        QCOMPARE(fromSql.first(), QStringLiteral("ann 1709546400250 product_view mobile")); // the anonymous view is ann's
    }

    void anImportMadeMeanwhileIsSeen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shop.funnelscope"));
        QRandomGenerator random(11);
        std::map<QString, Written> written;
        auto workspace = Workspace::create(path);
        import(*workspace, writeExport(dir.filePath(QStringLiteral("a.csv")), random, 500, 0, written));
        Shell shell(path);
        QVERIFY2(shell.loaded(), qPrintable(shell.error()));
        QCOMPARE(qsizetype(shellTexts(shell).size()), qsizetype(written.size()));
        // The next day's file, imported by the app while the shell stays open.
        QCOMPARE(import(*workspace, writeExport(dir.filePath(QStringLiteral("b.csv")), random, 500, 500, written)), qint64(456));
        QStringList texts = shellTexts(shell);
        QVERIFY2(!texts.last().startsWith(QStringLiteral("error")), qPrintable(texts.last()));
        QCOMPARE(qsizetype(texts.size()), qsizetype(written.size()));
        texts.sort();
        QCOMPARE(texts, expectedTexts(written));
    }

    void aDamagedPartIsNamed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shop.funnelscope"));
        QRandomGenerator random(13);
        std::map<QString, Written> written;
        {
            auto workspace = Workspace::create(path);
            import(*workspace, writeExport(dir.filePath(QStringLiteral("a.csv")), random, 400, 0, written));
            // The trailer's last bytes (the first event's id) overwritten.
            workspace->connection().exec("UPDATE property_texts SET data = substr(data, 1, length(data) - 8) || zeroblob(8) "
                                         "WHERE part = (SELECT max(part) FROM property_texts)");
        }
        Shell shell(path);
        QVERIFY2(shell.loaded(), qPrintable(shell.error()));
        const QStringList rows = shell.rows("SELECT count(event_properties(id)) FROM events");
        QCOMPARE(rows.size(), 1);
        QVERIFY2(rows.first().startsWith(QStringLiteral("error: ")) && rows.first().contains(QStringLiteral("shop.funnelscope"))
                     && rows.first().contains(QStringLiteral("the properties of the events of import 1 cannot be read")),
                 qPrintable(rows.first()));
        // The keys are whole, and still read.
        QCOMPARE(shell.rows("SELECT count(event_key(id)) FROM events"), QStringList{QString::number(written.size())});
    }
};

QTEST_GUILESS_MAIN(tst_FunnelscopeEvents)
#include "tst_funnelscopeevents.moc"
