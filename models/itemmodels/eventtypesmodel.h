#pragma once

#include "store/workspacesummary.h"

#include <QAbstractTableModel>

namespace Funnelscope {

/** The event types of a workspace with their counts and share of all events. */
class EventTypesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Count, Share, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setEventTypes(const QList<WorkspaceSummary::EventTypeCount> &types);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<WorkspaceSummary::EventTypeCount> mTypes;
    qint64 mTotal = 0;
};

} // namespace Funnelscope
