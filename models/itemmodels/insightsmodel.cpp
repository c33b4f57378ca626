#include "insightsmodel.h"

#include "figures.h"

#include <QColor>
#include <QLocale>

namespace Funnelscope {

void InsightsModel::setSignals(const QList<InsightsSignal> &list)
{
    beginResetModel();
    mSignals = list;
    endResetModel();
}

int InsightsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mSignals.size());
}

int InsightsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString InsightsModel::ratioText(double value)
{
    const QLocale locale;
    if (value >= 1e6)
        return tr("%1M").arg(locale.toString(value / 1e6, 'f', 1));
    if (value >= 1e4)
        return tr("%1k").arg(locale.toString(value / 1e3, 'f', 0));
    return locale.toString(value, 'f', value >= 100 ? 0 : value >= 10 ? 1 : 2);
}

QString InsightsModel::strengthText(const InsightsSignal &signal)
{
    if (signal.tooFew)
        return tr("too few");
    switch (signal.strength()) {
    case InsightsSignal::Strength::Strong:
        return tr("strong");
    case InsightsSignal::Strength::Moderate:
        return tr("moderate");
    case InsightsSignal::Strength::Weak:
        return tr("weak");
    case InsightsSignal::Strength::None:
        break;
    }
    return tr("not predictive");
}

QVariant InsightsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= mSignals.size())
        return {};
    const InsightsSignal &signal = mSignals.at(index.row());
    const QLocale locale;
    const auto percent = [&locale](double value) { return locale.toString(100 * value, 'f', 1) + QLatin1String(" %"); };
    const auto money = [&locale](const std::optional<double> &value) {
        return value ? locale.toString(*value, 'f', 2) : QStringLiteral("–");
    };
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Candidate: return signal.label();
        case Exposed: return locale.toString(signal.exposed());
        case ConversionExposed: return percent(signal.ppv);
        case ConversionOthers: return percent(signal.restConversion);
        case Lift: return signal.lift ? tr("%1×").arg(ratioText(*signal.lift)) : QStringLiteral("–");
        case Phi: return locale.toString(signal.phi, 'f', 2);
        case Strength: return strengthText(signal) + (signal.significant() ? QStringLiteral(" ★") : QString());
        case OddsRatio:
            return tr("%1 (%2–%3)").arg(ratioText(signal.oddsRatio), ratioText(signal.oddsRatioInterval.low),
                                        ratioText(signal.oddsRatioInterval.high));
        case Sensitivity: return percent(signal.sensitivity);
        case PAdjusted: return Figures::pValue(signal.pAdjusted);
        case Revenue:
            return tr("%1 vs %2").arg(money(signal.revenueExposed), money(signal.revenueNotExposed));
        }
        return {};
    }
    if (role == Qt::UserRole) {
        switch (index.column()) {
        case Candidate: return signal.label();
        case Exposed: return signal.exposed();
        case ConversionExposed: return signal.ppv;
        case ConversionOthers: return signal.restConversion;
        case Lift: return signal.lift.value_or(-1);
        case Phi:
        case Strength: return signal.tooFew ? -2 : signal.phi;
        case OddsRatio: return signal.oddsRatio;
        case Sensitivity: return signal.sensitivity;
        case PAdjusted: return signal.pAdjusted;
        case Revenue: return signal.revenueExposed.value_or(-1e300);
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        QString tip = tr("%1 persons did it and converted, %2 did it and did not, %3 converted without it, %4 neither.")
                          .arg(locale.toString(signal.table.a), locale.toString(signal.table.b),
                               locale.toString(signal.table.c), locale.toString(signal.table.d));
        tip += QLatin1Char('\n') + tr("Fisher's exact test: %1; Holm-adjusted over every candidate: %2.")
                                      .arg(Figures::pValue(signal.pValue), Figures::pValue(signal.pAdjusted));
        if (signal.revenueDifference) {
            tip += QLatin1Char('\n')
                + tr("Mean revenue of converters who did it minus the others': %1 to %2 (Welch, 95 %).")
                      .arg(locale.toString(signal.revenueDifference->low, 'f', 2),
                           locale.toString(signal.revenueDifference->high, 'f', 2));
        }
        return tip;
    }
    if (role == Qt::TextAlignmentRole)
        return int((index.column() == Candidate || index.column() == Strength ? Qt::AlignLeft : Qt::AlignRight)
                   | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && signal.tooFew)
        return QColor(Qt::gray);
    return {};
}

QVariant InsightsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Candidate: return tr("Did before converting");
        case Exposed: return tr("Persons");
        case ConversionExposed: return tr("Converted");
        case ConversionOthers: return tr("Others converted");
        case Lift: return tr("Lift");
        case Phi: return tr("Phi");
        case Strength: return tr("Predicts");
        case OddsRatio: return tr("Odds ratio (95 %)");
        case Sensitivity: return tr("Of converters");
        case PAdjusted: return tr("Adjusted p");
        case Revenue: return tr("Revenue per converter");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Candidate: return tr("The event (at least so many times, or with this value) before the person's first conversion");
        case Exposed: return tr("Persons who did it before converting (or at all, if they never converted)");
        case ConversionExposed: return tr("Of those persons, the share who converted within the horizon");
        case ConversionOthers: return tr("Of everybody else, the share who converted");
        case Lift: return tr("Converted divided by others converted");
        case Phi: return tr("Phi correlation between doing it and converting, from −1 to 1");
        case Strength: return tr("|phi| ≥ 0.4 strong, ≥ 0.3 moderate, ≥ 0.2 weak (Amplitude Compass's scale); ★ significant: Holm-adjusted p < 0.05");
        case OddsRatio: return tr("Odds of converting with it against without it, 0.5 added to every cell, Woolf's 95 % interval");
        case Sensitivity: return tr("Of the persons who converted, the share who did it first");
        case PAdjusted: return tr("Fisher's exact test, Holm-adjusted over every candidate of this run");
        case Revenue: return tr("Mean revenue within the horizon of converters who did it against those who did not");
        }
    }
    return {};
}

} // namespace Funnelscope
