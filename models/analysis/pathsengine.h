#pragma once

#include "pathsquery.h"
#include "pathsresult.h"
#include "tasks/taskcontext.h"

#include <QCoreApplication>

namespace Funnelscope {

class EventTable;

/**
 * Paths: a pure function of (EventTable, PathsQuery) → PathsResult with the semantics of
 * DESIGN.md, "Paths". Per person, the anchor is their first start (end) event passing its
 * filters and the date range, or with a funnel the step-K event of their best chain when
 * they reached K and not K + 1 (the funnel engine's own chains). The path is the person's
 * next (previous) events in the anchor's session, immediate repeats collapsed, up to the
 * steps asked; a session that ends first goes to "(end)" ("(start)" backward). At each
 * step the top events by persons are nodes, the rest "(other)". Persons split across cores.
 */
class PathsEngine
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::PathsEngine)

public:
    static QString validate(const EventTable &table, const PathsQuery &query);
    static QStringList propertiesUsed(const PathsQuery &query);
    /** Throws Cancelled when @p task is cancelled. */
    static PathsResult run(const EventTable &table, const PathsQuery &query, const TaskContext &task = {});
    static qsizetype approximateBytes(const PathsResult &result);
    /** The node name of the end of a path: "(end)" forward, "(start)" backward (not translated: it is data). */
    static QString endName(bool backward);
    static QString otherName();
};

} // namespace Funnelscope
