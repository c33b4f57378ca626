#include "keychoicedelegate.h"

#include "governance/dictionaryrules.h"

#include <QComboBox>

namespace Funnelscope {

KeyChoiceDelegate::KeyChoiceDelegate(const QStringList &keys, QObject *parent)
    : QStyledItemDelegate(parent)
    , mKeys(keys)
{
}

QWidget *KeyChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    Q_UNUSED(option);
    Q_UNUSED(index);
    auto *combo = new QComboBox(parent);
    for (const QString &key : mKeys)
        combo->addItem(DictionaryRules::label(key), key);
    return combo;
}

void KeyChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    combo->setCurrentIndex(qMax(0, combo->findData(index.data(Qt::EditRole))));
}

void KeyChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
}

} // namespace Funnelscope
