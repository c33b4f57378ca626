#include "previewmodel.h"

#include <QBrush>
#include <QFont>

namespace Funnelscope {

void PreviewModel::setPlan(const ImportPlan &plan)
{
    beginResetModel();
    mKeys = plan.keys;
    mRows = plan.previewRows;
    mFields.clear();
    for (const QString &key : std::as_const(mKeys)) {
        QStringList fields;
        for (int f = 0; f < fieldCount; ++f) {
            if (plan.mapping.columns(Field(f)).contains(key))
                fields.append(fieldName(Field(f)));
        }
        mFields.append(fields.join(QLatin1String(", ")));
    }
    endResetModel();
}

void PreviewModel::clear()
{
    beginResetModel();
    mKeys.clear();
    mFields.clear();
    mRows.clear();
    endResetModel();
}

int PreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mRows.size());
}

int PreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mKeys.size());
}

QVariant PreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        const QString text = mRows.at(index.row()).value(index.column());
        return role == Qt::DisplayRole ? text.left(200).replace(QLatin1Char('\n'), QChar(0x21B5)) : text;
    }
    if (role == Qt::ForegroundRole && mFields.at(index.column()).isEmpty())
        return QBrush(Qt::gray); // kept as a property, not a field
    return {};
}

QVariant PreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section < 0 || section >= mKeys.size())
        return {};
    const QString &fields = mFields.at(section);
    switch (role) {
    case Qt::DisplayRole:
        return fields.isEmpty() ? mKeys.at(section)
                                : QStringLiteral("%1\n→ %2").arg(mKeys.at(section), fields);
    case Qt::ToolTipRole:
        return fields.isEmpty() ? tr("“%1” is kept in each event's properties").arg(mKeys.at(section))
                                : tr("“%1” gives the field %2").arg(mKeys.at(section), fields);
    case Qt::FontRole:
        if (!fields.isEmpty()) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    }
    return {};
}

} // namespace Funnelscope
