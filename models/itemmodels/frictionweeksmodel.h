#pragma once

#include "analysis/frictionresult.h"

#include <QAbstractTableModel>

#include <optional>

namespace Funnelscope {

/** Friction per week: sessions with each signal (persons in the tooltip), the latest week first. */
class FrictionWeeksModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Week, CartLoops, SearchStruggles, StalledCheckouts, HighValue, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setResult(const FrictionResult &result);
    /** The signal a column counts (CartLoops..HighValue). */
    static FrictionQuery::Signal signalOf(int column) { return FrictionQuery::Signal(column - CartLoops); }
    static QString signalName(FrictionQuery::Signal signal);
    /**
     * The trend of @p signal: the latest week's sessions against the mean of the four weeks
     * before, as a change (0.25 is 25 % more); none without those weeks or when they had none.
     */
    std::optional<double> trend(FrictionQuery::Signal signal) const;
    /** The Monday of the week in @p row. */
    QDate mondayAt(int row) const { return mWeeks.value(row).monday; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<FrictionWeek> mWeeks; ///< the latest first
};

} // namespace Funnelscope
