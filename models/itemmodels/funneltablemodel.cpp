#include "funneltablemodel.h"

#include "export/funneltext.h"

#include "figures.h"

#include <QFont>
#include <QLocale>

#include <cmath>

namespace Funnelscope {

QString FunnelTableModel::duration(double seconds)
{
    const QLocale locale;
    if (std::isnan(seconds))
        return QStringLiteral("–");
    if (seconds < 90)
        return tr("%1 s").arg(locale.toString(seconds, 'f', 0));
    if (seconds < 90 * 60)
        return tr("%1 min").arg(locale.toString(seconds / 60, 'f', 1));
    if (seconds < 36 * 3600)
        return tr("%1 h").arg(locale.toString(seconds / 3600, 'f', 1));
    return tr("%1 d").arg(locale.toString(seconds / 86400, 'f', 1));
}

void FunnelTableModel::setResult(const FunnelResult &result)
{
    beginResetModel();
    mResult = result;
    mRows.clear();
    for (qsizetype k = 0; k < mResult.steps.size(); ++k)
        mRows.append({tr("All"), int(k) + 1, mResult.steps[k], nullptr});
    for (const FunnelSegment &segment : std::as_const(mResult.segments)) {
        for (qsizetype k = 0; k < segment.steps.size(); ++k)
            mRows.append({FunnelText::segmentName(mResult.breakdown, segment.value), int(k) + 1, segment.steps[k], &segment});
    }
    if (mResult.comparison) {
        // The other period below, as a segment whose test is against this period.
        const FunnelResult::Comparison &compare = *mResult.comparison;
        const QLocale locale;
        mComparison = {tr("%1 – %2").arg(locale.toString(compare.firstDay, QLocale::ShortFormat),
                                         locale.toString(compare.lastDay, QLocale::ShortFormat)),
                       compare.steps, compare.pValue, compare.tooFew};
        for (qsizetype k = 0; k < mComparison.steps.size(); ++k)
            mRows.append({mComparison.value, int(k) + 1, mComparison.steps[k], &mComparison});
    }
    endResetModel();
}

int FunnelTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mRows.size());
}

int FunnelTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FunnelTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = mRows.at(index.row());
    const FunnelStepResult &step = row.figures;
    const QLocale locale;
    const auto percent = [&locale](double fraction) {
        return locale.toString(fraction * 100, 'f', 1) + locale.percent();
    };
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Segment:
            return row.segment;
        case Step:
            return row.step;
        case Event:
            return step.event;
        case Count:
            return locale.toString(step.count);
        case Conversion:
            return percent(step.conversion);
        case FromPrevious:
            return row.step == 1 ? QString() : percent(step.conversionFromPrevious);
        case DropOff:
            return row.step == 1 ? QString() : locale.toString(step.dropOff);
        case Interval:
            return row.step == 1 ? QString()
                                 : QStringLiteral("%1 – %2").arg(percent(step.intervalLow), percent(step.intervalHigh));
        case MedianTime:
            return row.step == 1 ? QString() : duration(step.medianFromPrevious);
        case P25Time:
            return row.step == 1 ? QString() : duration(step.p25FromPrevious);
        case P75Time:
            return row.step == 1 ? QString() : duration(step.p75FromPrevious);
        case P90Time:
            return row.step == 1 ? QString() : duration(step.p90FromPrevious);
        case MedianFromStart:
            return row.step == 1 ? QString() : duration(step.medianFromStart);
        case Significance:
            if (!row.segmentResult || row.step != int(row.segmentResult->steps.size()))
                return QString();
            if (row.segmentResult->tooFew)
                return tr("too few");
            return Figures::pValue(row.segmentResult->pValue)
                + (row.segmentResult->significant() ? QStringLiteral(" ★") : QString());
        }
    } else if (role == Qt::TextAlignmentRole && index.column() >= Count) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == Qt::FontRole && row.step == 1) {
        QFont font;
        font.setBold(true);
        return font;
    } else if (role == Qt::ToolTipRole && index.column() == Interval) {
        return tr("95% Wilson interval of the conversion from step 1");
    } else if (role == Qt::ToolTipRole && index.column() >= MedianTime && index.column() <= P90Time) {
        return tr("Time from the previous step, among those who reached this one");
    }
    return {};
}

QVariant FunnelTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Segment:
        return mResult.breakdown.isEmpty()                             ? tr("Segment")
               : mResult.breakdown == FunnelQuery::newVsReturning() ? tr("New or returning")
                                                                      : mResult.breakdown;
    case Step:
        return tr("Step");
    case Event:
        return tr("Event");
    case Count:
        return tr("Count");
    case Conversion:
        return tr("Conversion");
    case FromPrevious:
        return tr("From previous");
    case DropOff:
        return tr("Dropped");
    case Interval:
        return tr("95% interval");
    case MedianTime:
        return tr("Median time");
    case P25Time:
        return tr("25th pct.");
    case P75Time:
        return tr("75th pct.");
    case P90Time:
        return tr("90th pct.");
    case MedianFromStart:
        return tr("Median from step 1");
    case Significance:
        return tr("Against the rest");
    }
    return {};
}

} // namespace Funnelscope
