#pragma once

#include "analysis/funnelquery.h"
#include "analysis/funnelresult.h"
#include "clickhousesessions.h"
#include "clickhouseworkspace.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace Funnelscope {

/**
 * A funnel computed inside ClickHouse with the local engine's semantics (DESIGN.md,
 * "Funnel semantics"), from sorted per-unit arrays instead of windowFunnel (which knows
 * seconds, not milliseconds, and not the order of ties): per unit (person, or person and
 * session) its events sorted by (time, the lowest step they match, the rest last, then the
 * local table's order: import, the id's number, the file's order), every
 * step-1 event in the date range starts a chain, each next step is the first matching
 * event after the previous one (ordered) or the very next event (strict) within the
 * window, and the unit keeps the highest chain, the earliest start among equals.
 *
 * Each shard groups its own persons (events are sharded by person; the query is sent with
 * distributed_group_by_no_merge), so a unit's level, its week and its steps' intervals
 * come back, not its events; units with the same figures are counted together, and only a
 * dropped unit is named. FunnelEngine::fromChains() turns them into the figures, exactly as
 * for a local workspace. Runs on ClickHouse 18.16 (Debian 12) and later.
 */
class ClickHouseFunnel
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::ClickHouseFunnel)

public:
    /** The mapped text fields, each a column of the server's events. */
    static const QStringList &breakdownColumns();
    /**
     * Whether @p property is a source property: none of the columns, the event, new vs
     * returning or a session property. Its value is the event's prop_values at its key in prop_keys, '' without one.
     */
    static bool isSourceProperty(const QString &property);
    /** Whether some event has a value of @p property (a column or a source property; one `LIMIT 1` query). */
    static bool hasValue(const ClickHouseWorkspace &workspace, const QString &property, const TaskContext &task = {});
    /** The source properties of a sample of the events, by name (a local workspace's propertyNames()). */
    static QStringList propertyNames(const ClickHouseWorkspace &workspace, const TaskContext &task = {});
    /** The SQL of the double whose IEEE bits are the UInt64 @p bits (how numbers are stored and sent). */
    static QString numberOfBits(const QString &bits);
    /** The numbers a server compares exactly (their IEEE bits are stored): price, revenue. */
    static const QStringList &numberColumns();
    /** Whether @p where compares one of numberColumns(). */
    static bool comparesNumbers(const QList<Condition> &where);
    /** The SQL of @p property's value as a breakdown ('' for none); valueText() makes it the local text. */
    static QString valueSql(const QString &property);
    static QString valueText(const QString &property, const QString &value);
    /** The SQL of the filters the server cannot compare itself, by Condition::toString() (resolve()). */
    using Matches = QHash<QString, QString>;
    /**
     * @p where as SQL over the events' columns ("1" for none). The server compares = and !=
     * of a text (a mapped field, a source property, the event) with a value that is no
     * number, and price or revenue with a finite number (by their bits); any other filter is
     * taken from @p matches (null for one @p matches lacks). A session property's SQL reads
     * the person's joined session values (ClickHouseSessions, Context::sessions).
     */
    static std::optional<QString> conditionsSql(const QList<Condition> &where, const Matches *matches = nullptr);
    /**
     * For each of @p conditions the server cannot compare itself (~, < on text, a number
     * against a text field, text against a price): the property's distinct values read
     * from the server, each decided by Condition::matches() on its local text, and sent
     * back as `IN (…)` (or `NOT IN`, the shorter). So "contains" folds case as Qt does,
     * and text compares as QString does, exactly as a local workspace. A session property's
     * values are those of its source in @p sessions.
     */
    static Matches resolve(const ClickHouseWorkspace &workspace, const QList<Condition> &conditions,
                           const ClickHouseSessions::Sources &sessions = {}, const TaskContext &task = {});
    /** What a report's SQL needs besides its query: the resolved filters, the session properties' sources. */
    struct Context
    {
        Matches matches;
        ClickHouseSessions::Sources sessions;
    };
    /** The join of per-person @p columns (SQL with aliases; empty ones skipped) over @p events, by person; empty for none. */
    static QString personJoin(QStringList columns, const QString &events);
    /**
     * The SQL of @p query over the table @p events; @p mostStarts bounds how many step-1
     * events one unit has (for totals: how far its walk over attempts must reach; a unit
     * with more would count only its first attempts, so run() asks the server).
     */
    static QString sql(const FunnelQuery &query, qint64 mostStarts, const Context &context = {},
                       const QString &events = QStringLiteral("events"));
    /** What every funnel reads of the events besides its own query: their names, where they end. */
    struct Facts
    {
        QStringList eventNames;
        bool numbers = false; ///< every event carries its revenue and price (ClickHouseWorkspace::hasNumbers())
        bool properties = false; ///< every event carries its source properties (ClickHouseWorkspace::hasProperties())
        qint64 lastTs = 0;
    };
    static Facts facts(const ClickHouseWorkspace &workspace, const TaskContext &task = {});
    /**
     * The Context of a report that breaks down by or holds @p properties and filters by @p conditions:
     * throws what a local workspace throws for a property no event has a value of, or
     * propertiesMissing() when the events lack their source properties.
     */
    static Context prepare(const ClickHouseWorkspace &workspace, const Facts &facts, const QStringList &properties,
                           const QList<Condition> &conditions, const TaskContext &task = {});
    static FunnelResult run(const ClickHouseWorkspace &workspace, const Facts &facts, const FunnelQuery &query,
                            const TaskContext &task = {});

private:
    /** The SQL that tells whether an event is @p step: its event, passing its own filters. */
    static QString stepSql(const FunnelQuery::Step &step, const Matches &matches);
    /** Refuses a funnel in any order where some event is two of its steps with different filters. */
    static void checkSharedEvents(const ClickHouseWorkspace &workspace, const FunnelQuery &query, const Context &context,
                                  const TaskContext &task);
    /** The chain from the start c0 of a funnel in any order, over `t` and `m` (sql()'s arrays). */
    static QString anyOrderChain(const FunnelQuery &query, const QString &limit, bool hold);
    /** The chain from the start c0 of an ordered funnel with windows per step, over searchCandidates(). */
    static QString searchChain(const FunnelQuery &query, const QString &limit, bool hold);
    /** @p body with each later step's candidate events bound (per unit, for searchChain()). */
    static QString searchCandidates(const FunnelQuery &query, bool hold, const QString &body);
    /** run()'s query once checked: its figures, by sql(query, @p mostStarts), made the local way. */
    static FunnelResult figures(const ClickHouseWorkspace &workspace, qint64 lastTs, const FunnelQuery &query, qint64 mostStarts,
                                const Context &context, const TaskContext &task);
};

} // namespace Funnelscope
