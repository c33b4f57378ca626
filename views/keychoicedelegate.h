#pragma once

#include <QStyledItemDelegate>

namespace Funnelscope {

/** Edits a cell with a combo box of stored keys shown by their labels (string → Text). */
class KeyChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    KeyChoiceDelegate(const QStringList &keys, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    QStringList mKeys;
};

} // namespace Funnelscope
