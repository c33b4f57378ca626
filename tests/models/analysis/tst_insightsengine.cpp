// Insights against a slow, obviously correct reference on random event tables (ties at
// equal times, persons whose only event is the target, filters, properties, thresholds),
// hand-made cases a person can check, and the demo shop's story.
#include "testpaths.h"

#include "analysis/eventtable.h"
#include "analysis/insightsengine.h"
#include "analysis/localbackend.h"
#include "demo/demoshop.h"
#include "ingest/importer.h"
#include "store/eventtexts.h"
#include "store/statement.h"
#include "store/workspace.h"
#include "store/workspacesummary.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <numeric>

#include <map>

using namespace Funnelscope;

namespace {

constexpr qint64 hour = 60 * 60 * 1000;

EventTable::Row row(const QString &user, qint64 ts, const QString &event, QHash<QString, QString> properties = {})
{
    return {user, ts, event, QString(), properties};
}

/** Welch's 95% interval of mean(x) − mean(y), computed in two passes from the values. */
std::optional<Statistics::Interval> welch(const std::vector<double> &x, const std::vector<double> &y)
{
    if (x.size() < 2 || y.size() < 2)
        return std::nullopt;
    const auto meanOf = [](const std::vector<double> &v) { return std::accumulate(v.begin(), v.end(), 0.0) / double(v.size()); };
    const auto varianceOf = [&](const std::vector<double> &v) {
        double sum = 0;
        for (double value : v)
            sum += (value - meanOf(v)) * (value - meanOf(v));
        return sum / double(v.size() - 1);
    };
    const double vx = varianceOf(x) / double(x.size());
    const double vy = varianceOf(y) / double(y.size());
    if (vx + vy <= 0)
        return std::nullopt;
    const double df = (vx + vy) * (vx + vy) / (vx * vx / double(x.size() - 1) + vy * vy / double(y.size() - 1));
    const double half = Statistics::studentQuantile(0.975, df) * std::sqrt(vx + vy);
    return Statistics::Interval{meanOf(x) - meanOf(y) - half, meanOf(x) - meanOf(y) + half};
}

struct Expected
{
    Statistics::Table table;
    std::optional<double> revenueExposed;
    std::optional<double> revenueNotExposed;
    std::optional<Statistics::Interval> revenueDifference;
};

/** Every person, every candidate, straight from the rows (DESIGN.md's words, nothing shared). */
std::map<QString, Expected> reference(const std::vector<EventTable::Row> &rows, const InsightsQuery &query,
                                      qint64 *persons, qint64 *converted)
{
    std::map<QString, std::vector<const EventTable::Row *>> byUser;
    for (const EventTable::Row &each : rows)
        byUser[each.user].push_back(&each);
    const auto kept = [&query](const EventTable::Row &each) {
        for (const Condition &condition : query.where) {
            if (condition.property == QLatin1String("device") && !condition.matches(each.properties.value(QStringLiteral("device"))))
                return false;
        }
        return true;
    };
    struct Person
    {
        bool converted = false;
        double revenue = 0;
        std::map<QString, int> counts; ///< candidate name (event or event[P=value]) → times
    };
    std::vector<Person> people;
    QSet<QString> events;
    for (const EventTable::Row &each : rows) {
        if (each.event != query.target)
            events.insert(each.event);
    }
    for (const auto &[user, list] : byUser) {
        std::vector<const EventTable::Row *> mine;
        for (const EventTable::Row *each : list) {
            if (kept(*each))
                mine.push_back(each);
        }
        if (mine.empty())
            continue;
        qint64 start = mine.front()->ts;
        for (const EventTable::Row *each : mine)
            start = std::min(start, each->ts);
        if ((query.fromMs && start < *query.fromMs) || (query.toMs && start >= *query.toMs))
            continue;
        const qint64 horizon = start + qint64(query.withinDays) * InsightsQuery::day;
        Person person;
        qint64 targetTs = horizon;
        for (const EventTable::Row *each : mine) {
            if (each->ts >= horizon)
                continue;
            person.revenue += each->properties.value(QStringLiteral("revenue")).toDouble();
            if (each->event == query.target) {
                person.converted = true;
                targetTs = std::min(targetTs, each->ts);
            }
        }
        for (const EventTable::Row *each : mine) {
            if (each->ts >= targetTs || each->event == query.target)
                continue;
            ++person.counts[each->event];
            for (const QString &property : query.properties) {
                const QString value = each->properties.value(property);
                if (!value.isEmpty())
                    ++person.counts[QStringLiteral("%1[%2=%3]").arg(each->event, property, value)];
            }
        }
        people.push_back(person);
    }
    *persons = qint64(people.size());
    *converted = 0;
    double convertedRevenue = 0;
    for (const Person &person : people) {
        *converted += person.converted ? 1 : 0;
        convertedRevenue += person.converted ? person.revenue : 0;
    }
    std::map<QString, Expected> expected;
    const auto tableOf = [&](const std::function<bool(const Person &)> &exposed) {
        Expected e;
        double revenue = 0;
        std::vector<double> exposedRevenues;
        std::vector<double> otherRevenues;
        for (const Person &person : people) {
            if (exposed(person)) {
                (person.converted ? e.table.a : e.table.b) += 1;
                revenue += person.converted ? person.revenue : 0;
            }
            if (person.converted)
                (exposed(person) ? exposedRevenues : otherRevenues).push_back(person.revenue);
        }
        e.revenueDifference = welch(exposedRevenues, otherRevenues);
        e.table.c = *converted - e.table.a;
        e.table.d = *persons - *converted - e.table.b;
        if (e.table.a > 0)
            e.revenueExposed = revenue / double(e.table.a);
        if (e.table.c > 0)
            e.revenueNotExposed = (convertedRevenue - revenue) / double(e.table.c);
        return e;
    };
    for (const QString &event : std::as_const(events)) {
        for (int level : query.levels()) {
            InsightsSignal name;
            name.event = event;
            name.minTimes = level;
            expected[name.label()] = tableOf([&](const Person &person) {
                const auto found = person.counts.find(event);
                return found != person.counts.end() && found->second >= level;
            });
        }
        for (const QString &property : query.properties) {
            // Every value: the engine lists the top ones, each must be right.
            QSet<QString> values;
            for (const EventTable::Row &each : rows) {
                if (each.event == event && !each.properties.value(property).isEmpty())
                    values.insert(each.properties.value(property));
            }
            for (const QString &value : std::as_const(values)) {
                const QString key = QStringLiteral("%1[%2=%3]").arg(event, property, value);
                InsightsSignal name;
                name.event = event;
                name.property = property;
                name.value = value;
                name.minTimes = query.minTimes;
                expected[name.label()] = tableOf([&](const Person &person) {
                    const auto found = person.counts.find(key);
                    return found != person.counts.end() && found->second >= query.minTimes;
                });
            }
        }
    }
    return expected;
}

/** Every signal of @p result against the reference over @p rows: cells, revenue, p-values, order. */
void checkAgainstReference(const InsightsResult &result, const std::vector<EventTable::Row> &rows,
                           const InsightsQuery &query, int eventTypes, const QByteArray &context)
{
    qint64 persons = 0;
    qint64 converted = 0;
    const std::map<QString, Expected> expected = reference(rows, query, &persons, &converted);
    QVERIFY2(result.persons == persons, context.constData());
    QVERIFY2(result.converted == converted, context.constData());
    int eventCandidates = 0;
    for (const InsightsSignal &signal : result.signalList) {
        const auto found = expected.find(signal.label());
        QVERIFY2(found != expected.end(), (context + ' ' + signal.label().toUtf8()).constData());
        const Expected &e = found->second;
        const QByteArray where = context + ' ' + signal.label().toUtf8();
        QVERIFY2(signal.table.a == e.table.a && signal.table.b == e.table.b && signal.table.c == e.table.c
                     && signal.table.d == e.table.d,
                 where.constData());
        QVERIFY2(signal.phi == Statistics::phi(e.table), where.constData());
        QVERIFY2(e.table.a + e.table.b == 0 || qAbs(signal.ppv - double(e.table.a) / double(e.table.a + e.table.b)) < 1e-12,
                 where.constData());
        QVERIFY2(bool(e.revenueExposed) == bool(signal.revenueExposed), where.constData());
        QVERIFY2(bool(e.revenueNotExposed) == bool(signal.revenueNotExposed), where.constData());
        if (signal.revenueExposed)
            QVERIFY2(qAbs(*signal.revenueExposed - *e.revenueExposed) < 1e-6, where.constData());
        if (signal.revenueNotExposed)
            QVERIFY2(qAbs(*signal.revenueNotExposed - *e.revenueNotExposed) < 1e-6, where.constData());
        QVERIFY2(bool(e.revenueDifference) == bool(signal.revenueDifference), where.constData());
        if (signal.revenueDifference) {
            QVERIFY2(qAbs(signal.revenueDifference->low - e.revenueDifference->low) < 1e-6, where.constData());
            QVERIFY2(qAbs(signal.revenueDifference->high - e.revenueDifference->high) < 1e-6, where.constData());
        }
        QVERIFY2(signal.pValue == Statistics::fisherExact(e.table), where.constData());
        QVERIFY2(signal.pAdjusted >= signal.pValue && signal.pAdjusted <= 1, where.constData());
        QVERIFY2(signal.tooFew == (e.table.a + e.table.b < query.minPersons), where.constData());
        eventCandidates += signal.property.isEmpty() ? 1 : 0;
    }
    // Every event but the target, at each level.
    QCOMPARE(eventCandidates, (eventTypes - 1) * int(query.levels().size()));
    // Ranked by phi, strongest first, too few last.
    for (qsizetype i = 1; i < result.signalList.size(); ++i) {
        const InsightsSignal &x = result.signalList[i - 1];
        const InsightsSignal &y = result.signalList[i];
        QVERIFY(x.tooFew <= y.tooFew);
        if (x.tooFew == y.tooFew)
            QVERIFY(x.phi >= y.phi);
    }
}

} // namespace

class tst_InsightsEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Carts before the purchase predict it; what comes after the purchase does not count.
    void exposureIsBeforeTheFirstPurchase()
    {
        std::vector<EventTable::Row> rows;
        for (int i = 0; i < 40; ++i) {
            const QString user = QStringLiteral("buyer%1").arg(i);
            rows.push_back(row(user, 0, QStringLiteral("view")));
            rows.push_back(row(user, hour, QStringLiteral("cart")));
            rows.push_back(row(user, 2 * hour, QStringLiteral("purchase"), {{QStringLiteral("revenue"), QStringLiteral("50")}}));
            rows.push_back(row(user, 3 * hour, QStringLiteral("review"))); // after: not exposure
        }
        for (int i = 0; i < 60; ++i) {
            const QString user = QStringLiteral("browser%1").arg(i);
            rows.push_back(row(user, 0, QStringLiteral("view")));
            if (i < 5)
                rows.push_back(row(user, hour, QStringLiteral("cart")));
        }
        rows.push_back(row(QStringLiteral("late"), 0, QStringLiteral("view")));
        rows.push_back(row(QStringLiteral("late"), 31 * InsightsQuery::day, QStringLiteral("purchase"))); // past the horizon
        const InsightsResult result = InsightsEngine::run(EventTable::fromRows(rows), InsightsQuery());
        QCOMPARE(result.persons, 101);
        QCOMPARE(result.converted, 40);
        QCOMPARE(result.signalList.first().event, QStringLiteral("cart"));
        const InsightsSignal &cart = result.signalList.first();
        QCOMPARE(cart.table.a, 40);
        QCOMPARE(cart.table.b, 5);
        QCOMPARE(cart.table.c, 0);
        QCOMPARE(cart.table.d, 56);
        QVERIFY(cart.strength() == InsightsSignal::Strength::Strong);
        QVERIFY(cart.significant());
        QCOMPARE(*cart.revenueExposed, 50.0);
        QVERIFY(!cart.lift); // nobody else converts: no ratio
        for (const InsightsSignal &signal : result.signalList) {
            if (signal.event == QLatin1String("review")) {
                QCOMPARE(signal.exposed(), 0);
                QVERIFY(signal.tooFew);
            }
            QVERIFY(signal.event != QLatin1String("purchase"));
        }
    }

    void matchesTheReferenceOnRandomTables()
    {
        QRandomGenerator random(42);
        const QStringList events = {QStringLiteral("view"), QStringLiteral("search"), QStringLiteral("cart"),
                                    QStringLiteral("newsletter"), QStringLiteral("purchase")};
        const QStringList categories = {QStringLiteral("shoes"), QStringLiteral("bags"), QStringLiteral("hats"), QString()};
        for (int round = 0; round < 40; ++round) {
            std::vector<EventTable::Row> rows;
            const int users = 20 + int(random.bounded(80));
            for (int u = 0; u < users; ++u) {
                const QString user = QStringLiteral("u%1").arg(u);
                const int count = u % 9 == 0 ? 1 : 1 + int(random.bounded(12));
                for (int e = 0; e < count; ++e) {
                    // Hours on a small grid: many events of one person share a time.
                    const qint64 ts = qint64(random.bounded(24 * 50)) * hour;
                    const QString event = u % 9 == 0 ? QStringLiteral("purchase") : events[int(random.bounded(int(events.size())))];
                    QHash<QString, QString> properties{
                        {QStringLiteral("device"), random.bounded(3) == 0 ? QStringLiteral("mobile") : QStringLiteral("desktop")}};
                    const QString category = categories[int(random.bounded(int(categories.size())))];
                    if (!category.isEmpty())
                        properties.insert(QStringLiteral("category"), category);
                    if (event == QLatin1String("purchase") || random.bounded(10) == 0)
                        properties.insert(QStringLiteral("revenue"), QString::number(random.bounded(20000) / 100.0 - 20));
                    rows.push_back(row(user, ts, event, properties));
                }
            }
            InsightsQuery query;
            query.withinDays = 1 + int(random.bounded(40));
            query.minTimes = 1 + int(random.bounded(3));
            query.thresholds = round % 3 == 0;
            query.minPersons = int(random.bounded(10));
            query.topValues = 10;
            if (round % 2 == 0)
                query.properties = {QStringLiteral("category")};
            if (round % 4 == 1)
                query.where = {*Condition::parse(QStringLiteral("device = mobile"))};
            if (round % 5 == 2)
                query.fromMs = qint64(random.bounded(24 * 20)) * hour;
            const EventTable table = EventTable::fromRows(rows);
            if (table.typeCode(query.target) < 0)
                continue;
            const InsightsResult result = InsightsEngine::run(table, query);
            checkAgainstReference(result, rows, query, int(table.typeNames().size()),
                                  QByteArrayLiteral("round ") + QByteArray::number(round));
            if (QTest::currentTestFailed())
                return;
        }
    }

    // The REES46 head, imported as delivered, against the reference over the raw CSV lines
    // (read here with a plain split, not the importer): every candidate, per brand, at every
    // threshold.
    void realDataRees46()
    {
        const QString file = QStringLiteral(FUNNELSCOPE_DATASETS "/rees46-multicategory-2019oct-head/2019-Oct_head.csv");
        if (!QFile::exists(file))
            QSKIP("../shared/datasets is not beside this checkout");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rees.funnelscope"));
        {
            auto workspace = Workspace::create(path);
            const ImportOptions options;
            Importer::run(*workspace, Importer::plan(file, options), options);
        }
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::ReadOnly | QIODevice::Text));
        const QList<QByteArray> header = csv.readLine().trimmed().split(',');
        const auto column = [&header](const char *name) { return int(header.indexOf(QByteArray(name))); };
        std::vector<EventTable::Row> rows;
        QSet<QString> events;
        while (!csv.atEnd()) {
            const QList<QByteArray> fields = csv.readLine().trimmed().split(',');
            QCOMPARE(fields.size(), header.size()); // no quoted commas in this file
            QDateTime at = QDateTime::fromString(QString::fromLatin1(fields[column("event_time")]).chopped(4),
                                                 QStringLiteral("yyyy-MM-dd HH:mm:ss"));
            at.setTimeZone(QTimeZone::utc());
            const QString event = QString::fromLatin1(fields[column("event_type")]);
            QHash<QString, QString> properties;
            if (!fields[column("brand")].isEmpty())
                properties.insert(QStringLiteral("brand"), QString::fromUtf8(fields[column("brand")]));
            if (event == QLatin1String("purchase"))
                properties.insert(QStringLiteral("revenue"), QString::fromLatin1(fields[column("price")]));
            rows.push_back(row(QString::fromLatin1(fields[column("user_id")]), at.toMSecsSinceEpoch(), event, properties));
            events.insert(event);
        }
        QCOMPARE(qint64(rows.size()), 17434);
        InsightsQuery query;
        query.properties = {QStringLiteral("brand")};
        query.thresholds = true;
        query.minPersons = 5;
        const InsightsResult result = LocalBackend(path, QString()).run(query);
        checkAgainstReference(result, rows, query, int(events.size()), "REES46 head");
        QVERIFY(result.converted > 0);
        QVERIFY(!result.signalList.isEmpty() && result.signalList.first().event == QLatin1String("cart"));
        qInfo("REES46 head: %lld of %lld persons bought; cart phi %.3f", result.converted, result.persons,
              result.signalList.first().phi);
    }

    // The demo shop, stitched persons and all, against the reference over its stored rows
    // (each row's person from the workspace's user_persons view).
    void demoShopMatchesTheReference()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shop.funnelscope"));
        DemoShop::createWorkspace(path, {1500, 3});
        std::vector<EventTable::Row> rows;
        QSet<QString> events;
        {
            auto workspace = Workspace::open(path);
            const EventTexts::Function eventProperties(workspace->connection(), EventTexts::Kind::Properties);
            Statement select(workspace->connection(),
                             "SELECT p.person_id, e.ts, t.name, e.revenue, json_extract(event_properties(e.id), '$.form') "
                             "FROM events e JOIN user_persons p ON p.user_id = e.user_id "
                             "JOIN event_types t ON t.id = e.event_type_id");
            while (select.step()) {
                QHash<QString, QString> properties;
                if (!select.isNull(3))
                    properties.insert(QStringLiteral("revenue"), QString::number(select.real(3), 'g', 17));
                if (!select.isNull(4))
                    properties.insert(QStringLiteral("form"), select.text(4));
                rows.push_back(row(QString::number(select.int64(0)), select.int64(1), select.text(2), properties));
                events.insert(select.text(2));
            }
        }
        InsightsQuery query;
        query.properties = {QStringLiteral("form")};
        const InsightsResult result = LocalBackend(path, QString()).run(query);
        checkAgainstReference(result, rows, query, int(events.size()), "demo shop");
        QVERIFY(result.persons < 1500 * 2); // persons, not ids: anonymous browsing joins the buyer
    }

    // The demo shop tells the story a marketer expects: carting predicts buying strongly,
    // the newsletter only weakly.
    void theDemoShopsStory()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shop.funnelscope"));
        DemoShop::createWorkspace(path, {3000, 9});
        LocalBackend backend(path, QString());
        const InsightsResult result = backend.run(InsightsQuery());
        QVERIFY(result.persons > 2000);
        QVERIFY(result.converted > 0);
        QHash<QString, InsightsSignal> byEvent;
        for (const InsightsSignal &signal : result.signalList)
            byEvent.insert(signal.label(), signal);
        QVERIFY(byEvent.contains(QStringLiteral("add_to_cart")));
        QVERIFY2(byEvent[QStringLiteral("begin_checkout")].phi > 0.4, qPrintable(QString::number(byEvent[QStringLiteral("begin_checkout")].phi)));
        QVERIFY2(byEvent[QStringLiteral("add_to_cart")].phi > byEvent[QStringLiteral("product_view")].phi,
                 qPrintable(QString::number(byEvent[QStringLiteral("add_to_cart")].phi)));
        QVERIFY(byEvent[QStringLiteral("add_to_cart")].significant());
        // Subscribers come back and buy more (DemoShop's story), but most buyers never sign up.
        const InsightsSignal newsletter = byEvent.value(QStringLiteral("newsletter_signup"));
        QVERIFY2(newsletter.strength() == InsightsSignal::Strength::Weak, qPrintable(QString::number(newsletter.phi)));
        QVERIFY(newsletter.significant());
        QVERIFY(newsletter.lift && *newsletter.lift > 1.5);
    }
};

QTEST_GUILESS_MAIN(tst_InsightsEngine)
#include "tst_insightsengine.moc"
