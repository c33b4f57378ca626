#include "mappingmodel.h"

namespace Funnelscope {

void MappingModel::setMapping(const FieldMapping &mapping)
{
    beginResetModel();
    mMapping = mapping;
    endResetModel();
}

QStringList MappingModel::maps() const
{
    QStringList result;
    for (int f = 0; f < fieldCount; ++f) {
        if (!mMapping.hasConstant(Field(f)))
            result.append(fieldName(Field(f)) + QLatin1Char('=')
                          + mMapping.columns(Field(f)).join(QLatin1Char('|')));
    }
    return result;
}

QStringList MappingModel::constants() const
{
    QStringList result;
    for (int f = 0; f < fieldCount; ++f) {
        if (mMapping.hasConstant(Field(f)))
            result.append(fieldName(Field(f)) + QLatin1Char('=') + mMapping.constant(Field(f)));
    }
    return result;
}

int MappingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : fieldCount;
}

int MappingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MappingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Field field = Field(index.row());
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case FieldColumn:
        return fieldName(field);
    case SourceColumn:
        return mMapping.columns(field).join(QLatin1Char('|'));
    case ConstantColumn:
        return mMapping.hasConstant(field) ? mMapping.constant(field) : QString();
    }
    return {};
}

bool MappingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid)
        || index.column() == FieldColumn)
        return false;
    const Field field = Field(index.row());
    const QString text = value.toString().trimmed();
    if (index.column() == SourceColumn) {
        if (text.isEmpty())
            mMapping.clear(field);
        else
            mMapping.setColumns(field, text.split(QLatin1Char('|'), Qt::SkipEmptyParts));
    } else if (text.isEmpty()) {
        mMapping.clear(field);
    } else {
        mMapping.setConstant(field, text);
    }
    // A column and a constant exclude each other: both cells of the row change.
    Q_EMIT dataChanged(this->index(index.row(), SourceColumn), this->index(index.row(), ConstantColumn));
    Q_EMIT edited();
    return true;
}

Qt::ItemFlags MappingModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != FieldColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant MappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FieldColumn:
        return tr("Field");
    case SourceColumn:
        return tr("From column");
    case ConstantColumn:
        return tr("Or the value");
    }
    return {};
}

} // namespace Funnelscope
