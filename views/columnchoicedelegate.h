#pragma once

#include <QStringList>
#include <QStyledItemDelegate>

namespace Funnelscope {

/** Edits a cell with a combo box of the file's columns; typing a|b gives fallbacks. */
class ColumnChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void setColumns(const QStringList &columns) { mColumns = columns; }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    QStringList mColumns;
};

} // namespace Funnelscope
