#include "funnelquery.h"

#include "localcalendar.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

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
    for (const Step &step : steps) {
        QJsonObject object{{QStringLiteral("event"), step.event}, {QStringLiteral("filters"), conditions(step.filters)}};
        if (step.windowMs > 0)
            object.insert(QStringLiteral("window_ms"), step.windowMs);
        stepArray.append(object);
    }
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
    // Written only when set, so the queries saved before them read and compare the same.
    if (!hold.isEmpty())
        object.insert(QStringLiteral("hold"), QJsonArray::fromStringList(hold));
    if (!bins.isEmpty()) {
        QJsonObject binned;
        for (const Bins &each : bins) {
            QJsonArray edges;
            for (double edge : each.edges)
                edges.append(edge);
            binned.insert(each.property, each.quartiles ? QJsonValue(QStringLiteral("quartiles")) : QJsonValue(edges));
        }
        object.insert(QStringLiteral("bins"), binned);
    }
    if (attribution != Attribution::Step1)
        object.insert(QStringLiteral("attribution"), attributionText());
    if (compare == Compare::Previous)
        object.insert(QStringLiteral("compare"), QStringLiteral("previous"));
    if (compare == Compare::Range && compareFromMs && compareToMs) {
        object.insert(QStringLiteral("compare"), QStringLiteral("range"));
        object.insert(QStringLiteral("compare_from_ms"), *compareFromMs);
        object.insert(QStringLiteral("compare_to_ms"), *compareToMs);
    }
    if (listDropped)
        object.insert(QStringLiteral("list_dropped"), true);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

FunnelQuery FunnelQuery::fromJson(const QByteArray &json)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    FunnelQuery query;
    for (const QJsonValue &value : object.value(QStringLiteral("steps")).toArray()) {
        const QJsonObject step = value.toObject();
        query.steps.append({step.value(QStringLiteral("event")).toString(),
                            conditions(step.value(QStringLiteral("filters")).toArray()),
                            qMax<qint64>(0, step.value(QStringLiteral("window_ms")).toInteger())});
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
    for (const QJsonValue &value : object.value(QStringLiteral("hold")).toArray())
        query.hold.append(value.toString());
    const QJsonObject binned = object.value(QStringLiteral("bins")).toObject();
    for (auto it = binned.begin(); it != binned.end(); ++it) {
        Bins each{it.key(), {}, it.value().toString() == QLatin1String("quartiles")};
        for (const QJsonValue &edge : it.value().toArray())
            each.edges.append(edge.toDouble());
        query.bins.append(each);
    }
    query.setAttribution(object.value(QStringLiteral("attribution")).toString(QStringLiteral("step1")));
    const QString compare = object.value(QStringLiteral("compare")).toString();
    if (compare == QLatin1String("previous")) {
        query.compare = Compare::Previous;
    } else if (compare == QLatin1String("range")) {
        query.compare = Compare::Range;
        query.compareFromMs = object.value(QStringLiteral("compare_from_ms")).toInteger();
        query.compareToMs = object.value(QStringLiteral("compare_to_ms")).toInteger();
    }
    query.listDropped = object.value(QStringLiteral("list_dropped")).toBool();
    return query;
}

const FunnelQuery::Bins *FunnelQuery::binsOf(const QString &property) const
{
    for (const Bins &each : bins) {
        if (each.property == property)
            return &each;
    }
    return nullptr;
}

std::optional<FunnelQuery::Bins> FunnelQuery::parseBins(const QString &text)
{
    const qsizetype at = text.indexOf(QLatin1Char('='));
    if (at <= 0)
        return std::nullopt;
    Bins bins{text.left(at).trimmed(), {}, false};
    const QString edges = text.mid(at + 1).trimmed();
    if (edges == QLatin1String("quartiles")) {
        bins.quartiles = true;
        return bins;
    }
    for (const QString &part : edges.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const double edge = part.trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(edge) || (!bins.edges.isEmpty() && edge <= bins.edges.last()))
            return std::nullopt;
        bins.edges.append(edge);
    }
    if (bins.edges.isEmpty())
        return std::nullopt;
    return bins;
}

bool FunnelQuery::hasStepWindows() const
{
    return std::any_of(steps.begin() + qMin<qsizetype>(1, steps.size()), steps.end(),
                       [](const Step &step) { return step.windowMs > 0; });
}

std::optional<std::pair<qint64, qint64>> FunnelQuery::comparedPeriod() const
{
    if (compare == Compare::Range && compareFromMs && compareToMs && *compareFromMs < *compareToMs)
        return std::pair{*compareFromMs, *compareToMs};
    if (compare == Compare::Previous && fromMs && toMs && *fromMs < *toMs)
        return std::pair{*fromMs - (*toMs - *fromMs), *fromMs};
    return std::nullopt;
}

FunnelQuery FunnelQuery::comparedQuery() const
{
    FunnelQuery other = *this;
    other.compare = Compare::None;
    other.compareFromMs.reset();
    other.compareToMs.reset();
    other.breakdown.clear();
    if (const auto period = comparedPeriod()) {
        other.fromMs = period->first;
        other.toMs = period->second;
    }
    return other;
}

QString FunnelQuery::attributionText() const
{
    switch (attribution) {
    case Attribution::Step1:
        return QStringLiteral("step1");
    case Attribution::FirstTouch:
        return QStringLiteral("first-touch");
    case Attribution::LastTouch:
        return QStringLiteral("last-touch");
    case Attribution::Step:
        return QStringLiteral("step:%1").arg(attributionStep);
    }
    return QString();
}

bool FunnelQuery::setAttribution(const QString &text)
{
    if (text == QLatin1String("step1")) {
        attribution = Attribution::Step1;
        attributionStep = 1;
    } else if (text == QLatin1String("first-touch")) {
        attribution = Attribution::FirstTouch;
    } else if (text == QLatin1String("last-touch")) {
        attribution = Attribution::LastTouch;
    } else if (text.startsWith(QLatin1String("step:"))) {
        bool ok = false;
        const int step = text.mid(5).toInt(&ok);
        if (!ok || step < 1)
            return false;
        attribution = Attribution::Step;
        attributionStep = step;
    } else {
        return false;
    }
    return true;
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
