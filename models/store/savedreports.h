#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Funnelscope {

class Connection;

/** Reports saved in the workspace by kind ("funnel", "cohort") and name, as JSON. */
class SavedReports
{
public:
    struct Report
    {
        QString name;
        QByteArray query;
    };

    static QList<Report> list(Connection &connection, const QString &kind);
    /** Saves or replaces the report called @p name. */
    static void save(Connection &connection, const QString &kind, const QString &name,
                     const QByteArray &query);
    static void remove(Connection &connection, const QString &kind, const QString &name);
};

} // namespace Funnelscope
