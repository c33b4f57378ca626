#include "maturityevidence.h"

#include "clickhouse/clickhousesummary.h"
#include "document/workspacetables.h"
#include "store/connection.h"
#include "store/statement.h"
#include "store/workspacesummary.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>

namespace Funnelscope {

namespace {

bool isPageOrPurchase(const QString &name)
{
    const QString event = name.toLower();
    return event.contains(QLatin1String("page")) || event.contains(QLatin1String("screen"))
        || event == QLatin1String("view") || event.contains(QLatin1String("purchase"))
        || event.contains(QLatin1String("order")) || event.contains(QLatin1String("transaction"));
}

bool isMicroStep(const QString &name)
{
    static const char *steps[] = {"product", "item", "cart", "checkout", "shipping", "payment", "search", "wishlist"};
    const QString event = name.toLower();
    for (const char *step : steps) {
        if (event.contains(QLatin1String(step)))
            return true;
    }
    return false;
}

} // namespace

MaturityEvidence::Facts MaturityEvidence::facts(Connection &connection)
{
    Facts facts;
    // From the imports' counts (WorkspaceSummary::eventsCounted()), else from the events.
    const bool counted = WorkspaceSummary::eventsCounted(connection);
    facts.events = connection.queryInt(counted ? "SELECT coalesce(sum(events), 0) FROM import_types" : "SELECT count(*) FROM events");
    if (facts.events == 0)
        return facts;
    Statement select(connection, counted ? "SELECT name FROM event_types WHERE id IN (SELECT event_type_id FROM import_types) ORDER BY name"
                                         : "SELECT name FROM event_types WHERE id IN (SELECT DISTINCT event_type_id FROM events) ORDER BY name");
    while (select.step())
        facts.eventNames.append(select.text(0));
    facts.withContext = connection.queryInt(counted ? "SELECT coalesce(sum(with_context), 0) FROM import_types"
                                                    : "SELECT count(*) FROM events WHERE device_id IS NOT NULL OR channel_id IS NOT NULL");
    facts.knownUsers = connection.queryInt("SELECT count(*) FROM users WHERE anonymous = 0");
    facts.anonymousEvents = connection.queryInt(counted ? "SELECT coalesce(sum(anonymous), 0) FROM import_types"
                                                        : "SELECT count(*) FROM events WHERE anonymous_id IS NOT NULL");
    facts.linkedPersons = connection.queryInt("SELECT count(DISTINCT person_id) FROM identity_links");
    facts.experiments = namesExperiments(WorkspaceSummary::propertyNames(connection));
    return facts;
}

bool MaturityEvidence::namesExperiments(const QStringList &propertyNames)
{
    return std::any_of(propertyNames.begin(), propertyNames.end(), [](const QString &name) {
        return name.contains(QLatin1String("experiment"), Qt::CaseInsensitive) || name.contains(QLatin1String("variant"), Qt::CaseInsensitive);
    });
}

QList<MaturityEvidence::Hint> MaturityEvidence::suggest(WorkspaceTables &tables, const TaskContext &task)
{
    return suggest(tables.server() ? ClickHouseSummary::evidence(*tables.server(), task) : facts(tables.connection()),
                   tables.connection());
}

QList<MaturityEvidence::Hint> MaturityEvidence::suggest(const Facts &facts, Connection &connection)
{
    QList<Hint> hints;
    const QLocale locale;
    const qint64 events = facts.events;
    if (events == 0)
        return hints;

    // Data collection: which events, and with what context.
    const QStringList &types = facts.eventNames;
    QStringList steps;
    bool onlyPagesAndPurchases = true;
    for (const QString &type : std::as_const(types)) {
        onlyPagesAndPurchases = onlyPagesAndPurchases && isPageOrPurchase(type);
        if (isMicroStep(type))
            steps.append(type);
    }
    const double contextShare = double(facts.withContext) / double(events);
    if (onlyPagesAndPurchases) {
        hints.append({QStringLiteral("data_collection"), 1,
                      tr("Only page and purchase events are tracked (%1).").arg(types.join(QLatin1String(", ")))});
    } else if (!steps.isEmpty() && contextShare >= 0.5) {
        hints.append({QStringLiteral("data_collection"), 2,
                      tr("Key micro-journey steps are tracked (%1), and %2 of events carry device or channel context.")
                          .arg(steps.join(QLatin1String(", ")),
                               locale.toString(contextShare * 100, 'f', 0) + locale.percent())});
    } else if (!steps.isEmpty()) {
        hints.append({QStringLiteral("data_collection"), 1.5,
                      tr("Micro-journey steps are tracked (%1), but only %2 of events carry device or channel context.")
                          .arg(steps.join(QLatin1String(", ")),
                               locale.toString(contextShare * 100, 'f', 0) + locale.percent())});
    }

    // Identity: anonymous ids, and whether they are linked to known users.
    const qint64 users = facts.knownUsers;
    const qint64 anonymousEvents = facts.anonymousEvents;
    const qint64 linkedUsers = facts.linkedPersons;
    if (anonymousEvents == 0) {
        hints.append({QStringLiteral("identity"), 1,
                      tr("No event carries an anonymous id, so visits cannot be stitched to people across devices.")});
    } else if (linkedUsers > 0) {
        hints.append({QStringLiteral("identity"), 2,
                      tr("%1 of %2 known users have anonymous ids linked to them.")
                          .arg(locale.toString(linkedUsers), locale.toString(users))});
    } else {
        hints.append({QStringLiteral("identity"), 1,
                      tr("Anonymous ids are tracked but never linked to a known user id.")});
    }

    // Analytics: reports the team saved here, and insights used (saved, or taken as the
    // evidence of a tier-one micro-conversion in the dictionary).
    const qint64 funnels = connection.queryInt("SELECT count(*) FROM saved_reports WHERE kind = 'funnel'");
    const qint64 cohorts = connection.queryInt("SELECT count(*) FROM saved_reports WHERE kind = 'cohort'");
    const qint64 insights = connection.queryInt("SELECT count(*) FROM saved_reports WHERE kind = 'insights'");
    const qint64 marked = connection.queryInt(
        "SELECT count(DISTINCT entity_name) FROM change_log WHERE entity = 'event' AND field = 'tier' "
        "AND new_value = '1' AND reason LIKE 'Insights:%'");
    Hint analytics{QStringLiteral("analytics"), 1, tr("No funnel or cohort report is saved in this workspace yet.")};
    if (funnels > 0 && cohorts > 0)
        analytics = {QStringLiteral("analytics"), 2,
                     tr("%1 funnels and %2 cohort reports are saved in this workspace.").arg(funnels).arg(cohorts)};
    else if (funnels > 0 || cohorts > 0)
        analytics = {QStringLiteral("analytics"), 1.5,
                     tr("%1 funnels and %2 cohort reports are saved: step reports exist, not yet both kinds.")
                         .arg(funnels)
                         .arg(cohorts)};
    if (insights > 0 || marked > 0) {
        // Purchase likelihood is measured, not yet scored per shopper: half a stage more.
        analytics.stage = std::min(2.5, analytics.stage + 0.5);
        analytics.reason += QLatin1Char(' ')
            + tr("Insights into what predicts a conversion are used (saved insights: %1; events marked tier one from their evidence: %2).")
                  .arg(insights)
                  .arg(marked);
    }
    hints.append(analytics);

    // Experimentation: experiment or variant properties on events.
    if (facts.experiments)
        hints.append({QStringLiteral("experimentation"), 1.5,
                      tr("Events carry experiment or variant properties: tests are being tracked.")});
    return hints;
}

} // namespace Funnelscope
