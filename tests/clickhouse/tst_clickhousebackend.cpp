// The ClickHouse workspace against real clickhouse-server processes (the CTest fixture
// clickhouse starts one server and a two-shard cluster): the same files imported into a
// local workspace, the single server and the cluster give identical funnels and cohort
// grids (the JSON the command line prints, and the same dropped persons) for the identity
// fixture, the demo shop and REES46 (the random exports are tst_clickhouserandomexports);
// a server that does not answer, a wrong password, a database without the tables and a
// query the server cannot compute are sentences that name the server, and the command
// line exits 1 with them; a funnel that needs more than the user's memory limit spills.
#include "testpaths.h"

#include "servercomparison.h"

#include "analysis/cohortquery.h"
#include "analysis/condition.h"
#include "analysis/localbackend.h"
#include "clickhouse/clickhousebackend.h"
#include "clickhouse/clickhouseconnection.h"
#include "clickhouse/clickhousefunnel.h"
#include "clickhouse/clickhouseimporter.h"
#include "clickhouse/clickhouseworkspace.h"
#include "demo/demoshop.h"
#include "export/cohortexport.h"
#include "export/funnelexport.h"
#include "ingest/importer.h"
#include "ingest/ingesterror.h"
#include "store/connection.h"
#include "store/statement.h"
#include "store/storeerror.h"
#include "store/workspace.h"
#include "tasks/validationerror.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Funnelscope;
using namespace Funnelscope::ServerComparison;

class tst_ClickHouseBackend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { ServerComparison::initTestCase(); }

    void aReadThatMetTheShardCancelRaceIsAskedAgain()
    {
        // ClickHouse 18.16's cluster once refused a report's read with its known race (a
        // shard's part cancelled while sent): a read is asked once more, a write or any
        // other refusal is said at once.
        const QString race = QStringLiteral("Code: 101, e.displayText() = DB::Exception: Received from 127.0.0.2:43391. "
                                            "DB::NetException. DB::NetException: Unexpected packet Data received from client.");
        QVERIFY(ClickHouseConnection::askedAgain(QStringLiteral("SELECT count() FROM events_all"), race));
        QVERIFY(ClickHouseConnection::askedAgain(QStringLiteral("  select 1"), race));
        QVERIFY(!ClickHouseConnection::askedAgain(QStringLiteral("INSERT INTO events_all SELECT * FROM staging"), race));
        QVERIFY(!ClickHouseConnection::askedAgain(QStringLiteral("ALTER TABLE events DELETE WHERE import_id = 3"), race));
        QVERIFY(!ClickHouseConnection::askedAgain(QStringLiteral("SELECT count() FROM events_all"),
                                                  QStringLiteral("Code: 60, e.displayText() = DB::Exception: Table x doesn't exist.")));
    }

    // The datasets every backend must agree on (ServerComparison::sameReportsAsLocal()).
    void sameReportsAsLocal_data()
    {
        addColumns();
        QTest::newRow("identity fixture in two imports") << QStringList{QStringLiteral("identity")}
                                                          << QStringList{QStringLiteral("product_view"), QStringLiteral("add_to_cart"),
                                                                         QStringLiteral("begin_checkout"), QStringLiteral("purchase")}
                                                          << QStringLiteral("page_view") << QStringList();
        QTest::newRow("demo shop") << QStringList{QStringLiteral("demo")}
                                   << QStringList{QStringLiteral("product_view"), QStringLiteral("add_to_cart"),
                                                  QStringLiteral("begin_checkout"), QStringLiteral("purchase")}
                                   << QStringLiteral("search") << QStringList();
        QTest::newRow("demo shop in two overlapping exports") << QStringList{QStringLiteral("overlap")}
                                                              << QStringList{QStringLiteral("product_view"), QStringLiteral("add_to_cart"),
                                                                             QStringLiteral("purchase")}
                                                              << QStringLiteral("search") << QStringList();
        const QString rees = QStringLiteral(FUNNELSCOPE_DATASETS "/rees46-multicategory-2019oct-head/2019-Oct_head.csv");
        QTest::newRow("REES46 head") << QStringList{rees} << QStringList{QStringLiteral("view"), QStringLiteral("cart"), QStringLiteral("purchase")}
                                     << QStringLiteral("purchase") << QStringList{QStringLiteral("brand"), QStringLiteral("category_2")};
        // The four random exports: tst_clickhouserandomexports.
    }

    void sameReportsAsLocal() { ServerComparison::sameReportsAsLocal(); }

    void badInputIsASentenceNamingTheServer()
    {
        const Servers found = servers();
        QTcpServer closed; // a port nobody answers on once it is closed again
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        const QString nobody = QStringLiteral("clickhouse://127.0.0.1:%1/shop").arg(port);
        try {
            ClickHouseBackend backend(ClickHouseUrl::parse(nobody));
            QFAIL("a server that does not answer was opened");
        } catch (const StoreError &error) {
            QVERIFY2(error.message().contains(QStringLiteral("127.0.0.1:%1 does not answer").arg(port)), qPrintable(error.message()));
        }

        const QString empty = found.single + freshDatabase(QStringLiteral("empty"));
        ClickHouseConnection(ClickHouseUrl::parse(found.single + QStringLiteral("default"))).query(
            QStringLiteral("CREATE DATABASE %1").arg(ClickHouseUrl::parse(empty).database));
        try {
            ClickHouseBackend backend(ClickHouseUrl::parse(empty));
            QFAIL("a database without the tables was opened");
        } catch (const StoreError &error) {
            QVERIFY2(error.message().contains(QStringLiteral("no Funnelscope workspace")), qPrintable(error.message()));
        }

        qputenv("FUNNELSCOPE_CLICKHOUSE_PASSWORD", "wrong");
        QString url = found.single;
        url.replace(QLatin1String("clickhouse://"), QLatin1String("clickhouse://analyst@"));
        const ClickHouseUrl wrongPassword = ClickHouseUrl::parse(url + QStringLiteral("default"));
        qunsetenv("FUNNELSCOPE_CLICKHOUSE_PASSWORD");
        try {
            ClickHouseConnection(wrongPassword).query(QStringLiteral("SELECT 1"));
            QFAIL("a wrong password was taken");
        } catch (const StoreError &error) {
            QVERIFY2(error.message().contains(QStringLiteral("refused the user “analyst”")), qPrintable(error.message()));
            QVERIFY2(error.message().contains(wrongPassword.server()), qPrintable(error.message()));
        }
        qputenv("FUNNELSCOPE_CLICKHOUSE_PASSWORD", "s3cret");
        QCOMPARE(ClickHouseConnection(ClickHouseUrl::parse(url + QStringLiteral("default"))).query(QStringLiteral("SELECT 6 * 7")).trimmed(),
                 QByteArray("42"));
        qunsetenv("FUNNELSCOPE_CLICKHOUSE_PASSWORD");

        for (const QString &text : {QStringLiteral("clickhouse://user:pw@host/db"), QStringLiteral("clickhouse://host/"),
                                    QStringLiteral("clickhouse://host/db?shards=2"), QStringLiteral("clickhouse:///db")}) {
            try {
                ClickHouseUrl::parse(text);
                QFAIL(qPrintable(text + QStringLiteral(" was taken")));
            } catch (const ValidationError &error) {
                QVERIFY2(!error.message().contains(QLatin1String("pw")), "the password is not repeated");
            }
        }
    }

    void overHttpsTheSameReports()
    {
        const Servers found = servers();
        QVERIFY(!found.https.isEmpty() && QFile::exists(found.authority));
        QTemporaryDir folder;
        // The authority's file where a path needs escaping in an address.
        const QString authority = folder.filePath(QStringLiteral("our CA & more #1/ca.pem"));
        QVERIFY(QDir().mkpath(QFileInfo(authority).path()) && QFile::copy(found.authority, authority));
        const QStringList files = writeRandomFiles(folder.path(), 17);
        const QString local = folder.filePath(QStringLiteral("local.funnelscope"));
        importLocally(local, files);
        const QString database = freshDatabase(QStringLiteral("tls"));
        const QString encodedAuthority = QString::fromUtf8(QUrl::toPercentEncoding(authority, "/"));
        const ClickHouseUrl trusted = ClickHouseUrl::parse(found.https + database + QStringLiteral("?ca=") + encodedAuthority);
        QCOMPARE(trusted.authorityFile, authority);
        // Open Recent keeps the address as toString() writes it, and it reads back the same.
        QCOMPARE(ClickHouseUrl::parse(trusted.toString()).authorityFile, authority);
        QCOMPARE(ClickHouseUrl::parse(trusted.toString()).toString(), trusted.toString());

        // Without the authority, the server's certificate is not trusted: nothing is sent.
        const ClickHouseUrl untrusted = ClickHouseUrl::parse(found.https + database);
        try {
            ClickHouseImporter::importAll(untrusted, {Importer::plan(files[0], {})}, {});
            QFAIL("a server with a certificate of an unknown authority was trusted");
        } catch (const StoreError &error) {
            QVERIFY2(error.message().contains(untrusted.server() + QStringLiteral(" is not trusted")), qPrintable(error.message()));
            QVERIFY2(error.message().contains(QStringLiteral("ca=FILE")), qPrintable(error.message()));
        }
        const ClickHouseConnection plain(ClickHouseUrl::parse(found.single + QStringLiteral("default")));
        QCOMPARE(plain.rows(QStringLiteral("SELECT count() FROM system.databases WHERE name = %1").arg(ClickHouseConnection::quote(database)))
                     .value(0)
                     .value(0),
                 QStringLiteral("0"));
        // The HTTPS port asked in plain HTTP, and the HTTP port over TLS: each says which scheme.
        for (const auto &[text, scheme] : {std::pair(QString(found.https).replace(QLatin1String("clickhouses:"), QLatin1String("clickhouse:")),
                                                     QStringLiteral("clickhouses://")),
                                           std::pair(QString(found.single).replace(QLatin1String("clickhouse:"), QLatin1String("clickhouses:")),
                                                     QStringLiteral("clickhouse://"))}) {
            try {
                ClickHouseConnection(ClickHouseUrl::parse(text + QStringLiteral("default"))).query(QStringLiteral("SELECT 1"));
                QFAIL(qPrintable(text + QStringLiteral(" answered in the wrong scheme")));
            } catch (const StoreError &error) {
                QVERIFY2(error.message().contains(QStringLiteral("the address starts with ") + scheme), qPrintable(error.message()));
            }
        }

        // With it, the same numbers as the local workspace.
        for (const QString &file : files)
            ClickHouseImporter::importAll(trusted, {Importer::plan(file, {})}, {});
        LocalBackend localBackend(local, QString());
        ClickHouseBackend server(trusted);
        const QStringList steps = {QStringLiteral("product_view"), QStringLiteral("add_to_cart"), QStringLiteral("purchase")};
        const auto workspace = Workspace::open(local);
        Statement range(workspace->connection(), "SELECT min(ts), max(ts) FROM events");
        QVERIFY(range.step());
        int converted = 0;
        for (FunnelQuery query : funnelMatrix(steps, range.int64(0), range.int64(1), QStringLiteral("page_view"), QStringLiteral("device"), {}).mid(0, 6)) {
            const FunnelResult expected = localBackend.run(query);
            converted += int(expected.steps.last().count);
            QCOMPARE(FunnelExport::toJson(query, server.run(query), {}), FunnelExport::toJson(query, expected, {}));
        }
        QVERIFY2(converted > 0, "the funnels compared over HTTPS convert somebody");
        CohortQuery cohort;
        cohort.period = LocalCalendar::Period::Week;
        cohort.timezone = QByteArrayLiteral("Europe/Berlin");
        QCOMPARE(CohortExport::toJson(cohort, server.run(cohort), {}), CohortExport::toJson(cohort, localBackend.run(cohort), {}));

        // ca=FILE is HTTPS's, and names a readable file of PEM certificates.
        for (const auto &[text, words] :
             {std::pair(QString(found.single) + database + QStringLiteral("?ca=") + encodedAuthority, QStringLiteral("is for HTTPS")),
              std::pair(found.https + database + QStringLiteral("?ca=/nonexistent/ca.pem"), QStringLiteral("“/nonexistent/ca.pem”")),
              std::pair(found.https + database + QStringLiteral("?ca=") + local, QStringLiteral("holds no PEM certificate"))}) {
            try {
                ClickHouseUrl::parse(text);
                QFAIL(qPrintable(text + QStringLiteral(" was taken")));
            } catch (const ValidationError &error) {
                QVERIFY2(error.message().contains(words), qPrintable(error.message()));
            }
        }
    }

    void whatTheServerCannotComputeIsSaid()
    {
        QTemporaryDir folder;
        const QStringList files = writeRandomFiles(folder.path(), 11);
        const Servers found = servers();
        const QString url = found.single + freshDatabase(QStringLiteral("cannot"));
        importToServer(url, files);
        ClickHouseBackend backend(ClickHouseUrl::parse(url));
        QVERIFY(backend.capabilities().totals && backend.capabilities().anyOrder && backend.capabilities().newVsReturning);
        QVERIFY(backend.capabilities().sessions);
        QVERIFY(backend.capabilities().revenue);
        FunnelQuery query;
        // In any order, an event that is two later steps with different filters needs the local
        // engine's search; the same step twice does not, nor two filters no event passes both.
        query.order = FunnelQuery::Order::Any;
        query.steps = {{QStringLiteral("product_view"), {}}, {QStringLiteral("add_to_cart"), {}}, {QStringLiteral("add_to_cart"), {}}};
        QVERIFY(backend.run(query).steps.size() == 3);
        query.steps[2].filters = {*Condition::parse(QStringLiteral("device = mobile"))};
        try {
            backend.run(query);
            QFAIL("any order with an event that is two steps, filtered differently, was computed");
        } catch (const ValidationError &error) {
            QVERIFY2(error.message().contains(QStringLiteral("where one “add_to_cart” event passes the filters of two steps (2 and 3)")),
                     qPrintable(error.message()));
        }
        const QString local = folder.filePath(QStringLiteral("local.funnelscope"));
        importLocally(local, files);
        LocalBackend localBackend(local, QString());
        for (const QString &other : {QStringLiteral("device != mobile"), QStringLiteral("device = desktop")}) {
            query.steps[1].filters = {*Condition::parse(other)};
            const FunnelResult expected = localBackend.run(query);
            QVERIFY(expected.steps[2].count > 0);
            QCOMPARE(FunnelExport::toJson(query, backend.run(query), {}), FunnelExport::toJson(query, expected, {}));
        }
        // Every event filtered out of the funnel (--where) passes no two steps either.
        query.steps[1].filters.clear();
        query.where = {*Condition::parse(QStringLiteral("device != mobile"))};
        QCOMPARE(FunnelExport::toJson(query, backend.run(query), {}), FunnelExport::toJson(query, localBackend.run(query), {}));
        query.where.clear();
        query.order = FunnelQuery::Order::Ordered;
        query.steps = {{QStringLiteral("product_view"), {}}, {QStringLiteral("purchase"), {}}};
        // Every property can be used; one no event has is named as a local workspace names it.
        for (const QString &property : {QStringLiteral("landing_page"), QStringLiteral("session_channel"), QStringLiteral("plan"),
                                         QStringLiteral("cart.n")})
            QVERIFY2(backend.capabilities().canUse(property), qPrintable(property));
        QVERIFY(backend.properties().contains(QStringLiteral("plan")) && backend.properties().contains(QStringLiteral("cart.note")));
        query.steps[1].filters = {*Condition::parse(QStringLiteral("utm_source = google"))};
        try {
            backend.run(query);
            QFAIL("a filter on a property no event has was computed");
        } catch (const ValidationError &error) {
            QVERIFY2(error.message().contains(QStringLiteral("No event has a property “utm_source”")), qPrintable(error.message()));
        }
        // Without any page there is no landing page; a session channel is "(none)" without channels.
        QFile plain(folder.filePath(QStringLiteral("plain.csv")));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.write("timestamp,user_id,event\n2024-03-01T10:00:00Z,u1,product_view\n2024-03-01T10:05:00Z,u1,purchase\n");
        plain.close();
        const QString plainUrl = found.single + freshDatabase(QStringLiteral("plain"));
        importToServer(plainUrl, {plain.fileName()});
        ClickHouseBackend plainBackend(ClickHouseUrl::parse(plainUrl));
        FunnelQuery byLanding = query;
        byLanding.steps[1].filters.clear();
        byLanding.breakdown = QStringLiteral("landing_page");
        try {
            plainBackend.run(byLanding);
            QFAIL("a landing page without pages was computed");
        } catch (const ValidationError &error) {
            QVERIFY2(error.message().contains(QStringLiteral("No event has a property “landing_page”")), qPrintable(error.message()));
        }
        byLanding.breakdown = QStringLiteral("session_channel");
        const FunnelResult byChannel = plainBackend.run(byLanding);
        QCOMPARE(byChannel.segments.size(), 1);
        QCOMPARE(byChannel.segments.first().value, QStringLiteral("(none)"));
        QCOMPARE(byChannel.steps.last().count, 1);
        query.steps[1].filters.clear();
        QVERIFY(backend.capabilities().stepWindows && backend.capabilities().hold && backend.capabilities().attributions);
        // Steps in any order have no last step to attribute to, there as locally.
        query.order = FunnelQuery::Order::Any;
        query.breakdown = QStringLiteral("device");
        query.attribution = FunnelQuery::Attribution::LastTouch;
        try {
            backend.run(query);
            QFAIL("an attribution in any order was computed");
        } catch (const ValidationError &error) {
            QVERIFY2(error.message().contains(QStringLiteral("no last step to attribute to")), qPrintable(error.message()));
        }
        query.order = FunnelQuery::Order::Ordered;
        query.attribution = FunnelQuery::Attribution::Step1;
        query.breakdown.clear();
        query.steps[1].event = QStringLiteral("refund");
        try {
            backend.run(query);
            QFAIL("a step no event has was computed");
        } catch (const ValidationError &error) {
            QVERIFY2(error.message().contains(QStringLiteral("no event “refund”")), qPrintable(error.message()));
        }
        // A workspace imported before revenue was sent: the next import adds the column, and
        // revenue cohorts are refused rather than shown without the earlier events' revenue.
        CohortQuery revenue;
        revenue.metric = CohortQuery::Metric::Revenue;
        QVERIFY(!backend.run(revenue).grids.isEmpty());
        const QString older = found.single + freshDatabase(QStringLiteral("older"));
        importToServer(older, {files[0]});
        ClickHouseConnection(ClickHouseUrl::parse(older)).query(QStringLiteral("ALTER TABLE events DROP COLUMN revenue_bits, DROP COLUMN price_bits"));
        importToServer(older, {files[1]});
        ClickHouseBackend olderBackend(ClickHouseUrl::parse(older));
        QVERIFY(!olderBackend.capabilities().revenue);
        try {
            olderBackend.run(revenue);
            QFAIL("revenue cohorts without the earlier events' revenue were computed");
        } catch (const ValidationError &error) {
            QVERIFY2(error.message().contains(QStringLiteral("imported before Funnelscope sent prices and revenue")), qPrintable(error.message()));
        }
        FunnelQuery overHundred;
        overHundred.steps = {{QStringLiteral("product_view"), {}}, {QStringLiteral("purchase"), {*Condition::parse(QStringLiteral("revenue > 100"))}}};
        QVERIFY_THROWS_EXCEPTION(ValidationError, olderBackend.run(overHundred));
        // Likewise one imported before the source properties were sent: a breakdown by one
        // is refused (and greyed), rather than shown with the earlier events as "(none)".
        const QString noProperties = found.single + freshDatabase(QStringLiteral("noproperties"));
        importToServer(noProperties, {files[0]});
        ClickHouseConnection(ClickHouseUrl::parse(noProperties)).query(QStringLiteral("ALTER TABLE events DROP COLUMN prop_keys, DROP COLUMN prop_values"));
        importToServer(noProperties, {files[1]});
        ClickHouseBackend noPropertiesBackend(ClickHouseUrl::parse(noProperties));
        QVERIFY(!noPropertiesBackend.capabilities().canUse(QStringLiteral("plan")));
        QVERIFY(noPropertiesBackend.capabilities().canUse(QStringLiteral("device")) && noPropertiesBackend.capabilities().revenue);
        FunnelQuery byPlan;
        byPlan.steps = {{QStringLiteral("product_view"), {}}, {QStringLiteral("purchase"), {}}};
        byPlan.breakdown = QStringLiteral("plan");
        try {
            noPropertiesBackend.run(byPlan);
            QFAIL("a breakdown without the earlier events' properties was computed");
        } catch (const ValidationError &error) {
            QVERIFY2(error.message().contains(QStringLiteral("imported before Funnelscope sent their source properties")),
                     qPrintable(error.message()));
        }
        byPlan.breakdown = QStringLiteral("device");
        QVERIFY(noPropertiesBackend.run(byPlan).steps.first().count > 0);

        // The same file again is refused, and the server keeps one copy.
        const ImportOptions options;
        QVERIFY_THROWS_EXCEPTION(IngestError, ClickHouseImporter::importAll(ClickHouseUrl::parse(url), {Importer::plan(files[0], options)}, options));
        // A file that cannot be read changes nothing on the server.
        const QString stamp = backend.dataStamp();
        QFile broken(folder.filePath(QStringLiteral("broken.csv")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("timestamp,user_id,event\nnot a time,u1,view\n");
        broken.close();
        try {
            ClickHouseImporter::importAll(ClickHouseUrl::parse(url), {Importer::plan(broken.fileName(), options)}, options);
        } catch (const std::exception &) {
        }
        QCOMPARE(ClickHouseBackend(ClickHouseUrl::parse(url)).dataStamp(), stamp);
    }

    void windowsPerStepFindTheChainThatFits()
    {
        // a: the first add to cart's purchase comes too late, the second's in time; b: a
        // search between steps 1 and 2; c: the add to cart too late; d: step 1 and 2 at once.
        QTemporaryDir folder;
        QFile file(folder.filePath(QStringLiteral("steps.csv")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("timestamp,user_id,event\n"
                   "2024-03-01T10:00:00Z,a,view\n2024-03-01T10:05:00Z,a,cart\n2024-03-01T10:50:00Z,a,cart\n"
                   "2024-03-01T11:10:00Z,a,purchase\n"
                   "2024-03-01T10:00:00Z,b,view\n2024-03-01T10:02:00Z,b,search\n2024-03-01T10:03:00Z,b,cart\n"
                   "2024-03-01T10:10:00Z,b,purchase\n"
                   "2024-03-01T10:00:00Z,c,view\n2024-03-01T12:00:00Z,c,cart\n2024-03-01T12:10:00Z,c,purchase\n"
                   "2024-03-01T10:00:00Z,d,cart\n2024-03-01T10:00:00Z,d,view\n2024-03-01T10:20:00Z,d,purchase\n");
        file.close();
        const QString local = folder.filePath(QStringLiteral("local.funnelscope"));
        importLocally(local, {file.fileName()});
        const QString url = servers().single + freshDatabase(QStringLiteral("stepwindows"));
        importToServer(url, {file.fileName()});
        LocalBackend localBackend(local, QString());
        ClickHouseBackend backend(ClickHouseUrl::parse(url));
        FunnelQuery query;
        query.steps = {{QStringLiteral("view"), {}}, {QStringLiteral("cart"), {}}, {QStringLiteral("purchase"), {}}};
        query.steps[1].windowMs = 60 * FunnelQuery::minute;
        query.steps[2].windowMs = 30 * FunnelQuery::minute;
        query.exclusions = {{QStringLiteral("search"), 1}};
        const auto counts = [](const FunnelResult &result) {
            QList<qint64> list;
            for (const FunnelStepResult &step : result.steps)
                list.append(step.count);
            return list;
        };
        for (const auto order : {FunnelQuery::Order::Ordered, FunnelQuery::Order::Strict}) {
            query.order = order;
            const FunnelResult onServer = backend.run(query);
            // Ordered: a by its second add to cart, d; strict (no exclusions): a's next event
            // after the add to cart is none of the purchase, d only.
            QCOMPARE(counts(onServer), order == FunnelQuery::Order::Ordered ? QList<qint64>({4, 2, 2}) : QList<qint64>({4, 2, 1}));
            QCOMPARE(FunnelExport::toJson(query, onServer, {}), FunnelExport::toJson(query, localBackend.run(query), {}));
        }
        query.order = FunnelQuery::Order::Ordered;
        const FunnelResult converted = backend.run(query);
        // a took 50 + 20 minutes, d 0 + 20: both from step 2 to 3 in 20 minutes.
        QCOMPARE(converted.steps[2].medianFromPrevious, 20 * 60.0);
        QCOMPARE(converted.steps[2].p90FromPrevious, 20 * 60.0);
    }

    void aFunnelOverTheUsersMemoryLimitGoesOnOnDisk()
    {
        // The fixture's user "frugal" may use 40 MB a query: a funnel groups each person's
        // events into arrays, which takes more than 100 MB for the shop's 205,000 events (at
        // 11.8M events, 3 to 6 GB on one shard of two). Its GROUP BY spills past half of
        // the limit and goes two-level, so the funnel is the local workspace's, not a refusal.
        QTemporaryDir folder;
        DemoShop::Options options;
        options.users = 20000;
        const QString path = folder.filePath(QStringLiteral("shop.csv"));
        DemoShop::writeFile(path, DemoShop::FileFormat::Csv, options);
        const QString local = folder.filePath(QStringLiteral("local.funnelscope"));
        importLocally(local, {path});
        const QString database = freshDatabase(QStringLiteral("frugal"));
        importToServer(servers().single + database, {path});
        QString frugal = servers().single + database;
        frugal.replace(QLatin1String("clickhouse://"), QLatin1String("clickhouse://frugal@"));

        FunnelQuery query;
        query.steps = {{QStringLiteral("product_view"), {}}, {QStringLiteral("add_to_cart"), {}},
                       {QStringLiteral("begin_checkout"), {}}, {QStringLiteral("purchase"), {}}};
        query.windowMs = 7 * FunnelQuery::day;
        const FunnelResult expected = LocalBackend(local, QString()).run(query);
        QVERIFY(expected.steps.size() == 4 && expected.steps[0].count > 10000 && expected.steps[3].count > 0);
        ClickHouseBackend backend(ClickHouseUrl::parse(frugal));
        const ClickHouseWorkspace &limited = backend.workspace();
        QCOMPARE(limited.spillBytes(), qint64(20000000));
        // The server's count of GROUP BY parts written to disk (a row only once it is not 0).
        const auto partsOnDisk = [&limited] {
            return limited.connection()
                .rows(QStringLiteral("SELECT sum(value) FROM system.events WHERE event = 'ExternalAggregationWritePart'"))
                .value(0)
                .value(0)
                .toLongLong();
        };
        const qint64 partsBefore = partsOnDisk();
        QCOMPARE(FunnelExport::toJson(query, backend.run(query), {}), FunnelExport::toJson(query, expected, {}));
        QVERIFY2(partsOnDisk() > partsBefore, "the funnel's GROUP BY wrote parts to disk");

        // Without the report's settings the same funnel is refused: the limit is the one that
        // binds. (Two-level from 10,000 persons alone, a bucket of persons at a time, the
        // 20,000 persons' arrays can fit in 40 MB: that setting goes too.)
        ClickHouseConnection::Settings settings = limited.reportSettings();
        settings.remove(QStringLiteral("max_bytes_before_external_group_by"));
        settings.remove(QStringLiteral("group_by_two_level_threshold_bytes"));
        settings.remove(QStringLiteral("group_by_two_level_threshold"));
        QVERIFY_THROWS_EXCEPTION(StoreError, limited.connection().rows(ClickHouseFunnel::sql(query, 1, {}), {}, settings));
    }

    void theCommandLineSaysItAndExits1()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        QByteArray output;
        const auto run = [&output](const QStringList &arguments, QByteArray &errors) {
            QProcess process;
            process.start(QStringLiteral(FUNNELSCOPE_EXECUTABLE), arguments);
            process.waitForFinished(120'000);
            output = process.readAllStandardOutput();
            errors = process.readAllStandardError();
            return process.exitCode();
        };
        QByteArray errors;
        QCOMPARE(run({QStringLiteral("funnel"), QStringLiteral("--workspace"), QStringLiteral("clickhouse://127.0.0.1:%1/shop").arg(port),
                      QStringLiteral("--steps"), QStringLiteral("a,b")},
                     errors),
                 1);
        QVERIFY2(errors.contains(QStringLiteral("127.0.0.1:%1 does not answer").arg(port).toUtf8()), errors.constData());

        QTemporaryDir folder;
        const QStringList files = writeRandomFiles(folder.path(), 5);
        const Servers found = servers();
        const QString url = found.cluster + freshDatabase(QStringLiteral("cli")) + QStringLiteral("?cluster=") + found.clusterName;
        QCOMPARE(run({QStringLiteral("import"), files[0], files[1], QStringLiteral("--workspace"), url}, errors), 0);
        // --dropped names the same persons as a local workspace of the same files.
        const QString local = folder.filePath(QStringLiteral("local.funnelscope"));
        QCOMPARE(run({QStringLiteral("import"), files[0], files[1], QStringLiteral("--workspace"), local}, errors), 0);
        QByteArray droppedFiles[2];
        for (int side = 0; side < 2; ++side) {
            const QString csv = folder.filePath(QStringLiteral("dropped-%1.csv").arg(side));
            QCOMPARE(run({QStringLiteral("funnel"), QStringLiteral("--workspace"), side ? url : local, QStringLiteral("--steps"),
                          QStringLiteral("product_view,add_to_cart,purchase"), QStringLiteral("--dropped"), csv},
                         errors),
                     0);
            QFile file(csv);
            QVERIFY(file.open(QIODevice::ReadOnly));
            droppedFiles[side] = file.readAll();
        }
        QVERIFY(droppedFiles[0].count('\n') > 2);
        QCOMPARE(droppedFiles[1], droppedFiles[0]);
        // Windows per step, computed there: the same JSON as the local workspace's.
        QByteArray windowed[2];
        for (int side = 0; side < 2; ++side) {
            QCOMPARE(run({QStringLiteral("funnel"), QStringLiteral("--workspace"), side ? url : local, QStringLiteral("--steps"),
                          QStringLiteral("product_view,add_to_cart,purchase"), QStringLiteral("--step-window"), QStringLiteral("2=30m"),
                          QStringLiteral("--step-window"), QStringLiteral("3=2h"), QStringLiteral("--json")},
                         errors),
                     0);
            windowed[side] = output;
        }
        QVERIFY2(windowed[0].contains("\"step_window_seconds\""), windowed[0].constData());
        QCOMPARE(windowed[1], windowed[0]);
        // The same events piped in twice: the second is known by its SHA-256 once read, as
        // a local workspace knows it, and nothing of it is sent; asked for, it goes in.
        const auto piped = [&](const QStringList &more, QByteArray &errors) {
            QProcess process;
            process.setStandardInputFile(files[2]);
            process.start(QStringLiteral(FUNNELSCOPE_EXECUTABLE),
                          QStringList{QStringLiteral("import"), QStringLiteral("-"), QStringLiteral("--workspace"), url} + more);
            process.waitForFinished(120'000);
            errors = process.readAllStandardError();
            return process.exitCode();
        };
        const ClickHouseConnection server(ClickHouseUrl::parse(url));
        const auto count = [&server](const QString &table) {
            return server.rows(QStringLiteral("SELECT count() FROM %1").arg(table)).value(0).value(0).toLongLong();
        };
        QCOMPARE(piped({}, errors), 0);
        const qint64 events = count(QStringLiteral("events"));
        QCOMPARE(piped({}, errors), 1);
        QVERIFY2(errors.contains("was already imported into"), errors.constData());
        QCOMPARE(count(QStringLiteral("events")), events);
        QCOMPARE(count(QStringLiteral("imports")), 3);
        QCOMPARE(piped({QStringLiteral("--allow-duplicate-file")}, errors), 0);
        QCOMPARE(count(QStringLiteral("imports")), 4);
        QCOMPARE(run({QStringLiteral("funnel"), QStringLiteral("--workspace"), url, QStringLiteral("--steps"),
                      QStringLiteral("product_view,add_to_cart,add_to_cart"), QStringLiteral("--order"), QStringLiteral("any")},
                     errors),
                 0);
        // What only a workspace file has yet is said as such, not as a file that does not exist.
        const QList<QPair<QStringList, QByteArray>> refused = {
            {{QStringLiteral("paths"), QStringLiteral("--from"), QStringLiteral("add_to_cart")}, "cannot compute paths yet"},
            {{QStringLiteral("insights"), QStringLiteral("--target"), QStringLiteral("purchase")}, "cannot compute insights yet"},
            {{QStringLiteral("friction")}, "cannot compute friction yet"},
            {{QStringLiteral("timeline"), QStringLiteral("--person"), QStringLiteral("u1")}, "cannot compute a person's timeline yet"},
            {{QStringLiteral("identities")}, "cannot compute the identity summary yet"}};
        for (const auto &[arguments, sentence] : refused) {
            QCOMPARE(run(arguments + QStringList{QStringLiteral("--workspace"), url}, errors), 1);
            QVERIFY2(errors.contains(sentence) && errors.contains(url.toUtf8()), errors.constData());
        }
        QCOMPARE(run({QStringLiteral("funnel"), QStringLiteral("--workspace"), QStringLiteral("clickhouse://u:secret@127.0.0.1/x"),
                      QStringLiteral("--steps"), QStringLiteral("a,b")},
                     errors),
                 1);
        QVERIFY2(errors.contains("FUNNELSCOPE_CLICKHOUSE_PASSWORD") && !errors.contains("secret"), errors.constData());
    }
};

QTEST_GUILESS_MAIN(tst_ClickHouseBackend)
#include "tst_clickhousebackend.moc"