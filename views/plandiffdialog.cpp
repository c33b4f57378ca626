#include "plandiffdialog.h"

#include "governance/eventdictionary.h"
#include "governance/plandiff.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Funnelscope {

PlanDiffDialog::PlanDiffDialog(const EventDictionary &dictionary, const TrackingPlan &plan, const QString &source,
                               QWidget *parent)
    : QDialog(parent)
    , mDictionary(dictionary)
    , mPlan(plan)
    , mSummary(new QLabel(this))
    , mRemovals(new QCheckBox(tr("Also &delete events and parameters the plan does not have"), this))
    , mList(new QTreeWidget(this))
{
    setWindowTitle(tr("Apply %1").arg(source));
    mList->setRootIsDecorated(false);
    mList->setHeaderLabels({tr("Change"), tr("Old value"), tr("New value")});
    mList->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    mList->setUniformRowHeights(true);
    mSummary->setWordWrap(true);
    connect(mRemovals, &QCheckBox::toggled, this, &PlanDiffDialog::recompute);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *apply = buttons->addButton(tr("&Apply Changes"), QDialogButtonBox::AcceptRole);
    apply->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(mList, &QTreeWidget::itemChanged, this, [apply, this] { apply->setEnabled(!selectedChanges().isEmpty()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mSummary);
    layout->addWidget(mList, 1);
    layout->addWidget(mRemovals);
    layout->addWidget(buttons);
    resize(760, 480);
    recompute();
    apply->setEnabled(!mChanges.isEmpty());
}

void PlanDiffDialog::setRemovals(bool remove)
{
    mRemovals->setChecked(remove);
}

void PlanDiffDialog::recompute()
{
    mChanges = PlanDiff::compute(mDictionary, mPlan,
                                 mRemovals->isChecked() ? PlanDiff::Removals::Remove : PlanDiff::Removals::Keep);
    mList->clear();
    int counts[3] = {};
    for (int i = 0; i < mChanges.size(); ++i) {
        const DictionaryChange &change = mChanges.at(i);
        const PlanDiff::Category category = PlanDiff::categoryOf(change);
        ++counts[int(category)];
        static const char *signs[] = {"+", "~", "−"};
        static const QColor colors[] = {QColor(0x1a, 0x7f, 0x37), QColor(0x9a, 0x67, 0x00), QColor(0xb0, 0x1c, 0x1c)};
        auto *item = new QTreeWidgetItem(mList);
        item->setText(0, QString::fromUtf8(signs[int(category)]) + QLatin1Char(' ') + change.describe());
        item->setForeground(0, colors[int(category)]);
        if (change.kind == DictionaryChange::EditEvent || change.kind == DictionaryChange::EditParameter) {
            item->setText(1, change.oldValue);
            item->setText(2, change.newValue);
        }
        item->setToolTip(0, item->text(0));
        item->setCheckState(0, Qt::Checked);
        item->setData(0, Qt::UserRole, i);
    }
    if (mChanges.isEmpty())
        mSummary->setText(tr("The dictionary already matches this plan: nothing to change."));
    else
        mSummary->setText(tr("%1 added, %2 changed, %3 removed. Uncheck what you do not want; each applied change "
                             "goes into the change log, and Undo takes the whole import back.")
                              .arg(counts[0]).arg(counts[1]).arg(counts[2]));
}

QList<DictionaryChange> PlanDiffDialog::selectedChanges() const
{
    QList<DictionaryChange> selected;
    for (int i = 0; i < mList->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = mList->topLevelItem(i);
        if (item->checkState(0) == Qt::Checked)
            selected.append(mChanges.at(item->data(0, Qt::UserRole).toInt()));
    }
    return selected;
}

} // namespace Funnelscope
