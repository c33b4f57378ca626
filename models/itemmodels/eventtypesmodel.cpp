#include "eventtypesmodel.h"

#include <QLocale>

namespace Funnelscope {

void EventTypesModel::setEventTypes(const QList<WorkspaceSummary::EventTypeCount> &types)
{
    beginResetModel();
    mTypes = types;
    mTotal = 0;
    for (const auto &type : types)
        mTotal += type.count;
    endResetModel();
}

int EventTypesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mTypes.size());
}

int EventTypesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventTypesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &type = mTypes.at(index.row());
    const double share = mTotal > 0 ? double(type.count) / double(mTotal) : 0.0;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return type.name;
        case Count:
            return QLocale().toString(type.count);
        case Share:
            if (share > 0 && share < 0.001)
                return QStringLiteral("<") + QLocale().toString(0.1, 'f', 1) + QLocale().percent();
            return QLocale().toString(share * 100.0, 'f', 1) + QLocale().percent();
        }
        break;
    case Qt::UserRole: // the raw value, for sorting
        switch (index.column()) {
        case Name:
            return type.name;
        case Count:
            return type.count;
        case Share:
            return share;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() != Name)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant EventTypesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Event");
    case Count:
        return tr("Events");
    case Share:
        return tr("Share");
    }
    return {};
}

} // namespace Funnelscope
