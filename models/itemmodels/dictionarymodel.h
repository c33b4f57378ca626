#pragma once

#include "document/workspacedocument.h"

#include <QAbstractTableModel>

namespace Funnelscope {

/**
 * The dictionary's events as a table: a view on the WorkspaceDocument, which owns the
 * dictionary, the connection and the undo stack. setData() does not change anything
 * itself: it submits the edit to the document (an undoable command); a refused edit is
 * said through WorkspaceDocument::failed().
 */
class DictionaryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, DisplayName, Stage, Tier, Status, Owner, Parameters, LastReviewed, ColumnCount };
    enum Role {
        KeyRole = Qt::UserRole + 1, ///< the stored value (stage key, tier number, ISO date)
        DueForReviewRole,
        SearchTextRole, ///< name, display name, description, owner and tags, for the text filter
    };

    explicit DictionaryModel(WorkspaceDocument *document, QObject *parent = nullptr);
    ~DictionaryModel() override;

    WorkspaceDocument *document() const { return mDocument; }
    const EventDictionary &dictionary() const;
    QString eventName(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    enum class Change { Insert, Remove, Edit, Reset };

    static EventDefinition::Field fieldOf(int column);
    void beginChange(const QList<DictionaryChange> &changes);
    void endChange(const QList<DictionaryChange> &changes);

    WorkspaceDocument *mDocument;
    Change mChange = Change::Reset;
};

} // namespace Funnelscope
