// The importer end to end: golden files for every preset and CSV edge case, the real
// datasets in ../shared/datasets with their counts, bad input with a clear message and
// an unchanged workspace, cancel, and files imported twice.
#include "testpaths.h"

#include "analysis/eventtable.h"
#include "analysis/importremover.h"
#include "demo/demoshop.h"
#include "export/rejectedrowsexport.h"
#include "ingest/importer.h"
#include "ingest/ingesterror.h"
#include "store/connection.h"
#include "store/importlog.h"
#include "store/eventtexts.h"
#include "store/statement.h"
#include "store/storeerror.h"
#include "store/workspace.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QSet>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <cstring>

using namespace Funnelscope;

namespace {

const QString dataDir = QStringLiteral(FUNNELSCOPE_TEST_DATA "/import");
const QString datasets = QStringLiteral(FUNNELSCOPE_DATASETS);

ImportOptions optionsFrom(const QString &argsFile)
{
    ImportOptions options;
    QFile file(argsFile);
    if (!file.open(QIODevice::ReadOnly))
        return options;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QString key = line.section(QLatin1Char('='), 0, 0);
        const QString value = line.section(QLatin1Char('='), 1);
        if (key == QLatin1String("format"))
            options.format = value;
        else if (key == QLatin1String("timezone"))
            options.timezone = value;
        else if (key == QLatin1String("map"))
            options.maps.append(value);
        else if (key == QLatin1String("const"))
            options.constants.append(value);
        else if (key == QLatin1String("dedup"))
            options.dedupByContent = true;
    }
    return options;
}

/** Every event and rejected row of a workspace, as readable text. */
QString dump(Connection &db, const ImportReport &report, const ImportPlan &plan)
{
    QString text = QStringLiteral("# preset=%1 container=%2 rows_read=%3 imported=%4 rejected=%5 duplicates=%6 users=%7 identity_calls=%8\n")
                       .arg(plan.presetId.isEmpty() ? QStringLiteral("-") : plan.presetId, plan.container)
                       .arg(report.counts.rowsRead)
                       .arg(report.counts.imported)
                       .arg(report.counts.rejected)
                       .arg(report.counts.duplicates)
                       .arg(report.users)
                       .arg(report.counts.identityCalls);
    // Ids of the anonymous namespace are marked "anonymous:".
    const EventTexts::Function eventKey(db);
    const EventTexts::Function eventProperties(db, EventTexts::Kind::Properties);
    Statement events(db,
                     "SELECT e.ts, iif(u.anonymous, 'anonymous:', '') || u.key, t.name, se.key, "
                     "iif(a.anonymous, 'anonymous:', '') || a.key, d.value, c.value, co.value, "
                     "p.value, ca.value, e.price, e.revenue, cu.value, event_key(e.id), event_properties(e.id) "
                     "FROM events e JOIN users u ON u.id = e.user_id "
                     "JOIN event_types t ON t.id = e.event_type_id "
                     "LEFT JOIN sessions se ON se.id = e.session_id "
                     "LEFT JOIN users a ON a.id = e.anonymous_id "
                     "LEFT JOIN dimension_values d ON d.id = e.device_id "
                     "LEFT JOIN dimension_values c ON c.id = e.channel_id "
                     "LEFT JOIN dimension_values co ON co.id = e.country_id "
                     "LEFT JOIN dimension_values p ON p.id = e.product_id "
                     "LEFT JOIN dimension_values ca ON ca.id = e.category_id "
                     "LEFT JOIN dimension_values cu ON cu.id = e.currency_id ORDER BY e.id");
    while (events.step()) {
        QStringList row = {QDateTime::fromMSecsSinceEpoch(events.int64(0), QTimeZone::utc())
                               .toString(Qt::ISODateWithMs)};
        for (int column = 1; column < events.columnCount(); ++column)
            row.append(events.isNull(column) ? QStringLiteral("-") : events.text(column));
        text += QStringLiteral("event\t") + row.join(QLatin1Char('\t')) + QLatin1Char('\n');
    }
    Statement links(db, "SELECT iif(a.anonymous, 'anonymous:', '') || a.key, p.key FROM identity_links l "
                        "JOIN users a ON a.id = l.alias_id JOIN users p ON p.id = l.person_id ORDER BY a.key, p.key");
    while (links.step())
        text += QStringLiteral("link\t%1\t%2\n").arg(links.text(0), links.text(1));
    Statement rejected(db, "SELECT line, reason, content FROM rejected_rows ORDER BY id");
    while (rejected.step()) {
        text += QStringLiteral("rejected\t%1\t%2\t%3\n")
                    .arg(rejected.int64(0))
                    .arg(rejected.text(1), rejected.text(2).replace(QLatin1Char('\n'), QLatin1String("\\n")).replace(QLatin1Char('\r'), QLatin1String("\\r")));
    }
    return text;
}

qint64 count(Workspace &workspace, const char *table)
{
    return workspace.connection().queryInt(std::string("SELECT count(*) FROM ") + table);
}

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}

} // namespace

class tst_Importer : public QObject
{
    Q_OBJECT

private:
    /** The snapshot an import stored equals the table stepped from the rows. */
    static void snapshotEqualsTheRows(Workspace &workspace)
    {
        QVERIFY(EventTable::hasCurrentSnapshot(workspace.connection()));
        const EventTable fromSnapshot = EventTable::load(workspace.connection());
        const EventTable fromRows = EventTable::loadRows(workspace.connection());
        QCOMPARE(fromSnapshot.size(), fromRows.size());
        QCOMPARE(fromSnapshot.userCount(), fromRows.userCount());
        QCOMPARE(fromSnapshot.typeNames(), fromRows.typeNames());
        for (int u = 0; u < fromRows.userCount(); ++u) {
            QCOMPARE(fromSnapshot.userKey(u), fromRows.userKey(u));
            QCOMPARE(fromSnapshot.userBegin(u), fromRows.userBegin(u));
        }
        for (size_t row = 0; row < fromRows.size(); ++row) {
            QCOMPARE(fromSnapshot.ts(row), fromRows.ts(row));
            QCOMPARE(fromSnapshot.type(row), fromRows.type(row));
            QCOMPARE(fromSnapshot.session(row), fromRows.session(row));
            for (const QString &name : EventTable::fieldColumns())
                QCOMPARE(fromSnapshot.column(name)->valueAt(row), fromRows.column(name)->valueAt(row));
        }
    }

    std::unique_ptr<Workspace> newWorkspace()
    {
        return Workspace::create(mDir.filePath(QStringLiteral("w%1.funnelscope").arg(++mCounter)));
    }

    ImportReport import(Workspace &workspace, const QStringList &files, const ImportOptions &options = {})
    {
        ImportReport total;
        for (const QString &file : files)
            total.add(Importer::run(workspace, Importer::plan(file, options), options));
        return total;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(mDir.isValid()); }

    void golden_data()
    {
        QTest::addColumn<QString>("folder");
        const QStringList cases = QDir(dataDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &name : cases)
            QTest::newRow(qPrintable(name)) << QDir(dataDir).filePath(name);
    }

    void golden()
    {
        QFETCH(QString, folder);
        const QDir dir(folder);
        const QStringList inputs = dir.entryList({QStringLiteral("input.*")});
        QCOMPARE(inputs.size(), 1);
        const ImportOptions options = optionsFrom(dir.filePath(QStringLiteral("args.txt")));
        auto workspace = newWorkspace();
        const ImportPlan plan = Importer::plan(dir.filePath(inputs.first()), options);
        const ImportReport report = Importer::run(*workspace, plan, options);
        const QString actual = dump(workspace->connection(), report, plan);

        const QString expectedPath = dir.filePath(QStringLiteral("expected.txt"));
        if (qEnvironmentVariableIsSet("FUNNELSCOPE_UPDATE_GOLDEN")) {
            writeFile(expectedPath, actual.toUtf8());
            QSKIP("golden file written");
        }
        QFile expected(expectedPath);
        QVERIFY2(expected.open(QIODevice::ReadOnly), qPrintable(expectedPath));
        const QStringList want = QString::fromUtf8(expected.readAll()).split(QLatin1Char('\n'));
        const QStringList got = actual.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < qMax(want.size(), got.size()); ++i)
            QCOMPARE(got.value(i), want.value(i));
    }

    void realDatasets_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<QStringList>("constants");
        QTest::addColumn<QString>("preset");
        QTest::addColumn<qint64>("rows");
        QTest::addColumn<qint64>("imported");
        QTest::addColumn<qint64>("users");
        QTest::addColumn<QString>("eventsByType");
        QTest::addColumn<QString>("rejectedByReason");

        // Expected counts computed independently with Python's csv module over the files.
        QTest::newRow("REES46 multi-category head")
            << QStringList{datasets + QStringLiteral("/rees46-multicategory-2019oct-head/2019-Oct_head.csv")}
            << QStringList() << QStringLiteral("rees46") << qint64(17434) << qint64(17434) << qint64(4504)
            << QStringLiteral("cart=165 purchase=214 view=17055") << QString();
        QStringList cosmetics;
        for (const char *month : {"2022_oct", "2022_nov", "2022_dec", "2023_jan", "2023_feb"})
            cosmetics.append(datasets + QStringLiteral("/rees46-cosmetics-42piscine-heads/data_%1.csv").arg(QLatin1String(month)));
        QTest::newRow("REES46 cosmetics heads, duplicates kept, no final newline")
            << cosmetics << QStringList() << QStringLiteral("rees46") << qint64(4995) << qint64(4995) << qint64(893)
            << QStringLiteral("cart=1300 purchase=323 remove_from_cart=1051 view=2321") << QString();
        // A session without a user is an anonymous id of its own namespace: 1,270 known
        // users and 1,724 anonymous sessions (session 1732 is not customer 1732).
        QTest::newRow("DIGINETICA, semicolons and NA users")
            << QStringList{datasets + QStringLiteral("/diginetica-srgnn-sample/sample_train-item-views.csv")}
            << QStringList() << QStringLiteral("diginetica") << qint64(12391) << qint64(12391) << qint64(2994)
            << QStringLiteral("view=12391") << QString();
        // Invoices starting with C are cancellations: 8,905 refunds (Python's csv module).
        QTest::newRow("UCI Online Retail: purchases and refunds")
            << QStringList{datasets + QStringLiteral("/online-retail/online_retail.csv")}
            << QStringList() << QStringLiteral("online-retail")
            << qint64(541909) << qint64(406829) << qint64(4372) << QStringLiteral("purchase=397924 refund=8905")
            << QStringLiteral("missing user_id=135080");
    }

    void realDatasets()
    {
        QFETCH(QStringList, files);
        QFETCH(QStringList, constants);
        QFETCH(QString, preset);
        QFETCH(qint64, rows);
        QFETCH(qint64, imported);
        QFETCH(qint64, users);
        QFETCH(QString, eventsByType);
        QFETCH(QString, rejectedByReason);
        if (!QFile::exists(files.first()))
            QSKIP("../shared/datasets is not beside this checkout");

        ImportOptions options;
        options.constants = constants;
        QCOMPARE(Importer::plan(files.first(), options).presetId, preset);
        auto workspace = newWorkspace();
        const ImportReport report = import(*workspace, files, options);
        QCOMPARE(report.counts.rowsRead, rows);
        QCOMPARE(report.counts.imported, imported);
        QCOMPARE(report.counts.rejected, rows - imported);
        QCOMPARE(count(*workspace, "events"), imported);
        QCOMPARE(count(*workspace, "rejected_rows"), rows - imported);
        QCOMPARE(workspace->connection().queryInt("SELECT count(DISTINCT user_id) FROM events"), users);
        QStringList types;
        for (auto it = report.eventsByType.cbegin(); it != report.eventsByType.cend(); ++it)
            types.append(QStringLiteral("%1=%2").arg(it.key()).arg(it.value()));
        QCOMPARE(types.join(QLatin1Char(' ')), eventsByType);
        QStringList reasons;
        for (auto it = report.rejectedByReason.cbegin(); it != report.rejectedByReason.cend(); ++it)
            reasons.append(QStringLiteral("%1=%2").arg(it.key()).arg(it.value()));
        QCOMPARE(reasons.join(QLatin1Char(' ')), rejectedByReason);
    }

    void revenueCountsOnTheWorkspacesRevenueEvent()
    {
        // Segment's Checkout Started carries the cart's value; only Order Completed is revenue,
        // unless the workspace names another revenue event (remembered for later imports).
        const QString file = dataDir + QStringLiteral("/segment/input.json");
        const auto revenueOf = [](Workspace &workspace, const char *event) {
            return workspace.connection().queryText(std::string("SELECT group_concat(coalesce(e.revenue, '-')) FROM events e JOIN event_types t "
                                                                "ON t.id = e.event_type_id WHERE t.name = '") + event + "'");
        };
        auto byPreset = newWorkspace();
        import(*byPreset, {file});
        QCOMPARE(revenueOf(*byPreset, "Checkout Started"), QStringLiteral("-"));
        QCOMPARE(revenueOf(*byPreset, "Order Completed"), QStringLiteral("25.0"));

        auto named = newWorkspace();
        ImportOptions options;
        options.revenueEvents = {QStringLiteral("Checkout Started")};
        QList<ImportPlan> plans{Importer::plan(file, options)};
        Importer::applyWorkspaceRules(*named, plans, options);
        Importer::run(*named, plans, options);
        QCOMPARE(revenueOf(*named, "Checkout Started"), QStringLiteral("25.0"));
        QCOMPARE(revenueOf(*named, "Order Completed"), QStringLiteral("-"));
        // A later import without the option uses what the workspace remembers.
        QList<ImportPlan> later{Importer::plan(dataDir + QStringLiteral("/rudderstack/input.ndjson"), {})};
        Importer::applyWorkspaceRules(*named, later, {});
        QCOMPARE(later.first().rules.revenueEvents, QStringList{QStringLiteral("Checkout Started")});
    }

    void dedupWithoutEventIdsKeepsDifferentProducts()
    {
        QStringList cosmetics;
        for (const char *month : {"2022_oct", "2022_nov", "2022_dec", "2023_jan", "2023_feb"})
            cosmetics.append(datasets + QStringLiteral("/rees46-cosmetics-42piscine-heads/data_%1.csv").arg(QLatin1String(month)));
        if (!QFile::exists(cosmetics.first()))
            QSKIP("../shared/datasets is not beside this checkout");
        ImportOptions options;
        options.dedupByContent = true;
        auto workspace = newWorkspace();
        const ImportReport report = import(*workspace, cosmetics, options);
        // Python's csv module: 293 rows repeat (user, event, time, product), 291 of them
        // repeat every column; without the product 628 would go, among them two products
        // carted in the same second.
        QCOMPARE(report.counts.rowsRead, 4995);
        QCOMPARE(report.counts.duplicates, 293);
        QCOMPARE(report.counts.imported, 4995 - 293);
    }

    void onlineRetailIdsAndRevenue()
    {
        const QString file = datasets + QStringLiteral("/online-retail/online_retail.csv");
        if (!QFile::exists(file))
            QSKIP("../shared/datasets is not beside this checkout");
        auto workspace = newWorkspace();
        import(*workspace, {file}, {});
        Connection &db = workspace->connection();
        // Revenue, with refunds negative, as Python's csv module sums quantity × unit price
        // over the rows with a customer: 8,911,407.90 of purchases, 611,342.09 refunded.
        QCOMPARE(db.queryInt("SELECT CAST(round(sum(revenue) * 100) AS INTEGER) FROM events e JOIN event_types t "
                             "ON t.id = e.event_type_id WHERE t.name = 'purchase'"), qint64(891140790));
        QCOMPARE(db.queryInt("SELECT CAST(round(sum(revenue) * 100) AS INTEGER) FROM events e JOIN event_types t "
                             "ON t.id = e.event_type_id WHERE t.name = 'refund'"), qint64(-61134209));
        QCOMPARE(db.queryInt("SELECT count(*) FROM events WHERE revenue > 0 AND event_type_id = "
                             "(SELECT id FROM event_types WHERE name = 'refund')"), 0);
        // CustomerID 17850.0 becomes 17850; revenue is quantity × unit price.
        QCOMPARE(db.queryInt("SELECT count(*) FROM users WHERE key = '17850'"), 1);
        QCOMPARE(db.queryInt("SELECT count(*) FROM users WHERE key LIKE '%.%'"), 0);
        const EventTexts::Function eventProperties(db, EventTexts::Kind::Properties);
        Statement first(db, "SELECT e.revenue, e.price, event_properties(e.id) FROM events e ORDER BY e.id LIMIT 1");
        QVERIFY(first.step());
        QCOMPARE(first.real(0), 6 * 2.55);
        QCOMPARE(first.real(1), 2.55);
        QCOMPARE(first.text(2), QStringLiteral(R"({"Description":"WHITE HANGING HEART T-LIGHT HOLDER","Quantity":"6"})"));
        // Times without a zone are read in UTC by default.
        QCOMPARE(db.queryInt("SELECT min(ts) FROM events"),
                 QDateTime(QDate(2010, 12, 1), QTime(8, 26), QTimeZone::utc()).toMSecsSinceEpoch());
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        const QString d = mDir.path();
        QTest::newRow("empty file") << writeFile(d + QStringLiteral("/empty.csv"), {})
                                    << QStringLiteral("Cannot import “empty.csv”: the file is empty.");
        QTest::newRow("header only") << writeFile(d + QStringLiteral("/header.csv"), "user_id,event,timestamp\n")
                                     << QStringLiteral("Cannot import “header.csv”: it has a header but no rows.");
        QByteArray garbage;
        for (int i = 0; i < 4096; ++i)
            garbage.append(char((i * 7919) % 256));
        QTest::newRow("binary garbage") << writeFile(d + QStringLiteral("/garbage.bin"), garbage)
                                        << QStringLiteral("Cannot import “garbage.bin”: it contains binary data (a NUL byte on line 1), so it is not a CSV file.");
        QTest::newRow("unbalanced quote at the end")
            << writeFile(d + QStringLiteral("/quote.csv"), "user_id,event,timestamp\nu1,view,2024-01-01\nu2,\"view,2024-01-02\nu3,view,2024-01-03\n")
            << QStringLiteral("Cannot import “quote.csv”: the quoted field that starts on line 3 never ends (a \" is missing).");
        QTest::newRow("a 5 MB single line")
            << writeFile(d + QStringLiteral("/long.csv"), QByteArray(5 << 20, 'x'))
            << QStringLiteral("Cannot import “long.csv”: the first line is longer than 1 MiB: this does not look like a CSV file with a header.");
        QTest::newRow("invalid UTF-8")
            << writeFile(d + QStringLiteral("/latin1.csv"), "user_id,event,timestamp,city\nu1,view,2024-01-01,M\xfcnchen\n")
            << QStringLiteral("Cannot import “latin1.csv”: line 2 is not valid UTF-8. Save the file as UTF-8 (in a spreadsheet: “CSV UTF-8”) and import it again.");
        QTest::newRow("unparseable timestamp column")
            << writeFile(d + QStringLiteral("/times.csv"), "user_id,event,timestamp\nu1,view,soon\nu2,view,later\n")
            << QStringLiteral("Cannot import “times.csv”: the column “timestamp” holds no timestamps Funnelscope can read (line 2: “soon”). Timestamps can be ISO 8601 (2024-03-01T10:15:00Z), “2024-03-01 10:15:00”, or Unix time in seconds, milliseconds or microseconds; choose another column with --map timestamp=COLUMN.");
        // (NDJSON with a cut-off last line imports the rest: tests/data/import/ndjson-broken-lines.)
        QTest::newRow("JSON array that stops in the middle")
            << writeFile(d + QStringLiteral("/cut.json"), "[{\"event\":\"a\",\"userId\":\"u\",\"timestamp\":\"2024-01-01T00:00:00Z\"},\n{\"event\":\"b\",\"userId\":\"u\",\"timest")
            << QStringLiteral("Cannot import “cut.json”: the JSON ends in the middle of the record that starts on line 2.");
        QTest::newRow("file that does not exist")
            << d + QStringLiteral("/nowhere.csv")
            << QStringLiteral("Cannot import “%1”: the file does not exist.").arg(QDir::toNativeSeparators(d + QStringLiteral("/nowhere.csv")));
        // A folder imports its event files; one without any is bad input.
        const QString empty = d + QStringLiteral("/no-events");
        QDir().mkpath(empty);
        writeFile(empty + QStringLiteral("/notes.md"), "# not events\n");
        QTest::newRow("a folder without event files")
            << empty << QStringLiteral("Cannot import the folder “%1”: it holds no event files (.csv, .json, .ndjson, "
                                       ".jsonl, .tsv, .txt, their .gz, or .zip).").arg(QDir::toNativeSeparators(empty));
    }

    void badInput()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        auto workspace = newWorkspace();
        DemoShop::generate(*workspace, {50, 1});
        const qint64 events = count(*workspace, "events");
        const qint64 imports = count(*workspace, "imports");
        QString raised;
        try {
            const ImportOptions options;
            Importer::run(*workspace, Importer::plan(file, options), options);
        } catch (const IngestError &error) {
            raised = error.message();
        }
        QCOMPARE(raised, message);
        QCOMPARE(count(*workspace, "events"), events);
        QCOMPARE(count(*workspace, "imports"), imports);
        QCOMPARE(count(*workspace, "rejected_rows"), 0);
    }

    void failureHalfwayChangesNothing()
    {
        // Invalid UTF-8 on line 5001: 4,999 events were written before it is met.
        QByteArray csv = "user_id,event,timestamp\n";
        for (int i = 0; i < 4999; ++i)
            csv += "u" + QByteArray::number(i % 50) + ",view,2024-01-01T00:00:00Z\n";
        csv += "u1,caf\xe9,2024-01-01T00:00:00Z\n";
        const QString file = writeFile(mDir.filePath(QStringLiteral("late-failure.csv")), csv);
        auto workspace = newWorkspace();
        const ImportOptions options;
        const ImportPlan plan = Importer::plan(file, options);
        QVERIFY_THROWS_EXCEPTION(IngestError, Importer::run(*workspace, plan, options));
        QCOMPARE(count(*workspace, "events"), 0);
        QCOMPARE(count(*workspace, "imports"), 0);
        QCOMPARE(count(*workspace, "users"), 0);
    }

    // A workspace whose ids were made by hand past what a segment's 32-bit codes hold: the
    // import says so and keeps nothing (it used to cut the ids to 32 bits without a word).
    void idsPastThirtyTwoBitsAreRefusedNotCut()
    {
        const QString file = writeFile(mDir.filePath(QStringLiteral("after-large-ids.csv")),
                                       "user_id,event,timestamp\nu1,view,2024-01-01T00:00:00Z\nu2,view,2024-01-02T00:00:00Z\n");
        auto workspace = newWorkspace();
        workspace->connection().exec("INSERT INTO users (id, key, anonymous) VALUES (2147483647, 'made by hand', 0)");
        const ImportOptions options;
        const ImportPlan plan = Importer::plan(file, options);
        try {
            Importer::run(*workspace, plan, options);
            QFAIL("the import went through");
        } catch (const StoreError &error) {
            QVERIFY2(error.message().contains(QStringLiteral("past 2,147,483,647")), qPrintable(error.message()));
        }
        QCOMPARE(count(*workspace, "events"), 0);
        QCOMPARE(count(*workspace, "imports"), 0);
        QCOMPARE(count(*workspace, "users"), 1);
    }

    // A cancel at any stage until the commit, the sorting and the last word before saving
    // included (a cancel pressed while the segment is sorted is heard there), puts the
    // workspace back; nothing is asked after it.
    void cancelLeavesTheWorkspaceAsBefore_data()
    {
        QTest::addColumn<int>("stage");
        QTest::addColumn<int>("call"); // of that stage's calls, the one answered with false
        QTest::newRow("opening") << int(ImportProgress::Stage::Opening) << 1;
        QTest::newRow("reading") << int(ImportProgress::Stage::Reading) << 2;
        QTest::newRow("sorting") << int(ImportProgress::Stage::Sorting) << 1;
        QTest::newRow("saving") << int(ImportProgress::Stage::Saving) << 1;
    }

    void cancelLeavesTheWorkspaceAsBefore()
    {
        QFETCH(int, stage);
        QFETCH(int, call);
        QByteArray csv = "user_id,event,timestamp\n";
        for (int i = 0; i < 10000; ++i)
            csv += "u" + QByteArray::number(i) + ",view,2024-01-01T00:00:00Z\n";
        const QString file = writeFile(mDir.filePath(QStringLiteral("long.csv")), csv);
        auto workspace = newWorkspace();
        DemoShop::generate(*workspace, {30, 2});
        const qint64 events = count(*workspace, "events");
        const qint64 users = count(*workspace, "users");
        const qint64 segments = count(*workspace, "event_segments");
        const ImportOptions options;
        int calls = 0;
        bool askedAfter = false;
        bool cancelled = false;
        const ImportReport report = Importer::run(*workspace, Importer::plan(file, options), options,
                                                  [&](const ImportProgress &at) {
                                                      askedAfter = askedAfter || cancelled;
                                                      if (int(at.stage) == stage && ++calls == call)
                                                          cancelled = true;
                                                      return !cancelled;
                                                  });
        QVERIFY(cancelled);
        QVERIFY(!askedAfter);
        QVERIFY(report.cancelled);
        QCOMPARE(count(*workspace, "events"), events);
        QCOMPARE(count(*workspace, "imports"), 1);
        QCOMPARE(count(*workspace, "users"), users);
        QCOMPARE(count(*workspace, "event_segments"), segments);
        QCOMPARE(workspace->connection().queryInt("SELECT count(*) FROM users WHERE anonymous = 0"), 30);
    }

    // What a progress bar hears from an import of two files into a workspace that holds
    // events: each file's opening, reading and sorting, then the saving, once; the bytes
    // never go back, and the saving has all of them and every row.
    void theStagesComeInOrderAroundTheReading()
    {
        using Stage = ImportProgress::Stage;
        QStringList files;
        qint64 sizes = 0;
        for (int f = 0; f < 2; ++f) {
            QByteArray csv = "user_id,event,timestamp\n";
            for (int i = 0; i < 9000; ++i)
                csv += "u" + QByteArray::number(i % 700) + (f ? ",cart," : ",view,") + "2024-01-0" + QByteArray::number(1 + f)
                    + "T00:00:00Z\n";
            files.append(writeFile(mDir.filePath(QStringLiteral("day%1.csv").arg(f)), csv));
            sizes += csv.size();
        }
        auto workspace = newWorkspace();
        DemoShop::generate(*workspace, {30, 2});
        const qint64 events = count(*workspace, "events");
        const ImportOptions options;
        QList<ImportPlan> plans;
        for (const QString &file : std::as_const(files))
            plans.append(Importer::plan(file, options));
        QList<Stage> stages;
        QList<ImportProgress> heard;
        const Importer::Batch batch = Importer::importAll(*workspace, plans, options, [&](const ImportProgress &at) {
            if (stages.isEmpty() || stages.last() != at.stage)
                stages.append(at.stage);
            heard.append(at);
            return true;
        });
        QVERIFY(!batch.cancelled);
        QCOMPARE(stages, (QList<Stage>{Stage::Opening, Stage::Reading, Stage::Sorting, Stage::Opening, Stage::Reading,
                                       Stage::Sorting, Stage::Saving}));
        for (qsizetype i = 1; i < heard.size(); ++i) {
            QVERIFY2(heard[i].bytes >= heard[i - 1].bytes && heard[i].rows >= heard[i - 1].rows, qPrintable(QString::number(i)));
            QVERIFY(heard[i].bytes <= heard[i].total);
        }
        QCOMPARE(heard.last().bytes, sizes);
        QCOMPARE(heard.last().total, sizes);
        QCOMPARE(heard.last().rows, 18000);
        QCOMPARE(count(*workspace, "events"), events + 18000);
        // Every stage but the reading says what it does, in words.
        for (const Stage stage : {Stage::Opening, Stage::Sorting, Stage::Saving, Stage::Sending})
            QVERIFY(!ImportProgress::describe(stage).isEmpty());
        QVERIFY(ImportProgress::describe(Stage::Reading).isEmpty());
    }

    void theSameFileTwiceIsRefusedUnlessAllowed()
    {
        const QString file = writeFile(mDir.filePath(QStringLiteral("twice.csv")),
                                       "event_id,user_id,event,timestamp\ne1,u1,view,2024-01-01T00:00:00Z\ne2,u1,cart,2024-01-01T00:01:00Z\n");
        auto workspace = newWorkspace();
        ImportOptions options;
        const ImportReport first = Importer::run(*workspace, Importer::plan(file, options), options);
        QCOMPARE(first.counts.imported, 2);
        QVERIFY(Importer::findImportOf(*workspace, Importer::sha256(file)) == first.importId);
        try {
            Importer::run(*workspace, Importer::plan(file, options), options);
            QFAIL("a second import of the same file should be refused");
        } catch (const IngestError &error) {
            QVERIFY2(error.message().startsWith(QStringLiteral("“twice.csv” was already imported (import 1, on ")),
                     qPrintable(error.message()));
        }
        QCOMPARE(count(*workspace, "imports"), 1);
        options.allowDuplicateFile = true;
        const ImportReport again = Importer::run(*workspace, Importer::plan(file, options), options);
        QCOMPARE(again.counts.imported, 0);
        QCOMPARE(again.counts.duplicates, 2); // event ids are still deduplicated
        QCOMPARE(count(*workspace, "events"), 2);
    }

    // An import into a workspace without events builds the snapshot from the rows it
    // writes; into one with events the duplicates it must skip include the stored ones.
    // Random files with duplicate ids, rejected rows and empty fields must come out the
    // same both ways, and the built snapshot must equal the table read back from the rows.
    void bulkAndRowByRowImportsAgree()
    {
        const QString seed = writeFile(mDir.filePath(QStringLiteral("seed.csv")),
                                       "event_id,user_id,event,timestamp\nseed-1,zed,view,2020-01-01T00:00:00Z\n");
        for (int round = 0; round < 12; ++round) {
            QRandomGenerator random(quint32(1000 + round));
            QByteArray csv = "event_id,user_id,event_name,timestamp,session_id,device,channel,product_id,price,revenue,note\n";
            const char *names[] = {"product_view", "add_to_cart", "begin_checkout", "purchase", "search", "view"};
            const char *devices[] = {"", "mobile", "desktop", "tablet"};
            const int rows = 200 + random.bounded(1500);
            QSet<int> idsKept; // the reference: an event is kept unless an earlier one kept its id
            qint64 kept = 0;
            for (int i = 0; i < rows; ++i) {
                const int id = random.bounded(100) < 15 ? random.bounded(i + 1) : i; // ~15 % repeat an earlier id
                const bool noId = random.bounded(100) < 5;
                const bool noUser = random.bounded(100) < 3;
                if (!noUser && (noId || !idsKept.contains(id))) {
                    ++kept;
                    if (!noId)
                        idsKept.insert(id);
                }
                const qint64 ts = 1704067200000LL + random.bounded(60 * 86400) * 1000LL + random.bounded(3) * 250;
                csv += (noId ? QByteArray() : "e" + QByteArray::number(id)) + ','
                    + (noUser ? QByteArray() : "u" + QByteArray::number(random.bounded(1 + rows / 8))) + ','
                    + names[random.bounded(6)] + ','
                    + QDateTime::fromMSecsSinceEpoch(ts, QTimeZone::utc()).toString(Qt::ISODateWithMs).toUtf8() + ','
                    + (random.bounded(10) ? "s" + QByteArray::number(random.bounded(rows / 3 + 1)) : QByteArray()) + ','
                    + devices[random.bounded(4)] + ','
                    + (random.bounded(2) ? QByteArray("ads") : QByteArray("seo")) + ','
                    + (random.bounded(3) ? "p" + QByteArray::number(random.bounded(40)) : QByteArray()) + ','
                    + (random.bounded(2) ? QByteArray::number(random.bounded(10000) / 100.0) : QByteArray()) + ','
                    + (random.bounded(8) == 0 ? QByteArray::number(random.bounded(50000) / 100.0) : QByteArray()) + ','
                    + (random.bounded(4) == 0 ? QByteArray("gift") : QByteArray()) + '\n';
            }
            const QString file = writeFile(mDir.filePath(QStringLiteral("random%1.csv").arg(round)), csv);

            auto bulk = newWorkspace();
            const ImportReport a = Importer::run(*bulk, Importer::plan(file, {}), {});
            auto rowByRow = newWorkspace();
            import(*rowByRow, {seed});
            const ImportReport b = Importer::run(*rowByRow, Importer::plan(file, {}), {});
            QCOMPARE(a.counts.imported, kept);
            QCOMPARE(a.counts.imported, b.counts.imported);
            QCOMPARE(a.counts.duplicates, b.counts.duplicates);
            QCOMPARE(a.counts.rejected, b.counts.rejected);
            QCOMPARE(a.users, b.users);
            QCOMPARE(a.eventsByType, b.eventsByType);
            QVERIFY(a.counts.duplicates > 0);
            // The import switches foreign key checks off for its own rows, and back on.
            QCOMPARE(bulk->connection().queryInt("PRAGMA foreign_keys"), 1);
            const char *eventsOf = "SELECT group_concat(line, '\n') FROM (SELECT e.ts || ' ' || u.key || ' ' || t.name || ' ' "
                                   "|| coalesce(event_key(e.id), '-') || ' ' || coalesce(d.value, '-') || ' ' || "
                                   "coalesce(e.price, '-') || ' ' || coalesce(event_properties(e.id), '-') AS line "
                                   "FROM events e JOIN users u ON u.id = e.user_id JOIN event_types t ON t.id = e.event_type_id "
                                   "LEFT JOIN dimension_values d ON d.id = e.device_id WHERE e.import_id = %1 ORDER BY e.id)";
            {
                const EventTexts::Function bulkKeys(bulk->connection());
                const EventTexts::Function rowByRowKeys(rowByRow->connection());
                const EventTexts::Function bulkProperties(bulk->connection(), EventTexts::Kind::Properties);
                const EventTexts::Function rowByRowProperties(rowByRow->connection(), EventTexts::Kind::Properties);
                QCOMPARE(bulk->connection().queryText(QString::fromLatin1(eventsOf).arg(a.importId).toStdString()),
                         rowByRow->connection().queryText(QString::fromLatin1(eventsOf).arg(b.importId).toStdString()));
            }
            // The next import into the same workspace finds the stored events' ids.
            const ImportReport again = Importer::run(*bulk, Importer::plan(file, {}), [] {
                ImportOptions options;
                options.allowDuplicateFile = true;
                return options;
            }());
            // Only the events without an id come in again.
            const EventTexts::Function bulkKeys(bulk->connection());
            QCOMPARE(again.counts.imported,
                     bulk->connection().queryInt("SELECT count(*) FROM events WHERE event_key(id) IS NULL AND import_id = "
                                                 + std::to_string(a.importId)));
            // It read them from the keys the first import kept, one entry an event with an id;
            // without those (a workspace from before), from the keys' texts, with the same result.
            QCOMPARE(bulk->connection().queryInt("SELECT sum(length(data)) FROM event_keys WHERE import_id = " + std::to_string(a.importId)),
                     8 * bulk->connection().queryInt("SELECT count(*) FROM events WHERE event_key(id) IS NOT NULL AND import_id = "
                                                     + std::to_string(a.importId)));
            rowByRow->connection().exec("DELETE FROM event_keys");
            const ImportReport fromRows = Importer::run(*rowByRow, Importer::plan(file, {}), [] {
                ImportOptions options;
                options.allowDuplicateFile = true;
                return options;
            }());
            QCOMPARE(fromRows.counts.imported, again.counts.imported);
            QCOMPARE(fromRows.counts.duplicates, again.counts.duplicates);

            // The snapshot the bulk import stored equals the table stepped from the rows.
            auto fresh = newWorkspace();
            import(*fresh, {file});
            snapshotEqualsTheRows(*fresh);
            if (QTest::currentTestFailed())
                return;
        }
    }

    // The import keeps the snapshot's columns in a temporary file, 64K events a piece,
    // each piece as narrow as its codes allow: across many pieces, with codes that widen
    // and duplicates dropped in later pieces, the snapshot still equals the rows, and the
    // temporary files are gone afterwards.
    void snapshotAcrossManyPieces()
    {
        QRandomGenerator random(4711);
        QByteArray csv = "event_id,user_id,event_name,timestamp,session_id,device,product_id,price\n";
        const int rows = 150000;
        for (int i = 0; i < rows; ++i) {
            const int user = random.bounded(1 + i / 4); // new users (and sessions) keep coming
            const qint64 ts = 1704067200000LL + random.bounded(90 * 86400) * 1000LL;
            csv += "e" + QByteArray::number(random.bounded(100) < 2 ? random.bounded(i + 1) : i) + ",u"
                + QByteArray::number(user) + ',' + (random.bounded(2) ? "view" : "buy") + ','
                + QByteArray::number(ts) + ",s" + QByteArray::number(user) + '-' + QByteArray::number(random.bounded(3))
                + ',' + (i < 70000 ? "mobile" : "d" + QByteArray::number(random.bounded(300))) + ",p"
                + QByteArray::number(random.bounded(i < 70000 ? 50 : 5000)) + ','
                + QByteArray::number(random.bounded(i < 70000 ? 50 : 40000) / 4.0) + '\n';
        }
        QTemporaryDir dir;
        const QString file = writeFile(dir.filePath(QStringLiteral("many.csv")), csv);
        auto workspace = Workspace::create(dir.filePath(QStringLiteral("many.funnelscope")));
        const ImportReport report = Importer::run(*workspace, Importer::plan(file, {}), {});
        QVERIFY(report.counts.duplicates > 1000);
        QCOMPARE(report.counts.imported + report.counts.duplicates, rows);
        snapshotEqualsTheRows(*workspace);
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral(".funnelscope-*")}, QDir::Files | QDir::Hidden), QStringList());
    }

    // JSON records may list the same keys in another order (or other keys of the same
    // length): each record's fields must come from its own keys.
    void jsonKeysInAnotherOrder()
    {
        const QString file = writeFile(mDir.filePath(QStringLiteral("order.ndjson")),
                                       R"({"user_id":"ann","event":"view","timestamp":"2024-01-01T00:00:00Z"}
{"event":"cart","timestamp":"2024-01-02T00:00:00Z","user_id":"bob"}
{"timestamp":"2024-01-03T00:00:00Z","user_id":"cid","event":"buy","extra":"1"}
)");
        auto workspace = newWorkspace();
        const ImportReport report = Importer::run(*workspace, Importer::plan(file, {}), {});
        QCOMPARE(report.counts.imported, 3);
        const EventTexts::Function eventProperties(workspace->connection(), EventTexts::Kind::Properties);
        QCOMPARE(workspace->connection().queryText(
                     "SELECT group_concat(u.key || ':' || t.name || ':' || e.ts || ':' || coalesce(event_properties(e.id), '-'), ' ') "
                     "FROM events e JOIN users u ON u.id = e.user_id JOIN event_types t ON t.id = e.event_type_id"),
                 QStringLiteral("ann:view:1704067200000:- bob:cart:1704153600000:- cid:buy:1704240000000:{\"extra\":\"1\"}"));
    }

    // The first file of an import reads the stored dictionaries and dedup keys through
    // connections of their own, beside the import's transaction; a later file of the same
    // import must see what the earlier ones added in it: the same users, sessions and
    // duplicates as importing the files one at a time, and no key stored twice.
    void laterFilesOfOneImportSeeWhatEarlierOnesAdded()
    {
        const QByteArray header = "event_id,user_id,session_id,event,timestamp,device\n";
        QByteArray stored = header, first = header, second = header;
        for (int i = 0; i < 3000; ++i) {
            const QByteArray row = "u" + QByteArray::number(i % 700) + ",s" + QByteArray::number(i % 900) + ",view,2024-01-0"
                + QByteArray::number(1 + i % 5) + "T00:00:" + QByteArray::number(10 + i % 50) + "Z,d" + QByteArray::number(i % 4) + '\n';
            stored += "old" + QByteArray::number(i) + ',' + row;
            first += "new" + QByteArray::number(i) + ',' + row;
            // Half the first file's events again, and events of users and sessions the first one brought.
            second += (i % 2 ? "new" + QByteArray::number(i) : "later" + QByteArray::number(i)) + ",n"
                + QByteArray::number(i % 300) + ",t" + QByteArray::number(i % 400) + ",cart,2024-02-01T00:00:00Z,d9\n";
            first += "new" + QByteArray::number(i + 5000) + ",n" + QByteArray::number(i % 300) + ",t"
                + QByteArray::number(i % 400) + ",view,2024-01-09T00:00:00Z,\n";
        }
        const QString storedFile = writeFile(mDir.filePath(QStringLiteral("stored.csv")), stored);
        const QString firstFile = writeFile(mDir.filePath(QStringLiteral("first.csv")), first);
        const QString secondFile = writeFile(mDir.filePath(QStringLiteral("second.csv")), second);
        auto together = newWorkspace();
        auto apart = newWorkspace();
        import(*together, {storedFile});
        import(*apart, {storedFile});
        QList<ImportPlan> plans{Importer::plan(firstFile, {}), Importer::plan(secondFile, {})};
        const QList<ImportReport> reports = Importer::run(*together, plans, {});
        QCOMPARE(reports.size(), 2);
        const ImportReport one = Importer::run(*apart, Importer::plan(firstFile, {}), {});
        const ImportReport two = Importer::run(*apart, Importer::plan(secondFile, {}), {});
        QCOMPARE(reports[0].counts.imported, 6000);
        QCOMPARE(reports[1].counts.duplicates, 1500);
        QCOMPARE(reports[1].counts.imported, 1500);
        QCOMPARE(reports[0].counts.imported, one.counts.imported);
        QCOMPARE(reports[1].counts.duplicates, two.counts.duplicates);
        for (Workspace *workspace : {together.get(), apart.get()}) {
            Connection &db = workspace->connection();
            QCOMPARE(db.queryInt("SELECT count(*) FROM users"), 1000);
            QCOMPARE(db.queryInt("SELECT count(DISTINCT key) FROM users"), 1000);
            QCOMPARE(db.queryInt("SELECT count(*) FROM sessions"), 1300);
            QCOMPARE(db.queryInt("SELECT count(DISTINCT key) FROM sessions"), 1300);
            QCOMPARE(db.queryInt("SELECT count(*) FROM dimension_values WHERE field = 'device'"), 5);
        }
        const char *eventsOf = "SELECT group_concat(line, '\n') FROM (SELECT e.ts || ' ' || u.key || ' ' || s.key || ' ' "
                               "|| event_key(e.id) AS line FROM events e JOIN users u ON u.id = e.user_id "
                               "JOIN sessions s ON s.id = e.session_id ORDER BY e.id)";
        {
            const EventTexts::Function togetherKeys(together->connection());
            const EventTexts::Function apartKeys(apart->connection());
            QCOMPARE(together->connection().queryText(eventsOf), apart->connection().queryText(eventsOf));
        }
        // Each import keeps its keys sorted, so the next one merges them instead of hashing them.
        for (const qint64 importId : {reports[0].importId, reports[1].importId}) {
            QByteArray keys;
            Statement parts(together->connection(), "SELECT data FROM event_keys WHERE import_id = ? ORDER BY part");
            parts.bind(1, importId);
            while (parts.step())
                keys.append(parts.blob(0).data(), qsizetype(parts.blob(0).size()));
            std::vector<quint64> entries(size_t(keys.size()) / 8);
            std::memcpy(entries.data(), keys.constData(), size_t(keys.size()));
            QCOMPARE(qint64(entries.size()), importId == reports[0].importId ? 6000 : 1500);
            QVERIFY(std::is_sorted(entries.begin(), entries.end()));
        }
        snapshotEqualsTheRows(*together);
    }

    void removingAnImportTakesOnlyItsRows()
    {
        const QString a = writeFile(mDir.filePath(QStringLiteral("a.csv")),
                                    "user_id,event,timestamp\nann,view,2024-01-01T00:00:00Z\nbob,view,2024-01-01T00:00:00Z\n,view,2024-01-01T00:00:00Z\n");
        const QString b = writeFile(mDir.filePath(QStringLiteral("b.csv")),
                                    "user_id,event,timestamp\nbob,cart,2024-01-02T00:00:00Z\ncid,cart,2024-01-02T00:00:00Z\n");
        auto workspace = newWorkspace();
        const ImportOptions options;
        const ImportReport first = Importer::run(*workspace, Importer::plan(a, options), options);
        Importer::run(*workspace, Importer::plan(b, options), options);
        Connection &db = workspace->connection();
        const QList<QStringList> rejected = ImportLog::rejectedRows(db, first.importId);
        QCOMPARE(rejected, (QList<QStringList>{{QStringLiteral("4"), QStringLiteral("missing user_id"),
                                               QStringLiteral(",view,2024-01-01T00:00:00Z")}}));

        const QString csv = mDir.filePath(QStringLiteral("rejected.csv"));
        QCOMPARE(RejectedRowsExport::write(db, first.importId, csv), QString());
        QFile exported(csv);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        QCOMPARE(exported.readAll(), QByteArray("line,reason,row\r\n4,missing user_id,\",view,2024-01-01T00:00:00Z\"\r\n"));

        ImportRemover::remove(db, first.importId);
        QCOMPARE(count(*workspace, "imports"), 1);
        QCOMPARE(count(*workspace, "events"), 2);
        QCOMPARE(count(*workspace, "rejected_rows"), 0);
        QCOMPARE(count(*workspace, "event_segments"), 1); // its segment and keys went with it
        QCOMPARE(count(*workspace, "event_keys"), 1);
        QCOMPARE(db.queryText("SELECT group_concat(key, ',') FROM (SELECT key FROM users ORDER BY key)"),
                 QStringLiteral("bob,cid"));
        QCOMPARE(db.queryText("SELECT group_concat(name) FROM event_types"), QStringLiteral("cart"));
    }

    void mappingOverridesAndTheirErrors()
    {
        const QString file = writeFile(mDir.filePath(QStringLiteral("custom.csv")),
                                       "who,what,at,shop\nann,visit,2024-05-01 09:00:00,berlin\n");
        ImportOptions options;
        QString message;
        try {
            Importer::plan(file, options);
        } catch (const IngestError &error) {
            message = error.message();
        }
        QCOMPARE(message, QStringLiteral("Cannot import “custom.csv”: no column holds the time of each event. Name it with --map timestamp=COLUMN (columns: who, what, at, shop)."));
        options.maps = {QStringLiteral("timestamp=at"), QStringLiteral("user_id=who"), QStringLiteral("event=what")};
        options.constants = {QStringLiteral("channel=offline")};
        options.timezone = QStringLiteral("Europe/Berlin");
        auto workspace = newWorkspace();
        const ImportReport report = Importer::run(*workspace, Importer::plan(file, options), options);
        QCOMPARE(report.counts.imported, 1);
        Connection &db = workspace->connection();
        QCOMPARE(db.queryInt("SELECT ts FROM events"),
                 QDateTime(QDate(2024, 5, 1), QTime(7, 0), QTimeZone::utc()).toMSecsSinceEpoch());
        QCOMPARE(db.queryText("SELECT value FROM dimension_values WHERE field = 'channel'"), QStringLiteral("offline"));
        const EventTexts::Function eventProperties(db, EventTexts::Kind::Properties);
        QCOMPARE(db.queryText("SELECT event_properties(id) FROM events"), QStringLiteral(R"({"shop":"berlin"})"));

        options.maps = {QStringLiteral("colour=who")};
        try {
            Importer::plan(file, options);
            QFAIL("an unknown field should be refused");
        } catch (const IngestError &error) {
            QVERIFY2(error.message().startsWith(QStringLiteral("--map “colour=who”: “colour” is not a field; the fields are timestamp, user_id, event")),
                     qPrintable(error.message()));
        }
        options.maps = {QStringLiteral("timestamp=when")};
        try {
            Importer::plan(file, options);
            QFAIL("a missing column should be refused");
        } catch (const IngestError &error) {
            QCOMPARE(error.message(), QStringLiteral("--map “timestamp=when”: the file has no column “when” (its columns: who, what, at, shop)."));
        }
    }

private:
    QTemporaryDir mDir;
    int mCounter = 0;
};

QTEST_GUILESS_MAIN(tst_Importer)
#include "tst_importer.moc"
