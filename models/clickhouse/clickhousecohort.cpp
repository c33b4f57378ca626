#include "clickhousecohort.h"

#include "analysis/cohortengine.h"
#include "clickhouseconnection.h"
#include "tasks/validationerror.h"

#include <bit>


namespace Funnelscope {

QString ClickHouseCohort::sql(const CohortQuery &query, const ClickHouseFunnel::Context &context, const QString &events)
{
    const QString zone = ClickHouseConnection::quote(QString::fromUtf8(query.timezone));
    const QString date = QStringLiteral("toDate(toDateTime(intDiv(ts, 1000), ") + zone + QStringLiteral("))");
    QString period;
    switch (query.period) {
    case LocalCalendar::Period::Day:
        period = QStringLiteral("toInt64(toUInt16(") + date + QStringLiteral("))");
        break;
    case LocalCalendar::Period::Week: // 1970-01-01 was a Thursday: weeks from Monday 1969-12-29
        period = QStringLiteral("intDiv(toInt64(toUInt16(") + date + QStringLiteral(")) + 3, 7)");
        break;
    case LocalCalendar::Period::Month:
        period = QStringLiteral("toInt64(toYear(") + date + QStringLiteral(")) * 12 + toMonth(") + date + QStringLiteral(") - 1");
        break;
    }
    const QString isStart = query.startEvent.isEmpty() ? QStringLiteral("1")
                                                       : QStringLiteral("event = ") + ClickHouseConnection::quote(query.startEvent);
    const QString isReturn = query.returnEvent.isEmpty() ? QStringLiteral("1")
                                                         : QStringLiteral("event = ") + ClickHouseConnection::quote(query.returnEvent);
    const QString value = ClickHouseFunnel::valueSql(query.breakdown);
    const QString periods = QString::number(query.periods);
    const QString offsets = QStringLiteral("arrayMap((e, i) -> if(i >= first AND e.6 = 1, e.8 - ev[first].8, -1), ev, arrayEnumerate(ev))");
    // Revenue: every event's from the start on (a refund's is negative), summed per period
    // offset in the local table's order, and sent as the sums' IEEE bits (exact, where a
    // decimal text would not be); and whether one of them was a refund.
    QString revenue = QStringLiteral("tuple(emptyArrayUInt64(), toUInt8(0))");
    if (query.metric == CohortQuery::Metric::Revenue) {
        revenue = QStringLiteral("arrayMap((amounts, spent) -> tuple(arrayMap(k -> reinterpretAsUInt64(reinterpretAsString("
                                 "arraySum(arrayFilter((a, o) -> o = k AND NOT isNaN(a), amounts, spent)))), range(") + periods
                  + QStringLiteral(")), toUInt8(arrayExists((a, o) -> o >= 0 AND o < ") + periods
                  + QStringLiteral(" AND a < 0, amounts, spent))), [arrayMap(e -> ") + ClickHouseFunnel::numberOfBits(QStringLiteral("e.9"))
                  + QStringLiteral(", ev)], [arrayMap((e, i) -> if(i >= first, e.8 - ev[first].8, -1), ev, arrayEnumerate(ev))])[1]");
    }
    // Bound as lambda parameters, not aliases (see ClickHouseFunnel).
    QString member = QStringLiteral("tuple(ev[first].8, arraySort(arrayDistinct(arrayFilter(o -> o >= 0 AND o < ") + periods
                     + QStringLiteral(", offsets))), arrayReduce('max', offsets), ev[first].7, ") + revenue + QLatin1Char(')');
    member = QStringLiteral("arrayMap(offsets -> ") + member + QStringLiteral(", [") + offsets + QStringLiteral("])[1]");
    member = QStringLiteral("arrayMap(first -> if(first = 0, tuple(toInt64(0), emptyArrayInt64(), toInt64(-2), '', tuple(emptyArrayUInt64(), toUInt8(0))), ")
             + member + QStringLiteral("), [arrayFirstIndex(e -> e.5 = 1, ev)])[1]");
    member = QStringLiteral("arrayMap(ev -> ") + member
             + QStringLiteral(", [arraySort(e -> (e.1, e.2, e.3, e.4), groupArray((ts, import, uid, seq, toUInt8(") + isStart
             + QStringLiteral("), toUInt8(") + isReturn + QStringLiteral("), ") + value + QStringLiteral(", ") + period
             + QStringLiteral(", revenue_bits)))])[1]");
    // The session properties' values come from all of a person's events, joined by person.
    const QString perPerson = QStringLiteral("SELECT person, person_anonymous, ") + member + QStringLiteral(" AS r FROM ") + events
                              + ClickHouseFunnel::personJoin({ClickHouseSessions::joinColumns(context.sessions)}, events)
                              + QStringLiteral(" WHERE ")
                              + ClickHouseFunnel::conditionsSql(query.where, &context.matches).value_or(QStringLiteral("0"))
                              + QStringLiteral(" GROUP BY person, person_anonymous");
    return QStringLiteral("SELECT r.1 AS cohort, r.2 AS returned, r.3 AS last, r.4 AS value, count(), tupleElement(r.5, 1) AS revenue, tupleElement(r.5, 2) AS refund "
                          "FROM (") + perPerson
           + QStringLiteral(") WHERE last > -2 GROUP BY cohort, returned, last, value, revenue, refund "
                            "ORDER BY cohort, returned, last, value, revenue, refund");
}

CohortResult ClickHouseCohort::run(const ClickHouseWorkspace &workspace, const ClickHouseFunnel::Facts &facts,
                                   const CohortQuery &query, const TaskContext &task)
{
    if ((query.metric == CohortQuery::Metric::Revenue || ClickHouseFunnel::comparesNumbers(query.where)
         || ClickHouseFunnel::numberColumns().contains(query.breakdown))
        && !facts.numbers)
        throw workspace.numbersMissing();
    if (const QString problem = CohortEngine::validate(facts.eventNames, query); !problem.isEmpty())
        throw ValidationError(problem);
    const ClickHouseFunnel::Context context = ClickHouseFunnel::prepare(workspace, facts, {query.breakdown}, query.where, task);
    if (facts.eventNames.isEmpty()) // no events: nothing to ask the server
        return CohortEngine::fromMembers(query, {}, std::nullopt);
    const QList<QStringList> rows = workspace.connection().rows(
        sql(query, context), task, workspace.reportSettings());
    CohortEngine::Members members;
    for (const QStringList &row : rows) {
        std::vector<int> returned;
        const QString list = row.value(1).mid(1, row.value(1).size() - 2);
        for (QStringView offset : QStringView(list).split(QLatin1Char(','), Qt::SkipEmptyParts))
            returned.push_back(offset.toInt());
        const qint64 count = row.value(4).toLongLong();
        std::vector<double> revenue;
        const QString bits = row.value(5).mid(1, row.value(5).size() - 2);
        for (QStringView sum : QStringView(bits).split(QLatin1Char(','), Qt::SkipEmptyParts))
            revenue.push_back(std::bit_cast<double>(sum.toULongLong()));
        members.netOfRefunds = members.netOfRefunds || row.value(6) == QLatin1String("1");
        for (qint64 i = 0; i < count; ++i) {
            if (query.metric == CohortQuery::Metric::Revenue)
                members.revenue.push_back(revenue);
            members.cohorts.push_back(row.value(0).toLongLong());
            members.returned.push_back(returned);
            members.lastReturns.push_back(row.value(2).toLongLong());
            if (!query.breakdown.isEmpty())
                members.values.push_back(ClickHouseFunnel::valueText(query.breakdown, row.value(3)));
        }
    }
    return CohortEngine::fromMembers(query, members, facts.lastTs);
}

} // namespace Funnelscope
