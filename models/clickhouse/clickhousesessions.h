#pragma once

#include "clickhouseworkspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace Funnelscope {

/**
 * The session properties on a ClickHouse server (DESIGN.md, "Derived segments"), with a
 * local workspace's semantics (EventTable::addSessionColumn): an event's landing_page is the
 * page of the first event of its session that has one, its session_channel likewise the
 * channel; a session is the source's session id, else a run of events without one at most
 * 30 minutes apart, in the local table's order (time, import, id).
 *
 * They are derived per person, over all the person's events (a report's filters must not
 * change them): joinColumns() is the column `sp` of a subquery that each shard runs over
 * its own persons (ClickHouseFunnel::personJoin()), giving per person the starts of its
 * runs and, per property, its session ids and runs that have a value with the first value
 * of each; valueSql() looks an event's value up there.
 */
class ClickHouseSessions
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::ClickHouseSessions)

public:
    static bool isSessionProperty(const QString &property);
    /** Each session property a report uses, with the SQL of the event value it derives from. */
    using Sources = QHash<QString, QString>;
    /**
     * The sources of @p properties (their session properties): session_channel's is the
     * channel; landing_page's the first of EventTable::pageProperties() some event has a
     * value of (none: the local "No event has a property" sentence, through @p missing).
     */
    static Sources sources(const ClickHouseWorkspace &workspace, const QStringList &properties, QStringList *missing,
                           const TaskContext &task = {});
    /** The per-person column `sp` (SQL with its alias) that valueSql() reads; empty when @p sources is. */
    static QString joinColumns(const Sources &sources);
    /** The SQL of an event's @p property, over the joined column `sp`. */
    static QString valueSql(const QString &property);
};

} // namespace Funnelscope
