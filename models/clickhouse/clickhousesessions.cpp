#include "clickhousesessions.h"

#include "analysis/eventtable.h"
#include "clickhousefunnel.h"

#include <utility>

namespace Funnelscope {

namespace {

/** Where a session property's lists lie in the joined tuple `sp`: its first of four (after the runs' starts). */
int slotOf(const QString &property)
{
    return property == QLatin1String("landing_page") ? 2 : 6;
}

} // namespace

bool ClickHouseSessions::isSessionProperty(const QString &property)
{
    return EventTable::sessionProperties().contains(property);
}

ClickHouseSessions::Sources ClickHouseSessions::sources(const ClickHouseWorkspace &workspace, const QStringList &properties,
                                                        QStringList *missing, const TaskContext &task)
{
    Sources sources;
    for (const QString &property : properties) {
        if (!isSessionProperty(property) || sources.contains(property))
            continue;
        if (property == QLatin1String("session_channel")) {
            sources.insert(property, QStringLiteral("channel"));
            continue;
        }
        for (const QString &page : EventTable::pageProperties()) {
            if (ClickHouseFunnel::hasValue(workspace, page, task)) {
                sources.insert(property, ClickHouseFunnel::valueSql(page));
                break;
            }
        }
        if (!sources.contains(property) && missing)
            missing->append(property);
    }
    return sources;
}

QString ClickHouseSessions::joinColumns(const Sources &sources)
{
    if (sources.isEmpty())
        return {};
    // The person's events in the local table's order: time, import, id, session, then the
    // sources (landing_page's at 6, session_channel's at 7). Every lambda below reads only
    // its own elements: a lambda that captures an array copies it for each element.
    const QString se = QStringLiteral("arraySort(e -> (e.1, e.2, e.3, e.4), groupArray((ts, import, uid, seq, session, ")
                       + sources.value(QStringLiteral("landing_page"), QStringLiteral("''")) + QStringLiteral(", ")
                       + sources.value(QStringLiteral("session_channel"), QStringLiteral("''")) + QStringLiteral(")))");
    // A run starts at an event without a session id whose predecessor has one, or lies more
    // than the gap before it; rn numbers each event's run.
    const QString starts = QStringLiteral("arrayMap((s, p, t, q, i) -> toUInt32(s = '' AND (i = 1 OR p != '' OR t - q > ")
                           + QString::number(EventTable::sessionGapMs)
                           + QStringLiteral(")), ss, arrayPushFront(arrayPopBack(ss), ''), tt, arrayPushFront(arrayPopBack(tt), toInt64(0)), "
                                            "arrayEnumerate(ss))");
    QStringList elements = {QStringLiteral("arrayFilter((e, x) -> x = 1, arrayMap(e -> (e.1, e.2, e.3, e.4), se), st)")};
    QList<std::pair<QString, QString>> lists; // each property's four lists, bound once
    for (const QString &property : {QStringLiteral("landing_page"), QStringLiteral("session_channel")}) {
        if (!sources.contains(property)) {
            elements += {QStringLiteral("emptyArrayString()"), QStringLiteral("emptyArrayString()"), QStringLiteral("emptyArrayUInt64()"),
                         QStringLiteral("emptyArrayString()")};
            continue;
        }
        const QString v = QString::number(property == QLatin1String("landing_page") ? 6 : 7);
        // The events with a value, by session id and by run; the first of each (arrayEnumerateUniq's 1).
        QString four = QStringLiteral("tuple(arrayFilter((k, n) -> n = 1, sk, arrayEnumerateUniq(sk)), "
                                      "arrayFilter((x, n) -> n = 1, sx, arrayEnumerateUniq(sk)), "
                                      "arrayFilter((k, n) -> n = 1, rk, arrayEnumerateUniq(rk)), "
                                      "arrayFilter((x, n) -> n = 1, rx, arrayEnumerateUniq(rk)))");
        four = ClickHouseConnection::bind(QStringLiteral("sk"), QStringLiteral("arrayFilter((s, x) -> s != '' AND x != '', ss, xs)"), four);
        four = ClickHouseConnection::bind(QStringLiteral("sx"), QStringLiteral("arrayFilter((x, s) -> s != '' AND x != '', xs, ss)"), four);
        four = ClickHouseConnection::bind(QStringLiteral("rk"), QStringLiteral("arrayFilter((r, s, x) -> s = '' AND x != '', rn, ss, xs)"),
                                          four);
        four = ClickHouseConnection::bind(QStringLiteral("rx"), QStringLiteral("arrayFilter((x, s) -> s = '' AND x != '', xs, ss)"), four);
        four = ClickHouseConnection::bind(QStringLiteral("xs"), QStringLiteral("arrayMap(e -> tupleElement(e, ") + v + QStringLiteral("), se)"),
                                          four);
        const QString name = QStringLiteral("l") + v;
        for (int k = 1; k <= 4; ++k)
            elements.append(QStringLiteral("tupleElement(") + name + QStringLiteral(", ") + QString::number(k) + QLatin1Char(')'));
        lists.append({name, four});
    }
    QString body = QStringLiteral("tuple(") + elements.join(QStringLiteral(", ")) + QLatin1Char(')');
    for (const auto &[name, four] : std::as_const(lists))
        body = ClickHouseConnection::bind(name, four, body);
    body = ClickHouseConnection::bind(QStringLiteral("rn"), QStringLiteral("arrayMap(x -> toUInt64(x), arrayCumSum(st))"), body);
    body = ClickHouseConnection::bind(QStringLiteral("st"), starts, body);
    body = ClickHouseConnection::bind(QStringLiteral("tt"), QStringLiteral("arrayMap(e -> e.1, se)"), body);
    body = ClickHouseConnection::bind(QStringLiteral("ss"), QStringLiteral("arrayMap(e -> e.5, se)"), body);
    body = ClickHouseConnection::bind(QStringLiteral("se"), se, body);
    return body + QStringLiteral(" AS sp");
}

QString ClickHouseSessions::valueSql(const QString &property)
{
    const auto list = [property](int k) {
        // (materialize(): a cluster's server sends `sp.3[…]` on to the shards, which 18.16 cannot parse.)
        return QStringLiteral("materialize(tupleElement(sp, ") + QString::number(slotOf(property) + k) + QStringLiteral("))");
    };
    // A session id's first value, else the first value of the event's run: the last one
    // starting at or before it.
    return QStringLiteral("if(session != '', ") + list(1) + QStringLiteral("[indexOf(") + list(0) + QStringLiteral(", session)], ") + list(3)
           + QStringLiteral("[indexOf(") + list(2)
           + QStringLiteral(", toUInt64(arrayCount(s -> s.1 < ts OR (s.1 = ts AND (s.2 < import OR (s.2 = import AND (s.3 < uid OR "
                            "(s.3 = uid AND s.4 <= seq))))), tupleElement(sp, 1))))])");
}

} // namespace Funnelscope
