#pragma once

#include "governance/dictionarychange.h"
#include "governance/trackingplan.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QTreeWidget;

namespace Funnelscope {

class EventDictionary;

/**
 * Shows what applying a tracking plan would change (added, changed, removed), each
 * change with a check box, before anything is written. Removals of what the plan does
 * not have are offered but off by default.
 */
class PlanDiffDialog : public QDialog
{
    Q_OBJECT

public:
    PlanDiffDialog(const EventDictionary &dictionary, const TrackingPlan &plan, const QString &source,
                   QWidget *parent = nullptr);

    /** The changes left checked, in the order they apply. */
    QList<DictionaryChange> selectedChanges() const;
    void setRemovals(bool remove);

private:
    void recompute();

    const EventDictionary &mDictionary;
    TrackingPlan mPlan;
    QList<DictionaryChange> mChanges;
    QLabel *mSummary;
    QCheckBox *mRemovals;
    QTreeWidget *mList;
};

} // namespace Funnelscope
