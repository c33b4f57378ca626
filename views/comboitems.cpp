#include "comboitems.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QStandardItemModel>

namespace Funnelscope {

void setItemAvailable(QComboBox *combo, int index, bool available)
{
    auto *model = qobject_cast<QStandardItemModel *>(combo->model());
    QStandardItem *item = model ? model->item(index) : nullptr;
    if (!item)
        return;
    item->setEnabled(available);
    item->setToolTip(available ? QString() : notAvailableText());
    if (!available && combo->currentIndex() == index)
        combo->setCurrentIndex(0);
}

QString notAvailableText()
{
    return QCoreApplication::translate("Funnelscope::FunnelPage",
                                       "Not computed for a workspace on a ClickHouse server yet");
}

} // namespace Funnelscope
