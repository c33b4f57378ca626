// Friction signals against a slow reference written from DESIGN.md's sentences on random
// tables (sessions by id and by pause, products, prices, purchases later), a hand-made
// session for each signal, the weekly counts, and the demo shop's story.
#include "analysis/eventtable.h"
#include "analysis/frictionengine.h"
#include "analysis/localbackend.h"
#include "demo/demoshop.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <set>

using namespace Funnelscope;

namespace {

constexpr qint64 minute = 60 * 1000;
using Signal = FrictionQuery::Signal;

EventTable::Row row(const QString &user, qint64 ts, const QString &event, const QString &product = QString(),
                    const QString &price = QString(), const QString &session = QString())
{
    QHash<QString, QString> properties;
    if (!product.isEmpty())
        properties.insert(QStringLiteral("product_id"), product);
    if (!price.isEmpty())
        properties.insert(QStringLiteral("price"), price);
    return {user, ts, event, session, properties};
}

EventTable::Row row(const char *user, qint64 ts, const char *event, const char *product = "", const char *price = "")
{
    return row(QString::fromLatin1(user), ts, QString::fromLatin1(event), QString::fromLatin1(product), QString::fromLatin1(price));
}

/** (signal, person, session start, detail) of every hit, straight from the rows. */
std::set<std::tuple<int, QString, qint64, QString>> reference(const std::vector<EventTable::Row> &rows, const FrictionQuery &query)
{
    const auto role = [&query](const QString &event, FrictionQuery::Role r) { return query.roles.value(r).contains(event); };
    std::map<QString, std::vector<const EventTable::Row *>> byUser;
    for (const EventTable::Row &each : rows)
        byUser[each.user].push_back(&each);
    std::set<std::tuple<int, QString, qint64, QString>> hits;
    struct Cart { QString person; qint64 start; double value; bool bought; };
    std::vector<Cart> carts;
    for (auto &[user, list] : byUser) {
        std::stable_sort(list.begin(), list.end(), [](auto *a, auto *b) { return a->ts < b->ts; });
        std::vector<std::vector<const EventTable::Row *>> sessions;
        for (const EventTable::Row *each : list) {
            const EventTable::Row *previous = sessions.empty() ? nullptr : sessions.back().back();
            const bool same = previous
                && (!previous->session.isEmpty() && !each->session.isEmpty() ? previous->session == each->session
                                                                              : each->ts - previous->ts <= query.sessionGapMs);
            if (!same)
                sessions.push_back({});
            sessions.back().push_back(each);
        }
        for (const auto &session : sessions) {
            const qint64 start = session.front()->ts;
            std::map<QString, std::pair<int, int>> products;
            int searches = 0;
            bool viewAfter = false;
            bool purchase = false;
            double value = 0;
            qint64 firstAdd = -1;
            for (const EventTable::Row *each : session) {
                const QString product = each->properties.value(QStringLiteral("product_id"));
                if (role(each->event, FrictionQuery::Role::Search)) {
                    ++searches;
                    viewAfter = false;
                }
                viewAfter = viewAfter || role(each->event, FrictionQuery::Role::ProductView);
                purchase = purchase || role(each->event, FrictionQuery::Role::Purchase);
                if (role(each->event, FrictionQuery::Role::AddToCart)) {
                    if (!product.isEmpty())
                        ++products[product].first;
                    if (firstAdd < 0)
                        firstAdd = each->ts;
                    value += each->properties.value(QStringLiteral("price")).toDouble();
                }
                if (role(each->event, FrictionQuery::Role::RemoveFromCart)) {
                    if (!product.isEmpty())
                        ++products[product].second;
                    value -= each->properties.value(QStringLiteral("price")).toDouble();
                }
            }
            for (const auto &[product, counts] : products) {
                if (counts.first >= query.loopTimes && counts.second >= query.loopTimes) {
                    hits.insert({int(Signal::CartLoop), user, start, QString()});
                    break;
                }
            }
            if (searches >= query.searchTimes && !viewAfter)
                hits.insert({int(Signal::SearchStruggle), user, start, QString::number(searches)});
            if (!purchase) {
                for (const EventTable::Row *each : session) {
                    if (!role(each->event, FrictionQuery::Role::Checkout))
                        continue;
                    const auto at = std::find(list.begin(), list.end(), each);
                    if (at + 1 == list.end() || (*(at + 1))->ts - each->ts >= query.stallMs) {
                        hits.insert({int(Signal::StalledCheckout), user, start, each->event});
                        break;
                    }
                }
            }
            if (firstAdd >= 0 && value > 0) {
                bool bought = false;
                for (const EventTable::Row *each : list)
                    bought = bought || (role(each->event, FrictionQuery::Role::Purchase) && each->ts >= firstAdd);
                carts.push_back({user, start, value, bought});
            }
        }
    }
    if (!carts.empty()) {
        std::vector<double> values;
        for (const Cart &cart : carts)
            values.push_back(cart.value);
        std::sort(values.begin(), values.end(), std::greater<>());
        const size_t top = std::max<size_t>(1, size_t(std::ceil(double(values.size()) * query.topShare)));
        const double from = values[top - 1];
        for (const Cart &cart : carts) {
            if (cart.value >= from && !cart.bought)
                hits.insert({int(Signal::HighValueAbandonment), cart.person, cart.start, QString::number(cart.value, 'f', 2)});
        }
    }
    return hits;
}

std::set<std::tuple<int, QString, qint64, QString>> engineHits(const FrictionResult &result)
{
    std::set<std::tuple<int, QString, qint64, QString>> hits;
    for (qsizetype i = 0; i < result.hits.size(); ++i) {
        const FrictionHit &hit = result.hits[i];
        // The loop's product is the engine's choice among equals: compare the session, not which product.
        hits.insert({int(hit.signal), result.personOf(i), hit.sessionStartMs, hit.signal == Signal::CartLoop ? QString() : hit.detail});
    }
    return hits;
}

} // namespace

class tst_FrictionEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachSignalOnAHandMadeSession()
    {
        const qint64 t = 1'780'000'000'000; // a Monday-ish instant in 2026
        std::vector<EventTable::Row> rows = {
            // loop: the same jacket added and removed three times, then nothing bought
            row("loop", t, "add_to_cart", "jacket", "80"), row("loop", t + minute, "remove_from_cart", "jacket"),
            row("loop", t + 2 * minute, "add_to_cart", "jacket", "80"), row("loop", t + 3 * minute, "remove_from_cart", "jacket"),
            row("loop", t + 4 * minute, "add_to_cart", "jacket", "80"), row("loop", t + 5 * minute, "remove_from_cart", "jacket"),
            // struggle: raincoat, rain jacket, waterproof coat, and no product view after
            row("struggle", t, "search"), row("struggle", t + minute, "product_view", "boots"),
            row("struggle", t + 2 * minute, "search"), row("struggle", t + 3 * minute, "search"),
            // stall: a full cart idle on the shipping step, no purchase
            row("stall", t, "add_to_cart", "coat", "20"), row("stall", t + minute, "begin_checkout"),
            row("stall", t + 2 * minute, "add_shipping_info"), row("stall", t + 20 * minute, "page_view"),
            // fine: checks out quickly and buys
            row("fine", t, "add_to_cart", "hat", "10"), row("fine", t + minute, "begin_checkout"),
            row("fine", t + 2 * minute, "purchase"),
        };
        FrictionQuery query;
        const FrictionResult result = FrictionEngine::run(EventTable::fromRows(rows), query);
        QMap<QString, QStringList> byPerson;
        for (qsizetype i = 0; i < result.hits.size(); ++i)
            byPerson[result.personOf(i)].append(FrictionQuery::signalKey(result.hits[i].signal));
        QCOMPARE(byPerson.value(QStringLiteral("loop")), (QStringList{QStringLiteral("cart_loop"), QStringLiteral("high_value_abandonment")}));
        QCOMPARE(byPerson.value(QStringLiteral("struggle")), QStringList{QStringLiteral("search_struggle")});
        QCOMPARE(byPerson.value(QStringLiteral("stall")), QStringList{QStringLiteral("stalled_checkout")});
        QVERIFY(!byPerson.contains(QStringLiteral("fine")));
        QCOMPARE(result.weeks.size(), 1);
        QCOMPARE(result.weeks.first().sessions[size_t(Signal::CartLoop)], 1);
        QCOMPARE(result.weeks.first().monday.dayOfWeek(), 1);
        QCOMPARE(result.sessions, 4); // one each: the stall's page view 18 minutes later is still its session
    }

    void matchesTheReferenceOnRandomTables()
    {
        QRandomGenerator random(20261130);
        const QStringList events = {QStringLiteral("search"), QStringLiteral("product_view"), QStringLiteral("add_to_cart"),
                                    QStringLiteral("remove_from_cart"), QStringLiteral("begin_checkout"),
                                    QStringLiteral("add_shipping_info"), QStringLiteral("purchase"), QStringLiteral("page_view")};
        const QStringList products = {QStringLiteral("p1"), QStringLiteral("p2"), QStringLiteral("p3")};
        for (int round = 0; round < 50; ++round) {
            std::vector<EventTable::Row> rows;
            const int users = 10 + int(random.bounded(120));
            const bool sessionIds = round % 3 == 0;
            for (int u = 0; u < users; ++u) {
                const QString user = QStringLiteral("u%1").arg(u);
                qint64 ts = 1'780'000'000'000 + qint64(random.bounded(30 * 24 * 60)) * minute;
                int session = 0;
                const int count = 1 + int(random.bounded(25));
                for (int e = 0; e < count; ++e) {
                    ts += minute * (1 + qint64(random.bounded(random.bounded(5) == 0 ? 120 : 8)));
                    if (random.bounded(8) == 0)
                        ++session;
                    const QString event = events[int(random.bounded(int(events.size())))];
                    const QString product = event.contains(QLatin1String("cart")) || event == QLatin1String("product_view")
                        ? products[int(random.bounded(int(products.size())))] : QString();
                    const QString price = event.contains(QLatin1String("cart")) && random.bounded(4) ? QString::number(1 + random.bounded(200)) : QString();
                    rows.push_back(row(user, ts, event, product, price, sessionIds ? QStringLiteral("%1-%2").arg(user).arg(session) : QString()));
                }
            }
            FrictionQuery query;
            query.loopTimes = 1 + int(random.bounded(3));
            query.searchTimes = 1 + int(random.bounded(3));
            query.stallMs = qint64(1 + random.bounded(10)) * minute;
            query.sessionGapMs = qint64(10 + random.bounded(40)) * minute;
            query.topShare = 0.05 + random.bounded(30) / 100.0;
            const EventTable table = EventTable::fromRows(rows);
            const FrictionResult result = FrictionEngine::run(table, query);
            const auto expected = reference(rows, query);
            const auto actual = engineHits(result);
            QVERIFY2(actual == expected, qPrintable(QStringLiteral("round %1: %2 hits against %3").arg(round).arg(actual.size()).arg(expected.size())));
            // The weeks add up to the hits.
            std::array<qint64, FrictionQuery::signalCount> total{};
            for (const FrictionWeek &week : result.weeks) {
                for (int s = 0; s < FrictionQuery::signalCount; ++s)
                    total[size_t(s)] += week.sessions[size_t(s)];
            }
            for (int s = 0; s < FrictionQuery::signalCount; ++s)
                QCOMPARE(total[size_t(s)], qint64(std::count_if(result.hits.begin(), result.hits.end(),
                                                                [s](const FrictionHit &hit) { return int(hit.signal) == s; })));
        }
    }

    // The demo shop has each kind of friction, a few per hundred sessions.
    void theDemoShopsStory()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shop.funnelscope"));
        DemoShop::createWorkspace(path, {3000, 9});
        const FrictionResult result = LocalBackend(path, QString()).run(FrictionQuery());
        QVERIFY(result.missingRoles.isEmpty());
        std::array<qint64, FrictionQuery::signalCount> counts{};
        for (const FrictionHit &hit : result.hits)
            ++counts[size_t(hit.signal)];
        for (int s = 0; s < FrictionQuery::signalCount; ++s) {
            QVERIFY2(counts[size_t(s)] > 0, qPrintable(FrictionQuery::signalKey(Signal(s))));
            QVERIFY2(counts[size_t(s)] < result.sessions / 5, qPrintable(FrictionQuery::signalKey(Signal(s))));
        }
        qInfo("demo (3,000 shoppers, %lld sessions): loops %lld, search struggles %lld, stalled checkouts %lld, high-value abandonments %lld",
              result.sessions, counts[0], counts[1], counts[2], counts[3]);
    }
};

QTEST_GUILESS_MAIN(tst_FrictionEngine)
#include "tst_frictionengine.moc"
