#include "funnelquery.h"

#include "localcalendar.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Funnelscope {

namespace {

QJsonArray conditions(const QList<Condition> &list)
{
    QJsonArray array;
    for (const Condition &condition : list)
        array.append(condition.toString());
    return array;
}

QList<Condition> conditions(const QJsonArray &array)
{
    QList<Condition> list;
    for (const QJsonValue &value : array) {
        if (const std::optional<Condition> condition = Condition::parse(value.toString()))
            list.append(*condition);
    }
    return list;
}

} // namespace

QByteArray FunnelQuery::toJson() const
{
    QJsonArray stepArray;
    for (const Step &step : steps)
        stepArray.append(QJsonObject{{QStringLiteral("event"), step.event},
                                     {QStringLiteral("filters"), conditions(step.filters)}});
    QJsonArray exclusionArray;
    for (const Exclusion &exclusion : exclusions)
        exclusionArray.append(QJsonObject{{QStringLiteral("event"), exclusion.event},
                                          {QStringLiteral("after"), exclusion.after}});
    QJsonObject object{
        {QStringLiteral("steps"), stepArray},
        {QStringLiteral("window_ms"), windowMs},
        {QStringLiteral("order"), int(order)},
        {QStringLiteral("count"), int(count)},
        {QStringLiteral("where"), conditions(where)},
        {QStringLiteral("exclusions"), exclusionArray},
        {QStringLiteral("breakdown"), breakdown},
        {QStringLiteral("top"), topN},
    };
    if (fromMs)
        object.insert(QStringLiteral("from_ms"), *fromMs);
    if (toMs)
        object.insert(QStringLiteral("to_ms"), *toMs);
    if (fromMs || toMs)
        object.insert(QStringLiteral("timezone"), QString::fromUtf8(timezone));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

FunnelQuery FunnelQuery::fromJson(const QByteArray &json)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    FunnelQuery query;
    for (const QJsonValue &value : object.value(QStringLiteral("steps")).toArray()) {
        const QJsonObject step = value.toObject();
        query.steps.append({step.value(QStringLiteral("event")).toString(),
                            conditions(step.value(QStringLiteral("filters")).toArray())});
    }
    for (const QJsonValue &value : object.value(QStringLiteral("exclusions")).toArray()) {
        const QJsonObject exclusion = value.toObject();
        query.exclusions.append({exclusion.value(QStringLiteral("event")).toString(),
                                 exclusion.value(QStringLiteral("after")).toInt(1)});
    }
    query.windowMs = object.value(QStringLiteral("window_ms")).toInteger(query.windowMs);
    query.order = Order(qBound(0, object.value(QStringLiteral("order")).toInt(), 2));
    query.count = Count(qBound(0, object.value(QStringLiteral("count")).toInt(), 2));
    query.where = conditions(object.value(QStringLiteral("where")).toArray());
    query.breakdown = object.value(QStringLiteral("breakdown")).toString();
    query.topN = object.value(QStringLiteral("top")).toInt(5);
    if (object.contains(QStringLiteral("from_ms")))
        query.fromMs = object.value(QStringLiteral("from_ms")).toInteger();
    if (object.contains(QStringLiteral("to_ms")))
        query.toMs = object.value(QStringLiteral("to_ms")).toInteger();
    query.timezone = object.value(QStringLiteral("timezone")).toString(QStringLiteral("UTC")).toUtf8();
    return query;
}

void FunnelQuery::setDays(QDate first, QDate last, const QByteArray &zone)
{
    LocalCalendar::setDays(*this, first, last, zone);
}

QDate FunnelQuery::firstDay() const
{
    return fromMs ? QDateTime::fromMSecsSinceEpoch(*fromMs, LocalCalendar::zoneNamed(timezone)).date() : QDate();
}

QDate FunnelQuery::lastDay() const
{
    return toMs ? QDateTime::fromMSecsSinceEpoch(*toMs - 1, LocalCalendar::zoneNamed(timezone)).date() : QDate();
}

QStringList FunnelQuery::defaultSteps(const QStringList &events)
{
    QStringList steps;
    for (const char *event : {"product_view", "add_to_cart", "begin_checkout", "purchase"}) {
        if (events.contains(QLatin1String(event)))
            steps.append(QLatin1String(event));
    }
    return steps.size() < 2 ? events.mid(0, 3) : steps;
}

FunnelQuery FunnelQuery::withStepBefore(const QString &event, const QString &target) const
{
    FunnelQuery query = *this;
    const auto at = std::find_if(query.steps.begin(), query.steps.end(), [&target](const Step &step) { return step.event == target; });
    if (at == query.steps.end()) {
        query.steps = {Step{event, {}}, Step{target, {}}};
        query.exclusions.clear(); // they named steps of the funnel that is gone
        return query;
    }
    const bool present = std::any_of(query.steps.begin(), query.steps.end(), [&event](const Step &step) { return step.event == event; });
    if (present || query.steps.size() >= maxSteps)
        return query;
    const int number = int(at - query.steps.begin()) + 1; // the new step's 1-based number
    query.steps.insert(at, Step{event, {}});
    // Exclusions name steps by number: those after a step at or past the new one move on.
    for (Exclusion &exclusion : query.exclusions) {
        if (exclusion.after >= number)
            ++exclusion.after;
    }
    return query;
}

} // namespace Funnelscope
