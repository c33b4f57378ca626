#pragma once

#include "analysis/insightsresult.h"

#include <QAbstractTableModel>

namespace Funnelscope {

/**
 * The candidates of an insights result, one row each, for people to read: who did it, how
 * many of them converted against the others, phi with Compass's word, the odds ratio with
 * its interval, the adjusted p-value and the converters' revenue. Sorting reads Qt::UserRole
 * (the number behind each text); "too few" rows are greyed.
 */
class InsightsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Candidate, Exposed, ConversionExposed, ConversionOthers, Lift, Phi, Strength, OddsRatio,
        Sensitivity, PAdjusted, Revenue, ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setSignals(const QList<InsightsSignal> &list);
    const QList<InsightsSignal> &signalList() const { return mSignals; }
    /** The signal of @p row, which must exist. */
    const InsightsSignal &signalAt(int row) const { return mSignals.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /**
     * A ratio for reading: 3.75, 12.4, 260, 16k, 4.2M (the huge odds ratios of an empty cell
     * and its 0.5 need no decimals).
     */
    static QString ratioText(double value);
    /** Compass's word for a signal, or "too few". */
    static QString strengthText(const InsightsSignal &signal);

private:
    QList<InsightsSignal> mSignals;
};

} // namespace Funnelscope
