#include "frictionengine.h"

#include "conditionchecker.h"
#include "eventtable.h"
#include "localcalendar.h"
#include "parallel.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>

namespace Funnelscope {

namespace {

using Role = FrictionQuery::Role;
using Signal = FrictionQuery::Signal;

/** A session with a carted value, for the high-value signal once every value is known. */
struct CartSession
{
    int person = 0;
    qint64 sessionStartMs = 0;
    qint64 firstAddMs = 0;
    double value = 0;
    bool purchasedLater = false;
};

struct Part
{
    std::vector<qint64> sessionStarts;
    std::vector<FrictionHit> hits;
    std::vector<CartSession> carts;
};

class SessionScan
{
public:
    SessionScan(const EventTable &table, const FrictionQuery &query)
        : mTable(table)
        , mQuery(query)
        , mProduct(table.column(QStringLiteral("product_id")))
        , mPrice(table.column(QStringLiteral("price")))
    {
        mRoles.assign(size_t(table.typeNames().size()), 0);
        for (auto it = query.roles.begin(); it != query.roles.end(); ++it) {
            for (const QString &event : it.value()) {
                const qint32 type = table.typeCode(event);
                if (type >= 0)
                    mRoles[size_t(type)] |= quint8(1u << unsigned(it.key()));
            }
        }
        for (const Condition &condition : query.where)
            mWhere.emplace_back(table, condition);
        if (mPrice) {
            for (const QString &value : mPrice->values) {
                bool ok = false;
                const double price = value.toDouble(&ok);
                mPrices.push_back(ok && std::isfinite(price) ? price : 0);
            }
        }
    }

    bool plays(size_t row, Role role) const
    {
        return (mRoles[size_t(mTable.type(row))] >> unsigned(role)) & 1u;
    }

    void scan(int user, Part &part, std::vector<size_t> &rows) const
    {
        rows.clear();
        for (size_t row = mTable.userBegin(user); row < mTable.userEnd(user); ++row) {
            if (mWhere.empty() || ConditionChecker::all(mWhere, row))
                rows.push_back(row);
        }
        // The time of the person's last purchase, for "never reached purchase".
        qint64 lastPurchase = std::numeric_limits<qint64>::min();
        for (const size_t row : rows) {
            if (plays(row, Role::Purchase))
                lastPurchase = mTable.ts(row);
        }
        size_t begin = 0;
        while (begin < rows.size()) {
            size_t end = begin + 1;
            while (end < rows.size() && mTable.sameSession(rows[end - 1], rows[end], mQuery.sessionGapMs))
                ++end;
            session(user, rows, begin, end, lastPurchase, part);
            begin = end;
        }
    }

private:
    void session(int user, const std::vector<size_t> &rows, size_t begin, size_t end, qint64 lastPurchase, Part &part) const
    {
        const qint64 start = mTable.ts(rows[begin]);
        if ((mQuery.fromMs && start < *mQuery.fromMs) || (mQuery.toMs && start >= *mQuery.toMs))
            return;
        part.sessionStarts.push_back(start);
        // Products carted or removed in the session: (product, adds, removes, last time), few per session.
        struct Carted
        {
            qint32 product;
            int adds;
            int removes;
            qint64 last;
        };
        thread_local std::vector<Carted> products;
        products.clear();
        const auto cartedOf = [](std::vector<Carted> &list, qint32 product) -> Carted & {
            for (Carted &each : list) {
                if (each.product == product)
                    return each;
            }
            list.push_back({product, 0, 0, 0});
            return list.back();
        };
        int searches = 0;
        bool viewAfterSearch = false;
        qint64 lastSearch = 0;
        bool purchase = false;
        double value = 0;
        bool carted = false;
        qint64 firstAdd = 0;
        for (size_t i = begin; i < end; ++i) {
            const size_t row = rows[i];
            const qint32 product = mProduct ? mProduct->codes[row] : -1;
            if (plays(row, Role::Search)) {
                ++searches;
                viewAfterSearch = false;
                lastSearch = mTable.ts(row);
            }
            if (plays(row, Role::ProductView))
                viewAfterSearch = true;
            if (plays(row, Role::Purchase))
                purchase = true;
            if (plays(row, Role::AddToCart)) {
                if (product >= 0) {
                    Carted &each = cartedOf(products, product);
                    ++each.adds;
                    each.last = mTable.ts(row);
                }
                if (!carted)
                    firstAdd = mTable.ts(row);
                carted = true;
                if (mPrice && mPrice->codes[row] >= 0)
                    value += mPrices[size_t(mPrice->codes[row])];
            }
            if (plays(row, Role::RemoveFromCart)) {
                if (product >= 0) {
                    Carted &each = cartedOf(products, product);
                    ++each.removes;
                    each.last = mTable.ts(row);
                }
                if (mPrice && mPrice->codes[row] >= 0)
                    value -= mPrices[size_t(mPrice->codes[row])];
            }
        }
        // One loop per session is the signal: the product with the smallest code among those looping.
        const Carted *loop = nullptr;
        for (const Carted &each : products) {
            if (each.adds >= mQuery.loopTimes && each.removes >= mQuery.loopTimes && (!loop || each.product < loop->product))
                loop = &each;
        }
        if (loop)
            part.hits.push_back({Signal::CartLoop, user, start, loop->last, mProduct->values.value(loop->product)});
        if (searches >= mQuery.searchTimes && !viewAfterSearch)
            part.hits.push_back({Signal::SearchStruggle, user, start, lastSearch, QString::number(searches)});
        if (!purchase) {
            for (size_t i = begin; i < end; ++i) {
                const size_t row = rows[i];
                if (!plays(row, Role::Checkout))
                    continue;
                // The person's next event, in this session or not.
                const bool idle = i + 1 >= rows.size() || mTable.ts(rows[i + 1]) - mTable.ts(row) >= mQuery.stallMs;
                if (idle) {
                    part.hits.push_back({Signal::StalledCheckout, user, start, mTable.ts(row), mTable.typeNames().value(mTable.type(row))});
                    break;
                }
            }
        }
        if (carted && value > 0)
            part.carts.push_back({user, start, firstAdd, value, lastPurchase >= firstAdd});
    }

    const EventTable &mTable;
    const FrictionQuery &mQuery;
    const EventTable::TextColumn *mProduct;
    const EventTable::TextColumn *mPrice;
    std::vector<double> mPrices;
    std::vector<quint8> mRoles; ///< per event type, a bit per role it plays
    std::vector<ConditionChecker> mWhere;
};

} // namespace

QString FrictionEngine::validate(const EventTable &table, const FrictionQuery &query)
{
    Q_UNUSED(table);
    if (query.loopTimes < 1 || query.searchTimes < 1)
        return tr("a loop and a struggle need at least one add or search.");
    if (!(query.topShare > 0 && query.topShare <= 1))
        return tr("the high-value share must be above 0 and at most 1.");
    if (query.stallMs < 0 || query.sessionGapMs < FrictionQuery::minute)
        return tr("the stall must not be negative and the session gap at least a minute.");
    return QString();
}

QStringList FrictionEngine::propertiesUsed(const FrictionQuery &query)
{
    QStringList names;
    for (const Condition &condition : query.where)
        EventTable::addSourceProperty(names, condition.property);
    return names;
}

FrictionResult FrictionEngine::run(const EventTable &table, const FrictionQuery &query, const TaskContext &task)
{
    const SessionScan scan(table, query);
    std::vector<Part> parts(Parallel::maxParts);
    const int used = Parallel::forRanges(size_t(table.userCount()), [&](int index, size_t first, size_t last) {
        Part &part = parts[size_t(index)];
        std::vector<size_t> rows;
        for (size_t user = first; user < last; ++user) {
            if ((user & 4095) == 0 && task.isCancelled())
                return;
            scan.scan(int(user), part, rows);
        }
    });
    task.throwIfCancelled();

    FrictionResult result;
    result.persons = table.userKeys();
    for (auto it = query.roles.begin(); it != query.roles.end(); ++it) {
        const bool played = std::any_of(it.value().begin(), it.value().end(),
                                        [&table](const QString &event) { return table.typeCode(event) >= 0; });
        if (!played)
            result.missingRoles.append(FrictionQuery::roleKey(it.key()));
    }
    result.missingRoles.sort();
    std::vector<FrictionHit> hits;
    std::vector<CartSession> carts;
    std::vector<qint64> starts;
    for (int p = 0; p < used; ++p) {
        hits.insert(hits.end(), parts[size_t(p)].hits.begin(), parts[size_t(p)].hits.end());
        carts.insert(carts.end(), parts[size_t(p)].carts.begin(), parts[size_t(p)].carts.end());
        starts.insert(starts.end(), parts[size_t(p)].sessionStarts.begin(), parts[size_t(p)].sessionStarts.end());
    }
    result.sessions = qint64(starts.size());

    // High value: the top share of carted sessions by value (nearest rank), never bought.
    if (!carts.empty()) {
        std::vector<double> values;
        for (const CartSession &cart : carts)
            values.push_back(cart.value);
        std::sort(values.begin(), values.end());
        const size_t top = std::max<size_t>(1, size_t(std::ceil(double(values.size()) * query.topShare)));
        result.highValueFrom = values[values.size() - top];
        for (const CartSession &cart : carts) {
            if (cart.value >= result.highValueFrom && !cart.purchasedLater)
                hits.push_back({Signal::HighValueAbandonment, cart.person, cart.sessionStartMs, cart.firstAddMs,
                                QString::number(cart.value, 'f', 2)});
        }
    }
    std::sort(hits.begin(), hits.end(), [](const FrictionHit &a, const FrictionHit &b) {
        return std::tie(a.signal, a.atMs, a.person) < std::tie(b.signal, b.atMs, b.person);
    });
    result.hits = QList<FrictionHit>(hits.begin(), hits.end());

    // Weeks: every week with a session; sessions and distinct persons per signal.
    const LocalCalendar calendar(LocalCalendar::zoneNamed(query.timezone));
    std::map<qint64, FrictionWeek> weeks;
    std::map<std::pair<qint64, int>, std::set<int>> persons;
    for (const qint64 start : starts) {
        const qint64 week = calendar.period(start, LocalCalendar::Period::Week);
        weeks[week].monday = LocalCalendar::periodStart(week, LocalCalendar::Period::Week);
    }
    for (const FrictionHit &hit : hits) {
        const qint64 week = calendar.period(hit.sessionStartMs, LocalCalendar::Period::Week);
        ++weeks[week].sessions[size_t(hit.signal)];
        persons[{week, int(hit.signal)}].insert(hit.person);
    }
    for (const auto &[key, set] : persons)
        weeks[key.first].persons[size_t(key.second)] = qint64(set.size());
    for (const auto &[week, entry] : weeks)
        result.weeks.append(entry);
    return result;
}

qsizetype FrictionEngine::approximateBytes(const FrictionResult &result)
{
    return 4096 + result.hits.size() * qsizetype(sizeof(FrictionHit) + 32) + result.weeks.size() * qsizetype(sizeof(FrictionWeek));
}

} // namespace Funnelscope
