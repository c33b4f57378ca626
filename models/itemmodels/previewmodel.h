#pragma once

#include "ingest/importplan.h"

#include <QAbstractTableModel>

namespace Funnelscope {

/**
 * The first rows of a file as the importer parsed them, one column per source column;
 * a column's header says which field it feeds ("event_time → timestamp").
 */
class PreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    void setPlan(const ImportPlan &plan);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QStringList mKeys;
    QStringList mFields; ///< per column: the fields it feeds, or empty
    QList<QStringList> mRows;
};

} // namespace Funnelscope
