#include "clickhousefunnel.h"

#include "analysis/eventtable.h"
#include "analysis/funnelengine.h"
#include "analysis/userkeys.h"
#include "clickhouseconnection.h"
#include "clickhousesessions.h"
#include "tasks/validationerror.h"

#include <QSet>

#include <algorithm>
#include <bit>
#include <cmath>

#include <limits>

namespace Funnelscope {

const QStringList &ClickHouseFunnel::breakdownColumns()
{
    static const QStringList columns = {QStringLiteral("device"), QStringLiteral("channel"), QStringLiteral("country"),
                                        QStringLiteral("product_id"), QStringLiteral("category"), QStringLiteral("currency")};
    return columns;
}

namespace {

/** Whether the server compares @p condition itself: = and != of a text with a text; a number with a number. */
bool direct(const Condition &condition)
{
    bool number = false;
    const double value = condition.value.toDouble(&number);
    if (ClickHouseFunnel::numberColumns().contains(condition.property))
        return number && std::isfinite(value) && condition.op != Condition::Op::Contains;
    return !number && (condition.op == Condition::Op::Equal || condition.op == Condition::Op::NotEqual);
}

/** The SQL of a filtered property's value, as valueText() reads it. */
QString columnSql(const QString &property)
{
    return property == QLatin1String("event") ? property : ClickHouseFunnel::valueSql(property);
}

} // namespace

bool ClickHouseFunnel::isSourceProperty(const QString &property)
{
    return !property.isEmpty() && property != QLatin1String("event") && property != FunnelQuery::newVsReturning()
           && !breakdownColumns().contains(property) && !numberColumns().contains(property)
           && !ClickHouseSessions::isSessionProperty(property);
}

QStringList ClickHouseFunnel::propertyNames(const ClickHouseWorkspace &workspace, const TaskContext &task)
{
    // A sample of events, as a local workspace offers them (WorkspaceSummary::propertyNames()).
    QStringList names;
    const QList<QStringList> rows = workspace.connection().rows(
        QStringLiteral("SELECT DISTINCT arrayJoin(prop_keys) AS k, 1 FROM (SELECT prop_keys FROM events WHERE notEmpty(prop_keys) "
                       "LIMIT 20000) ORDER BY k"),
        task);
    for (const QStringList &row : rows)
        names.append(row.value(0));
    return names;
}

bool ClickHouseFunnel::hasValue(const ClickHouseWorkspace &workspace, const QString &property, const TaskContext &task)
{
    return !workspace.connection()
                .rows(QStringLiteral("SELECT 1 FROM events WHERE ") + valueSql(property) + QStringLiteral(" != '' LIMIT 1"), task)
                .isEmpty();
}

ClickHouseFunnel::Context ClickHouseFunnel::prepare(const ClickHouseWorkspace &workspace, const Facts &facts,
                                                    const QStringList &properties, const QList<Condition> &conditions,
                                                    const TaskContext &task)
{
    QStringList used;
    const auto use = [&used](const QString &property) {
        if ((isSourceProperty(property) || ClickHouseSessions::isSessionProperty(property)) && !used.contains(property))
            used.append(property);
    };
    for (const QString &property : properties)
        use(property);
    for (const Condition &condition : conditions)
        use(condition.property);
    QStringList missing;
    for (const QString &property : std::as_const(used)) {
        if (property == QLatin1String("session_channel"))
            continue; // of a column: always there, as locally
        if (!facts.properties)
            throw workspace.propertiesMissing(property);
        // As a local workspace loads a property only when some event has a value of it.
        if (isSourceProperty(property) && !hasValue(workspace, property, task))
            missing.append(property);
    }
    Context context;
    context.sessions = ClickHouseSessions::sources(workspace, used, &missing, task);
    if (!missing.isEmpty())
        throw ValidationError(EventTable::missingProperties(missing, propertyNames(workspace, task)));
    context.matches = resolve(workspace, conditions, context.sessions, task);
    return context;
}

QString ClickHouseFunnel::personJoin(QStringList columns, const QString &events)
{
    columns.removeAll(QString()); // a part with nothing to join
    if (columns.isEmpty())
        return {};
    // (Named: releases since 20.x refuse a joined subquery without an alias.)
    return QStringLiteral(" ANY LEFT JOIN (SELECT person, person_anonymous, ") + columns.join(QStringLiteral(", ")) + QStringLiteral(" FROM ")
           + events + QStringLiteral(" GROUP BY person, person_anonymous) AS joined USING person, person_anonymous");
}

std::optional<QString> ClickHouseFunnel::conditionsSql(const QList<Condition> &where, const Matches *matches)
{
    QStringList parts;
    for (const Condition &condition : where) {
        if (!direct(condition)) {
            // Decided here, value by value (resolve()), as Condition::matches() decides.
            const auto resolved = matches ? matches->constFind(condition.toString()) : Matches::const_iterator();
            if (!matches || resolved == matches->cend())
                return std::nullopt;
            parts.append(*resolved);
            continue;
        }
        if (numberColumns().contains(condition.property)) {
            // A number against the local value's exact bits: missing values are NaN's,
            // which pass only != (as Condition::matches() lets a missing value pass).
            static const QHash<Condition::Op, QString> operators = {
                {Condition::Op::Equal, QStringLiteral(" = ")},         {Condition::Op::NotEqual, QStringLiteral(" != ")},
                {Condition::Op::Greater, QStringLiteral(" > ")},       {Condition::Op::GreaterOrEqual, QStringLiteral(" >= ")},
                {Condition::Op::Less, QStringLiteral(" < ")},          {Condition::Op::LessOrEqual, QStringLiteral(" <= ")}};
            const double value = condition.value.toDouble();
            parts.append(numberOfBits(condition.property + QStringLiteral("_bits")) + operators.value(condition.op)
                         + numberOfBits(QStringLiteral("toUInt64(") + QString::number(std::bit_cast<quint64>(value)) + QLatin1Char(')')));
            continue;
        }
        const QString column = columnSql(condition.property);
        if (condition.op == Condition::Op::Equal)
            parts.append(condition.value.isEmpty() ? QStringLiteral("0")
                                                   : column + QStringLiteral(" = ") + ClickHouseConnection::quote(condition.value));
        else
            parts.append(column + QStringLiteral(" != ") + ClickHouseConnection::quote(condition.value));
    }
    return parts.isEmpty() ? QStringLiteral("1") : QLatin1Char('(') + parts.join(QStringLiteral(") AND (")) + QLatin1Char(')');
}

ClickHouseFunnel::Matches ClickHouseFunnel::resolve(const ClickHouseWorkspace &workspace, const QList<Condition> &conditions,
                                                    const ClickHouseSessions::Sources &sessions, const TaskContext &task)
{
    Matches matches;
    QHash<QString, QStringList> values; // each property's distinct values on the server, read once
    for (const Condition &condition : conditions) {
        if (direct(condition) || matches.contains(condition.toString()))
            continue;
        const QString column = columnSql(condition.property);
        if (!values.contains(condition.property)) {
            // A session property's values are its source's (and '' for a session without one).
            const bool session = ClickHouseSessions::isSessionProperty(condition.property);
            QStringList list;
            if (session)
                list.append(QString());
            // With a second column: a row of one empty value would be an empty line, which rows() skips.
            for (const QStringList &row : workspace.connection().rows(QStringLiteral("SELECT DISTINCT ")
                                                                          + (session ? sessions.value(condition.property) : column)
                                                                          + QStringLiteral(", 1 FROM events"),
                                                                      task, workspace.reportSettings())) {
                if (!session || !row.value(0).isEmpty())
                    list.append(row.value(0));
            }
            values.insert(condition.property, list);
        }
        QStringList passing;
        QStringList failing;
        for (const QString &value : values.value(condition.property))
            (condition.matches(valueText(condition.property, value)) ? passing : failing).append(ClickHouseConnection::quote(value));
        // The shorter list: the values that pass, or those that do not.
        if (failing.isEmpty())
            matches.insert(condition.toString(), QStringLiteral("1"));
        else if (passing.isEmpty())
            matches.insert(condition.toString(), QStringLiteral("0"));
        else if (passing.size() <= failing.size())
            matches.insert(condition.toString(), column + QStringLiteral(" IN (") + passing.join(QLatin1Char(',')) + QLatin1Char(')'));
        else
            matches.insert(condition.toString(), column + QStringLiteral(" NOT IN (") + failing.join(QLatin1Char(',')) + QLatin1Char(')'));
    }
    return matches;
}

QString ClickHouseFunnel::numberOfBits(const QString &bits)
{
    return QStringLiteral("reinterpretAsFloat64(reinterpretAsString(") + bits + QStringLiteral("))");
}

const QStringList &ClickHouseFunnel::numberColumns()
{
    static const QStringList columns = {QStringLiteral("price"), QStringLiteral("revenue")};
    return columns;
}

bool ClickHouseFunnel::comparesNumbers(const QList<Condition> &where)
{
    return std::any_of(where.begin(), where.end(),
                       [](const Condition &condition) { return numberColumns().contains(condition.property); });
}

QString ClickHouseFunnel::valueSql(const QString &property)
{
    if (breakdownColumns().contains(property))
        return property;
    if (numberColumns().contains(property)) // the bits, turned into the local text by valueText()
        return QStringLiteral("if(isNaN(") + numberOfBits(property + QStringLiteral("_bits")) + QStringLiteral("), '', toString(")
               + property + QStringLiteral("_bits))");
    if (ClickHouseSessions::isSessionProperty(property))
        return ClickHouseSessions::valueSql(property);
    if (isSourceProperty(property)) // '' where the event has none: arrays are 1-based, [0] is the default
        return QStringLiteral("prop_values[indexOf(prop_keys, ") + ClickHouseConnection::quote(property) + QStringLiteral(")]");
    return QStringLiteral("''");
}

QString ClickHouseFunnel::valueText(const QString &property, const QString &value)
{
    if (value.isEmpty() || !numberColumns().contains(property))
        return value;
    return QString::number(std::bit_cast<double>(value.toULongLong()), 'g', 15); // as EventTable keeps it
}

namespace {

/** Whether steps @p a and @p b match the same events: the same event, the same filters. */
bool sameStep(const FunnelQuery::Step &a, const FunnelQuery::Step &b)
{
    if (a.event != b.event || a.filters.size() != b.filters.size())
        return false;
    for (qsizetype i = 0; i < a.filters.size(); ++i) {
        if (a.filters[i].toString() != b.filters[i].toString())
            return false;
    }
    return true;
}

} // namespace

QString ClickHouseFunnel::stepSql(const FunnelQuery::Step &step, const Matches &matches)
{
    QString match = QStringLiteral("event = ") + ClickHouseConnection::quote(step.event);
    if (!step.filters.isEmpty())
        match += QStringLiteral(" AND ") + conditionsSql(step.filters, &matches).value_or(QStringLiteral("0"));
    return match;
}

void ClickHouseFunnel::checkSharedEvents(const ClickHouseWorkspace &workspace, const FunnelQuery &query, const Context &context,
                                         const TaskContext &task)
{
    // Steps after the first that match the same events are matched as the local engine
    // matches them (anyOrderChain()), and so are steps that share no event. Two steps of
    // one event with different filters that some event passes both would need the local
    // engine's augmenting paths: asked once, of every event the funnel could read.
    if (query.order != FunnelQuery::Order::Any)
        return;
    for (int k = 1; k < query.steps.size(); ++k) {
        for (int j = 1; j < k; ++j) {
            if (query.steps[j].event != query.steps[k].event || sameStep(query.steps[j], query.steps[k]))
                continue;
            const QString both = QStringLiteral("SELECT count() FROM (SELECT 1 FROM events WHERE (") + stepSql(query.steps[j], context.matches)
                                 + QStringLiteral(") AND (") + stepSql(query.steps[k], context.matches) + QStringLiteral(") AND ")
                                 + conditionsSql(query.where, &context.matches).value_or(QStringLiteral("0")) + QStringLiteral(" LIMIT 1)");
            if (workspace.connection().rows(both, task, workspace.reportSettings()).value(0).value(0).toLongLong() > 0)
                throw workspace.cannotYet(tr("steps in any order where one “%1” event passes the filters of two steps (%2 and %3)")
                                              .arg(query.steps[k].event)
                                              .arg(j + 1)
                                              .arg(k + 1));
        }
    }
}

namespace {

constexpr auto bind = &ClickHouseConnection::bind;

/**
 * The attempts a unit counts for totals, as indices into its starts S (with `ends`, where
 * each start's attempt ends): the first start, then each time the first start after the
 * last attempt's end. ClickHouse 18.16 has no arrayFold to walk that chain of "next"
 * pointers, so the walk doubles: J_k is "next" taken 2^k times, and the path's first
 * 2^(k+1) attempts are its first 2^k ones followed by J_k of each. @p levels doublings
 * cover a unit with up to 2^levels attempts.
 */
QString totalsPath(int levels, const QString &body)
{
    QString path = body;
    for (int k = levels - 1; k >= 0; --k) {
        const QString j = QStringLiteral("J") + QString::number(k);
        const QString p = QStringLiteral("P") + QString::number(k);
        if (k + 1 < levels)
            path = bind(QStringLiteral("J") + QString::number(k + 1), QStringLiteral("arrayMap(x -> ") + j + QStringLiteral("[x], ") + j + QLatin1Char(')'),
                        path);
        path = bind(QStringLiteral("P") + QString::number(k + 1),
                    QStringLiteral("arrayFilter(x -> x <= L, arrayConcat(") + p + QStringLiteral(", arrayMap(x -> ") + j
                        + QStringLiteral("[x], ") + p + QStringLiteral(")))"),
                    path);
    }
    // "Next" of every start, the unit's end (L + 1) for none; the end leads to itself.
    path = bind(QStringLiteral("P0"), QStringLiteral("arrayFilter(x -> x <= L, [toUInt64(1)])"), path);
    path = bind(QStringLiteral("J0"),
                QStringLiteral("arrayPushBack(arrayMap(e -> toUInt64(arrayFirstIndex(s -> s > e, S)), ends), toUInt64(L + 1))"),
                bind(QStringLiteral("J0"), QStringLiteral("arrayMap(x -> if(x = 0, L + 1, x), J0)"), path));
    return bind(QStringLiteral("L"), QStringLiteral("length(S)"), path);
}

} // namespace

QString ClickHouseFunnel::anyOrderChain(const FunnelQuery &query, const QString &limit, bool hold)
{
    // Steps after the first that match the same events form a group (checkSharedEvents() made
    // sure steps of two groups never match one event). The local engine matches steps 2, 3,
    // … in turn to distinct events of the window by augmenting paths (Kuhn's algorithm) and
    // stops at the first it cannot match; within a group each new step takes the group's
    // first candidate and pushes the earlier ones one candidate on. So step k is matched
    // while its group has as many candidates as steps up to k (ok_k), and when m of a
    // group's steps are matched, its j-th takes candidate m + 1 - j (P_g: the positions of
    // the group's candidates after the start, within the window).
    const int steps = int(query.steps.size());
    QList<int> group(steps, 0);      // step k's group: its first step
    QList<int> occurrence(steps, 0); // and its place among the group's steps, from 1
    for (int k = 1; k < steps; ++k) {
        group[k] = k;
        for (int j = 1; j < k; ++j) {
            if (sameStep(query.steps[j], query.steps[k])) {
                group[k] = group[j];
                break;
            }
        }
        occurrence[k] = int(std::count(group.begin() + 1, group.begin() + k + 1, group[k]));
    }
    const auto ok = [](int k) { return QStringLiteral("ok") + QString::number(k); };
    const auto positions = [](int g) { return QStringLiteral("P") + QString::number(g); };
    QStringList chain = {QStringLiteral("c0")};
    for (int k = 1; k < steps; ++k) {
        QStringList matched;
        for (int s = 1; s < steps; ++s) {
            if (group[s] == group[k])
                matched.append(ok(s));
        }
        chain.append(QStringLiteral("if(") + ok(k) + QStringLiteral(", ") + positions(group[k]) + QStringLiteral("[") + matched.join(QLatin1String(" + "))
                     + QStringLiteral(" + 1 - ") + QString::number(occurrence[k]) + QStringLiteral("], 0)"));
    }
    QString body = QLatin1Char('[') + chain.join(QStringLiteral(", ")) + QLatin1Char(']');
    for (int k = steps - 1; k >= 1; --k) {
        const QString enough = QStringLiteral("length(") + positions(group[k]) + QStringLiteral(") >= ") + QString::number(occurrence[k]);
        body = bind(ok(k), QStringLiteral("toUInt8(") + (k > 1 ? ok(k - 1) + QStringLiteral(" AND ") : QString()) + enough + QLatin1Char(')'), body);
    }
    for (int k = steps - 1; k >= 1; --k) {
        if (group[k] == k)
            body = bind(positions(k),
                        QStringLiteral("arrayFilter((i, tt, mm") + (hold ? QStringLiteral(", hh") : QString())
                            + QStringLiteral(") -> i > c0 AND tt <= ") + limit + QStringLiteral(" AND bitTest(mm, ") + QString::number(k)
                            + QLatin1Char(')') + (hold ? QStringLiteral(" AND hh = hs[c0]") : QString())
                            + QStringLiteral(", arrayEnumerate(t), t, m") + (hold ? QStringLiteral(", hs") : QString()) + QLatin1Char(')'),
                        body);
    }
    return body;
}

QString ClickHouseFunnel::searchCandidates(const FunnelQuery &query, bool hold, const QString &body)
{
    // Per unit, once: X_j, how many events up to each are excluded between steps j and
    // j + 1; and step k's candidates as (position, time, X_(k-1) before it, X_k at it, held).
    const int steps = int(query.steps.size());
    const auto prefix = [](int j) { return QStringLiteral("wX") + QString::number(j); };
    QString bound = body;
    for (int k = steps - 1; k >= 1; --k) {
        const QString at = k + 1 < steps ? prefix(k) : prefix(k - 1); // the last step's own count is never read
        bound = bind(QStringLiteral("wA") + QString::number(k),
                     QStringLiteral("arrayFilter((e, mm) -> bitTest(mm, ") + QString::number(k)
                         + QStringLiteral("), arrayMap((i, tt, xp, xk") + (hold ? QStringLiteral(", hh") : QString())
                         + QStringLiteral(") -> (toInt64(i), toInt64(tt), xp, xk") + (hold ? QStringLiteral(", hh") : QString())
                         + QStringLiteral("), arrayEnumerate(t), t, arrayPopBack(arrayPushFront(") + prefix(k - 1)
                         + QStringLiteral(", toInt64(0))), ") + at + (hold ? QStringLiteral(", hs") : QString()) + QStringLiteral("), m)"),
                     bound);
    }
    for (int j = steps - 2; j >= 0; --j)
        bound = bind(prefix(j), QStringLiteral("arrayCumSum(arrayMap(x -> toInt64(bitTest(x, ") + QString::number(j) + QStringLiteral(")), xs))"),
                     bound);
    return bound;
}

QString ClickHouseFunnel::searchChain(const FunnelQuery &query, const QString &limit, bool hold)
{
    // The local engine's search, step by step over sets instead of event by event: R_k, the
    // events that reach step k, each with the event it follows (the latest of R_(k-1)
    // before it, if within the step's window and with no exclusion between them). That
    // latest one is found without ClickHouse 18.16's missing running maximum: R_(k-1) and
    // step k's candidates sorted together (a candidate before an R event at its own place),
    // R's positions, times and exclusion counts rise, so running sums of their differences
    // give each candidate the latest R event's. The chain reaching the highest step whose
    // last event comes first, followed back.
    const int steps = int(query.steps.size());
    const auto reached = [](int k) { return QStringLiteral("wR") + QString::number(k); };
    const auto position = [](int k) { return QStringLiteral("wc") + QString::number(k); };
    QStringList chain = {QStringLiteral("c0")};
    for (int k = 1; k < steps; ++k)
        chain.append(QStringLiteral("toUInt64(") + position(k) + QLatin1Char(')'));
    QString body = QLatin1Char('[') + chain.join(QStringLiteral(", ")) + QLatin1Char(']');
    for (int k = 1; k < steps; ++k) {
        QString at = QStringLiteral("if(empty(") + reached(k) + QStringLiteral("), 0, ");
        if (k + 1 < steps)
            at += QStringLiteral("if(") + position(k + 1) + QStringLiteral(" = 0, ") + reached(k) + QStringLiteral("[1].1, arrayFirst(e -> e.1 = ")
                  + position(k + 1) + QStringLiteral(", ") + reached(k + 1) + QStringLiteral(").4))");
        else
            at += reached(k) + QStringLiteral("[1].1)");
        body = bind(position(k), at, body);
    }
    for (int k = steps - 1; k >= 1; --k) {
        const QString n = QString::number(k);
        const QString previous = reached(k - 1);
        const QString merged = QStringLiteral("wM") + n;
        const qint64 window = query.steps[k].windowMs;
        // (position, time, X_k, the event followed), of the candidates that pass.
        QString passing = QStringLiteral("arrayMap(e -> (e.1, e.2, e.3, e.4), arrayFilter(e -> e.5, arrayMap((e, n, rp, rt, rx) -> "
                                         "(e.1, e.6, e.8, rp, toUInt8(e.2 = 0 AND n > 0")
                          + (window > 0 ? QStringLiteral(" AND e.6 - rt <= ") + QString::number(window) : QString())
                          + QStringLiteral(" AND e.7 = rx)), ") + merged + QStringLiteral(", arrayCumSum(arrayMap(e -> e.2, ") + merged
                          + QStringLiteral(")), arrayCumSum(arrayMap(e -> e.3, ") + merged + QStringLiteral(")), arrayCumSum(arrayMap(e -> e.4, ")
                          + merged + QStringLiteral(")), arrayCumSum(arrayMap(e -> e.5, ") + merged + QStringLiteral(")))))");
        // R_(k-1) as differences (tag 1) and the candidates (tag 0), by position.
        passing = bind(merged,
                       QStringLiteral("arraySort(e -> (e.1, e.2), arrayConcat(arrayMap((r, d) -> (r.1, toUInt8(1), r.1 - d.1, r.2 - d.2, r.3 - d.3, "
                                      "toInt64(0), toInt64(0), toInt64(0)), ")
                           + previous + QStringLiteral(", arrayPopBack(arrayPushFront(") + previous
                           + QStringLiteral(", (toInt64(0), toInt64(0), toInt64(0), toInt64(0))))), arrayMap(q -> (q.1, toUInt8(0), toInt64(0), "
                                            "toInt64(0), toInt64(0), q.2, q.3, q.4), arrayFilter(e -> e.1 > c0 AND e.2 <= wLimit")
                           + (hold ? QStringLiteral(" AND e.5 = wHeld") : QString()) + QStringLiteral(", wA") + n + QStringLiteral("))))"),
                       passing);
        body = bind(reached(k), passing, body);
    }
    body = bind(reached(0), QStringLiteral("[(toInt64(c0), toInt64(t[c0]), toInt64(wX0[c0]), toInt64(0))]"), body);
    if (hold)
        body = bind(QStringLiteral("wHeld"), QStringLiteral("hs[c0]"), body);
    return bind(QStringLiteral("wLimit"), limit, body);
}

QString ClickHouseFunnel::sql(const FunnelQuery &query, qint64 mostStarts, const Context &context, const QString &events)
{
    const Matches &matches = context.matches;
    const int steps = int(query.steps.size());
    const bool strict = query.order == FunnelQuery::Order::Strict;
    const bool anyOrder = query.order == FunnelQuery::Order::Any;
    const bool search = query.order == FunnelQuery::Order::Ordered && query.hasStepWindows(); // searchChain()
    const bool sessions = query.count == FunnelQuery::Count::Sessions;
    const bool totals = query.count == FunnelQuery::Count::Totals;
    const bool returning = query.breakdown == FunnelQuery::newVsReturning();
    const qint64 from = query.fromMs.value_or(std::numeric_limits<qint64>::min() / 2);
    const qint64 to = query.toMs.value_or(std::numeric_limits<qint64>::max() / 2);

    // Per event: the lowest step it is (its place among ties), and every step it is, as bits.
    // (Built by concatenation: an event name may hold a % that QString::arg would read.)
    QString rank = QStringLiteral("multiIf(");
    QStringList bits;
    QStringList names;
    for (int k = 0; k < steps; ++k) {
        const QString name = ClickHouseConnection::quote(query.steps[k].event);
        // An event is step k when it is the step's event and passes the step's own filters.
        const QString match = stepSql(query.steps[k], matches);
        rank += match + QStringLiteral(", ") + QString::number(k) + QStringLiteral(", ");
        bits.append(QStringLiteral("if(") + match + QStringLiteral(", ") + QString::number(quint32(1) << k) + QStringLiteral(", 0)"));
        names.append(name);
    }
    rank += QStringLiteral("32)");
    const QString mask = QStringLiteral("toUInt32(") + bits.join(QStringLiteral(" + ")) + QLatin1Char(')');
    // Bit k - 1: the event is excluded between step k and k + 1 (strict funnels and steps
    // in any order have none).
    QStringList excludedBits = {QStringLiteral("0")};
    const bool exclusions = !strict && !anyOrder && !query.exclusions.isEmpty();
    if (exclusions) {
        QSet<QPair<QString, int>> seen; // an exclusion named twice is one bit
        for (const FunnelQuery::Exclusion &exclusion : query.exclusions) {
            if (seen.contains({exclusion.event, exclusion.after}))
                continue;
            seen.insert({exclusion.event, exclusion.after});
            const QString name = ClickHouseConnection::quote(exclusion.event);
            excludedBits.append(QStringLiteral("if(event = ") + name + QStringLiteral(", ")
                                + QString::number(quint32(1) << (exclusion.after - 1)) + QStringLiteral(", 0)"));
            names.append(name);
        }
    }
    const QString excluded = QStringLiteral("toUInt32(") + excludedBits.join(QStringLiteral(" + ")) + QLatin1Char(')');
    const QString value = returning ? QStringLiteral("session") : valueSql(query.breakdown);
    names.removeDuplicates();
    // Held properties: per event their values as one key, '' when one is empty (such an
    // event starts no chain); each later step's event must have its start's key (hs[c0]).
    const bool hold = !query.hold.isEmpty();
    QString heldKey = QStringLiteral("''");
    if (hold) {
        QStringList present;
        QStringList parts;
        for (const QString &property : query.hold) {
            const QString v = valueSql(property);
            present.append(v + QStringLiteral(" != ''"));
            parts.append(QStringLiteral("toString(length(") + v + QStringLiteral(")), ':', ") + v); // unambiguous
        }
        heldKey = QStringLiteral("if(") + present.join(QStringLiteral(" AND ")) + QStringLiteral(", concat(")
                  + parts.join(QStringLiteral(", ")) + QStringLiteral(", ''), '')");
    }
    const QString sameHeld = hold ? QStringLiteral(" AND hh = hs[c0]") : QString();
    const QString heldParameter = hold ? QStringLiteral("hh, ") : QString();
    const QString heldArray = hold ? QStringLiteral("hs, ") : QString();

    // The chain from start p: step k's position c_k, 0 once a step is missing. Each step
    // binds the previous one through arrayMap over a one-element array, so it is computed
    // once (ClickHouse 18.16 has no arrayFold).
    const QString limit = QStringLiteral("t[c0] + %1").arg(query.windowMs);
    QString chain = QStringLiteral("[");
    for (int k = 0; k < steps; ++k)
        chain += (k ? QStringLiteral(", c") : QStringLiteral("c")) + QString::number(k);
    chain += QLatin1Char(']');
    for (int k = steps - 1; k >= 1 && !anyOrder && !search; --k) {
        const QString previous = QStringLiteral("c%1").arg(k - 1);
        QString next;
        if (strict) {
            // (With a window of its own: within it of the step before.)
            const qint64 window = query.steps[k].windowMs;
            next = QStringLiteral("if(%1 = 0 OR %1 + 1 > length(t), 0, if(bitTest(m[%1 + 1], %2) AND t[%1 + 1] <= %3%4%5, %1 + 1, 0))")
                       .arg(previous)
                       .arg(k)
                       .arg(limit, hold ? QStringLiteral(" AND hs[%1 + 1] = hs[c0]").arg(previous) : QString(),
                            window > 0 ? QStringLiteral(" AND t[%1 + 1] - t[%1] <= %2").arg(previous).arg(window) : QString());
        } else if (exclusions) {
            // The first event that is step k or excluded before it: a chain that meets the
            // exclusion first stops there.
            // (Held: a step event of another value is passed over; an exclusion counts whatever its value.)
            next = QStringLiteral("if(%1 = 0, 0, arrayMap(q -> if(q > 0 AND bitTest(m[q], %2)%5, q, 0), [arrayFirstIndex((tt, mm, %6xx, i) -> "
                                  "i > %1 AND tt <= %3 AND ((bitTest(mm, %2)%7) OR bitTest(xx, %4)), t, m, %8xs, arrayEnumerate(t))])[1])")
                       .arg(previous)
                       .arg(k)
                       .arg(limit)
                       .arg(k - 1)
                       .arg(hold ? QStringLiteral(" AND hs[q] = hs[c0]") : QString(), heldParameter, sameHeld, heldArray);
        } else {
            next = QStringLiteral("if(%1 = 0, 0, arrayFirstIndex((tt, mm, %4i) -> i > %1 AND tt <= %3 AND bitTest(mm, %2)%5, t, m, %6"
                                  "arrayEnumerate(t)))")
                       .arg(previous)
                       .arg(k)
                       .arg(limit, heldParameter, sameHeld, heldArray);
        }
        chain = QStringLiteral("arrayMap(c%1 -> ").arg(k) + chain + QStringLiteral(", [") + next + QStringLiteral("])[1]");
    }
    if (anyOrder)
        chain = anyOrderChain(query, limit, hold);
    else if (search)
        chain = searchChain(query, limit, hold);
    chain = QStringLiteral("arrayMap(c0 -> ") + chain + QStringLiteral(", [p])[1]");

    const QString unit = sessions ? QStringLiteral("person, person_anonymous, session") : QStringLiteral("person, person_anonymous");
    // First and last touch read every event of the unit (passing the global filters) from
    // its very first, up to its chain's last step: no event or date is left out.
    const bool touches = query.attribution == FunnelQuery::Attribution::FirstTouch || query.attribution == FunnelQuery::Attribution::LastTouch;
    const bool touch = !query.breakdown.isEmpty() && !returning && touches;
    const QString eventFilter = strict || touch ? QString() : QStringLiteral(" AND event IN (") + names.join(QStringLiteral(", ")) + QLatin1Char(')');
    const qint64 lastUseful = query.toMs ? to - 1 + query.windowMs : to;
    const QString n = QString::number(steps);

    // One attempt's figures from its chain c: its level, the week of its start, its steps'
    // intervals, who and when it dropped (only when the persons are asked for), its value.
    // The attributed event: step 1's, or step K's ('' short of it: "(none)").
    const bool toStep = query.attribution == FunnelQuery::Attribution::Step;
    const QString attributed = QStringLiteral("c[%1]").arg(toStep ? query.attributionStep : 1);
    QString attemptValue = QStringLiteral("vs[") + attributed + QLatin1Char(']');
    if (returning) // "new" when that event lies in the person's first session
        attemptValue = QStringLiteral("if(if(firstSession != '', vs[%1] = firstSession, t[%1] <= firstSessionEnd), 'new', 'returning')").arg(attributed);
    if (toStep)
        attemptValue = QStringLiteral("if(level >= %1, ").arg(query.attributionStep) + attemptValue + QStringLiteral(", '')");
    if (returning && touches) // as locally: new vs returning is no property to touch
        attemptValue = QStringLiteral("''");
    if (touch) {
        // The units' events with a value, by their place in the local table (time, import,
        // id), up to the last step's event (lk); the first or the last of them.
        attemptValue = bind(QStringLiteral("tv"),
                            QStringLiteral("arraySort(x -> x.1, arrayFilter(x -> x.2 != '' AND x.1 <= lk, arrayMap((k, v) -> (k, v), ks, vs)))"),
                            QStringLiteral("if(length(tv) = 0, '', arrayMap(x -> x.2, tv)[")
                                + (query.attribution == FunnelQuery::Attribution::FirstTouch ? QStringLiteral("1") : QStringLiteral("-1"))
                                + QStringLiteral("])"));
        attemptValue = bind(QStringLiteral("lk"), QStringLiteral("ks[c[level]]"), attemptValue);
    }
    QString attempt = QStringLiteral("tuple(level, toInt64(floor((times[1] + ") + QString::number(3 * FunnelQuery::day)
                      + QStringLiteral(") / ") + QString::number(7 * FunnelQuery::day)
                      + QStringLiteral(")), arrayMap(k -> times[k + 2] - times[k + 1], range(toUInt32(level - 1))), ")
                      + (query.listDropped ? QStringLiteral("if(level < ") + n + QStringLiteral(", person, ''), if(level < ") + n
                                                 + QStringLiteral(", person_anonymous, 0), if(level < ") + n
                                                 + QStringLiteral(", times[level], 0), ")
                                           : QStringLiteral("'', 0, 0, ")) // figures only: no unit named
                      + attemptValue + QLatin1Char(')');
    attempt = bind(QStringLiteral("times"), QStringLiteral("arrayMap(i -> t[i], arrayFilter(i -> i > 0, c))"), attempt);
    attempt = bind(QStringLiteral("level"), QStringLiteral("toUInt32(arrayCount(y -> y > 0, c))"), attempt);

    // Which chains count: the best (the highest level, the earliest start among equals),
    // or for totals every attempt that shares no event with the one before (it starts
    // after that one converted, or after its window ran out).
    QString picked;
    if (totals) {
        const QString ends = QStringLiteral("arrayMap((c, lv) -> if(lv = ") + n + QStringLiteral(", arrayReduce('max', c), "
                             "arrayCount(x -> x <= t[c[1]] + ") + QString::number(query.windowMs) + QStringLiteral(", t)), chains, levels)");
        int doublings = 0;
        while (doublings < 62 && (qint64(1) << doublings) < std::max<qint64>(mostStarts, 1))
            ++doublings;
        picked = bind(QStringLiteral("ends"), ends, totalsPath(doublings, QStringLiteral("P") + QString::number(doublings)));
    } else {
        picked = QStringLiteral("if(arrayReduce('max', levels) > 0, [indexOf(levels, arrayReduce('max', levels))], emptyArrayUInt64())");
    }
    QString figures = QStringLiteral("arrayMap(c -> ") + attempt + QStringLiteral(", arrayMap(a -> chains[a], ") + picked + QStringLiteral("))");
    figures = bind(QStringLiteral("levels"), QStringLiteral("arrayMap(c -> arrayCount(y -> y > 0, c), chains)"), figures);
    figures = bind(QStringLiteral("chains"), QStringLiteral("arrayMap(p -> ") + chain + QStringLiteral(", S)"), figures);
    figures = bind(QStringLiteral("S"),
                   QStringLiteral("arrayFilter(i -> bitTest(m[i], 0) AND t[i] >= ") + QString::number(from) + QStringLiteral(" AND t[i] < ")
                       + QString::number(to) + (hold ? QStringLiteral(" AND hs[i] != ''") : QString()) + QStringLiteral(", arrayEnumerate(t))"),
                   figures);
    if (search)
        figures = searchCandidates(query, hold, figures);
    // The person's first session comes from the join (see below), bound here: a column of
    // the join read only inside a lambda is not found on 18.16.
    figures = QStringLiteral("arrayMap((t, m, xs, vs") + (hold ? QStringLiteral(", hs") : QString())
              + (touch ? QStringLiteral(", ks") : QString())
              + (returning ? QStringLiteral(", firstSession, firstSessionEnd") : QString()) + QStringLiteral(") -> ") + figures
              + QStringLiteral(", [arrayMap(e -> e.1, ev)], [arrayMap(e -> e.3, ev)], [arrayMap(e -> e.4, ev)], "
                               "[arrayMap(e -> e.5, ev)]")
              + (hold ? QStringLiteral(", [arrayMap(e -> e.9, ev)]") : QString())
              + (touch ? QStringLiteral(", [arrayMap(e -> (e.1, e.6, e.7, e.8), ev)]") : QString())
              + (returning ? QStringLiteral(", [any(first_session)], [any(first_session_end)]") : QString()) + QStringLiteral(")[1]");

    // The events a unit's chains are made of. New vs returning needs the person's first
    // session, and the session properties their sessions' values, over all their events (a
    // session's unit sees only its own, filters pass only some): joined per person, from a
    // subquery that each shard runs over its own persons (distributed_product_mode 'local',
    // ClickHouseWorkspace::reportSettings()).
    const QString filters = QStringLiteral("ts >= ") + QString::number(touch ? std::numeric_limits<qint64>::min() / 2 : from)
                            + QStringLiteral(" AND ts <= ") + QString::number(lastUseful)
                            + eventFilter + QStringLiteral(" AND ") + conditionsSql(query.where, &matches).value_or(QStringLiteral("0"));
    const QString tuple = QStringLiteral("(ts, ") + rank + QStringLiteral(", ") + mask + QStringLiteral(", ") + excluded + QStringLiteral(", ")
                          + value + QStringLiteral(", import, uid, seq") + (hold ? QStringLiteral(", ") + heldKey : QString())
                          + QLatin1Char(')');
    QString perUnit = QStringLiteral("SELECT ") + unit + QStringLiteral(", arraySort(e -> (e.1, e.2, e.6, e.7, e.8), groupArray(") + tuple
                      + QStringLiteral(")) AS ev, ");
    perUnit += figures + QStringLiteral(" AS r FROM ") + events;
    QStringList joined;
    if (returning) {
        // The first session's end: the last time before the first pause over the gap, or the last time.
        const QString firstSessionEnd =
            bind(QStringLiteral("a"), QStringLiteral("arraySort(groupArray(ts))"),
                 bind(QStringLiteral("i"),
                      QStringLiteral("arrayFirstIndex((x, y) -> y - x > ") + QString::number(FunnelEngine::sessionGapMs)
                          + QStringLiteral(", arrayPopBack(a), arrayPopFront(a))"),
                      QStringLiteral("if(i = 0, a[-1], a[i])")));
        joined.append(QStringLiteral("argMin(session, (ts, import, uid, seq)) AS first_session"));
        joined.append(firstSessionEnd + QStringLiteral(" AS first_session_end"));
    }
    joined.append(ClickHouseSessions::joinColumns(context.sessions));
    perUnit += personJoin(joined, events);
    perUnit += QStringLiteral(" WHERE ") + filters;
    perUnit += QStringLiteral(" GROUP BY ") + unit;
    return QStringLiteral("SELECT a.1 AS level, a.2 AS week, a.3 AS deltas, a.4 AS who, a.5 AS who_anonymous, a.6 AS last, "
                          "count(), a.7 AS value FROM (") + perUnit
        + QStringLiteral(") ARRAY JOIN r AS a GROUP BY level, week, deltas, who, who_anonymous, last, value "
                         "ORDER BY level, who, last, week, value");
}

ClickHouseFunnel::Facts ClickHouseFunnel::facts(const ClickHouseWorkspace &workspace, const TaskContext &task)
{
    Facts facts;
    const QList<QStringList> rows = workspace.connection().rows(
        QStringLiteral("SELECT event, max(ts) FROM events GROUP BY event ORDER BY event"), task);
    for (const QStringList &row : rows) {
        facts.eventNames.append(row.value(0));
        facts.lastTs = std::max(facts.lastTs, row.value(1).toLongLong());
    }
    return facts;
}

FunnelResult ClickHouseFunnel::run(const ClickHouseWorkspace &workspace, const Facts &facts, const FunnelQuery &query,
                                   const TaskContext &task)
{
    bool numbers = comparesNumbers(query.where) || numberColumns().contains(query.breakdown);
    for (const FunnelQuery::Step &step : query.steps)
        numbers = numbers || comparesNumbers(step.filters);
    if (numbers && !facts.numbers)
        throw workspace.numbersMissing();
    if (const QString problem = FunnelEngine::validateEvents(facts.eventNames, query); !problem.isEmpty())
        throw ValidationError(problem);
    QList<Condition> conditions = query.where;
    for (const FunnelQuery::Step &step : query.steps)
        conditions += step.filters;
    const Context context = prepare(workspace, facts, QStringList{query.breakdown} + query.hold, conditions, task);
    checkSharedEvents(workspace, query, context, task);
    const ClickHouseConnection &server = workspace.connection();

    // Totals walk each unit's attempts in as many doublings as its starts need: bounded by
    // the most step-1 events one person has (one small query; at 10M events 0.4 s, and
    // the funnel 3.4 s faster than bounded by the event's count).
    qint64 mostStarts = 1;
    if (query.count == FunnelQuery::Count::Totals) {
        mostStarts = server.rows(QStringLiteral("SELECT max(c) FROM (SELECT count() AS c FROM events WHERE event = ")
                                     + ClickHouseConnection::quote(query.steps.first().event)
                                     + QStringLiteral(" GROUP BY person, person_anonymous)"),
                                 task, workspace.reportSettings())
                         .value(0)
                         .value(0)
                         .toLongLong();
    }
    FunnelResult result = figures(workspace, facts.lastTs, query, mostStarts, context, task);
    if (query.comparedPeriod()) // the same checks, bound and filters hold for the other period
        FunnelEngine::addComparison(query, figures(workspace, facts.lastTs, query.comparedQuery(), mostStarts, context, task), result);
    return result;
}

FunnelResult ClickHouseFunnel::figures(const ClickHouseWorkspace &workspace, qint64 lastTs, const FunnelQuery &query,
                                       qint64 mostStarts, const Context &context, const TaskContext &task)
{
    const QList<QStringList> rows = workspace.connection().rows(sql(query, mostStarts, context), task, workspace.reportSettings());

    const size_t steps = query.steps.size();
    const qint64 week = 7 * FunnelQuery::day;
    FunnelEngine::Chains chains;
    auto persons = std::make_shared<UserKeys>();
    for (const QStringList &row : rows) {
        const int level = row.value(0).toInt();
        const qint64 weekIndex = row.value(1).toLongLong();
        QList<qint64> deltas;
        const QString list = row.value(2).mid(1, row.value(2).size() - 2);
        for (QStringView value : QStringView(list).split(QLatin1Char(','), Qt::SkipEmptyParts))
            deltas.append(value.toLongLong());
        const bool dropped = level < int(steps) && query.listDropped;
        const qint64 count = row.value(6).toLongLong();
        const QString value = valueText(query.breakdown, row.value(7));
        // A dropped unit's last step time is exact; a converted unit needs only its week.
        qint64 start = weekIndex * week - 3 * FunnelQuery::day;
        if (dropped) {
            start = row.value(5).toLongLong();
            for (qint64 delta : std::as_const(deltas))
                start -= delta;
        }
        for (qint64 i = 0; i < count; ++i) {
            if (!query.breakdown.isEmpty())
                chains.values.push_back(value);
            int person = -1;
            if (dropped) {
                person = int(persons->size());
                persons->append(row.value(3));
            }
            chains.persons.push_back(person);
            chains.levels.push_back(level);
            qint64 at = start;
            chains.times.push_back(at);
            for (size_t k = 1; k < steps; ++k) {
                if (qsizetype(k - 1) < deltas.size())
                    at += deltas[qsizetype(k - 1)];
                chains.times.push_back(at);
            }
        }
    }
    return FunnelEngine::fromChains(query, chains, lastTs, persons);
}

} // namespace Funnelscope
