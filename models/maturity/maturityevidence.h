#pragma once

#include "tasks/taskcontext.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Funnelscope {

class Connection;
class WorkspaceTables;

/**
 * Hints from the workspace's own data for the self-assessment: a suggested stage for a
 * dimension with the reason shown (what no survey tool can do). The person decides; a
 * hint is only a hint. Rules:
 *
 * - Data Collection: only page and purchase events → 1; key micro-journey step events
 *   (product view, cart, checkout steps) carrying device or channel context → 2.
 * - Identity & Stitching: no anonymous ids → 1; anonymous and known ids on the same events
 *   for part of the users → 2.
 * - Analytics & Reporting: funnels and cohorts saved in the workspace → 2; one of them →
 *   1.5; neither → 1; half a stage more (at most 2.5) when insights are saved or an event
 *   was marked tier one with insights as its reason (the change log's "Insights: …").
 * - Experimentation: events carrying an experiment or variant property → 1.5 (a sample of
 *   20,000 events' property names, in a file or on a server).
 */
class MaturityEvidence
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::MaturityEvidence)

public:
    struct Hint
    {
        QString dimension;
        double stage = 0;
        QString reason;
    };

    /** What the hints read of a workspace's events. */
    struct Facts
    {
        qint64 events = 0;
        QStringList eventNames; ///< the names that occur, sorted
        qint64 withContext = 0; ///< events with a device or a channel
        qint64 knownUsers = 0;
        qint64 anonymousEvents = 0; ///< events with an anonymous id
        qint64 linkedPersons = 0;   ///< persons with ids linked to them
        bool experiments = false;   ///< some event carries an experiment or variant property
    };

    /** The facts of a workspace file's events. */
    static Facts facts(Connection &workspace);
    /** Whether one of @p propertyNames (a sample's, as the pages offer them) names an experiment or a variant. */
    static bool namesExperiments(const QStringList &propertyNames);
    /** The hints of the workspace @p tables belong to, a file or a server (its events' facts read there). */
    static QList<Hint> suggest(WorkspaceTables &tables, const TaskContext &task = {});
    /** The hints from @p facts and the small tables in @p tables (saved reports, change log). */
    static QList<Hint> suggest(const Facts &facts, Connection &tables);
    /** The hints of a workspace file. */
    static QList<Hint> suggest(Connection &connection) { return suggest(facts(connection), connection); }
};

} // namespace Funnelscope
