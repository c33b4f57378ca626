#include "clickhousefunnel.h"

#include "analysis/funnelengine.h"
#include "analysis/userkeys.h"
#include "clickhouseconnection.h"
#include "tasks/validationerror.h"

#include <limits>

namespace Funnelscope {

QString ClickHouseFunnel::unsupported(const FunnelQuery &query)
{
    if (query.order == FunnelQuery::Order::Any)
        return tr("steps in any order");
    if (query.count == FunnelQuery::Count::Totals)
        return tr("counting every attempt (totals)");
    if (!query.breakdown.isEmpty())
        return tr("a breakdown");
    if (!query.where.isEmpty())
        return tr("filters (--where)");
    if (!query.exclusions.isEmpty())
        return tr("exclusions");
    if (!query.hold.isEmpty())
        return tr("holding properties constant");
    if (query.hasStepWindows())
        return tr("windows per step");
    for (const FunnelQuery::Step &step : query.steps) {
        if (!step.filters.isEmpty())
            return tr("filters on a step");
    }
    return {};
}

QString ClickHouseFunnel::sql(const FunnelQuery &query, const QString &events)
{
    const int steps = int(query.steps.size());
    const bool strict = query.order == FunnelQuery::Order::Strict;
    const bool sessions = query.count == FunnelQuery::Count::Sessions;
    const qint64 from = query.fromMs.value_or(std::numeric_limits<qint64>::min() / 2);
    const qint64 to = query.toMs.value_or(std::numeric_limits<qint64>::max() / 2);

    // Per event: the lowest step it is (its place among ties), and every step it is, as bits.
    // (Built by concatenation: an event name may hold a % that QString::arg would read.)
    QString rank = QStringLiteral("multiIf(");
    QStringList bits;
    QStringList names;
    for (int k = 0; k < steps; ++k) {
        const QString name = ClickHouseConnection::quote(query.steps[k].event);
        rank += QStringLiteral("event = ") + name + QStringLiteral(", ") + QString::number(k) + QStringLiteral(", ");
        bits.append(QStringLiteral("if(event = ") + name + QStringLiteral(", ") + QString::number(quint32(1) << k)
                    + QStringLiteral(", 0)"));
        names.append(name);
    }
    rank += QStringLiteral("32)");
    const QString mask = QStringLiteral("toUInt32(") + bits.join(QStringLiteral(" + ")) + QLatin1Char(')');
    names.removeDuplicates();

    // The chain from start p: step k's position c_k, 0 once a step is missing. Each step
    // binds the previous one through arrayMap over a one-element array, so it is computed
    // once (ClickHouse 18.16 has no arrayFold).
    const QString limit = QStringLiteral("t[p] + %1").arg(query.windowMs);
    QString chain = QStringLiteral("[");
    for (int k = 0; k < steps; ++k)
        chain += (k ? QStringLiteral(", c") : QStringLiteral("c")) + QString::number(k);
    chain += QLatin1Char(']');
    for (int k = steps - 1; k >= 1; --k) {
        const QString previous = QStringLiteral("c%1").arg(k - 1);
        QString next;
        if (strict) {
            next = QStringLiteral("if(%1 = 0 OR %1 + 1 > length(t), 0, if(bitTest(m[%1 + 1], %2) AND t[%1 + 1] <= %3, %1 + 1, 0))")
                       .arg(previous)
                       .arg(k)
                       .arg(limit);
        } else {
            next = QStringLiteral("if(%1 = 0, 0, arrayFirstIndex((tt, mm, i) -> i > %1 AND tt <= %3 AND bitTest(mm, %2), t, m, "
                                  "arrayEnumerate(t)))")
                       .arg(previous)
                       .arg(k)
                       .arg(limit);
        }
        chain = QStringLiteral("arrayMap(c%1 -> ").arg(k) + chain + QStringLiteral(", [") + next + QStringLiteral("])[1]");
    }
    chain = QStringLiteral("arrayMap(c0 -> ") + chain + QStringLiteral(", [p])[1]");

    const QString unit = sessions ? QStringLiteral("person, person_anonymous, session") : QStringLiteral("person, person_anonymous");
    const QString eventFilter = strict ? QString() : QStringLiteral(" AND event IN (") + names.join(QStringLiteral(", ")) + QLatin1Char(')');
    const qint64 lastUseful = query.toMs ? to - 1 + query.windowMs : to;
    const QString n = QString::number(steps);
    const QString perUnit =
        QStringLiteral("SELECT ") + unit + QStringLiteral(", arraySort(e -> (e.1, e.2), groupArray((ts, ") + rank
        + QStringLiteral(", ") + mask + QStringLiteral("))) AS ev, "
        "arrayMap(e -> e.1, ev) AS t, arrayMap(e -> e.3, ev) AS m, "
        "arrayFilter(i -> bitTest(m[i], 0) AND t[i] >= ") + QString::number(from) + QStringLiteral(" AND t[i] < ")
        + QString::number(to) + QStringLiteral(", arrayEnumerate(t)) AS starts, "
        "arrayMap(p -> ") + chain + QStringLiteral(", starts) AS chains, "
        "arrayMap(c -> arrayCount(x -> x > 0, c), chains) AS levels, "
        "arrayReduce('max', levels) AS level, "
        "chains[indexOf(levels, level)] AS best, "
        "arrayMap(i -> t[i], arrayFilter(i -> i > 0, best)) AS times, "
        "arrayMap(k -> times[k + 2] - times[k + 1], range(toUInt32(greatest(level, 1) - 1))) AS deltas, "
        "toInt64(floor((times[1] + ") + QString::number(3 * FunnelQuery::day) + QStringLiteral(") / ")
        + QString::number(7 * FunnelQuery::day) + QStringLiteral(")) AS week, "
        "if(level < ") + n + QStringLiteral(", person, '') AS who, if(level < ") + n
        + QStringLiteral(", person_anonymous, 0) AS who_anonymous, if(level < ") + n
        + QStringLiteral(", times[level], 0) AS last FROM ") + events + QStringLiteral(" WHERE ts >= ") + QString::number(from)
        + QStringLiteral(" AND ts <= ") + QString::number(lastUseful) + eventFilter + QStringLiteral(" GROUP BY ") + unit;
    return QStringLiteral("SELECT level, week, deltas, who, who_anonymous, last, count() FROM (") + perUnit
        + QStringLiteral(") WHERE level > 0 GROUP BY level, week, deltas, who, who_anonymous, last ORDER BY level, who, last, week");
}

FunnelResult ClickHouseFunnel::run(const ClickHouseWorkspace &workspace, const FunnelQuery &query, const TaskContext &task)
{
    const QString missing = unsupported(query);
    if (!missing.isEmpty())
        throw ValidationError(tr("The ClickHouse workspace %1 cannot compute %2 yet.").arg(workspace.url().toString(), missing));
    if (query.steps.size() < FunnelQuery::minSteps || query.steps.size() > FunnelQuery::maxSteps)
        throw ValidationError(tr("a funnel has %1 to %2 steps, not %3.")
                                  .arg(FunnelQuery::minSteps)
                                  .arg(FunnelQuery::maxSteps)
                                  .arg(query.steps.size()));
    const ClickHouseConnection &server = workspace.connection();
    const QList<QStringList> known = server.rows(QStringLiteral("SELECT DISTINCT event FROM events ORDER BY event"), task);
    QStringList eventNames;
    for (const QStringList &row : known)
        eventNames.append(row.value(0));
    for (const FunnelQuery::Step &step : query.steps) {
        if (!eventNames.contains(step.event))
            throw ValidationError(tr("there is no event “%1” in this workspace (its events: %2).")
                                      .arg(step.event, eventNames.join(QStringLiteral(", "))));
    }
    const qint64 lastTs = server.rows(QStringLiteral("SELECT max(ts) FROM events"), task).value(0).value(0).toLongLong();

    ClickHouseConnection::Settings settings = {{QStringLiteral("max_query_size"), QStringLiteral("1048576")}};
    if (workspace.isCluster())
        settings.insert(QStringLiteral("distributed_group_by_no_merge"), QStringLiteral("1"));
    const QList<QStringList> rows = server.rows(sql(query), task, settings);

    const size_t steps = query.steps.size();
    const qint64 week = 7 * FunnelQuery::day;
    FunnelEngine::Chains chains;
    auto persons = std::make_shared<UserKeys>();
    for (const QStringList &row : rows) {
        const int level = row.value(0).toInt();
        const qint64 weekIndex = row.value(1).toLongLong();
        QList<qint64> deltas;
        const QString list = row.value(2).mid(1, row.value(2).size() - 2);
        for (QStringView value : QStringView(list).split(QLatin1Char(','), Qt::SkipEmptyParts))
            deltas.append(value.toLongLong());
        const bool dropped = level < int(steps);
        const qint64 count = row.value(6).toLongLong();
        // A dropped unit's last step time is exact; a converted unit needs only its week.
        qint64 start = weekIndex * week - 3 * FunnelQuery::day;
        if (dropped) {
            start = row.value(5).toLongLong();
            for (qint64 delta : std::as_const(deltas))
                start -= delta;
        }
        for (qint64 i = 0; i < count; ++i) {
            int person = -1;
            if (dropped) {
                person = int(persons->size());
                persons->append(row.value(3));
            }
            chains.persons.push_back(person);
            chains.levels.push_back(level);
            qint64 at = start;
            chains.times.push_back(at);
            for (size_t k = 1; k < steps; ++k) {
                if (qsizetype(k - 1) < deltas.size())
                    at += deltas[qsizetype(k - 1)];
                chains.times.push_back(at);
            }
        }
    }
    FunnelResult result = FunnelEngine::fromChains(query, chains, lastTs, persons);
    if (query.comparedPeriod())
        FunnelEngine::addComparison(query, run(workspace, query.comparedQuery(), task), result);
    return result;
}

} // namespace Funnelscope
