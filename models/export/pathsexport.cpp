#include "pathsexport.h"

#include "csvwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Funnelscope {

QByteArray PathsExport::toJson(const PathsQuery &query, const PathsResult &result)
{
    QJsonArray steps;
    for (int step = 0; step < result.steps.size(); ++step) {
        QJsonArray nodes;
        for (const PathsNode &node : result.steps[step])
            nodes.append(QJsonObject{{QStringLiteral("name"), node.name}, {QStringLiteral("persons"), node.persons}});
        steps.append(QJsonObject{{QStringLiteral("step"), step}, {QStringLiteral("nodes"), nodes}});
    }
    QJsonArray edges;
    for (const PathsEdge &edge : result.edges) {
        edges.append(QJsonObject{{QStringLiteral("step"), edge.step},
                                 {QStringLiteral("from"), result.steps[edge.step - 1][edge.from].name},
                                 {QStringLiteral("to"), result.steps[edge.step][edge.to].name},
                                 {QStringLiteral("persons"), edge.persons}});
    }
    const QJsonObject object{
        {QStringLiteral("start"), result.start},
        {QStringLiteral("direction"), result.backward ? QStringLiteral("backward") : QStringLiteral("forward")},
        {QStringLiteral("dropped_after"), query.funnel ? QJsonValue(query.droppedAfter) : QJsonValue()},
        {QStringLiteral("persons"), result.persons},
        {QStringLiteral("steps"), steps},
        {QStringLiteral("edges"), edges},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

QList<QStringList> PathsExport::table(const PathsResult &result)
{
    QList<QStringList> rows{{QStringLiteral("step"), QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("persons"),
                             QStringLiteral("share_of_start")}};
    for (const PathsEdge &edge : result.edges) {
        rows.append({QString::number(edge.step), result.steps[edge.step - 1][edge.from].name,
                     result.steps[edge.step][edge.to].name, QString::number(edge.persons),
                     QString::number(result.persons > 0 ? double(edge.persons) / double(result.persons) : 0.0, 'g', 10)});
    }
    return rows;
}

} // namespace Funnelscope
