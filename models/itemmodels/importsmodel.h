#pragma once

#include "store/importlog.h"

#include <QAbstractTableModel>

namespace Funnelscope {

/** The imports of a workspace as a table: source, format, counts and when. */
class ImportsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { File, Format, Size, RowsRead, Imported, Rejected, Duplicates, IdentityCalls, Started, Duration, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setImports(const QList<ImportRecord> &imports);
    const QList<ImportRecord> &imports() const { return mImports; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<ImportRecord> mImports;
};

} // namespace Funnelscope
