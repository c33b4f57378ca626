// Paths against a slow reference written from DESIGN.md's sentences (every person walked
// from their rows, sessions by id or by pause, repeats collapsed, top events per step and
// "(other)"), on random tables forward, backward and after a funnel's drop-off; the sums
// that must add up; a hand-made case; the demo shop's story.
#include "analysis/eventtable.h"
#include "analysis/funnelengine.h"
#include "analysis/localbackend.h"
#include "analysis/pathsengine.h"
#include "demo/demoshop.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace Funnelscope;

namespace {

constexpr qint64 minute = 60 * 1000;

EventTable::Row row(const QString &user, qint64 ts, const QString &event, const QString &session = QString(),
                    QHash<QString, QString> properties = {})
{
    return {user, ts, event, session, properties};
}

EventTable::Row row(const char *user, qint64 ts, const char *event)
{
    return row(QString::fromLatin1(user), ts, QString::fromLatin1(event));
}

struct Expected
{
    qint64 persons = 0;
    QList<QList<QPair<QString, qint64>>> steps;   ///< per step: (node name, persons) in the engine's order
    std::map<std::tuple<int, QString, QString>, qint64> edges; ///< (step, from, to) → persons
};

/** Every person walked from their rows: DESIGN.md's words, nothing shared with the engine. */
Expected reference(const std::vector<EventTable::Row> &rows, const PathsQuery &query,
                   const std::map<QString, qint64> &funnelAnchors = {})
{
    std::map<QString, std::vector<const EventTable::Row *>> byUser;
    for (const EventTable::Row &each : rows)
        byUser[each.user].push_back(&each);
    const auto kept = [&query](const EventTable::Row &each) {
        for (const Condition &condition : query.where) {
            if (!condition.matches(each.properties.value(condition.property)))
                return false;
        }
        return true;
    };
    const auto label = [&query](const EventTable::Row &each) {
        const QString value = query.expand.isEmpty() ? QString() : each.properties.value(query.expand);
        return value.isEmpty() ? each.event : QStringLiteral("%1 · %2").arg(each.event, value);
    };
    const bool backward = query.direction == PathsQuery::Direction::Backward;
    const QString end = PathsEngine::endName(backward);
    std::vector<QStringList> paths;
    for (auto &[user, list] : byUser) {
        std::vector<const EventTable::Row *> mine;
        for (const EventTable::Row *each : list) {
            if (kept(*each))
                mine.push_back(each);
        }
        std::stable_sort(mine.begin(), mine.end(), [](auto *x, auto *y) { return x->ts < y->ts; });
        qsizetype anchor = -1;
        for (qsizetype i = 0; i < qsizetype(mine.size()); ++i) {
            const EventTable::Row &each = *mine[size_t(i)];
            if (query.funnel) {
                const auto found = funnelAnchors.find(user);
                if (found != funnelAnchors.end() && each.ts == found->second && each.event == query.anchorEvent()) {
                    anchor = i;
                    break;
                }
                continue;
            }
            if (each.event != query.event)
                continue;
            bool passes = true;
            for (const Condition &condition : query.eventFilters)
                passes = passes && condition.matches(each.properties.value(condition.property));
            if (!passes || (query.fromMs && each.ts < *query.fromMs) || (query.toMs && each.ts >= *query.toMs))
                continue;
            anchor = i;
            break;
        }
        if (anchor < 0)
            continue;
        QStringList path{label(*mine[size_t(anchor)])};
        qsizetype last = anchor;
        const qsizetype direction = backward ? -1 : 1;
        bool sessionEnded = false;
        for (qsizetype i = anchor + direction; i >= 0 && i < qsizetype(mine.size()) && path.size() <= query.steps; i += direction) {
            const EventTable::Row &a = *mine[size_t(last)];
            const EventTable::Row &b = *mine[size_t(i)];
            const bool same = !a.session.isEmpty() && !b.session.isEmpty() ? a.session == b.session
                                                                             : qAbs(a.ts - b.ts) <= query.sessionGapMs;
            if (!same) {
                sessionEnded = true;
                break;
            }
            last = i;
            if (label(b) != path.last())
                path.append(label(b));
        }
        Q_UNUSED(sessionEnded);
        if (path.size() <= query.steps)
            path.append(end); // the session (or the person's events) ended first
        paths.push_back(path);
    }

    Expected expected;
    expected.persons = qint64(paths.size());
    std::vector<QStringList> nodeNames(paths.size());
    for (int step = 0; step <= query.steps; ++step) {
        std::map<QString, qint64> counts;
        for (const QStringList &path : paths) {
            if (step < path.size())
                ++counts[path[step]];
        }
        std::vector<std::pair<QString, qint64>> events;
        qint64 ends = 0;
        for (const auto &[name, count] : counts) {
            if (name == end)
                ends = count;
            else
                events.emplace_back(name, count);
        }
        std::stable_sort(events.begin(), events.end(), [](auto &x, auto &y) { return x.second > y.second; });
        QList<QPair<QString, qint64>> nodes;
        QSet<QString> top;
        qint64 other = 0;
        for (size_t i = 0; i < events.size(); ++i) {
            if (int(i) < query.top) {
                nodes.append({events[i].first, events[i].second});
                top.insert(events[i].first);
            } else {
                other += events[i].second;
            }
        }
        if (other > 0)
            nodes.append({PathsEngine::otherName(), other});
        if (ends > 0)
            nodes.append({end, ends});
        expected.steps.append(nodes);
        for (size_t p = 0; p < paths.size(); ++p) {
            if (step < paths[p].size())
                nodeNames[p].append(paths[p][step] == end || top.contains(paths[p][step]) ? paths[p][step] : PathsEngine::otherName());
        }
    }
    for (const QStringList &names : nodeNames) {
        for (int step = 1; step < names.size(); ++step)
            ++expected.edges[{step, names[step - 1], names[step]}];
    }
    return expected;
}

/** The engine's answer in the reference's terms, and the sums that must add up. */
void compare(const PathsResult &result, const Expected &expected, const QByteArray &context)
{
    QVERIFY2(result.persons == expected.persons, context.constData());
    QCOMPARE(result.steps.size(), expected.steps.size());
    for (int step = 0; step < result.steps.size(); ++step) {
        QList<QPair<QString, qint64>> nodes;
        for (const PathsNode &node : result.steps[step])
            nodes.append({node.name, node.persons});
        QVERIFY2(nodes == expected.steps[step], (context + " step " + QByteArray::number(step)).constData());
    }
    std::map<std::tuple<int, QString, QString>, qint64> edges;
    for (const PathsEdge &edge : result.edges)
        edges[{edge.step, result.steps[edge.step - 1][edge.from].name, result.steps[edge.step][edge.to].name}] = edge.persons;
    QVERIFY2(edges == expected.edges, context.constData());
    // They add up: a node that is not an end sends all its persons to the next step.
    for (int step = 0; step + 1 < result.steps.size(); ++step) {
        for (int node = 0; node < result.steps[step].size(); ++node) {
            qint64 out = 0;
            for (const PathsEdge &edge : result.edges)
                out += edge.step == step + 1 && edge.from == node ? edge.persons : 0;
            const PathsNode &n = result.steps[step][node];
            QVERIFY2(out == (n.kind == PathsNode::Kind::End ? 0 : n.persons), context.constData());
        }
    }
    // And the persons listed at a node are as many as it counts.
    for (int step = 0; step < result.steps.size(); ++step) {
        for (int node = 0; node < result.steps[step].size(); ++node)
            QCOMPARE(qint64(result.personsAt(step, node).size()), result.steps[step][node].persons);
    }
}

} // namespace

class tst_PathsEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void handMadeJourneys()
    {
        // a: view, view, cart, search (same session), then a new session: the path ends.
        // b: view, search, then nothing. c: no view at all.
        std::vector<EventTable::Row> rows = {
            row("a", 0, "view"), row("a", minute, "view"), row("a", 2 * minute, "cart"),
            row("a", 3 * minute, "search"), row("a", 300 * minute, "purchase"),
            row("b", 0, "view"), row("b", 5 * minute, "search"),
            row("c", 0, "search"),
        };
        PathsQuery query;
        query.event = QStringLiteral("view");
        query.steps = 3;
        const PathsResult result = PathsEngine::run(EventTable::fromRows(rows), query);
        QCOMPARE(result.persons, 2);
        QCOMPARE(result.steps.size(), 4);
        QCOMPARE(result.steps[0].size(), 1);
        QCOMPARE(result.steps[0][0].name, QStringLiteral("view"));
        // Step 1: a's repeated view is collapsed, so a carts; b searches.
        QCOMPARE(result.steps[1].size(), 2);
        QCOMPARE(result.steps[1][0].name, QStringLiteral("cart"));
        QCOMPARE(result.steps[1][1].name, QStringLiteral("search"));
        // Step 2: a searches; b's session ended. Step 3: a's session ended (purchase is hours later).
        QCOMPARE(result.steps[2].size(), 2);
        QCOMPARE(result.steps[2][0].name, QStringLiteral("search"));
        QCOMPARE(result.steps[2][1].name, QStringLiteral("(end)"));
        QCOMPARE(result.steps[3].size(), 1);
        QCOMPARE(result.steps[3][0].name, QStringLiteral("(end)"));
        QCOMPARE(result.personsAt(1, 0), QStringList{QStringLiteral("a")});
    }

    void matchesTheReferenceOnRandomTables()
    {
        QRandomGenerator random(20261130);
        const QStringList events = {QStringLiteral("view"), QStringLiteral("search"), QStringLiteral("cart"),
                                    QStringLiteral("remove"), QStringLiteral("checkout"), QStringLiteral("purchase"),
                                    QStringLiteral("wishlist")};
        const QStringList categories = {QStringLiteral("shoes"), QStringLiteral("bags"), QString()};
        for (int round = 0; round < 60; ++round) {
            std::vector<EventTable::Row> rows;
            const int users = 10 + int(random.bounded(150));
            const bool sessionIds = round % 3 == 0;
            for (int u = 0; u < users; ++u) {
                const QString user = QStringLiteral("u%1").arg(u);
                const int count = 1 + int(random.bounded(20));
                qint64 ts = qint64(random.bounded(1000)) * minute;
                int session = 0;
                for (int e = 0; e < count; ++e) {
                    // Distinct times per person (the order of equal times is the table's, not the test's).
                    ts += minute * (1 + qint64(random.bounded(random.bounded(4) == 0 ? 90 : 20)));
                    if (random.bounded(6) == 0)
                        ++session;
                    // Repeats are common, so collapsing matters.
                    const QString event = e > 0 && random.bounded(4) == 0 ? rows.back().event
                                                                           : events[int(random.bounded(int(events.size())))];
                    QHash<QString, QString> properties{
                        {QStringLiteral("device"), random.bounded(3) == 0 ? QStringLiteral("mobile") : QStringLiteral("desktop")}};
                    const QString category = categories[int(random.bounded(int(categories.size())))];
                    if (!category.isEmpty())
                        properties.insert(QStringLiteral("category"), category);
                    rows.push_back(row(user, ts, event, sessionIds ? QStringLiteral("%1-%2").arg(user).arg(session) : QString(),
                                       properties));
                }
            }
            const EventTable table = EventTable::fromRows(rows);
            PathsQuery query;
            query.event = events[int(random.bounded(3))];
            query.direction = round % 2 ? PathsQuery::Direction::Backward : PathsQuery::Direction::Forward;
            query.steps = 1 + int(random.bounded(6));
            query.top = 1 + int(random.bounded(4));
            query.sessionGapMs = (10 + qint64(random.bounded(40))) * minute;
            if (round % 4 == 1)
                query.where = {*Condition::parse(QStringLiteral("device = desktop"))};
            if (round % 5 == 2)
                query.expand = QStringLiteral("category");
            if (round % 7 == 3)
                query.eventFilters = {*Condition::parse(QStringLiteral("category = shoes"))};
            if (round % 6 == 4)
                query.fromMs = qint64(random.bounded(2000)) * minute;
            std::map<QString, qint64> funnelAnchors;
            if (round % 5 == 0) {
                // Where the drop-offs went: from the step-K event of those who stopped at K.
                FunnelQuery funnel;
                funnel.steps = {{QStringLiteral("view"), {}}, {QStringLiteral("cart"), {}}, {QStringLiteral("checkout"), {}}};
                funnel.windowMs = 2 * 60 * minute;
                query.funnel = funnel;
                query.droppedAfter = 1 + int(random.bounded(2));
                query.fromMs.reset();
                query.eventFilters.clear();
                if (!PathsEngine::validate(table, query).isEmpty())
                    continue;
                FunnelQuery asked = funnel;
                asked.where = query.where;
                query.funnel = asked;
                const FunnelResult dropped = FunnelEngine::run(table, asked);
                for (qsizetype i = 0; i < dropped.dropped.size(); ++i) {
                    if (dropped.dropped[i].lastStep == query.droppedAfter)
                        funnelAnchors[dropped.personOf(i)] = dropped.dropped[i].lastStepMs;
                }
            }
            if (!PathsEngine::validate(table, query).isEmpty())
                continue;
            const PathsResult result = PathsEngine::run(table, query);
            compare(result, reference(rows, query, funnelAnchors), QByteArrayLiteral("round ") + QByteArray::number(round));
            if (QTest::currentTestFailed())
                return;
        }
    }

    // The demo shop: after a cart, people mostly check out or leave; the numbers add up.
    void theDemoShopsStory()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shop.funnelscope"));
        DemoShop::createWorkspace(path, {3000, 9});
        LocalBackend backend(path, QString());
        PathsQuery query;
        query.event = QStringLiteral("add_to_cart");
        const PathsResult result = backend.run(query);
        QVERIFY(result.persons > 500);
        QCOMPARE(result.steps.size(), 6);
        QStringList first;
        for (const PathsNode &node : result.steps[1])
            first.append(node.name);
        QVERIFY2(first.contains(QStringLiteral("begin_checkout")) && first.contains(QStringLiteral("(end)")),
                 qPrintable(first.join(QLatin1String(", "))));
        qint64 sum = 0;
        for (const PathsNode &node : result.steps[1])
            sum += node.persons;
        QCOMPARE(sum, result.persons);
    }
};

QTEST_GUILESS_MAIN(tst_PathsEngine)
#include "tst_pathsengine.moc"
