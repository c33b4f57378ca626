#pragma once

#include <QAbstractTableModel>

namespace Funnelscope {

class WorkspaceDocument;
struct EventDefinition;

/**
 * The parameters of one dictionary event, editable in place: an edit becomes a
 * DictionaryChange submitted to the WorkspaceDocument (its undo stack); a view on it. Follows the event when
 * it is renamed.
 */
class ParameterModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Type, Required, AllowedValues, Pattern, Description, Example, ColumnCount };

    explicit ParameterModel(WorkspaceDocument *document, QObject *parent = nullptr);

    void setEvent(const QString &event);
    QString eventName() const { return mEvent; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    const EventDefinition *definition() const;

    WorkspaceDocument *mDocument;
    QString mEvent;
};

} // namespace Funnelscope
