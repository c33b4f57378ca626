#include "testpaths.h"

#include "servercomparison.h"

#include "analysis/cohortquery.h"
#include "analysis/condition.h"
#include "analysis/localbackend.h"
#include "clickhouse/clickhousebackend.h"
#include "clickhouse/clickhouseimporter.h"
#include "demo/demoshop.h"
#include "export/cohortexport.h"
#include "export/funnelexport.h"
#include "ingest/importer.h"
#include "store/connection.h"
#include "store/statement.h"
#include "store/workspace.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace Funnelscope::ServerComparison {

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

void initTestCase()
{
    const Servers found = servers();
    QVERIFY2(!found.single.isEmpty() && !found.cluster.isEmpty(),
             "no servers.ini from the clickhouse fixture (FUNNELSCOPE_CLICKHOUSE_SERVERS)");
    QCOMPARE(found.shards.size(), 2);
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

void addColumns()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QString>("exclude");
    QTest::addColumn<QStringList>("properties"); // source properties
}

void addRandomRow(quint32 seed)
{
    QTest::newRow(qPrintable(QStringLiteral("random %1").arg(seed)))
        << QStringList{QStringLiteral("random:%1").arg(seed)}
        << QStringList{QStringLiteral("product_view"), QStringLiteral("add_to_cart"), QStringLiteral("purchase")}
        << QStringLiteral("page_view")
        << QStringList{QStringLiteral("plan"), QStringLiteral("items"), QStringLiteral("gift"), QStringLiteral("cart.n"),
                       QStringLiteral("cart.note"), QStringLiteral("landing_page"), QStringLiteral("session_channel")};
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
    // Every funnel on the single server; on the cluster, whose every query three servers
    // analyse (a funnel's nested lambdas take Debian's ClickHouse 18.16 about 25 ms
    // each, the data none), every other pair of them: the one pair a dataset takes, the
    // next dataset the other, so that over the rows each funnel meets the cluster too.
    static int datasetsCompared = 0;
    const int clusterHalf = datasetsCompared++ % 2;
    const QList<FunnelQuery> matrix = funnelMatrix(steps, first, last, exclude, textColumn, properties);
    int onCluster = 0;
    for (FunnelQuery query : matrix) {
        // Every other funnel names its dropped persons (as --dropped asks); the others
        // bring back figures only, and name nobody.
        query.listDropped = index % 2 == 0;
        QList<ClickHouseBackend *> compared{&singleBackend};
        if ((index++ / 2) % 2 == clusterHalf)
            compared.append(&clusterBackend);
        onCluster += int(compared.size()) - 1;
        const FunnelResult expected = localBackend.run(query);
        const QByteArray json = FunnelExport::toJson(query, expected, {});
        for (ClickHouseBackend *backend : std::as_const(compared)) {
            const FunnelResult onServer = backend->run(query);
            QCOMPARE(FunnelExport::toJson(query, onServer, {}), json);
            if (query.listDropped)
                QCOMPARE(droppedOf(onServer), droppedOf(expected));
            else
                QVERIFY(onServer.dropped.isEmpty());
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
    QVERIFY2(onCluster >= matrix.size() / 2 - 1, "the cluster computes half of the funnels");
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

} // namespace Funnelscope::ServerComparison
