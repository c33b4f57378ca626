// The cohort engine: period boundaries, modes, empty and incomplete cells, the average,
// filters and breakdowns on hand-built tables; a randomized comparison with a slow
// reference built on QDateTime; and UCI Online Retail against SQL.
#include "testpaths.h"

#include "analysis/cohortengine.h"
#include "analysis/eventtable.h"
#include "ingest/importer.h"
#include "store/connection.h"
#include "store/eventtexts.h"
#include "store/statement.h"
#include "store/workspace.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <set>

using namespace Funnelscope;

namespace {

qint64 at(int y, int m, int d, int h = 0, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc()).toMSecsSinceEpoch();
}

EventTable::Row row(const char *user, qint64 ts, const char *event = "visit", QHash<QString, QString> properties = {})
{
    return {QString::fromLatin1(user), ts, QString::fromLatin1(event), QString(), properties};
}

QList<qint64> counts(const CohortRow &row)
{
    QList<qint64> list;
    for (const std::optional<qint64> &count : row.counts)
        list.append(count ? *count : -1); // -1: empty
    return list;
}

} // namespace

class tst_CohortEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void weeksStartOnMonday()
    {
        // Sunday 2024-03-03 23:59 and Monday 2024-03-04 00:00 are in different weeks.
        const EventTable table = EventTable::fromRows({
            row("sunday", at(2024, 3, 3, 23, 59)), row("monday", at(2024, 3, 4, 0, 0)),
            row("later", at(2024, 3, 20)),
        });
        CohortQuery query;
        query.periods = 3;
        const CohortResult result = CohortEngine::run(table, query);
        const CohortGrid &grid = result.grids.first();
        QCOMPARE(grid.cohorts.size(), 3);
        QCOMPARE(grid.cohorts[0].start, QDate(2024, 2, 26));
        QCOMPARE(grid.cohorts[1].start, QDate(2024, 3, 4));
        QCOMPARE(grid.cohorts[0].size, 1);
        QCOMPARE(grid.cohorts[1].size, 1);
    }

    void monthEndsAndTimeZones()
    {
        const EventTable table = EventTable::fromRows({
            row("jan", at(2024, 1, 31, 23, 59)), row("feb", at(2024, 2, 1, 0, 0)),
            // 23:30 UTC on Sunday is Monday 00:30 in Berlin.
            row("late", at(2024, 3, 3, 23, 30)),
        });
        CohortQuery query;
        query.period = LocalCalendar::Period::Month;
        query.periods = 2;
        CohortResult result = CohortEngine::run(table, query);
        QCOMPARE(result.grids.first().cohorts[0].start, QDate(2024, 1, 1));
        QCOMPARE(result.grids.first().cohorts[1].start, QDate(2024, 2, 1));

        query.period = LocalCalendar::Period::Week;
        query.timezone = "UTC";
        result = CohortEngine::run(table, query);
        QCOMPARE(result.grids.first().cohorts.last().start, QDate(2024, 2, 26));
        query.timezone = "Europe/Berlin";
        result = CohortEngine::run(table, query);
        QCOMPARE(result.grids.first().cohorts.last().start, QDate(2024, 3, 4));
        // Berlin: 2024-01-31 23:59 UTC is 1 February; the January cohort is gone.
        query.period = LocalCalendar::Period::Month;
        result = CohortEngine::run(table, query);
        QCOMPARE(result.grids.first().cohorts.first().start, QDate(2024, 2, 1));
        QCOMPARE(result.grids.first().cohorts.first().size, 2);
    }

    void onVersusOnOrAfter()
    {
        const EventTable table = EventTable::fromRows({
            row("a", at(2024, 1, 1)), row("a", at(2024, 1, 17)), // back in week 2 only
            row("b", at(2024, 1, 2)),
            row("end", at(2024, 2, 28)),
        });
        CohortQuery query;
        query.periods = 4;
        const CohortRow on = CohortEngine::run(table, query).grids.first().cohorts.first();
        QCOMPARE(on.start, QDate(2024, 1, 1));
        QCOMPARE(counts(on), (QList<qint64>{2, 0, 1, 0}));
        query.mode = CohortQuery::Mode::OnOrAfter;
        const CohortRow after = CohortEngine::run(table, query).grids.first().cohorts.first();
        QCOMPARE(counts(after), (QList<qint64>{2, 1, 1, 0}));
        QCOMPARE(*after.values[1], 50.0);
    }

    void startAndReturnEventsDiffer()
    {
        const EventTable table = EventTable::fromRows({
            row("a", at(2024, 1, 1), "visit"), row("a", at(2024, 1, 9), "purchase"),
            row("a", at(2024, 1, 16), "purchase"),
            row("b", at(2024, 1, 2), "purchase"),
            row("c", at(2024, 1, 3), "visit"),
            row("end", at(2024, 3, 1), "visit"),
        });
        CohortQuery query;
        query.periods = 3;
        query.startEvent = QStringLiteral("purchase");
        query.returnEvent = QStringLiteral("purchase");
        const CohortGrid grid = CohortEngine::run(table, query).grids.first();
        // a's cohort is the week of its first purchase (8 January); c never purchased.
        QCOMPARE(grid.cohorts.size(), 2);
        QCOMPARE(grid.cohorts[0].start, QDate(2024, 1, 1));
        QCOMPARE(counts(grid.cohorts[0]), (QList<qint64>{1, 0, 0}));
        QCOMPARE(grid.cohorts[1].start, QDate(2024, 1, 8));
        QCOMPARE(counts(grid.cohorts[1]), (QList<qint64>{1, 1, 0}));
    }

    void emptyPastTheDataAndIncompleteAtItsEnd()
    {
        const EventTable table = EventTable::fromRows({
            row("a", at(2024, 1, 1)), row("b", at(2024, 1, 8)),
            row("b", at(2024, 1, 10, 12)), // the last event: a Wednesday
        });
        CohortQuery query;
        query.periods = 3;
        const CohortGrid grid = CohortEngine::run(table, query).grids.first();
        QCOMPARE(counts(grid.cohorts[0]), (QList<qint64>{1, 0, -1}));
        QCOMPARE(grid.cohorts[0].incomplete, (QList<bool>{false, true, false}));
        QCOMPARE(counts(grid.cohorts[1]), (QList<qint64>{1, -1, -1}));
        QVERIFY(!grid.cohorts[1].values[1].has_value());
        // The average skips incomplete cells: week 1 has no complete cell at all.
        QCOMPARE(*grid.average.values[0], 100.0);
        QVERIFY(!grid.average.values[1].has_value());
    }

    void averageIsWeightedBySize()
    {
        std::vector<EventTable::Row> rows;
        // Cohort 1: 1 user, returns. Cohort 2: 3 users, one returns.
        rows.push_back(row("a", at(2024, 1, 1)));
        rows.push_back(row("a", at(2024, 1, 8)));
        for (const char *user : {"b", "c", "d"})
            rows.push_back(row(user, at(2024, 1, 8)));
        rows.push_back(row("b", at(2024, 1, 15)));
        rows.push_back(row("z", at(2024, 3, 31)));
        CohortQuery query;
        query.periods = 2;
        const CohortGrid grid = CohortEngine::run(EventTable::fromRows(rows), query).grids.first();
        QCOMPARE(*grid.average.values[1], 100.0 * 2 / 4); // not the mean of 100% and 33%
    }

    void filtersAndBreakdown()
    {
        const QHash<QString, QString> email{{QStringLiteral("channel"), QStringLiteral("email")}};
        const QHash<QString, QString> paid{{QStringLiteral("channel"), QStringLiteral("paid")}};
        const EventTable table = EventTable::fromRows({
            row("a", at(2024, 1, 1), "visit", email), row("a", at(2024, 1, 8), "visit", paid),
            row("b", at(2024, 1, 1), "visit", paid),
            row("c", at(2024, 1, 1), "visit", email),
            row("z", at(2024, 3, 1), "visit"),
        });
        CohortQuery query;
        query.periods = 2;
        query.breakdown = QStringLiteral("channel");
        const CohortResult result = CohortEngine::run(table, query);
        QCOMPARE(result.grids.size(), 4); // everybody, email, then (none) and paid by name
        QCOMPARE(result.grids[1].value, QStringLiteral("email"));
        QCOMPARE(result.grids[2].value, QStringLiteral("(none)"));
        QCOMPARE(result.grids[3].value, QStringLiteral("paid"));
        QCOMPARE(counts(result.grids[1].cohorts.first()), (QList<qint64>{2, 1}));
        QCOMPARE(counts(result.grids[3].cohorts.first()), (QList<qint64>{1, 0}));

        query.breakdown.clear();
        query.where.append(*Condition::parse(QStringLiteral("event = visit")));
        QCOMPARE(counts(CohortEngine::run(table, query).grids.first().cohorts.first()), (QList<qint64>{3, 1}));
        query.where.clear();
        query.where.append(*Condition::parse(QStringLiteral("channel = email")));
        const CohortGrid filtered = CohortEngine::run(table, query).grids.first();
        // a's return came through paid and is filtered out with everything else.
        QCOMPARE(counts(filtered.cohorts.first()), (QList<qint64>{2, 0}));
    }

    void revenuePerMember()
    {
        const QHash<QString, QString> ten{{QStringLiteral("revenue"), QStringLiteral("10")}};
        const QHash<QString, QString> thirty{{QStringLiteral("revenue"), QStringLiteral("30")}};
        const EventTable table = EventTable::fromRows({
            row("a", at(2024, 1, 1), "purchase", ten), row("a", at(2024, 1, 8), "purchase", thirty),
            row("b", at(2024, 1, 2), "purchase", ten),
            row("z", at(2024, 3, 1), "visit"),
        });
        CohortQuery query;
        query.periods = 2;
        query.metric = CohortQuery::Metric::Revenue;
        const CohortRow row = CohortEngine::run(table, query).grids.first().cohorts.first();
        QCOMPARE(*row.values[0], 10.0);  // (10 + 10) / 2
        QCOMPARE(*row.values[1], 25.0);  // cumulative: (20 + 30) / 2
        query.cumulative = false;
        QCOMPARE(*CohortEngine::run(table, query).grids.first().cohorts.first().values[1], 15.0);
        QVERIFY(!CohortEngine::run(table, query).netOfRefunds);
    }

    void revenueIsNetOfRefunds()
    {
        const EventTable table = EventTable::fromRows({
            row("a", at(2024, 1, 1), "purchase", {{QStringLiteral("revenue"), QStringLiteral("50")}}),
            row("a", at(2024, 1, 9), "refund", {{QStringLiteral("revenue"), QStringLiteral("-20")}}),
            row("b", at(2024, 1, 2), "purchase", {{QStringLiteral("revenue"), QStringLiteral("30")}}),
        });
        CohortQuery query;
        query.periods = 2;
        query.metric = CohortQuery::Metric::Revenue;
        query.cumulative = false;
        // The refund nets out even when only purchases count as returns.
        query.returnEvent = QStringLiteral("purchase");
        const CohortResult result = CohortEngine::run(table, query);
        QVERIFY(result.netOfRefunds);
        const CohortRow row = result.grids.first().cohorts.first();
        QCOMPARE(*row.values[0], 40.0);  // (50 + 30) / 2
        QCOMPARE(*row.values[1], -10.0); // -20 / 2
        QCOMPARE(*row.counts[1], qint64(0)); // a refund is no return
    }

    void matchesTheReferenceOnRandomTables()
    {
        const QList<QByteArray> zones = {"UTC", "Europe/Berlin", "America/Los_Angeles", "Asia/Kolkata"};
        for (int seed = 1; seed <= 300; ++seed) {
            QRandomGenerator random{quint32(seed)};
            std::vector<EventTable::Row> rows;
            const qint64 base = at(2023, 12, 20);
            const int users = 1 + int(random.bounded(25));
            for (int u = 0; u < users; ++u) {
                const int n = 1 + int(random.bounded(8));
                for (int i = 0; i < n; ++i) {
                    rows.push_back({QStringLiteral("u%1").arg(u),
                                    base + qint64(random.bounded(120 * 24)) * 3'600'000 + qint64(random.bounded(3'600'000)),
                                    random.bounded(2) ? QStringLiteral("visit") : QStringLiteral("buy"), QString(),
                                    {{QStringLiteral("device"), random.bounded(2) ? QStringLiteral("mobile") : QStringLiteral("desktop")}}});
                }
            }
            const EventTable table = EventTable::fromRows(rows);
            CohortQuery query;
            query.period = LocalCalendar::Period(random.bounded(3));
            query.mode = CohortQuery::Mode(random.bounded(2));
            query.periods = 1 + int(random.bounded(10));
            query.timezone = zones.at(int(random.bounded(zones.size())));
            if (random.bounded(2) && table.typeCode(QStringLiteral("buy")) >= 0)
                query.returnEvent = QStringLiteral("buy");
            if (random.bounded(3) == 0 && table.typeCode(QStringLiteral("buy")) >= 0)
                query.startEvent = QStringLiteral("buy");
            if (random.bounded(3) == 0)
                query.where.append(*Condition::parse(QStringLiteral("device = mobile")));
            const CohortGrid grid = CohortEngine::run(table, query).grids.first();

            // The reference: QDateTime for every date, sets for every cell.
            const QTimeZone zone(query.timezone);
            const auto periodOf = [&](qint64 ms) {
                const QDate d = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toTimeZone(zone).date();
                switch (query.period) {
                case LocalCalendar::Period::Day:
                    return qint64(QDate(1970, 1, 1).daysTo(d));
                case LocalCalendar::Period::Week:
                    return qint64(QDate(1970, 1, 5).daysTo(d.addDays(1 - d.dayOfWeek())) / 7);
                case LocalCalendar::Period::Month:
                    return qint64(d.year()) * 12 + d.month();
                }
                return qint64(0);
            };
            qint64 last = 0;
            for (const EventTable::Row &r : rows)
                last = std::max(last, r.ts);
            const qint64 lastPeriod = periodOf(last);
            std::map<qint64, std::set<QString>> sizes;
            std::map<std::pair<qint64, int>, std::set<QString>> cells;
            std::map<QString, std::vector<const EventTable::Row *>> byUser;
            for (const EventTable::Row &r : rows)
                byUser[r.user].push_back(&r);
            for (auto &[user, events] : byUser) {
                std::stable_sort(events.begin(), events.end(), [](auto *a, auto *b) { return a->ts < b->ts; });
                std::vector<const EventTable::Row *> kept;
                for (const EventTable::Row *r : events) {
                    if (query.where.isEmpty() || r->properties.value(QStringLiteral("device")) == QLatin1String("mobile"))
                        kept.push_back(r);
                }
                const EventTable::Row *start = nullptr;
                for (const EventTable::Row *r : kept) {
                    if (!start && (query.startEvent.isEmpty() || r->event == query.startEvent))
                        start = r;
                }
                if (!start)
                    continue;
                const qint64 cohort = periodOf(start->ts);
                sizes[cohort].insert(user);
                for (const EventTable::Row *r : kept) {
                    if (r->ts < start->ts || (!query.returnEvent.isEmpty() && r->event != query.returnEvent))
                        continue;
                    const qint64 offset = periodOf(r->ts) - cohort;
                    for (int k = 0; k < query.periods; ++k) {
                        if (offset == k || (query.mode == CohortQuery::Mode::OnOrAfter && offset >= k))
                            cells[{cohort, k}].insert(user);
                    }
                }
            }
            const QByteArray context = QByteArray("seed ") + QByteArray::number(seed);
            QVERIFY2(grid.cohorts.size() == qsizetype(sizes.size()), context.constData());
            qsizetype i = 0;
            for (const auto &[cohort, members] : sizes) {
                const CohortRow &got = grid.cohorts[i++];
                QVERIFY2(got.size == qint64(members.size()), context.constData());
                for (int k = 0; k < query.periods; ++k) {
                    const bool empty = cohort + k > lastPeriod;
                    QVERIFY2(got.counts[k].has_value() == !empty, context.constData());
                    if (!empty)
                        QVERIFY2(*got.counts[k] == qint64(cells[{cohort, k}].size()), context.constData());
                }
            }
        }
    }

    void onlineRetailMonthlyCohorts()
    {
        const QString file = QStringLiteral(FUNNELSCOPE_DATASETS "/online-retail/online_retail.csv");
        if (!QFile::exists(file))
            QSKIP("../shared/datasets is not beside this checkout");
        QTemporaryDir dir;
        auto workspace = Workspace::create(dir.filePath(QStringLiteral("retail.funnelscope")));
        ImportOptions options;
        options.constants = {QStringLiteral("event=purchase")};
        Importer::run(*workspace, Importer::plan(file, options), options);
        EventTable table = EventTable::load(workspace->connection());
        QVERIFY(table.loadProperty(workspace->connection(), QStringLiteral("Quantity")));
        CohortQuery query;
        query.period = LocalCalendar::Period::Month;
        query.periods = 4;
        query.where.append(*Condition::parse(QStringLiteral("Quantity>0")));
        const CohortGrid grid = CohortEngine::run(table, query).grids.first();

        // The reference, in SQL over the same workspace: first month of a positive
        // quantity per customer, then customers back in the following months.
        Connection &db = workspace->connection();
        const EventTexts::Function eventProperties(db, EventTexts::Kind::Properties);
        Statement reference(db, R"sql(
            WITH sales AS (SELECT user_id, strftime('%Y-%m', ts / 1000, 'unixepoch') AS month,
                                  (strftime('%Y', ts / 1000, 'unixepoch') * 12 + strftime('%m', ts / 1000, 'unixepoch')) AS m
                           FROM events WHERE CAST(json_extract(event_properties(id), '$.Quantity') AS REAL) > 0),
                 firsts AS (SELECT user_id, min(m) AS cohort FROM sales GROUP BY user_id)
            SELECT f.cohort, count(DISTINCT f.user_id),
                   count(DISTINCT CASE WHEN s.m = f.cohort + 1 THEN s.user_id END),
                   count(DISTINCT CASE WHEN s.m = f.cohort + 2 THEN s.user_id END),
                   count(DISTINCT CASE WHEN s.m = f.cohort + 3 THEN s.user_id END)
            FROM firsts f JOIN sales s ON s.user_id = f.user_id GROUP BY f.cohort ORDER BY f.cohort)sql");
        int cohort = 0;
        while (reference.step()) {
            QVERIFY(cohort < grid.cohorts.size());
            const CohortRow &row = grid.cohorts[cohort++];
            QCOMPARE(row.size, reference.int64(1));
            for (int k = 1; k <= 3; ++k) {
                if (row.counts[k])
                    QCOMPARE(*row.counts[k], reference.int64(1 + k));
            }
        }
        QCOMPARE(cohort, grid.cohorts.size());
        QCOMPARE(grid.cohorts.first().start, QDate(2010, 12, 1));
        qInfo("UCI Online Retail: %lld customers in the December 2010 cohort, %lld back in January",
              grid.cohorts.first().size, *grid.cohorts.first().counts[1]);
    }
};

QTEST_GUILESS_MAIN(tst_CohortEngine)
#include "tst_cohortengine.moc"
