#pragma once

#include "ingest/fieldmapping.h"

#include <QAbstractTableModel>

namespace Funnelscope {

/**
 * The field mapping as an editable table: one row per field, its source columns (a|b for
 * fallbacks) and its constant. The import dialog edits it; it turns back into the
 * `--map` and `--const` arguments the importer takes.
 */
class MappingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { FieldColumn, SourceColumn, ConstantColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setMapping(const FieldMapping &mapping);
    const FieldMapping &mapping() const { return mMapping; }
    /** The mapping as --map FIELD=COLUMN and --const FIELD=VALUE arguments. */
    QStringList maps() const;
    QStringList constants() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    /** The person changed the mapping (not emitted by setMapping()). */
    void edited();

private:
    FieldMapping mMapping;
};

} // namespace Funnelscope
