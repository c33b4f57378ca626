#include "reportcontent.h"

#include "analysis/cohortengine.h"
#include "analysis/eventtable.h"
#include "analysis/funnelengine.h"
#include "governance/eventdictionary.h"
#include "store/savedreports.h"
#include "store/workspace.h"
#include "store/workspacesummary.h"

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

ReportContent ReportContent::compute(const QString &path, std::optional<FunnelQuery> funnel,
                                     std::optional<CohortQuery> cohort)
{
    ReportContent content;
    content.generated = QDateTime::currentDateTime();
    const auto workspace = Workspace::open(path);
    Connection &connection = workspace->connection();
    const WorkspaceSummary summary = WorkspaceSummary::load(connection);
    content.workspaceName = workspace->displayName();
    content.events = summary.events;
    content.users = summary.users;
    content.first = summary.first;
    content.last = summary.last;

    EventTable table = EventTable::load(connection);
    content.funnelQuery = funnel ? *funnel : defaultFunnel(connection, summary);
    for (const QString &property : FunnelEngine::propertiesUsed(content.funnelQuery))
        table.loadProperty(connection, property);
    content.funnelProblem = content.funnelQuery.steps.size() < 2 ? tr("The workspace has too few kinds of events for a funnel.")
                                                                 : FunnelEngine::validate(table, content.funnelQuery);
    if (content.funnelProblem.isEmpty())
        content.funnel = FunnelEngine::run(table, content.funnelQuery);

    if (cohort) {
        content.cohortQuery = *cohort;
    } else {
        content.cohortQuery.timezone = summary.timezone.toUtf8();
    }
    for (const QString &property : CohortEngine::propertiesUsed(content.cohortQuery))
        table.loadProperty(connection, property);
    content.cohortProblem = summary.events == 0 ? tr("The workspace has no events yet.")
                                                : CohortEngine::validate(table, content.cohortQuery);
    if (content.cohortProblem.isEmpty())
        content.cohorts = CohortEngine::run(table, content.cohortQuery);

    content.matrix = MaturityMatrix::builtIn();
    const QList<Assessment> history = Assessment::history(connection);
    if (!history.isEmpty())
        content.assessment = history.last();

    const EventDictionary dictionary = EventDictionary::load(connection);
    content.dictionaryEvents = dictionary.count();
    DataQuality::Options options;
    options.timezone = summary.timezone;
    content.findings = DataQuality::check(connection, dictionary, options);
    content.integrity = ChangeLog::verify(connection);
    return content;
}

} // namespace Funnelscope
