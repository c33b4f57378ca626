#pragma once

#include "analysis/funnelresult.h"

#include <QAbstractTableModel>

namespace Funnelscope {

/** Every figure of a funnel result, one row per step and segment, for people to read. */
class FunnelTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Segment, Step, Event, Count, Conversion, FromPrevious, DropOff, Interval,
        MedianTime, P25Time, P75Time, P90Time, MedianFromStart, Significance, ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setResult(const FunnelResult &result);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /** "45 s", "12 min", "3.5 h", "2.1 d"; "–" when there is no time. */
    static QString duration(double seconds);

private:
    struct Row
    {
        QString segment;
        int step = 0;
        FunnelStepResult figures;
        const FunnelSegment *segmentResult = nullptr;
    };
    FunnelResult mResult;
    FunnelSegment mComparison; ///< the compared period, shown as a segment
    QList<Row> mRows;
};

} // namespace Funnelscope
