#pragma once

#include "identitysummary.h"
#include "importlog.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Funnelscope {

class Connection;

/**
 * What the status bar and the Data page say about a workspace: how many events and
 * people (with how ids became persons), the date range, the events per type and the imports. Loaded by a worker on
 * its own connection (load() may take a moment on millions of events).
 */
struct WorkspaceSummary
{
    struct EventTypeCount
    {
        QString name;
        qint64 count = 0;
    };

    QString path;
    QString name;
    qint64 events = 0;
    qint64 users = 0; ///< persons (IdentitySummary::persons)
    IdentitySummary identities;
    QDateTime first; ///< UTC; invalid when there are no events
    QDateTime last;
    QList<EventTypeCount> eventTypes; ///< most frequent first
    QList<ImportRecord> imports;
    QStringList properties; ///< source columns kept in the events' properties (from a sample)
    QString timezone;       ///< the workspace's time zone for calendar periods

    /** Changes whenever the events or their persons do (an import, a removal, stitching): for caches of them. */
    QString contentStamp() const;

    static WorkspaceSummary load(Connection &connection);
    /**
     * Whether every import counted its events by name as it wrote them (import_types):
     * then the totals, names and counts are a few rows an import instead of every event
     * (4.5 s at 10M events). One written otherwise (a test's own writer) has them read.
     */
    static bool eventsCounted(Connection &connection);
    /** The source columns in the events' properties, from a sample of 20,000 events. */
    static QStringList propertyNames(Connection &connection);
    /** Opens @p path on the calling thread's own connection and loads its summary. */
    static WorkspaceSummary load(const QString &path);
};

} // namespace Funnelscope
