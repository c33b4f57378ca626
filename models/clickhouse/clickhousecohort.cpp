#include "clickhousecohort.h"

#include "analysis/cohortengine.h"
#include "clickhouseconnection.h"
#include "tasks/validationerror.h"


namespace Funnelscope {

QString ClickHouseCohort::unsupported(const CohortQuery &query)
{
    if (query.metric == CohortQuery::Metric::Revenue)
        return tr("revenue cohorts");
    if (const QString why = ClickHouseFunnel::unsupportedFilter(query.where); !why.isEmpty())
        return why;
    return ClickHouseFunnel::unsupportedBreakdown(query.breakdown);
}

QString ClickHouseCohort::sql(const CohortQuery &query, const QString &events)
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
    const QString value = ClickHouseFunnel::breakdownColumns().contains(query.breakdown) ? query.breakdown : QStringLiteral("''");
    const QString offsets = QStringLiteral("arrayMap((e, i) -> if(i >= first AND e.6 = 1, e.8 - ev[first].8, -1), ev, arrayEnumerate(ev))");
    // Bound as lambda parameters, not aliases (see ClickHouseFunnel).
    QString member = QStringLiteral("tuple(ev[first].8, arraySort(arrayDistinct(arrayFilter(o -> o >= 0 AND o < ")
                     + QString::number(query.periods) + QStringLiteral(", offsets))), arrayReduce('max', offsets), ev[first].7)");
    member = QStringLiteral("arrayMap(offsets -> ") + member + QStringLiteral(", [") + offsets + QStringLiteral("])[1]");
    member = QStringLiteral("arrayMap(first -> if(first = 0, tuple(toInt64(0), emptyArrayInt64(), toInt64(-2), ''), ") + member
             + QStringLiteral("), [arrayFirstIndex(e -> e.5 = 1, ev)])[1]");
    member = QStringLiteral("arrayMap(ev -> ") + member
             + QStringLiteral(", [arraySort(e -> (e.1, e.2, e.3, e.4), groupArray((ts, import, uid, seq, toUInt8(") + isStart
             + QStringLiteral("), toUInt8(") + isReturn + QStringLiteral("), ") + value + QStringLiteral(", ") + period
             + QStringLiteral(")))])[1]");
    const QString perPerson = QStringLiteral("SELECT person, person_anonymous, ") + member + QStringLiteral(" AS r FROM ") + events
                              + QStringLiteral(" WHERE ") + ClickHouseFunnel::conditionsSql(query.where).value_or(QStringLiteral("0"))
                              + QStringLiteral(" GROUP BY person, person_anonymous");
    return QStringLiteral("SELECT r.1 AS cohort, r.2 AS returned, r.3 AS last, r.4 AS value, count() FROM (") + perPerson
           + QStringLiteral(") WHERE last > -2 GROUP BY cohort, returned, last, value ORDER BY cohort, returned, last, value");
}

CohortResult ClickHouseCohort::run(const ClickHouseWorkspace &workspace, const ClickHouseFunnel::Facts &facts,
                                   const CohortQuery &query, const TaskContext &task)
{
    if (const QString missing = unsupported(query); !missing.isEmpty())
        throw workspace.cannotYet(missing);
    if (const QString problem = CohortEngine::validate(facts.eventNames, query); !problem.isEmpty())
        throw ValidationError(problem);
    const QList<QStringList> rows = workspace.connection().rows(sql(query), task, workspace.reportSettings());
    CohortEngine::Members members;
    for (const QStringList &row : rows) {
        std::vector<int> returned;
        const QString list = row.value(1).mid(1, row.value(1).size() - 2);
        for (QStringView offset : QStringView(list).split(QLatin1Char(','), Qt::SkipEmptyParts))
            returned.push_back(offset.toInt());
        const qint64 count = row.value(4).toLongLong();
        for (qint64 i = 0; i < count; ++i) {
            members.cohorts.push_back(row.value(0).toLongLong());
            members.returned.push_back(returned);
            members.lastReturns.push_back(row.value(2).toLongLong());
            if (!query.breakdown.isEmpty())
                members.values.push_back(row.value(3));
        }
    }
    return CohortEngine::fromMembers(query, members, facts.lastTs);
}

} // namespace Funnelscope
