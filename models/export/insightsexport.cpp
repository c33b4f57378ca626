#include "insightsexport.h"

#include "csvwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace Funnelscope {

namespace {

QJsonValue optional(const std::optional<double> &value)
{
    return value && std::isfinite(*value) ? QJsonValue(*value) : QJsonValue();
}

QString number(double value)
{
    return QString::number(value, 'g', 10);
}

QString number(const std::optional<double> &value)
{
    return value ? number(*value) : QString();
}

} // namespace

QString InsightsExport::evidence(const InsightsResult &result, const InsightsSignal &signal)
{
    const auto percent = [](double value) { return QString::number(100 * value, 'f', 1) + QLatin1Char('%'); };
    const QString p = signal.pAdjusted < 0.001 ? QStringLiteral("< 0.001") : QStringLiteral("= ") + QString::number(signal.pAdjusted, 'f', 3);
    return QStringLiteral("%1 %2 of the %3 persons who did %4 before %5 converted within %6 days, against %7 of the other %8 (lift %9); "
                          "phi %10, %11; Holm-adjusted p %12; %13 persons.")
        .arg(QLatin1String(evidencePrefix), percent(signal.ppv), QString::number(signal.exposed()), signal.label(), result.target)
        .arg(result.withinDays)
        .arg(percent(signal.restConversion), QString::number(signal.table.c + signal.table.d),
             signal.lift ? QString::number(*signal.lift, 'f', 2) : QStringLiteral("undefined"),
             QString::number(signal.phi, 'f', 2), strengthName(signal.strength()), p, QString::number(result.persons));
}

QString InsightsExport::strengthName(InsightsSignal::Strength strength)
{
    switch (strength) {
    case InsightsSignal::Strength::Strong: return QStringLiteral("strong");
    case InsightsSignal::Strength::Moderate: return QStringLiteral("moderate");
    case InsightsSignal::Strength::Weak: return QStringLiteral("weak");
    case InsightsSignal::Strength::None: break;
    }
    return QStringLiteral("not predictive");
}

QByteArray InsightsExport::toJson(const InsightsQuery &query, const InsightsResult &result)
{
    Q_UNUSED(query);
    QJsonArray list;
    for (const InsightsSignal &signal : result.signalList) {
        list.append(QJsonObject{
            {QStringLiteral("event"), signal.event},
            {QStringLiteral("property"), signal.property.isEmpty() ? QJsonValue() : QJsonValue(signal.property)},
            {QStringLiteral("value"), signal.property.isEmpty() ? QJsonValue() : QJsonValue(signal.value)},
            {QStringLiteral("min_times"), signal.minTimes},
            {QStringLiteral("a"), signal.table.a},
            {QStringLiteral("b"), signal.table.b},
            {QStringLiteral("c"), signal.table.c},
            {QStringLiteral("d"), signal.table.d},
            {QStringLiteral("phi"), signal.phi},
            {QStringLiteral("strength"), strengthName(signal.strength())},
            {QStringLiteral("odds_ratio"), signal.oddsRatio},
            {QStringLiteral("odds_ratio_ci"), QJsonArray{signal.oddsRatioInterval.low, signal.oddsRatioInterval.high}},
            {QStringLiteral("ppv"), signal.ppv},
            {QStringLiteral("lift"), optional(signal.lift)},
            {QStringLiteral("sensitivity"), signal.sensitivity},
            {QStringLiteral("specificity"), signal.specificity},
            {QStringLiteral("p_value"), signal.pValue},
            {QStringLiteral("p_adjusted"), signal.pAdjusted},
            {QStringLiteral("significant"), signal.significant()},
            {QStringLiteral("too_few"), signal.tooFew},
            {QStringLiteral("revenue_exposed"), optional(signal.revenueExposed)},
            {QStringLiteral("revenue_not_exposed"), optional(signal.revenueNotExposed)},
            {QStringLiteral("revenue_difference_ci"),
             signal.revenueDifference
                 ? QJsonValue(QJsonArray{signal.revenueDifference->low, signal.revenueDifference->high})
                 : QJsonValue(QJsonValue::Null)},
        });
    }
    const QJsonObject object{
        {QStringLiteral("target"), result.target},
        {QStringLiteral("within_days"), result.withinDays},
        {QStringLiteral("persons"), result.persons},
        {QStringLiteral("converted"), result.converted},
        {QStringLiteral("signals"), list},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

QList<QStringList> InsightsExport::table(const InsightsResult &result)
{
    QList<QStringList> rows{{QStringLiteral("event"), QStringLiteral("property"), QStringLiteral("value"),
                             QStringLiteral("min_times"), QStringLiteral("exposed_converted"),
                             QStringLiteral("exposed_not_converted"), QStringLiteral("converted_not_exposed"),
                             QStringLiteral("neither"), QStringLiteral("phi"), QStringLiteral("strength"),
                             QStringLiteral("odds_ratio"), QStringLiteral("odds_ratio_low"), QStringLiteral("odds_ratio_high"),
                             QStringLiteral("conversion_exposed"), QStringLiteral("conversion_others"), QStringLiteral("lift"),
                             QStringLiteral("sensitivity"), QStringLiteral("specificity"), QStringLiteral("p_value"),
                             QStringLiteral("p_adjusted"), QStringLiteral("too_few"), QStringLiteral("revenue_exposed"),
                             QStringLiteral("revenue_not_exposed"), QStringLiteral("revenue_difference_low"),
                             QStringLiteral("revenue_difference_high")}};
    for (const InsightsSignal &signal : result.signalList) {
        rows.append({signal.event, signal.property, signal.value, QString::number(signal.minTimes),
                     QString::number(signal.table.a), QString::number(signal.table.b), QString::number(signal.table.c),
                     QString::number(signal.table.d), number(signal.phi), strengthName(signal.strength()),
                     number(signal.oddsRatio), number(signal.oddsRatioInterval.low), number(signal.oddsRatioInterval.high),
                     number(signal.ppv), number(signal.restConversion), number(signal.lift), number(signal.sensitivity),
                     number(signal.specificity), number(signal.pValue), number(signal.pAdjusted),
                     signal.tooFew ? QStringLiteral("yes") : QStringLiteral("no"), number(signal.revenueExposed),
                     number(signal.revenueNotExposed),
                     number(signal.revenueDifference ? std::optional(signal.revenueDifference->low) : std::nullopt),
                     number(signal.revenueDifference ? std::optional(signal.revenueDifference->high) : std::nullopt)});
    }
    return rows;
}

} // namespace Funnelscope
