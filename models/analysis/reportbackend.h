#pragma once

#include "cohortquery.h"
#include "cohortresult.h"
#include "funnelquery.h"
#include "funnelresult.h"
#include "insightsquery.h"
#include "insightsresult.h"
#include "pathsquery.h"
#include "pathsresult.h"
#include "frictionquery.h"
#include "frictionresult.h"
#include "tasks/taskcontext.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace Funnelscope {

struct WorkspaceSummary;

/** What a backend can answer, so a page can disable an option its backend lacks. */
struct ReportCapabilities
{
    bool sessions = true;       ///< funnels counted per session
    bool totals = true;         ///< funnels counting every attempt
    bool anyOrder = true;       ///< steps in any order
    bool strictOrder = true;    ///< steps strictly in a row
    bool newVsReturning = true; ///< the new-vs-returning breakdown
    bool droppedPersons = true; ///< who dropped off, by key
    bool revenue = true;        ///< revenue cohorts
    bool insights = true;       ///< which events predict a conversion
    bool paths = true;          ///< paths after and before an event, where drop-offs went
    bool friction = true;       ///< friction signals per week and person
    bool hold = true;           ///< funnels holding a property constant along the chain
    bool stepFilters = true;    ///< filters of single funnel steps
    bool stepWindows = true;    ///< windows of single funnel steps
    bool attributions = true;   ///< breakdowns attributed other than to step 1
    bool bins = true;           ///< numeric breakdowns cut into bins
    /** When not empty, the only properties reports break down and filter by. */
    QStringList onlyProperties;
    /** Properties reports cannot break down and filter by. */
    QStringList refusedProperties;

    /** Whether reports can break down and filter by @p property. */
    bool canUse(const QString &property) const
    {
        return (onlyProperties.isEmpty() || onlyProperties.contains(property)) && !refusedProperties.contains(property);
    }
};

/**
 * Where reports are computed (DESIGN.md, "The report seam"): the workspace's own events
 * in memory (LocalBackend), or later a ClickHouse cluster. Pages, commands and the PDF
 * report run every report through one; queries carry everything they ask (dates with
 * their time zone), results everything they answer (persons by key, never by an index
 * into a backend's table).
 *
 * Each call runs on the calling thread (a worker's, or the command's), may be called from
 * several threads at once, checks @p task for cancellation between ranges of users and
 * throws: ValidationError when the query asks for what the data does not have (the
 * message names it), StoreError when the data cannot be read, Cancelled when @p task is.
 */
class ReportBackend
{
public:
    virtual ~ReportBackend() = default;

    /** Which data this backend answers about: equal stamps, equal answers. */
    virtual QString dataStamp() const = 0;
    virtual ReportCapabilities capabilities() const = 0;
    /** What reports can filter and break down by: the fields, then the source properties. */
    virtual QStringList properties(const TaskContext &task = {}) = 0;
    virtual FunnelResult run(const FunnelQuery &query, const TaskContext &task = {}) = 0;
    virtual CohortResult run(const CohortQuery &query, const TaskContext &task = {}) = 0;
    virtual InsightsResult run(const InsightsQuery &query, const TaskContext &task = {}) = 0;
    virtual PathsResult run(const PathsQuery &query, const TaskContext &task = {}) = 0;
    virtual FrictionResult run(const FrictionQuery &query, const TaskContext &task = {}) = 0;
};

} // namespace Funnelscope
