#include "changelogmodel.h"

#include <QLocale>

namespace Funnelscope {

void ChangeLogModel::update(Connection &connection)
{
    const QList<ChangeEntry> added = ChangeLog::list(connection, mEntries.isEmpty() ? 0 : mEntries.last().id);
    if (added.isEmpty())
        return;
    beginInsertRows({}, int(mEntries.size()), int(mEntries.size() + added.size() - 1));
    mEntries.append(added);
    endInsertRows();
}

void ChangeLogModel::clear()
{
    beginResetModel();
    mEntries.clear();
    endResetModel();
}

QStringList ChangeLogModel::namesOf(const QString &event) const
{
    QStringList names = {event.toLower()};
    // Newest first: a rename from A to B makes A one of B's names.
    for (auto it = mEntries.crbegin(); it != mEntries.crend(); ++it) {
        const bool rename = it->field == QLatin1String("name") && it->entity == QLatin1String("event");
        if (rename && names.contains(it->newValue.toLower()) && !names.contains(it->oldValue.toLower()))
            names.append(it->oldValue.toLower());
    }
    return names;
}

QStringList ChangeLogModel::people() const
{
    QStringList people;
    for (const ChangeEntry &entry : mEntries) {
        if (!people.contains(entry.who))
            people.append(entry.who);
    }
    people.sort(Qt::CaseInsensitive);
    return people;
}

QList<QStringList> ChangeLogModel::toRows(const QAbstractItemModel &view)
{
    QList<QStringList> rows;
    QStringList header;
    for (int column = 0; column < view.columnCount(); ++column)
        header.append(view.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
    header.replace(When, tr("When (UTC)"));
    rows.append(header);
    for (int row = 0; row < view.rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < view.columnCount(); ++column) {
            const QModelIndex index = view.index(row, column);
            cells.append(column == When ? index.data(WhenRole).toDateTime().toString(Qt::ISODateWithMs)
                                        : index.data(Qt::EditRole).toString());
        }
        rows.append(cells);
    }
    return rows;
}

int ChangeLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mEntries.size());
}

int ChangeLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChangeLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ChangeEntry &entry = mEntries.at(index.row());
    if (role == EventRole)
        return entry.eventName();
    if (role == WhenRole)
        return entry.at;
    if (role == Qt::ToolTipRole && (index.column() == OldValue || index.column() == NewValue))
        return index.column() == OldValue ? entry.oldValue : entry.newValue;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case When:
        return role == Qt::EditRole ? QVariant(entry.at)
                                    : QVariant(QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat));
    case Who: return entry.who;
    case Action: return entry.action;
    case Entity: return entry.entityName;
    case Field: return entry.field;
    case OldValue: return entry.oldValue;
    case NewValue: return entry.newValue;
    case Reason: return entry.reason;
    }
    return {};
}

QVariant ChangeLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When: return tr("When");
    case Who: return tr("Who");
    case Action: return tr("Action");
    case Entity: return tr("Event or parameter");
    case Field: return tr("Field");
    case OldValue: return tr("Old value");
    case NewValue: return tr("New value");
    case Reason: return tr("Reason");
    }
    return {};
}

void ChangeLogFilterModel::setEvent(const QString &event)
{
    const auto *log = qobject_cast<const ChangeLogModel *>(sourceModel());
    mEventNames = event.isEmpty() || !log ? QStringList() : log->namesOf(event);
    invalidateFilter();
}

void ChangeLogFilterModel::setPerson(const QString &person)
{
    mPerson = person;
    invalidateFilter();
}

void ChangeLogFilterModel::setDateRange(const QDate &from, const QDate &to)
{
    mFrom = from;
    mTo = to;
    invalidateFilter();
}

bool ChangeLogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!mEventNames.isEmpty() && !mEventNames.contains(index.data(ChangeLogModel::EventRole).toString().toLower()))
        return false;
    if (!mPerson.isEmpty()
        && sourceModel()->index(sourceRow, ChangeLogModel::Who, sourceParent).data().toString() != mPerson)
        return false;
    const QDate day = index.data(ChangeLogModel::WhenRole).toDateTime().toLocalTime().date();
    if (mFrom.isValid() && day < mFrom)
        return false;
    if (mTo.isValid() && day > mTo)
        return false;
    return true;
}

} // namespace Funnelscope
