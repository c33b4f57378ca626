#include "frictionexport.h"

#include "csvwriter.h"

#include <QDateTime>

#include <array>
#include <climits>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace Funnelscope {

namespace {

QString utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z');
}

} // namespace

QByteArray FrictionExport::toJson(const FrictionQuery &query, const FrictionResult &result)
{
    Q_UNUSED(query);
    QJsonArray weeks;
    for (const FrictionWeek &week : result.weeks) {
        QJsonObject signals;
        for (int s = 0; s < FrictionQuery::signalCount; ++s) {
            signals.insert(FrictionQuery::signalKey(FrictionQuery::Signal(s)),
                           QJsonObject{{QStringLiteral("sessions"), week.sessions[size_t(s)]},
                                       {QStringLiteral("persons"), week.persons[size_t(s)]}});
        }
        weeks.append(QJsonObject{{QStringLiteral("week"), week.monday.toString(Qt::ISODate)}, {QStringLiteral("signals"), signals}});
    }
    QJsonArray hits;
    for (qsizetype i = 0; i < result.hits.size(); ++i) {
        const FrictionHit &hit = result.hits[i];
        hits.append(QJsonObject{{QStringLiteral("signal"), FrictionQuery::signalKey(hit.signal)},
                                {QStringLiteral("person"), result.personOf(i)},
                                {QStringLiteral("session_start"), utc(hit.sessionStartMs)},
                                {QStringLiteral("at"), utc(hit.atMs)},
                                {QStringLiteral("detail"), hit.detail}});
    }
    const QJsonObject object{
        {QStringLiteral("sessions"), result.sessions},
        {QStringLiteral("high_value_from"), result.highValueFrom},
        {QStringLiteral("missing_roles"), QJsonArray::fromStringList(result.missingRoles)},
        {QStringLiteral("weeks"), weeks},
        {QStringLiteral("hits"), hits},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

QList<QStringList> FrictionExport::table(const FrictionResult &result)
{
    QList<QStringList> rows{{QStringLiteral("person"), QStringLiteral("signal"), QStringLiteral("session_start"),
                             QStringLiteral("at"), QStringLiteral("detail")}};
    for (qsizetype i = 0; i < result.hits.size(); ++i) {
        const FrictionHit &hit = result.hits[i];
        rows.append({result.personOf(i), FrictionQuery::signalKey(hit.signal), utc(hit.sessionStartMs), utc(hit.atMs), hit.detail});
    }
    return rows;
}

QString FrictionExport::summary(const FrictionResult &result)
{
    std::array<int, FrictionQuery::signalCount> totals{};
    for (const FrictionHit &hit : result.hits)
        ++totals[size_t(hit.signal)];
    const QStringList signalCounts{tr("%Ln cart loops", nullptr, totals[0]), tr("%Ln search struggles", nullptr, totals[1]),
                                   tr("%Ln stalled checkouts", nullptr, totals[2]),
                                   tr("%Ln high-value carts left behind", nullptr, totals[3])};
    return tr("In %Ln sessions: %1.", nullptr, int(std::min<qint64>(result.sessions, INT_MAX))).arg(signalCounts.join(tr(", ")));
}

} // namespace Funnelscope
