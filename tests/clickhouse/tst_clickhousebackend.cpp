// The ClickHouse workspace against real clickhouse-server processes (the CTest fixture
// clickhouse starts one server and a two-shard cluster): the same files imported into a
// local workspace, the single server and the cluster give identical funnels and cohort grids (the JSON the
// command line prints, and the same dropped persons), with persons stitched across imports
// and each person's events on one shard; a server that does not answer, a wrong password,
// a database without the tables and a query the server cannot compute are sentences that
// name the server, and the command line exits 1 with them.
#include "analysis/cohortquery.h"
#include "analysis/condition.h"
#include "analysis/localbackend.h"
#include "clickhouse/clickhousebackend.h"
#include "clickhouse/clickhouseimporter.h"
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

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSettings>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <array>

using namespace Funnelscope;

namespace {

struct Servers
{
    QString single; ///< clickhouse://host:port/
    QString cluster;
    QString clusterName;
    QStringList shards;
    int port = 0;
    QString https; ///< clickhouses://host:port/ of the single server
    QString authority; ///< the PEM file of the test-only authority that signed its certificate
};

Servers servers()
{
    const QString ini = qEnvironmentVariable("FUNNELSCOPE_CLICKHOUSE_SERVERS");
    QSettings settings(ini, QSettings::IniFormat);
    Servers result;
    result.single = settings.value(QStringLiteral("single/url")).toString();
    result.cluster = settings.value(QStringLiteral("cluster/url")).toString();
    result.clusterName = settings.value(QStringLiteral("cluster/name")).toString();
    result.shards = settings.value(QStringLiteral("cluster/shards")).toStringList();
    result.port = settings.value(QStringLiteral("cluster/port")).toInt();
    result.https = settings.value(QStringLiteral("single/https")).toString();
    result.authority = settings.value(QStringLiteral("single/ca")).toString();
    return result;
}

/** A database name no other test run uses. */
QString freshDatabase(const QString &what)
{
    static int counter = 0;
    return QStringLiteral("t%1_%2_%3").arg(QCoreApplication::applicationPid()).arg(++counter).arg(what);
}

/** The files, each imported on its own, into the local workspace at @p path. */
void importLocally(const QString &path, const QStringList &files)
{
    std::unique_ptr<Workspace> workspace = Workspace::create(path);
    for (const QString &file : files) {
        const ImportOptions options;
        Importer::importAll(*workspace, {Importer::plan(file, options)}, options);
    }
}

void importToServer(const QString &url, const QStringList &files)
{
    for (const QString &file : files) {
        const ImportOptions options;
        ClickHouseImporter::importAll(ClickHouseUrl::parse(url), {Importer::plan(file, options)}, options);
    }
}

/** The dropped units as sorted lines: who, the last step, when. */
QStringList droppedOf(const FunnelResult &result)
{
    QStringList lines;
    for (qsizetype i = 0; i < result.dropped.size(); ++i)
        lines.append(QStringLiteral("%1 %2 %3").arg(result.personOf(i)).arg(result.dropped[i].lastStep).arg(result.dropped[i].lastStepMs));
    lines.sort();
    return lines;
}

/**
 * Events shaped like vendor exports: anonymous browsing that later logs in (the link comes
 * in a later file), a device two users share, sessions, and many events in the same
 * millisecond (a page view and an add-to-cart logged together, in either order). The
 * last file is NDJSON with typed source properties (numbers, booleans, a nested object,
 * texts with quotes and tabs); the CSV files carry a text property, plan. Pages and
 * channels come now and then, for the session properties.
 */
QStringList writeRandomFiles(const QString &folder, quint32 seed)
{
    QRandomGenerator random(seed);
    const QStringList events = {QStringLiteral("product_view"), QStringLiteral("add_to_cart"), QStringLiteral("begin_checkout"),
                                QStringLiteral("purchase"), QStringLiteral("page_view")};
    const qint64 start = QDateTime(QDate(2024, 3, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    QStringList files;
    const int fileCount = 3;
    QList<QStringList> lines(fileCount);
    const int people = 40 + int(random.bounded(40));
    for (int p = 0; p < people; ++p) {
        const QString anonymous = QStringLiteral("anon-%1").arg(p);
        const QString known = random.bounded(3) ? QStringLiteral("user-%1").arg(p) : QString();
        const int loginFile = int(random.bounded(fileCount));
        qint64 ts = start + qint64(random.bounded(20 * 24)) * 3'600'000;
        const int count = 1 + int(random.bounded(25));
        int session = 0;
        for (int e = 0; e < count; ++e) {
            const int gap = int(random.bounded(10));
            if (gap < 3)
                ; // the same millisecond
            else if (gap < 8)
                ts += qint64(random.bounded(600'000));
            else {
                ts += qint64(random.bounded(3 * 24 * 3'600'000));
                ++session;
            }
            const int file = int(random.bounded(fileCount));
            const bool loggedIn = !known.isEmpty() && file >= loginFile;
            QString anonymousId = anonymous;
            if (p % 17 == 3 && random.bounded(2))
                anonymousId = QStringLiteral("shared-device"); // two users on one device
            const QString event = events[int(random.bounded(events.size()))];
            const QString time = QDateTime::fromMSecsSinceEpoch(ts, QTimeZone::utc()).toString(Qt::ISODateWithMs);
            static const QStringList devices = {QStringLiteral("mobile"), QStringLiteral("desktop"), QStringLiteral("tablet"), QString()};
            // A third of the shoppers come from a source without session ids (sessions are
            // then pauses of 30 minutes).
            const QString sessionId = p % 3 == 1 ? QString() : QStringLiteral("s-%1-%2").arg(p).arg(random.bounded(4) ? session : -1);
            // Purchases carry revenue in cents, now and then with a third decimal; one in
            // eight is a refund (negative).
            QString revenue;
            if (event == QLatin1String("purchase")) {
                const double amount = random.bounded(3) ? double(random.bounded(50000)) / 100 : double(random.bounded(50000)) / 1000;
                revenue = QString::number(random.bounded(8) ? amount : -amount, 'f', 3);
            }
            static const QStringList plans = {QStringLiteral("Pro"), QStringLiteral("pro"), QStringLiteral("free"),
                                              QStringLiteral("Free trial"), QStringLiteral("10"), QStringLiteral("9.5"), QString()};
            const QString plan = plans[int(random.bounded(plans.size()))];
            const QString device = devices[int(random.bounded(devices.size()))];
            // Where the event happened and where the visit came from: a session's landing
            // page and channel are those of its first event that has one.
            static const QStringList pages = {QStringLiteral("/home"), QStringLiteral("/Products/12"), QStringLiteral("/cart"),
                                              QStringLiteral("/search?q=red"), QString(), QString()};
            static const QStringList channels = {QStringLiteral("email"), QStringLiteral("Ads"), QString(), QString()};
            const QString page = pages[int(random.bounded(pages.size()))];
            const QString channel = channels[int(random.bounded(channels.size()))];
            if (file < fileCount - 1) {
                lines[file].append(QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8,%9,%10")
                                       .arg(time, loggedIn ? known : QString(), anonymousId, event, sessionId, device, revenue, plan,
                                            page, channel));
                continue;
            }
            QJsonObject object{{QStringLiteral("timestamp"), time}, {QStringLiteral("anonymous_id"), anonymousId},
                               {QStringLiteral("event"), event}};
            if (loggedIn)
                object.insert(QStringLiteral("user_id"), known);
            if (!sessionId.isEmpty())
                object.insert(QStringLiteral("session_id"), sessionId);
            if (!device.isEmpty())
                object.insert(QStringLiteral("device"), device);
            if (!page.isEmpty())
                object.insert(QStringLiteral("page"), page);
            if (!channel.isEmpty())
                object.insert(QStringLiteral("channel"), channel);
            if (!revenue.isEmpty())
                object.insert(QStringLiteral("revenue"), revenue.toDouble());
            if (!plan.isEmpty()) // as a number where it is one, as an export's typed value
                object.insert(QStringLiteral("plan"), plan.toDouble() > 0 ? QJsonValue(plan.toDouble()) : QJsonValue(plan));
            object.insert(QStringLiteral("items"), int(random.bounded(5)));
            if (random.bounded(2))
                object.insert(QStringLiteral("gift"), random.bounded(2) == 1);
            object.insert(QStringLiteral("cart"), QJsonObject{{QStringLiteral("n"), double(random.bounded(100)) / 8},
                                                             {QStringLiteral("note"), random.bounded(3) ? QStringLiteral("it's \"new\"\tok")
                                                                                                        : QString()}});
            lines[file].append(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
        }
    }
    for (int f = 0; f < fileCount; ++f) {
        const bool json = f == fileCount - 1;
        const QString path = QStringLiteral("%1/events-%2.%3").arg(folder).arg(f).arg(json ? QStringLiteral("ndjson") : QStringLiteral("csv"));
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        if (!json)
            file.write("timestamp,user_id,anonymous_id,event,session_id,device,revenue,plan,page,channel\n");
        file.write(lines[f].join(QLatin1Char('\n')).toUtf8() + '\n');
        files.append(path);
    }
    return files;
}

/**
 * Funnels of every kind the server computes, on @p steps: ordered, strict and in any
 * order, by person, session and attempt (totals), two windows, all time, a period, a
 * period against the one before; and with @p exclude between steps 1 and 2, filtered,
 * with filters on steps, broken down by device (top 2 and "other") and by new vs
 * returning. The orders and counts added last (any order, totals) run with one window
 * each and without the plain period, to keep the test's time. Over all time, each of the
 * source @p properties breaks a funnel down and filters one (as text, "contains" and
 * against a number).
 */
QList<FunnelQuery> funnelMatrix(const QStringList &steps, qint64 firstMs, qint64 lastMs, const QString &exclude,
                                const QString &textColumn, const QStringList &properties)
{
    QList<FunnelQuery> queries;
    for (const auto order : {FunnelQuery::Order::Ordered, FunnelQuery::Order::Strict, FunnelQuery::Order::Any}) {
        for (const auto count : {FunnelQuery::Count::Users, FunnelQuery::Count::Sessions, FunnelQuery::Count::Totals}) {
            const bool added = order == FunnelQuery::Order::Any || count == FunnelQuery::Count::Totals;
            for (const qint64 window : {FunnelQuery::minute * 60, FunnelQuery::day * 7}) {
                // Totals with the short window (attempts end as windows run out), any order with the long one.
                if (added && (window == FunnelQuery::day * 7) == (count == FunnelQuery::Count::Totals))
                    continue;
                for (int range = 0; range < 3; ++range) {
                    if (added && range == 1)
                        continue;
                    FunnelQuery query;
                    for (const QString &step : steps)
                        query.steps.append({step, {}});
                    query.order = order;
                    query.count = count;
                    query.windowMs = window;
                    if (range > 0) {
                        const qint64 middle = firstMs + (lastMs - firstMs) / 2;
                        query.fromMs = middle;
                        query.toMs = lastMs;
                    }
                    if (range == 2)
                        query.compare = FunnelQuery::Compare::Previous;
                    queries.append(query);
                    if (range == 1)
                        continue;
                    FunnelQuery excluding = query;
                    excluding.exclusions.append({exclude, 1});
                    excluding.exclusions.append({steps.last(), 1}); // the last step, met before step 2
                    queries.append(excluding);
                    FunnelQuery filtered = query; // desktop events are not there; missing devices are
                    filtered.where = {*Condition::parse(QStringLiteral("device != desktop"))};
                    queries.append(filtered);
                    FunnelQuery stepFiltered = query; // an event is a step only where it passes the step's filters
                    stepFiltered.steps.first().filters = {*Condition::parse(QStringLiteral("channel != email"))};
                    stepFiltered.steps.last().filters = {*Condition::parse(QStringLiteral("device = mobile"))};
                    queries.append(stepFiltered);
                    FunnelQuery byAmount = query; // numbers: a missing one passes only !=
                    byAmount.where = {*Condition::parse(QStringLiteral("revenue != 123.45"))};
                    byAmount.steps.first().filters = {*Condition::parse(QStringLiteral("price < 1000"))}; // not one without a price
                    byAmount.steps.last().filters = {*Condition::parse(QStringLiteral("revenue >= 100"))};
                    queries.append(byAmount);
                    if (count != FunnelQuery::Count::Totals && !textColumn.isEmpty()) {
                        // Decided value by value, as Condition::matches() does: "contains" folding
                        // case, text order, a number compared with a text field.
                        FunnelQuery resolved = query;
                        resolved.where = {*Condition::parse(textColumn + QStringLiteral(" ~ E"))};
                        resolved.steps.first().filters = {*Condition::parse(textColumn + QStringLiteral(" > m"))};
                        resolved.steps.last().filters = {*Condition::parse(textColumn + QStringLiteral(" >= 100"))};
                        queries.append(resolved);
                    }
                    for (const QString &property : properties) {
                        if (count == FunnelQuery::Count::Totals || range != 0)
                            break;
                        FunnelQuery bySource = query; // the step-1 event's value; '' is "(none)"
                        bySource.breakdown = property;
                        bySource.topN = 3;
                        bySource.where = {*Condition::parse(property + QStringLiteral(" != free"))};
                        queries.append(bySource);
                        FunnelQuery filteredBySource = query;
                        filteredBySource.steps.first().filters = {*Condition::parse(property + QStringLiteral(" >= 3"))};
                        filteredBySource.steps.last().filters = {*Condition::parse(property + QStringLiteral(" ~ R"))};
                        queries.append(filteredBySource);
                    }
                    if (range == 0 && !textColumn.isEmpty()) {
                        // The same value all along (an event without one starts no chain), and
                        // which values convert; with a source property when there is one.
                        FunnelQuery held = query;
                        held.hold = {textColumn};
                        held.breakdown = textColumn;
                        queries.append(held);
                        if (!properties.isEmpty()) {
                            held.hold = {textColumn, properties.first()};
                            held.breakdown.clear();
                            queries.append(held);
                        }
                    }
                    FunnelQuery byPrice = query; // step 1's price in bins; the converters' revenue in quartiles
                    byPrice.breakdown = QStringLiteral("price");
                    byPrice.bins = {*FunnelQuery::parseBins(QStringLiteral("price=0,20,50,100"))};
                    queries.append(byPrice);
                    FunnelQuery byRevenue = query;
                    byRevenue.steps.first() = {steps.last(), {}};
                    byRevenue.breakdown = QStringLiteral("revenue");
                    byRevenue.bins = {*FunnelQuery::parseBins(QStringLiteral("revenue=quartiles"))};
                    queries.append(byRevenue);
                    FunnelQuery byDevice = query;
                    byDevice.breakdown = QStringLiteral("device");
                    byDevice.topN = 2;
                    queries.append(byDevice);
                    if (order == FunnelQuery::Order::Any) {
                        // Steps repeated: a second add to cart is another event than the first,
                        // matched as the local engine's augmenting paths match them.
                        FunnelQuery repeated = query;
                        repeated.steps = {{steps[0], {}}, {steps[1], {}}, {steps[1], {}}, {steps[0], {}}, {steps[1], {}}};
                        queries.append(repeated);
                        if (!textColumn.isEmpty()) {
                            // One event, two steps whose filters no event passes both (and the first
                            // of them twice).
                            const Condition after = *Condition::parse(textColumn + QStringLiteral(" > m"));
                            const Condition upTo = *Condition::parse(textColumn + QStringLiteral(" <= m"));
                            repeated.steps = {{steps[0], {}}, {steps[1], {after}}, {steps[1], {upTo}}, {steps[1], {after}}, {steps.last(), {}}};
                            queries.append(repeated);
                        }
                    }
                    if (order != FunnelQuery::Order::Any && range == 0) {
                        // Windows per step: step 2 within 10 minutes of step 1, the last within
                        // an hour of the one before (the ordered search finds a later step 2
                        // where the first one's step 3 came too late); with the exclusions,
                        // and holding a value.
                        FunnelQuery windowed = query;
                        windowed.steps[1].windowMs = 10 * FunnelQuery::minute;
                        windowed.steps.last().windowMs = 60 * FunnelQuery::minute;
                        queries.append(windowed);
                        windowed.exclusions = excluding.exclusions;
                        queries.append(windowed);
                        if (!textColumn.isEmpty()) {
                            windowed.exclusions.clear();
                            windowed.hold = {textColumn};
                            windowed.steps.first().filters = {*Condition::parse(QStringLiteral("channel != email"))};
                            queries.append(windowed);
                        }
                    }
                    if (order != FunnelQuery::Order::Any && range == 0) {
                        // Attributed to the unit's first or last event with a value (any event,
                        // also before the period), or to a later step's event.
                        const QString property = textColumn.isEmpty() ? QStringLiteral("device") : textColumn;
                        for (const auto attribution : {FunnelQuery::Attribution::FirstTouch, FunnelQuery::Attribution::LastTouch,
                                                       FunnelQuery::Attribution::Step}) {
                            FunnelQuery attributed = query;
                            attributed.breakdown = property;
                            attributed.topN = 3;
                            attributed.attribution = attribution;
                            attributed.attributionStep = int(steps.size());
                            queries.append(attributed);
                        }
                        FunnelQuery visitAtStep2 = query; // whether step 2's event lies in the first session
                        visitAtStep2.breakdown = FunnelQuery::newVsReturning();
                        visitAtStep2.attribution = FunnelQuery::Attribution::Step;
                        visitAtStep2.attributionStep = 2;
                        queries.append(visitAtStep2);
                    }
                    FunnelQuery byVisit = query; // the person's first session or a later one
                    byVisit.breakdown = FunnelQuery::newVsReturning();
                    queries.append(byVisit);
                }
            }
        }
    }
    return queries;
}

} // namespace

class tst_ClickHouseBackend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const Servers found = servers();
        QVERIFY2(!found.single.isEmpty() && !found.cluster.isEmpty(),
                 "no servers.ini from the clickhouse fixture (FUNNELSCOPE_CLICKHOUSE_SERVERS)");
        QCOMPARE(found.shards.size(), 2);
    }

    void sameReportsAsLocal_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<QStringList>("steps");
        QTest::addColumn<QString>("exclude");
        QTest::addColumn<QStringList>("properties"); // source properties
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
        for (quint32 seed = 1; seed <= 4; ++seed) {
            QTest::newRow(qPrintable(QStringLiteral("random %1").arg(seed)))
                << QStringList{QStringLiteral("random:%1").arg(seed)}
                << QStringList{QStringLiteral("product_view"), QStringLiteral("add_to_cart"), QStringLiteral("purchase")}
                << QStringLiteral("page_view")
                << QStringList{QStringLiteral("plan"), QStringLiteral("items"), QStringLiteral("gift"), QStringLiteral("cart.n"),
                               QStringLiteral("cart.note"), QStringLiteral("landing_page"), QStringLiteral("session_channel")};
        }
    }

    void sameReportsAsLocal()
    {
        QFETCH(QStringList, files);
        QFETCH(QStringList, steps);
        QFETCH(QString, exclude);
        QFETCH(QStringList, properties);
        QTemporaryDir folder;
        if (files == QStringList{QStringLiteral("identity")}) {
            // The anonymous browsing first; the login that links it to alice comes later.
            QFile all(QStringLiteral(FUNNELSCOPE_TEST_DATA "/identity/flat.csv"));
            QVERIFY(all.open(QIODevice::ReadOnly));
            const QList<QByteArray> lines = all.readAll().split('\n');
            QFile first(folder.filePath(QStringLiteral("first.csv")));
            QFile second(folder.filePath(QStringLiteral("second.csv")));
            QVERIFY(first.open(QIODevice::WriteOnly) && second.open(QIODevice::WriteOnly));
            for (qsizetype i = 0; i < lines.size(); ++i) {
                if (lines[i].isEmpty())
                    continue;
                if (i == 0 || i < 4)
                    first.write(lines[i] + '\n');
                if (i == 0 || i >= 4)
                    second.write(lines[i] + '\n');
            }
            files = {first.fileName(), second.fileName()};
        } else if (files == QStringList{QStringLiteral("demo")}) {
            DemoShop::Options options;
            options.users = 400;
            const QString path = folder.filePath(QStringLiteral("shop.csv"));
            DemoShop::writeFile(path, DemoShop::FileFormat::Csv, options);
            files = {path};
        } else if (files == QStringList{QStringLiteral("overlap")}) {
            // Yesterday's export and today's share a stretch of events (the same event ids):
            // the second import skips them, on the server as locally.
            DemoShop::Options options;
            options.users = 300;
            const QString path = folder.filePath(QStringLiteral("shop.csv"));
            DemoShop::writeFile(path, DemoShop::FileFormat::Csv, options);
            QFile all(path);
            QVERIFY(all.open(QIODevice::ReadOnly));
            QList<QByteArray> lines = all.readAll().split('\n');
            const QByteArray header = lines.takeFirst();
            lines.removeAll(QByteArray());
            QFile first(folder.filePath(QStringLiteral("monday.csv")));
            QFile second(folder.filePath(QStringLiteral("tuesday.csv")));
            QVERIFY(first.open(QIODevice::WriteOnly) && second.open(QIODevice::WriteOnly));
            first.write(header + '\n');
            second.write(header + '\n');
            for (qsizetype i = 0; i < lines.size(); ++i) {
                if (i < lines.size() * 6 / 10)
                    first.write(lines[i] + '\n');
                if (i >= lines.size() * 4 / 10)
                    second.write(lines[i] + '\n');
            }
            files = {first.fileName(), second.fileName()};
        } else if (files.first().startsWith(QLatin1String("random:"))) {
            files = writeRandomFiles(folder.path(), files.first().mid(7).toUInt());
        } else if (!QFile::exists(files.first())) {
            QSKIP("../shared/datasets is not beside this checkout");
        }

        const QString local = folder.filePath(QStringLiteral("local.funnelscope"));
        importLocally(local, files);
        const Servers found = servers();
        const QString database = freshDatabase(QStringLiteral("same"));
        const QString single = found.single + database;
        const QString cluster = found.cluster + database + QStringLiteral("?cluster=") + found.clusterName;
        importToServer(single, files);
        importToServer(cluster, files);

        LocalBackend localBackend(local, QString());
        ClickHouseBackend singleBackend(ClickHouseUrl::parse(single));
        ClickHouseBackend clusterBackend(ClickHouseUrl::parse(cluster));
        const auto workspace = Workspace::open(local);
        // The same events stored: duplicates across imports skipped on both.
        const qint64 localEvents = workspace->connection().queryInt("SELECT count(*) FROM events");
        for (const ClickHouseBackend *backend : {&singleBackend, &clusterBackend})
            QCOMPARE(backend->workspace().connection().rows(QStringLiteral("SELECT count() FROM events")).value(0).value(0).toLongLong(),
                     localEvents);
        qint64 first = 0;
        qint64 last = 0;
        {
            Statement range(workspace->connection(), "SELECT min(ts), max(ts) FROM events");
            QVERIFY(range.step());
            first = range.int64(0);
            last = range.int64(1);
        }
        int converted = 0;
        bool retried = false;
        int returning = 0;
        int index = 0;
        // A mapped text field this data has, for the filters decided value by value.
        QString textColumn;
        for (const char *column : {"device", "category", "channel", "country"}) {
            if (textColumn.isEmpty()
                && workspace->connection().queryInt(QStringLiteral("SELECT count(*) FROM events WHERE %1_id IS NOT NULL")
                                                        .arg(QLatin1String(column))
                                                        .toStdString())
                       > 0)
                textColumn = QLatin1String(column);
        }
        int resolvedConverted = 0;
        int heldConverted = 0;
        bool stepWindowsBit = false;
        QSet<QString> sourceValues; // the source properties with a value in some breakdown
        for (FunnelQuery query : funnelMatrix(steps, first, last, exclude, textColumn, properties)) {
            // Every other funnel names its dropped persons (as --dropped asks); the others
            // bring back figures only, and name nobody.
            query.listDropped = index++ % 2 == 0;
            const FunnelResult expected = localBackend.run(query);
            const QByteArray json = FunnelExport::toJson(query, expected, {});
            const FunnelResult onServer = singleBackend.run(query);
            const FunnelResult onCluster = clusterBackend.run(query);
            QCOMPARE(FunnelExport::toJson(query, onServer, {}), json);
            QCOMPARE(FunnelExport::toJson(query, onCluster, {}), json);
            if (query.listDropped) {
                QCOMPARE(droppedOf(onServer), droppedOf(expected));
                QCOMPARE(droppedOf(onCluster), droppedOf(expected));
            } else {
                QVERIFY(onServer.dropped.isEmpty() && onCluster.dropped.isEmpty());
            }
            converted += int(expected.steps.last().count);
            if (!query.where.isEmpty() && query.where.first().op == Condition::Op::Contains)
                resolvedConverted += int(expected.steps.last().count);
            if (!query.hold.isEmpty())
                heldConverted += int(expected.steps.last().count);
            if (query.hasStepWindows()) { // some windows keep somebody out
                FunnelQuery unbounded = query;
                for (FunnelQuery::Step &step : unbounded.steps)
                    step.windowMs = 0;
                stepWindowsBit = stepWindowsBit || localBackend.run(unbounded).steps.last().count > expected.steps.last().count;
            }
            if (query.count == FunnelQuery::Count::Totals) { // somebody tried twice
                FunnelQuery byPerson = query;
                byPerson.count = FunnelQuery::Count::Users;
                byPerson.compare = FunnelQuery::Compare::None;
                retried = retried || expected.steps.first().count > localBackend.run(byPerson).steps.first().count;
            }
            for (const FunnelSegment &segment : expected.segments) {
                if (properties.contains(query.breakdown) && segment.value != QLatin1String("(none)") && segment.value != QLatin1String("other"))
                    sourceValues.insert(query.breakdown);
            }
            for (const FunnelSegment &segment : expected.segments)
                returning += query.breakdown == FunnelQuery::newVsReturning() && segment.value == QLatin1String("returning")
                                 ? int(segment.steps.first().count)
                                 : 0;
        }
        QVERIFY2(converted > 0, "the funnels compared convert somebody");
        QVERIFY2(textColumn.isEmpty() || resolvedConverted > 0, "the funnels filtered value by value convert somebody");
        QVERIFY2(textColumn.isEmpty() || heldConverted > 0, "the funnels holding a value convert somebody");
        QVERIFY2(stepWindowsBit || localEvents < 100, "the windows per step compared convert fewer than the funnel's window alone");
        QCOMPARE(sourceValues.size(), properties.size()); // every source property broke a funnel down by some value
        if (workspace->connection().queryInt("SELECT count(*) FROM events WHERE price IS NOT NULL") > 0) {
            // A price as the text a local workspace keeps ('g', 15 digits), and compared with a text.
            FunnelQuery query;
            for (const QString &step : steps)
                query.steps.append({step, {}});
            query.where = {*Condition::parse(QStringLiteral("price ~ 9"))};
            query.steps.first().filters = {*Condition::parse(QStringLiteral("price != cheap"))};
            const QByteArray json = FunnelExport::toJson(query, localBackend.run(query), {});
            QVERIFY(localBackend.run(query).steps.first().count > 0);
            QCOMPARE(FunnelExport::toJson(query, singleBackend.run(query), {}), json);
            QCOMPARE(FunnelExport::toJson(query, clusterBackend.run(query), {}), json);
        }
        QVERIFY2(retried, "the totals compared count some person's second attempt");
        QVERIFY2(returning > 0, "the new-vs-returning breakdowns compared have returning units");

        // Cohorts: days, weeks and months, in UTC and in Berlin (DST), on and on or after,
        // any event or the first step to the last, and by device.
        int returned = 0;
        bool earned = false;
        for (const auto period : {LocalCalendar::Period::Day, LocalCalendar::Period::Week, LocalCalendar::Period::Month}) {
            for (const QByteArray &zone : {QByteArrayLiteral("UTC"), QByteArrayLiteral("Europe/Berlin")}) {
                for (int variant = 0; variant < (properties.isEmpty() ? 6 : 7); ++variant) {
                    CohortQuery query;
                    query.period = period;
                    query.timezone = zone;
                    query.periods = period == LocalCalendar::Period::Day ? 10 : 6;
                    query.mode = variant % 2 ? CohortQuery::Mode::OnOrAfter : CohortQuery::Mode::On;
                    if (variant >= 2) {
                        query.startEvent = steps.first();
                        query.returnEvent = steps.last();
                    }
                    if (variant == 3 || variant == 5)
                        query.breakdown = QStringLiteral("device");
                    if (variant == 4 || variant == 5) { // revenue per member, refunds netted; per period, then running
                        query.metric = CohortQuery::Metric::Revenue;
                        query.cumulative = variant == 5;
                    }
                    if (variant == 4) { // the events with a price of 25 out, those without one kept; by price
                        query.where = {*Condition::parse(QStringLiteral("price != 25"))};
                        query.breakdown = QStringLiteral("price");
                    }
                    if (variant == 1)
                        query.where = {*Condition::parse(QStringLiteral("device != mobile")),
                                       *Condition::parse(QStringLiteral("event != page_view"))};
                    if (variant == 6) { // by a source property, without one value of it
                        query.breakdown = properties.first();
                        query.where = {*Condition::parse(properties.first() + QStringLiteral(" != free"))};
                    }
                    if (variant == 3) // decided value by value here
                        query.where = {*Condition::parse(QStringLiteral("device ~ O")), *Condition::parse(QStringLiteral("event < q"))};
                    const CohortResult expected = localBackend.run(query);
                    const QByteArray json = CohortExport::toJson(query, expected, {});
                    QCOMPARE(CohortExport::toJson(query, singleBackend.run(query), {}), json);
                    QCOMPARE(CohortExport::toJson(query, clusterBackend.run(query), {}), json);
                    if (variant == 4 || variant == 5) {
                        for (const CohortRow &row : expected.grids.first().cohorts) {
                            for (const std::optional<double> &value : row.values)
                                earned = earned || (value && *value != 0);
                        }
                    }
                    if (variant >= 2 && variant < 4) { // purchases after a first step: the grid is no empty one
                        for (const CohortRow &row : expected.grids.first().cohorts) {
                            for (const std::optional<qint64> &count : row.counts)
                                returned += count ? int(*count) : 0;
                        }
                    }
                }
            }
        }
        QVERIFY2(returned > 0, "the cohorts compared have somebody doing the return event");
        if (files.first().contains(QLatin1String("events-")) || files.first().endsWith(QLatin1String("shop.csv")))
            QVERIFY2(earned, "the revenue cohorts compared have revenue");
    }

    void eachPersonSitsOnOneShard()
    {
        QTemporaryDir folder;
        const QStringList files = writeRandomFiles(folder.path(), 7);
        const QString local = folder.filePath(QStringLiteral("local.funnelscope"));
        importLocally(local, files);
        const Servers found = servers();
        const QString database = freshDatabase(QStringLiteral("shards"));
        importToServer(found.cluster + database + QStringLiteral("?cluster=") + found.clusterName, files);

        // Per person (the local workspace's view user_persons), how many events.
        QHash<QString, qint64> expected;
        {
            const auto workspace = Workspace::open(local);
            Statement persons(workspace->connection(),
                              "SELECT p.key, p.anonymous, count(*) FROM events e JOIN user_persons up ON up.user_id = e.user_id "
                              "JOIN users p ON p.id = up.person_id GROUP BY up.person_id");
            while (persons.step())
                expected.insert(persons.text(0) + QLatin1Char('/') + QString::number(persons.int64(1)), persons.int64(2));
        }
        QVERIFY(expected.size() > 20);

        QHash<QString, qint64> onShards;
        for (const QString &host : std::as_const(found.shards)) {
            const ClickHouseConnection shard(
                ClickHouseUrl::parse(QStringLiteral("clickhouse://%1:%2/%3").arg(host).arg(found.port).arg(database)));
            const QList<QStringList> rows = shard.rows(
                QStringLiteral("SELECT person, person_anonymous, count() FROM events_local GROUP BY person, person_anonymous"));
            QVERIFY2(rows.size() > 5, "both shards hold persons");
            for (const QStringList &row : rows) {
                const QString person = row[0] + QLatin1Char('/') + row[1];
                QVERIFY2(!onShards.contains(person), qPrintable(person + QStringLiteral(" has events on two shards")));
                onShards.insert(person, row[2].toLongLong());
            }
        }
        QCOMPARE(onShards, expected);
    }

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

    void windowsPerStepOnRandomFunnels()
    {
        // Random funnels with windows per step (some steps repeated, exclusions, a held
        // value, every count) on random exports: the local engine's figures, whose search
        // tst_funnelengine checks against every chain.
        QTemporaryDir folder;
        const QStringList files = writeRandomFiles(folder.path(), 21);
        const QString local = folder.filePath(QStringLiteral("local.funnelscope"));
        importLocally(local, files);
        const QString url = servers().single + freshDatabase(QStringLiteral("randomwindows"));
        importToServer(url, files);
        LocalBackend localBackend(local, QString());
        ClickHouseBackend backend(ClickHouseUrl::parse(url));
        const QStringList events = {QStringLiteral("product_view"), QStringLiteral("add_to_cart"), QStringLiteral("begin_checkout"),
                                    QStringLiteral("purchase"), QStringLiteral("page_view")};
        static const qint64 minutes[] = {1, 2, 5, 10, 30, 120};
        QRandomGenerator random(2112);
        int bit = 0;
        int converted = 0;
        for (int round = 0; round < 40; ++round) {
            FunnelQuery query;
            const int steps = 2 + int(random.bounded(4));
            for (int k = 0; k < steps; ++k) {
                query.steps.append({events[int(random.bounded(events.size()))], {}});
                if (k > 0 && random.bounded(10) < 6)
                    query.steps[k].windowMs = minutes[random.bounded(6)] * FunnelQuery::minute;
            }
            if (!query.hasStepWindows())
                query.steps[1].windowMs = 5 * FunnelQuery::minute;
            query.order = random.bounded(10) < 7 ? FunnelQuery::Order::Ordered : FunnelQuery::Order::Strict;
            query.count = FunnelQuery::Count(random.bounded(3));
            query.windowMs = std::array{FunnelQuery::minute * 60, FunnelQuery::day, FunnelQuery::day * 7}[random.bounded(3)];
            if (random.bounded(10) < 4)
                query.exclusions.append({events[int(random.bounded(events.size()))], 1 + int(random.bounded(steps - 1))});
            if (random.bounded(10) < 2)
                query.hold = {QStringLiteral("device")};
            const FunnelResult expected = localBackend.run(query);
            QCOMPARE(FunnelExport::toJson(query, backend.run(query), {}), FunnelExport::toJson(query, expected, {}));
            FunnelQuery unbounded = query;
            for (FunnelQuery::Step &step : unbounded.steps)
                step.windowMs = 0;
            bit += localBackend.run(unbounded).steps.last().count > expected.steps.last().count ? 1 : 0;
            converted += expected.steps.last().count > 0 ? 1 : 0;
        }
        QVERIFY2(bit >= 5 && converted >= 20, qPrintable(QStringLiteral("windows bit in %1, converted in %2 of 40").arg(bit).arg(converted)));
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
