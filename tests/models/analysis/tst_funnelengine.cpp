// The funnel engine: each rule of DESIGN.md's semantics on hand-built tables, a
// randomized comparison with a slow reference that tries every chain, and real data.
#include "testpaths.h"

#include "analysis/eventtable.h"
#include "analysis/funnelengine.h"
#include "analysis/statistics.h"
#include "ingest/importer.h"
#include "store/workspace.h"

#include <QMap>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <functional>
#include <limits>
#include <map>
#include <optional>

using namespace Funnelscope;

namespace {

constexpr qint64 minute = 60'000;

EventTable::Row row(const char *user, qint64 ts, const char *event, const char *session = "",
                    QHash<QString, QString> properties = {})
{
    return {QString::fromLatin1(user), ts, QString::fromLatin1(event), QString::fromLatin1(session),
            properties};
}

FunnelQuery query(std::initializer_list<const char *> events, qint64 window = 10 * minute)
{
    FunnelQuery q;
    for (const char *event : events)
        q.steps.append({QString::fromLatin1(event), {}});
    q.windowMs = window;
    return q;
}

QList<qint64> counts(const QList<FunnelStepResult> &steps)
{
    QList<qint64> list;
    for (const FunnelStepResult &step : steps)
        list.append(step.count);
    return list;
}

QList<qint64> counts(const FunnelResult &result)
{
    return counts(result.steps);
}

QList<qint64> counts(const EventTable &table, const FunnelQuery &q)
{
    const QString problem = FunnelEngine::validate(table, q);
    if (!problem.isEmpty())
        qFatal("invalid query: %s", qPrintable(problem));
    return counts(FunnelEngine::run(table, q));
}

// ---------------------------------------------------------------------------------------
// The reference: for every unit, every start, every increasing sequence of events.

struct ReferenceChain
{
    int level = 0;
    size_t start = 0;
    std::vector<size_t> picks; // rows of steps 1..level
    size_t firstEnd = 0;       // stream position of the earliest last step of a converting chain
};

/** The held properties' values of @p row; empty when one of them is empty. */
QStringList referenceHeld(const EventTable &table, const FunnelQuery &q, size_t row)
{
    QStringList values;
    for (const QString &name : q.hold) {
        const QString value = table.column(name)->valueAt(row);
        if (value.isEmpty())
            return {};
        values.append(value);
    }
    return values;
}

bool referenceMatches(const EventTable &table, const FunnelQuery &q, size_t row, int step)
{
    if (table.typeNames().value(table.type(row)) != q.steps[step].event)
        return false;
    for (const Condition &condition : q.steps[step].filters) {
        const EventTable::TextColumn *column = table.column(condition.property);
        if (!condition.matches(column ? column->valueAt(row) : QString()))
            return false;
    }
    return true;
}

bool referenceKept(const EventTable &table, const FunnelQuery &q, size_t row)
{
    for (const Condition &condition : q.where) {
        const EventTable::TextColumn *column = table.column(condition.property);
        if (!condition.matches(column ? column->valueAt(row) : QString()))
            return false;
    }
    return true;
}

bool isExcluded(const EventTable &table, const FunnelQuery &q, size_t row, int gap)
{
    for (const FunnelQuery::Exclusion &exclusion : q.exclusions) {
        if (exclusion.after - 1 == gap && table.typeNames().value(table.type(row)) == exclusion.event)
            return true;
    }
    return false;
}

/** The best chain from stream[p]: highest level, then the lexicographically first picks. */
ReferenceChain referenceFrom(const EventTable &table, const FunnelQuery &q,
                             const std::vector<size_t> &stream, size_t p)
{
    const int steps = int(q.steps.size());
    const qint64 limit = table.ts(stream[p]) + q.windowMs;
    const QStringList held = referenceHeld(table, q, stream[p]);
    ReferenceChain best{1, stream[p], {stream[p]}, 0};
    if (q.order == FunnelQuery::Order::Any) {
        // Distinct events for steps 2..k in any order: try every assignment.
        std::vector<size_t> window;
        for (size_t i = p + 1; i < stream.size() && table.ts(stream[i]) <= limit; ++i) {
            if (referenceHeld(table, q, stream[i]) == held)
                window.push_back(stream[i]);
        }
        std::function<bool(int, int, std::vector<char> &)> assign = [&](int step, int last, std::vector<char> &used) {
            if (step > last)
                return true;
            for (size_t e = 0; e < window.size(); ++e) {
                if (!used[e] && referenceMatches(table, q, window[e], step)) {
                    used[e] = 1;
                    if (assign(step + 1, last, used))
                        return true;
                    used[e] = 0;
                }
            }
            return false;
        };
        for (int k = 1; k < steps; ++k) {
            std::vector<char> used(window.size(), 0);
            if (!assign(1, k, used))
                break;
            best.level = k + 1;
        }
        return best;
    }
    // Every chain. Without windows per step the best is the lexicographically first among
    // those of the highest level; with them, the one whose last step comes first, each
    // earlier step the latest that leads there (DESIGN.md).
    const bool stepWindows = q.hasStepWindows();
    std::vector<size_t> picks = {p};
    std::vector<size_t> bestPositions = {p};
    size_t firstEnd = std::numeric_limits<size_t>::max();
    std::function<void(int)> extend = [&](int step) {
        const int level = step; // picks holds steps 0..step-1
        const auto better = [&] {
            if (level != best.level)
                return level > best.level;
            if (!stepWindows)
                return false; // found in lexicographic order: the first stays
            if (picks.back() != bestPositions.back())
                return picks.back() < bestPositions.back();
            for (int k = level - 2; k >= 0; --k) {
                if (picks[size_t(k)] != bestPositions[size_t(k)])
                    return picks[size_t(k)] > bestPositions[size_t(k)];
            }
            return false;
        };
        if (better()) {
            best.level = level;
            bestPositions = picks;
            best.picks.clear();
            for (size_t i : picks)
                best.picks.push_back(stream[i]);
        }
        if (step == steps) {
            firstEnd = std::min(firstEnd, picks.back());
            return;
        }
        const size_t from = picks.back() + 1;
        for (size_t i = from; i < stream.size() && table.ts(stream[i]) <= limit; ++i) {
            if (q.order == FunnelQuery::Order::Strict && i != from)
                break;
            if (!referenceMatches(table, q, stream[i], step) || referenceHeld(table, q, stream[i]) != held)
                continue;
            if (q.steps[step].windowMs > 0 && table.ts(stream[i]) - table.ts(stream[picks.back()]) > q.steps[step].windowMs)
                continue;
            bool excluded = false;
            for (size_t between = from; between < i; ++between)
                excluded = excluded || isExcluded(table, q, stream[between], step - 1);
            if (excluded)
                continue;
            picks.push_back(i);
            extend(step + 1);
            picks.pop_back();
        }
    };
    extend(1);
    best.firstEnd = firstEnd;
    return best;
}

struct ReferenceResult
{
    QList<qint64> counts;
    std::map<QString, QList<qint64>> segments;
    qint64 dropped = 0;
    QList<double> medianFromStart;
};

/**
 * Whether @p row is in the first session of @p user: the rows sharing the session id of
 * their first event, or without one, the rows up to the first pause over 30 minutes.
 */
bool referenceIsNew(const EventTable &table, int user, size_t row)
{
    std::vector<size_t> rows;
    for (size_t r = table.userBegin(user); r < table.userEnd(user); ++r)
        rows.push_back(r);
    std::stable_sort(rows.begin(), rows.end(), [&table](size_t a, size_t b) { return table.ts(a) < table.ts(b); });
    std::vector<size_t> first;
    if (table.session(rows.front()) >= 0) {
        for (size_t r : rows) {
            if (table.session(r) == table.session(rows.front()))
                first.push_back(r);
        }
    } else {
        first.push_back(rows.front());
        for (size_t i = 1; i < rows.size() && table.ts(rows[i]) - table.ts(rows[i - 1]) <= 30 * minute; ++i)
            first.push_back(rows[i]);
    }
    return std::find(first.begin(), first.end(), row) != first.end();
}

/** The first step @p row is (0-based), or 32 when it is none: how equal times are ordered. */
int referenceRank(const EventTable &table, const FunnelQuery &q, size_t row)
{
    for (int k = 0; k < int(q.steps.size()); ++k) {
        if (referenceMatches(table, q, row, k))
            return k;
    }
    return 32;
}

/** The stream position by which an any-order attempt from @p p has all its steps: the shortest window that does. */
size_t referenceAnyOrderEnd(const EventTable &table, const FunnelQuery &q, const std::vector<size_t> &stream, size_t p)
{
    const int steps = int(q.steps.size());
    const QStringList held = referenceHeld(table, q, stream[p]);
    for (size_t end = p + 1; end < stream.size(); ++end) {
        std::vector<size_t> window(stream.begin() + qsizetype(p) + 1, stream.begin() + qsizetype(end) + 1);
        std::function<bool(int, std::vector<char> &)> assign = [&](int step, std::vector<char> &used) {
            if (step == steps)
                return true;
            for (size_t e = 0; e < window.size(); ++e) {
                if (!used[e] && referenceMatches(table, q, window[e], step) && referenceHeld(table, q, window[e]) == held) {
                    used[e] = 1;
                    if (assign(step + 1, used))
                        return true;
                    used[e] = 0;
                }
            }
            return false;
        };
        std::vector<char> used(window.size(), 0);
        if (assign(1, used))
            return end;
    }
    return stream.size() - 1;
}

ReferenceResult reference(const EventTable &table, const FunnelQuery &q)
{
    const int steps = int(q.steps.size());
    std::vector<ReferenceChain> units;
    std::vector<int> unitUsers;
    for (int user = 0; user < table.userCount(); ++user) {
        std::map<qint32, std::vector<size_t>> streams;
        for (size_t r = table.userBegin(user); r < table.userEnd(user); ++r) {
            if (referenceKept(table, q, r))
                streams[q.count == FunnelQuery::Count::Sessions ? table.session(r) : 0].push_back(r);
        }
        for (auto &[key, stream] : streams) {
            // Equal times in the funnel's step order, then as stored.
            std::stable_sort(stream.begin(), stream.end(), [&](size_t a, size_t b) {
                return table.ts(a) != table.ts(b) ? table.ts(a) < table.ts(b)
                                                  : referenceRank(table, q, a) < referenceRank(table, q, b);
            });
            ReferenceChain best;
            // Totals: the next attempt starts after this one's last event (converted) or window.
            size_t busyUntil = 0;
            qint64 windowEnd = std::numeric_limits<qint64>::min();
            for (size_t p = 0; p < stream.size(); ++p) {
                const qint64 ts = table.ts(stream[p]);
                if (!referenceMatches(table, q, stream[p], 0) || (q.fromMs && ts < *q.fromMs) || (q.toMs && ts >= *q.toMs))
                    continue;
                if (!q.hold.isEmpty() && referenceHeld(table, q, stream[p]).isEmpty())
                    continue;
                if (q.count == FunnelQuery::Count::Totals && (p < busyUntil || ts <= windowEnd))
                    continue;
                ReferenceChain chain = referenceFrom(table, q, stream, p);
                if (q.count == FunnelQuery::Count::Totals) {
                    units.push_back(chain);
                    unitUsers.push_back(user);
                    if (chain.level == steps) {
                        if (q.order == FunnelQuery::Order::Any) {
                            busyUntil = referenceAnyOrderEnd(table, q, stream, p) + 1;
                        } else {
                            busyUntil = chain.firstEnd + 1;
                        }
                    } else {
                        windowEnd = ts + q.windowMs;
                    }
                } else if (chain.level > best.level) {
                    best = chain;
                }
            }
            if (q.count != FunnelQuery::Count::Totals && best.level > 0) {
                units.push_back(best);
                unitUsers.push_back(user);
            }
        }
    }
    // The row a unit is broken down by (FunnelQuery::attribution).
    const auto attributed = [&](size_t i) -> std::optional<size_t> {
        const ReferenceChain &chain = units[i];
        switch (q.attribution) {
        case FunnelQuery::Attribution::Step1:
            return chain.start;
        case FunnelQuery::Attribution::Step:
            if (chain.level < q.attributionStep)
                return std::nullopt;
            return chain.picks[size_t(q.attributionStep - 1)];
        default:
            break;
        }
        const EventTable::TextColumn *column = table.column(q.breakdown);
        std::optional<size_t> found;
        for (size_t r = table.userBegin(unitUsers[i]); r <= chain.picks.back(); ++r) {
            if (column->valueAt(r).isEmpty() || !referenceKept(table, q, r))
                continue;
            if (q.count == FunnelQuery::Count::Sessions && table.session(r) != table.session(chain.start))
                continue;
            if (!found || q.attribution == FunnelQuery::Attribution::LastTouch)
                found = r;
        }
        return found;
    };
    ReferenceResult result;
    for (int k = 0; k < steps; ++k) {
        qint64 n = 0;
        std::vector<double> fromStart;
        for (const ReferenceChain &chain : units) {
            if (chain.level > k) {
                ++n;
                if (k > 0 && chain.picks.size() > size_t(k))
                    fromStart.push_back(double(table.ts(chain.picks[size_t(k)]) - table.ts(chain.picks[0])) / 1000.0);
            }
        }
        result.counts.append(n);
        result.medianFromStart.append(Statistics::percentile(fromStart, 0.5));
    }
    for (const ReferenceChain &chain : units)
        result.dropped += chain.level < steps ? 1 : 0;
    if (!q.breakdown.isEmpty()) {
        for (size_t i = 0; i < units.size(); ++i) {
            const EventTable::TextColumn *column = table.column(q.breakdown);
            const std::optional<size_t> row = attributed(i);
            QString value = !row ? QString()
                : q.breakdown == FunnelQuery::newVsReturning()
                ? (referenceIsNew(table, unitUsers[i], *row) ? QStringLiteral("new") : QStringLiteral("returning"))
                : column->valueAt(*row);
            if (value.isEmpty())
                value = QStringLiteral("(none)");
            QList<qint64> &segment = result.segments[value];
            segment.resize(steps);
            for (int k = 0; k < units[i].level; ++k)
                ++segment[k];
        }
    }
    return result;
}

} // namespace

class tst_FunnelEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void windowEdgeIsIncluded()
    {
        const EventTable table = EventTable::fromRows({
            row("in", 0, "view"), row("in", 10 * minute, "buy"),
            row("out", 0, "view"), row("out", 10 * minute + 1, "buy"),
        });
        QCOMPARE(counts(table, query({"view", "buy"})), (QList<qint64>{2, 1}));
    }

    void equalTimesAreTakenInStepOrder()
    {
        // Whatever order the export stored them in, events of one instant are taken in the
        // funnel's step order (DESIGN.md), so both shoppers convert, in every mode.
        const EventTable table = EventTable::fromRows({
            row("a", 5, "view"), row("a", 5, "buy"),
            row("b", 5, "buy"), row("b", 5, "view"),
        });
        FunnelQuery q = query({"view", "buy"});
        for (const FunnelQuery::Order order : {FunnelQuery::Order::Ordered, FunnelQuery::Order::Strict, FunnelQuery::Order::Any}) {
            q.order = order;
            QCOMPARE(counts(table, q), (QList<qint64>{2, 2}));
        }
        // The same events asked the other way round: buy, then view.
        QCOMPARE(counts(table, query({"buy", "view"})), (QList<qint64>{2, 2}));
        // Events that are no step come after the steps of their instant (strict).
        const EventTable other = EventTable::fromRows({row("c", 5, "search"), row("c", 5, "view"), row("c", 6, "buy")});
        q = query({"view", "buy"});
        q.order = FunnelQuery::Order::Strict;
        QCOMPARE(counts(other, q), (QList<qint64>{1, 0}));
    }

    void totalsCountAttemptsThatShareNoEvent()
    {
        // Three views and one purchase: one attempt converts (with the first view, the
        // purchase); the views before the purchase belong to it, the view after starts a new one.
        const EventTable table = EventTable::fromRows({
            row("a", 0, "view"), row("a", 1 * minute, "view"), row("a", 2 * minute, "view"),
            row("a", 3 * minute, "buy"), row("a", 4 * minute, "view"),
            // An attempt that never converts makes room again once its window ran out.
            row("b", 0, "view"), row("b", 5 * minute, "view"), row("b", 11 * minute, "view"),
        });
        FunnelQuery q = query({"view", "buy"});
        q.count = FunnelQuery::Count::Totals;
        QCOMPARE(counts(table, q), (QList<qint64>{4, 1}));
    }

    void aLaterStartCanConvert()
    {
        const EventTable table = EventTable::fromRows({
            row("a", 0, "view"), row("a", 60 * minute, "view"), row("a", 65 * minute, "cart"),
            row("a", 66 * minute, "buy"),
        });
        const FunnelResult result = FunnelEngine::run(table, query({"view", "cart", "buy"}));
        QCOMPARE(counts(result), (QList<qint64>{1, 1, 1}));
        // Times come from the best chain: the second view.
        QCOMPARE(result.steps[2].medianFromStart, 6 * 60.0);
        QCOMPARE(result.steps[1].medianFromPrevious, 5 * 60.0);
    }

    void strictIsBrokenByAnEventBetween()
    {
        const EventTable table = EventTable::fromRows({
            row("a", 0, "view"), row("a", 1, "search"), row("a", 2, "cart"),
            row("b", 0, "view"), row("b", 2, "cart"),
        });
        FunnelQuery q = query({"view", "cart"});
        QCOMPARE(counts(table, q), (QList<qint64>{2, 2}));
        q.order = FunnelQuery::Order::Strict;
        QCOMPARE(counts(table, q), (QList<qint64>{2, 1}));
    }

    void anyOrderAfterTheStart()
    {
        const EventTable table = EventTable::fromRows({
            row("a", 0, "view"), row("a", 1, "checkout"), row("a", 2, "cart"),
        });
        FunnelQuery q = query({"view", "cart", "checkout"});
        QCOMPARE(counts(table, q), (QList<qint64>{1, 1, 0}));
        q.order = FunnelQuery::Order::Any;
        QCOMPARE(counts(table, q), (QList<qint64>{1, 1, 1}));
    }

    void anyOrderNeedsDistinctEvents()
    {
        const EventTable table = EventTable::fromRows({row("a", 0, "view"), row("a", 1, "cart")});
        FunnelQuery q = query({"view", "cart", "cart"});
        q.order = FunnelQuery::Order::Any;
        QCOMPARE(counts(table, q), (QList<qint64>{1, 1, 0}));
    }

    void anExclusionBetweenStepsStopsTheChain()
    {
        const EventTable table = EventTable::fromRows({
            row("a", 0, "cart"), row("a", 1, "remove"), row("a", 2, "buy"),
            row("b", 0, "cart"), row("b", 2, "buy"), row("b", 3, "remove"),
        });
        FunnelQuery q = query({"cart", "buy"});
        q.exclusions.append({QStringLiteral("remove"), 1});
        QCOMPARE(counts(table, q), (QList<qint64>{2, 1}));
    }

    void sessionsKeepAChainInOneSession()
    {
        const EventTable table = EventTable::fromRows({
            row("a", 0, "view", "s1"), row("a", 1, "buy", "s2"),
            row("a", 2, "view", "s3"), row("a", 3, "buy", "s3"),
        });
        FunnelQuery q = query({"view", "buy"});
        QCOMPARE(counts(table, q), (QList<qint64>{1, 1}));
        q.count = FunnelQuery::Count::Sessions;
        QCOMPARE(counts(table, q), (QList<qint64>{2, 1})); // s1 and s3 start; s3 converts
        q.count = FunnelQuery::Count::Totals;
        QCOMPARE(counts(table, q), (QList<qint64>{2, 2})); // both views reach a buy
    }

    void breakdownUsesTheBestChainsStart()
    {
        const QHash<QString, QString> mobile{{QStringLiteral("device"), QStringLiteral("mobile")}};
        const QHash<QString, QString> desktop{{QStringLiteral("device"), QStringLiteral("desktop")}};
        const EventTable table = EventTable::fromRows({
            // The mobile view does not convert in time; the later desktop one does.
            row("a", 0, "view", "", mobile), row("a", 60 * minute, "view", "", desktop),
            row("a", 61 * minute, "buy", "", mobile),
            row("b", 0, "view", "", mobile),
        });
        FunnelQuery q = query({"view", "buy"});
        q.breakdown = QStringLiteral("device");
        const FunnelResult result = FunnelEngine::run(table, q);
        QCOMPARE(result.segments.size(), 2);
        for (const FunnelSegment &segment : result.segments) {
            if (segment.value == QLatin1String("desktop"))
                QCOMPARE(counts(segment.steps), (QList<qint64>{1, 1}));
            else
                QCOMPARE(counts(segment.steps), (QList<qint64>{1, 0}));
            QVERIFY(segment.tooFew);
        }
    }

    void newVersusReturning()
    {
        // "new": the funnel starts in the person's first session; "returning": they had a
        // session before. Sessions by id, or without one by a pause of over 30 minutes.
        const EventTable table = EventTable::fromRows({
            row("back", 0, "search", "s1"), row("back", 10, "view", "s2"), row("back", 11, "buy", "s2"),
            row("first", 10, "page", "s9"), row("first", 20, "view", "s9"),
            row("nosession", 0, "page"), row("nosession", 29 * minute, "view"),
            row("later", 0, "page"), row("later", 31 * minute, "view"), row("later", 32 * minute, "buy"),
        });
        FunnelQuery q = query({"view", "buy"});
        q.breakdown = FunnelQuery::newVsReturning();
        const FunnelResult result = FunnelEngine::run(table, q);
        QCOMPARE(result.segments.size(), 2);
        QCOMPARE(result.segments[0].value, QStringLiteral("new"));
        QCOMPARE(result.segments[1].value, QStringLiteral("returning"));
        QCOMPARE(counts(result.segments[0].steps), (QList<qint64>{2, 0})); // first, nosession
        QCOMPARE(counts(result.segments[1].steps), (QList<qint64>{2, 2})); // back, later
        // Before the date range counts too: the first session is over all the data.
        q.fromMs = 10;
        QCOMPARE(FunnelEngine::run(table, q).segments[1].steps[0].count, 2);
    }

    void dateRangeAppliesToStepOne()
    {
        const EventTable table = EventTable::fromRows({
            row("early", 100, "view"), row("early", 200, "buy"),
            row("inside", 1000, "view"), row("inside", 5000, "buy"),
        });
        FunnelQuery q = query({"view", "buy"});
        q.fromMs = 500;
        q.toMs = 2000; // the buy after the range still counts
        QCOMPARE(counts(table, q), (QList<qint64>{1, 1}));
    }

    void filtersOnStepsAndEverything()
    {
        const EventTable table = EventTable::fromRows({
            row("a", 0, "view", "", {{QStringLiteral("device"), QStringLiteral("mobile")}, {QStringLiteral("price"), QStringLiteral("25")}}),
            row("a", 1, "buy", "", {{QStringLiteral("device"), QStringLiteral("mobile")}}),
            row("b", 0, "view", "", {{QStringLiteral("device"), QStringLiteral("desktop")}, {QStringLiteral("price"), QStringLiteral("9")}}),
            row("b", 1, "buy", "", {{QStringLiteral("device"), QStringLiteral("desktop")}}),
        });
        FunnelQuery q = query({"view", "buy"});
        q.steps[0].filters.append(*Condition::parse(QStringLiteral("price>=10")));
        QCOMPARE(counts(table, q), (QList<qint64>{1, 1}));
        q.steps[0].filters.clear();
        q.where.append(*Condition::parse(QStringLiteral("device != mobile")));
        QCOMPARE(counts(table, q), (QList<qint64>{1, 1}));
    }

    void figuresAndDroppedUsers()
    {
        const EventTable table = EventTable::fromRows({
            row("a", 0, "view"), row("a", 2000, "buy"),
            row("b", 0, "view"),
            row("c", 0, "view"), row("c", 4000, "buy"),
        });
        const FunnelResult result = FunnelEngine::run(table, query({"view", "buy"}));
        QCOMPARE(result.steps[1].count, 2);
        QCOMPARE(result.steps[1].dropOff, 1);
        QCOMPARE(result.steps[1].conversion, 2.0 / 3.0);
        QCOMPARE(result.steps[1].medianFromStart, 3.0);
        QVERIFY(result.steps[1].intervalLow < 2.0 / 3.0 && result.steps[1].intervalHigh > 2.0 / 3.0);
        QCOMPARE(result.dropped.size(), 1);
        QCOMPARE(result.personOf(0), QStringLiteral("b"));
        QCOMPARE(result.dropped.first().lastStep, 1);
        qint64 binned = 0;
        for (const FunnelResult::Bin &bin : result.histogram)
            binned += bin.count;
        QCOMPARE(binned, 2);
        QCOMPARE(result.trend.size(), 1);
        // 1 January 1970 was a Thursday: its week starts on Monday 29 December 1969.
        QCOMPARE(result.trend.first().weekStartMs,
                 QDateTime(QDate(1969, 12, 29), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch());
        QCOMPARE(result.trend.first().entered, 3);
        QCOMPARE(result.trend.first().converted, 2);
    }

    void statistics()
    {
        // Wilson interval for 8 of 10 (published value: 0.4902 to 0.9433).
        const Statistics::Interval interval = Statistics::wilson(8, 10);
        QVERIFY(qAbs(interval.low - 0.4902) < 1e-3 && qAbs(interval.high - 0.9433) < 1e-3);
        // 60/100 against 40/100: z = 2.83, p = 0.0047.
        QVERIFY(qAbs(Statistics::twoProportionPValue(60, 100, 40, 100) - 0.00468) < 1e-4);
        QCOMPARE(Statistics::twoProportionPValue(5, 10, 5, 10), 1.0);

        // Several percentiles at once (selection) equal one at a time (a sort), on random
        // data with ties, of every size from empty to a few thousand.
        for (int seed = 1; seed <= 300; ++seed) {
            QRandomGenerator random{quint32(seed)};
            std::vector<double> values(random.bounded(seed < 20 ? 3 : 3000));
            for (double &value : values)
                value = double(random.bounded(50)) / 4.0;
            std::vector<double> sorted = values;
            const std::vector<double> ps = {0.0, 0.25, 0.5, 0.75, 0.9, 1.0};
            const std::vector<double> got = Statistics::percentiles(values, ps);
            for (size_t i = 0; i < ps.size(); ++i) {
                const double want = Statistics::percentile(sorted, ps[i]);
                QVERIFY2((std::isnan(got[i]) && std::isnan(want)) || qAbs(got[i] - want) < 1e-12,
                         QByteArray::number(seed).constData());
            }
        }
    }

    // Big tables are split across cores (by rows for the step masks, by users for the
    // chains); the answer must be the reference's, dropped users and medians included.
    void largeTablesSplitAcrossCores()
    {
        QRandomGenerator random{7};
        std::vector<EventTable::Row> rows;
        const char *events[] = {"a", "b", "c"};
        for (int u = 0; u < 30000; ++u) {
            for (int i = 0; i < 5; ++i) {
                rows.push_back({QStringLiteral("u%1").arg(u), qint64(random.bounded(100)),
                                QString::fromLatin1(events[random.bounded(3)]),
                                QStringLiteral("s%1").arg(random.bounded(2)), {}});
            }
        }
        const EventTable table = EventTable::fromRows(rows);
        QVERIFY(table.size() >= 100'000); // above the threshold for splitting
        for (const FunnelQuery::Count count : {FunnelQuery::Count::Users, FunnelQuery::Count::Sessions, FunnelQuery::Count::Totals}) {
            FunnelQuery q;
            q.steps = {{QStringLiteral("a"), {}}, {QStringLiteral("b"), {}}, {QStringLiteral("c"), {}}};
            q.windowMs = 40;
            q.count = count;
            const FunnelResult result = FunnelEngine::run(table, q);
            const ReferenceResult expected = reference(table, q);
            QCOMPARE(counts(result), expected.counts);
            QCOMPARE(qint64(result.dropped.size()), expected.dropped);
            for (int k = 1; k < 3; ++k)
                QCOMPARE(result.steps[k].medianFromStart, expected.medianFromStart[k]);
        }
    }

    void matchesTheReferenceOnRandomTables()
    {
        const char *events[] = {"a", "b", "c", "d"};
        const char *devices[] = {"", "mobile", "desktop"};
        for (int seed = 1; seed <= 600; ++seed) {
            QRandomGenerator random{quint32(seed)};
            std::vector<EventTable::Row> rows;
            const int users = 1 + int(random.bounded(12));
            for (int u = 0; u < users; ++u) {
                const int n = int(random.bounded(11));
                for (int i = 0; i < n; ++i) {
                    QHash<QString, QString> properties;
                    if (const char *device = devices[random.bounded(3)]; *device)
                        properties.insert(QStringLiteral("device"), QString::fromLatin1(device));
                    rows.push_back({QStringLiteral("u%1").arg(u), qint64(random.bounded(40)),
                                    QString::fromLatin1(events[random.bounded(4)]),
                                    QStringLiteral("s%1").arg(random.bounded(3)), properties});
                }
            }
            if (rows.empty())
                continue;
            const EventTable table = EventTable::fromRows(rows);
            FunnelQuery q;
            const int steps = 2 + int(random.bounded(3));
            for (int k = 0; k < steps; ++k)
                q.steps.append({QString::fromLatin1(events[random.bounded(4)]), {}});
            bool known = true;
            for (const FunnelQuery::Step &step : q.steps)
                known = known && table.typeCode(step.event) >= 0;
            if (!known)
                continue;
            q.windowMs = qint64(1 + random.bounded(30));
            q.order = FunnelQuery::Order(random.bounded(3));
            q.count = FunnelQuery::Count(random.bounded(3));
            if (random.bounded(3) == 0)
                q.where.append(*Condition::parse(QStringLiteral("device != desktop")));
            if (random.bounded(3) == 0)
                q.steps[1].filters.append(*Condition::parse(QStringLiteral("device = mobile")));
            if (random.bounded(4) == 0) {
                q.fromMs = qint64(random.bounded(20));
                q.toMs = *q.fromMs + qint64(random.bounded(25));
            }
            if (q.order == FunnelQuery::Order::Ordered && random.bounded(3) == 0)
                q.exclusions.append({QString::fromLatin1(events[random.bounded(4)]), 1 + int(random.bounded(steps - 1))});
            if (random.bounded(2) == 0) {
                q.breakdown = QStringLiteral("device");
                q.topN = 10;
            }

            const FunnelResult result = FunnelEngine::run(table, q);
            const ReferenceResult expected = reference(table, q);
            const QByteArray context = QByteArray("seed ") + QByteArray::number(seed);
            QVERIFY2(counts(result) == expected.counts, context.constData());
            QVERIFY2(qint64(result.dropped.size()) == expected.dropped, context.constData());
            if (q.order != FunnelQuery::Order::Any) {
                for (int k = 1; k < steps; ++k) {
                    const double got = result.steps[k].medianFromStart;
                    const double want = expected.medianFromStart[k];
                    QVERIFY2((std::isnan(got) && std::isnan(want)) || got == want, context.constData());
                }
            }
            if (!q.breakdown.isEmpty()) {
                QCOMPARE(qsizetype(result.segments.size()), qsizetype(expected.segments.size()));
                for (const FunnelSegment &segment : result.segments)
                    QVERIFY2(counts(segment.steps) == expected.segments.at(segment.value), context.constData());
            }
        }
    }

    void newVersusReturningAndTotalsOnRandomTables()
    {
        const char *events[] = {"a", "b", "c"};
        for (int seed = 1; seed <= 400; ++seed) {
            QRandomGenerator random{quint32(seed) * 7919};
            std::vector<EventTable::Row> rows;
            const int users = 1 + int(random.bounded(10));
            const bool sessions = random.bounded(2) == 0;
            for (int u = 0; u < users; ++u) {
                const int n = 1 + int(random.bounded(9));
                for (int i = 0; i < n; ++i) {
                    // Times over hours, so pauses of more than 30 minutes happen; ties too.
                    rows.push_back({QStringLiteral("u%1").arg(u), qint64(random.bounded(12)) * 10 * minute,
                                    QString::fromLatin1(events[random.bounded(3)]),
                                    sessions ? QStringLiteral("s%1").arg(random.bounded(3)) : QString(), {}});
                }
            }
            const EventTable table = EventTable::fromRows(rows);
            FunnelQuery q;
            const int steps = 2 + int(random.bounded(2));
            for (int k = 0; k < steps; ++k)
                q.steps.append({QString::fromLatin1(events[random.bounded(3)]), {}});
            bool known = true;
            for (const FunnelQuery::Step &step : q.steps)
                known = known && table.typeCode(step.event) >= 0;
            if (!known)
                continue;
            q.windowMs = qint64(1 + random.bounded(6)) * 10 * minute;
            q.order = FunnelQuery::Order(random.bounded(3));
            q.count = FunnelQuery::Count(random.bounded(3));
            q.breakdown = FunnelQuery::newVsReturning();
            const FunnelResult result = FunnelEngine::run(table, q);
            const ReferenceResult expected = reference(table, q);
            const QByteArray context = QByteArray("seed ") + QByteArray::number(seed);
            QVERIFY2(counts(result) == expected.counts, context.constData());
            QCOMPARE(qsizetype(result.segments.size()), qsizetype(expected.segments.size()));
            for (int k = 0; k < steps; ++k) {
                // New and returning add up to everybody, at every step.
                qint64 sum = 0;
                for (const FunnelSegment &segment : result.segments)
                    sum += segment.steps[k].count;
                QVERIFY2(sum == result.steps[k].count, context.constData());
            }
            for (const FunnelSegment &segment : result.segments)
                QVERIFY2(counts(segment.steps) == expected.segments.at(segment.value), context.constData());
            if (q.count == FunnelQuery::Count::Totals) {
                // No step's total exceeds the number of its events.
                for (int k = 0; k < steps; ++k) {
                    const qint32 type = table.typeCode(q.steps[k].event);
                    qint64 eventsOfStep = 0;
                    for (size_t r = 0; r < table.size(); ++r)
                        eventsOfStep += table.type(r) == type ? 1 : 0;
                    QVERIFY2(result.steps[k].count <= eventsOfStep, context.constData());
                }
            }
        }
    }

    // Holding properties constant, windows per step and attribution, on random tables with
    // ties, against the reference that tries every chain.
    void holdStepWindowsAndAttributionOnRandomTables()
    {
        const char *events[] = {"a", "b", "c", "d"};
        const char *products[] = {"", "p1", "p2", "p3"};
        const char *devices[] = {"", "mobile", "desktop"};
        int held = 0;
        int windowed = 0;
        for (int seed = 1; seed <= 700; ++seed) {
            QRandomGenerator random{quint32(seed) * 104729};
            std::vector<EventTable::Row> rows;
            const int users = 1 + int(random.bounded(10));
            for (int u = 0; u < users; ++u) {
                const int n = int(random.bounded(12));
                for (int i = 0; i < n; ++i) {
                    QHash<QString, QString> properties;
                    if (const char *product = products[random.bounded(4)]; *product)
                        properties.insert(QStringLiteral("product_id"), QString::fromLatin1(product));
                    if (const char *device = devices[random.bounded(3)]; *device)
                        properties.insert(QStringLiteral("device"), QString::fromLatin1(device));
                    rows.push_back({QStringLiteral("u%1").arg(u), qint64(random.bounded(40)) * minute,
                                    QString::fromLatin1(events[random.bounded(4)]),
                                    QStringLiteral("s%1").arg(random.bounded(3)), properties});
                }
            }
            if (rows.empty())
                continue;
            const EventTable table = EventTable::fromRows(rows);
            FunnelQuery q;
            const int steps = 2 + int(random.bounded(3));
            for (int k = 0; k < steps; ++k)
                q.steps.append({QString::fromLatin1(events[random.bounded(4)]), {}});
            bool known = true;
            for (const FunnelQuery::Step &step : q.steps)
                known = known && table.typeCode(step.event) >= 0;
            if (!known || !table.hasColumn(QStringLiteral("product_id")) || !table.hasColumn(QStringLiteral("device")))
                continue;
            q.windowMs = qint64(1 + random.bounded(35)) * minute;
            q.order = FunnelQuery::Order(random.bounded(3));
            q.count = FunnelQuery::Count(random.bounded(3));
            switch (random.bounded(3)) {
            case 0:
                q.hold = {QStringLiteral("product_id")};
                break;
            case 1:
                q.hold = {QStringLiteral("product_id"), QStringLiteral("device")};
                break;
            default:
                break;
            }
            if (q.order != FunnelQuery::Order::Any) {
                for (int k = 1; k < steps; ++k) {
                    if (random.bounded(2) == 0)
                        q.steps[k].windowMs = qint64(1 + random.bounded(12)) * minute;
                }
            }
            if (q.order == FunnelQuery::Order::Ordered && random.bounded(3) == 0) {
                const QString excluded = QString::fromLatin1(events[random.bounded(4)]);
                if (table.typeCode(excluded) >= 0)
                    q.exclusions.append({excluded, 1 + int(random.bounded(steps - 1))});
            }
            if (random.bounded(4) == 0) {
                q.fromMs = qint64(random.bounded(20)) * minute;
                q.toMs = *q.fromMs + qint64(random.bounded(25)) * minute;
            }
            if (random.bounded(3) != 0) {
                q.breakdown = random.bounded(2) ? QStringLiteral("device") : QStringLiteral("product_id");
                q.topN = 10;
            }
            if (!q.breakdown.isEmpty() && q.order != FunnelQuery::Order::Any) {
                const QString attributions[] = {QStringLiteral("step1"), QStringLiteral("first-touch"),
                                                QStringLiteral("last-touch"), QStringLiteral("step:%1").arg(1 + random.bounded(steps))};
                QVERIFY(q.setAttribution(attributions[random.bounded(4)]));
            }
            QVERIFY2(FunnelEngine::validate(table, q).isEmpty(), qPrintable(FunnelEngine::validate(table, q)));
            held += q.hold.isEmpty() ? 0 : 1;
            windowed += q.hasStepWindows() ? 1 : 0;

            const FunnelResult result = FunnelEngine::run(table, q);
            const ReferenceResult expected = reference(table, q);
            const QByteArray context = QByteArray("seed ") + QByteArray::number(seed);
            QVERIFY2(counts(result) == expected.counts, context.constData());
            QVERIFY2(qint64(result.dropped.size()) == expected.dropped, context.constData());
            if (q.order != FunnelQuery::Order::Any) {
                for (int k = 1; k < steps; ++k) {
                    const double got = result.steps[k].medianFromStart;
                    const double want = expected.medianFromStart[k];
                    QVERIFY2((std::isnan(got) && std::isnan(want)) || got == want, context.constData());
                }
            }
            if (!q.breakdown.isEmpty()) {
                QVERIFY2(qsizetype(result.segments.size()) == qsizetype(expected.segments.size()), context.constData());
                for (const FunnelSegment &segment : result.segments)
                    QVERIFY2(counts(segment.steps) == expected.segments.at(segment.value), context.constData());
            }
        }
        QVERIFY(held > 150);
        QVERIFY(windowed > 150);
    }

    // A window per step needs a search: the earliest step 2 is too early for step 3.
    void aLaterStepTwoCanMeetStepThreesWindow()
    {
        const EventTable table = EventTable::fromRows({row("u", 0, "a"), row("u", 1 * minute, "b"),
                                                       row("u", 6 * minute, "b"), row("u", 8 * minute, "c")});
        FunnelQuery q = query({"a", "b", "c"}, 60 * minute);
        q.steps[2].windowMs = 5 * minute;
        QCOMPARE(counts(table, q), (QList<qint64>{1, 1, 1}));
        const FunnelResult result = FunnelEngine::run(table, q);
        QCOMPARE(result.steps[2].medianFromPrevious, 120.0); // from the later b
        q.steps[1].windowMs = 5 * minute; // now the later b is too late for a
        QCOMPARE(counts(table, q), (QList<qint64>{1, 1, 0}));
    }

    // Holding the product: viewing shoes and buying socks is no shoe conversion.
    void holdingTheProductConstant()
    {
        const auto product = [](const char *id) { return QHash<QString, QString>{{QStringLiteral("product_id"), QString::fromLatin1(id)}}; };
        const EventTable table = EventTable::fromRows({
            row("u1", 0, "view", "", product("shoes")), row("u1", minute, "buy", "", product("socks")),
            row("u2", 0, "view", "", product("shoes")), row("u2", minute, "view", "", product("socks")),
            row("u2", 2 * minute, "buy", "", product("socks")),
            row("u3", 0, "view"), row("u3", minute, "buy", "", product("hat")),
        });
        FunnelQuery q = query({"view", "buy"});
        QCOMPARE(counts(table, q), (QList<qint64>{3, 3}));
        q.hold = {QStringLiteral("product_id")};
        // u1 bought another product; u2's socks chain converts; u3's view has no product.
        QCOMPARE(counts(table, q), (QList<qint64>{2, 1}));
        q.breakdown = QStringLiteral("product_id");
        const FunnelResult result = FunnelEngine::run(table, q);
        QCOMPARE(result.segments.size(), 2); // shoes (u1, who did not convert) and socks (u2)
        for (const FunnelSegment &segment : result.segments)
            QCOMPARE(segment.steps.last().count, segment.value == QLatin1String("socks") ? 1 : 0);
    }

    // Numbers in bins for the breakdown: by edges (below, between, above) and by quartiles.
    void binnedBreakdown()
    {
        std::vector<EventTable::Row> rows;
        const char *prices[] = {"5", "15", "25", "35", "45", "60", "80", "abc"};
        for (int u = 0; u < 8; ++u) {
            const QString user = QStringLiteral("u%1").arg(u);
            rows.push_back({user, 0, QStringLiteral("view"), QString(), {{QStringLiteral("price"), QString::fromLatin1(prices[u])}}});
            if (u % 2 == 0)
                rows.push_back({user, minute, QStringLiteral("buy"), QString(), {}});
        }
        const EventTable table = EventTable::fromRows(rows);
        FunnelQuery q = query({"view", "buy"});
        q.breakdown = QStringLiteral("price");
        q.bins = {*FunnelQuery::parseBins(QStringLiteral("price=10,30,50"))};
        QMap<QString, QList<qint64>> got;
        QStringList order;
        for (const FunnelSegment &segment : FunnelEngine::run(table, q).segments) {
            got.insert(segment.value, counts(segment.steps));
            order.append(segment.value);
        }
        // 5 | 15 25 | 35 45 | 60 80 | abc; the even users bought.
        QCOMPARE(order, (QStringList{QStringLiteral("< 10"), QStringLiteral("10–30"), QStringLiteral("30–50"), QStringLiteral("≥ 50"), QStringLiteral("(none)")}));
        QCOMPARE(got.value(QStringLiteral("< 10")), (QList<qint64>{1, 1}));
        QCOMPARE(got.value(QStringLiteral("10–30")), (QList<qint64>{2, 1}));
        QCOMPARE(got.value(QStringLiteral("30–50")), (QList<qint64>{2, 1}));
        QCOMPARE(got.value(QStringLiteral("≥ 50")), (QList<qint64>{2, 1}));
        QCOMPARE(got.value(QStringLiteral("(none)")), (QList<qint64>{1, 0}));
        // Quartiles of 5, 15, 25, 35, 45, 60, 80: cut at 20, 35 and 52.5.
        q.bins = {*FunnelQuery::parseBins(QStringLiteral("price=quartiles"))};
        order.clear();
        qint64 everybody = 0;
        for (const FunnelSegment &segment : FunnelEngine::run(table, q).segments) {
            order.append(segment.value);
            everybody += segment.steps.first().count;
        }
        QCOMPARE(order, (QStringList{QStringLiteral("5–20"), QStringLiteral("20–35"), QStringLiteral("35–52.5"), QStringLiteral("52.5–80"), QStringLiteral("(none)")}));
        QCOMPARE(everybody, qint64(8));
        QVERIFY(!FunnelQuery::parseBins(QStringLiteral("price=50,20")));
        QVERIFY(!FunnelQuery::parseBins(QStringLiteral("price=")));
        QCOMPARE(FunnelQuery::fromJson(q.toJson()).toJson(), q.toJson());
    }

    // This period against the last: two runs of the plain funnel, and their difference.
    void comparedPeriodsAreTwoPlainRuns()
    {
        QRandomGenerator random{11};
        std::vector<EventTable::Row> rows;
        const char *events[] = {"a", "b", "c"};
        for (int u = 0; u < 400; ++u) {
            for (int i = 0; i < 6; ++i)
                rows.push_back({QStringLiteral("u%1").arg(u), qint64(random.bounded(20 * 24 * 60)) * minute,
                                QString::fromLatin1(events[random.bounded(3)]), QString(), {}});
        }
        const EventTable table = EventTable::fromRows(rows);
        FunnelQuery q = query({"a", "b", "c"}, 24 * 60 * minute);
        q.setDays(QDate(1970, 1, 11), QDate(1970, 1, 20), "UTC");
        q.compare = FunnelQuery::Compare::Previous;
        QVERIFY(FunnelEngine::validate(table, q).isEmpty());
        const FunnelResult result = FunnelEngine::run(table, q);
        QVERIFY(result.comparison);
        FunnelQuery before = query({"a", "b", "c"}, 24 * 60 * minute);
        before.setDays(QDate(1970, 1, 1), QDate(1970, 1, 10), "UTC");
        FunnelQuery now = before;
        now.setDays(QDate(1970, 1, 11), QDate(1970, 1, 20), "UTC");
        const FunnelResult earlier = FunnelEngine::run(table, before);
        QCOMPARE(counts(result), counts(FunnelEngine::run(table, now)));
        QCOMPARE(counts(result.comparison->steps), counts(earlier));
        QCOMPARE(result.comparison->fromMs, *before.fromMs);
        QCOMPARE(result.comparison->toMs, *before.toMs);
        for (int k = 0; k < 3; ++k)
            QCOMPARE(result.comparison->deltaPoints[k], 100 * (result.steps[k].conversion - earlier.steps[k].conversion));
        QCOMPARE(result.comparison->pValue, Statistics::twoProportionPValue(result.steps[2].count, result.steps[0].count,
                                                                            earlier.steps[2].count, earlier.steps[0].count));
        // Without a period there is nothing to compare with: validate says so.
        FunnelQuery open = query({"a", "b"});
        open.compare = FunnelQuery::Compare::Previous;
        QVERIFY(FunnelEngine::validate(table, open).contains(QStringLiteral("period")));
    }

    void realDataRees46()
    {
        const QString file = QStringLiteral(FUNNELSCOPE_DATASETS "/rees46-multicategory-2019oct-head/2019-Oct_head.csv");
        if (!QFile::exists(file))
            QSKIP("../shared/datasets is not beside this checkout");
        QTemporaryDir dir;
        auto workspace = Workspace::create(dir.filePath(QStringLiteral("rees.funnelscope")));
        const ImportOptions options;
        Importer::run(*workspace, Importer::plan(file, options), options);
        const EventTable table = EventTable::load(workspace->connection());
        QCOMPARE(qint64(table.size()), 17434);
        FunnelQuery q = query({"view", "cart", "purchase"}, 7 * FunnelQuery::day);
        const FunnelResult result = FunnelEngine::run(table, q);
        // The reference, computed independently over the same table.
        QCOMPARE(counts(result), reference(table, q).counts);
        // Of the 4,504 users, those with a view start the funnel.
        QVERIFY(result.steps[0].count > 4000 && result.steps[0].count <= 4504);
        QVERIFY(result.steps[1].count < result.steps[0].count);
        QVERIFY(result.steps[2].count <= result.steps[1].count);
        qInfo("REES46 head, view > cart > purchase (7 days): %lld > %lld > %lld users",
              result.steps[0].count, result.steps[1].count, result.steps[2].count);
    }
};

QTEST_GUILESS_MAIN(tst_FunnelEngine)
#include "tst_funnelengine.moc"
