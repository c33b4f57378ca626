#pragma once

#include "governance/changelog.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QSortFilterProxyModel>

namespace Funnelscope {

class Connection;

/** The dictionary's change log, newest last, as the store holds it. */
class ChangeLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { When, Who, Action, Entity, Field, OldValue, NewValue, Reason, ColumnCount };
    enum Role { EventRole = Qt::UserRole + 1, WhenRole };

    using QAbstractTableModel::QAbstractTableModel;

    /** Reads the entries after the last one shown (all of them after clear()). */
    void update(Connection &connection);
    void clear();
    const QList<ChangeEntry> &entries() const { return mEntries; }
    /** Every name @p event had, following renames back through the log. */
    QStringList namesOf(const QString &event) const;
    QStringList people() const;
    /** The visible rows of @p view as CSV rows with a header. */
    static QList<QStringList> toRows(const QAbstractItemModel &view);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<ChangeEntry> mEntries;
};

/** The change log filtered by event (through its renames), person and date range. */
class ChangeLogFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setEvent(const QString &event);
    void setPerson(const QString &person);
    void setDateRange(const QDate &from, const QDate &to);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList mEventNames; ///< lower case
    QString mPerson;
    QDate mFrom;
    QDate mTo;
};

} // namespace Funnelscope
