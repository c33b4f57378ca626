#pragma once

#include "store/persontimeline.h"
#include "tasks/worker.h"

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace Funnelscope {

/**
 * One person's timeline: every event over all their ids, session by session, with the id
 * each event came with, device, channel, revenue and the other properties. Loaded in a
 * worker; exports as CSV. The tracking QA view: walk a test journey, import, look here.
 */
class TimelineDialog : public QDialog
{
    Q_OBJECT

public:
    TimelineDialog(const QString &workspacePath, const QString &person, QWidget *parent = nullptr);
    ~TimelineDialog() override;

    const PersonTimeline &timeline() const { return mTimeline; }
    /** Writes the timeline as CSV; an error, or empty. */
    QString exportTo(const QString &path) const;

Q_SIGNALS:
    void loaded();

private:
    void showOutcome(const Outcome<PersonTimeline> &outcome);

    PersonTimeline mTimeline;
    QLabel *mSummary;
    QTreeWidget *mTree;
    Worker<PersonTimeline> mLoader;
};

} // namespace Funnelscope
