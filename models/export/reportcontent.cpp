#include "reportcontent.h"

#include "analysis/reportbackend.h"
#include "clickhouse/clickhousesummary.h"
#include "document/workspacetables.h"
#include "governance/eventdictionary.h"
#include "store/savedreports.h"
#include "store/workspacesummary.h"
#include "tasks/validationerror.h"

namespace Funnelscope {

namespace {

FunnelQuery defaultFunnel(Connection &connection, const WorkspaceSummary &summary)
{
    const QList<SavedReports::Report> saved = SavedReports::list(connection, QStringLiteral("funnel"));
    if (!saved.isEmpty())
        return FunnelQuery::fromJson(saved.first().query);
    QStringList names;
    for (const auto &type : summary.eventTypes)
        names.append(type.name);
    FunnelQuery query;
    const QStringList steps = FunnelQuery::defaultSteps(names);
    for (const QString &step : steps)
        query.steps.append({step, {}});
    return query;
}

} // namespace

ReportContent ReportContent::compute(const QString &path, ReportBackend &backend, std::optional<FunnelQuery> funnel,
                                     std::optional<CohortQuery> cohort, std::optional<InsightsQuery> insights,
                                     const TaskContext &task)
{
    ReportContent content;
    content.generated = QDateTime::currentDateTime();
    // A file, or a server's small tables copied (its events stay there: @p backend reads them).
    const auto tables = WorkspaceTables::open(path, task);
    Connection &connection = tables->connection();
    const WorkspaceSummary summary = tables->server() ? ClickHouseSummary::load(*tables->server(), task) : WorkspaceSummary::load(connection);
    content.workspaceName = tables->displayName();
    content.events = summary.events;
    content.users = summary.users;
    content.first = summary.first;
    content.last = summary.last;

    content.funnelQuery = funnel ? *funnel : defaultFunnel(connection, summary);
    if (content.funnelQuery.steps.size() < 2) {
        content.funnelProblem = tr("The workspace has too few kinds of events for a funnel.");
    } else {
        try {
            content.funnel = backend.run(content.funnelQuery, task);
        } catch (const ValidationError &problem) {
            content.funnelProblem = problem.message();
        }
    }

    if (cohort) {
        content.cohortQuery = *cohort;
    } else {
        content.cohortQuery.timezone = summary.timezone.toUtf8();
    }
    if (summary.events == 0) {
        content.cohortProblem = tr("The workspace has no events yet.");
    } else {
        try {
            content.cohorts = backend.run(content.cohortQuery, task);
        } catch (const ValidationError &problem) {
            content.cohortProblem = problem.message();
        }
    }
    if (insights) {
        content.insightsQuery = *insights;
    } else {
        const QList<SavedReports::Report> saved = SavedReports::list(connection, QStringLiteral("insights"));
        if (!saved.isEmpty())
            content.insightsQuery = InsightsQuery::fromJson(saved.first().query);
        content.insightsQuery.timezone = summary.timezone.toUtf8();
    }
    if (summary.events == 0) {
        content.insightsProblem = tr("The workspace has no events yet.");
    } else {
        try {
            content.insights = backend.run(content.insightsQuery, task);
        } catch (const ValidationError &problem) {
            content.insightsProblem = problem.message();
        }
    }
    task.throwIfCancelled();

    content.matrix = MaturityMatrix::builtIn();
    const QList<Assessment> history = Assessment::history(connection);
    if (!history.isEmpty())
        content.assessment = history.last();

    const EventDictionary dictionary = EventDictionary::load(connection);
    content.dictionaryEvents = dictionary.count();
    if (tables->server()) {
        content.qualityProblem = tr("The events are not checked against the dictionary on a ClickHouse server yet: the checks "
                                    "read a workspace file's events.");
    } else {
        DataQuality::Options options;
        options.timezone = summary.timezone;
        content.findings = DataQuality::check(connection, dictionary, options);
    }
    content.integrity = ChangeLog::verify(connection);
    content.annotations = Annotations::list(connection);
    return content;
}

} // namespace Funnelscope
