#include "savedreports.h"

#include "connection.h"
#include "statement.h"

#include <QDateTime>

namespace Funnelscope {

QList<SavedReports::Report> SavedReports::list(Connection &connection, const QString &kind)
{
    Statement select(connection, "SELECT name, query FROM saved_reports WHERE kind = ? ORDER BY name COLLATE NOCASE");
    select.bind(1, kind);
    QList<Report> reports;
    while (select.step())
        reports.append({select.text(0), select.text(1).toUtf8()});
    return reports;
}

void SavedReports::save(Connection &connection, const QString &kind, const QString &name,
                        const QByteArray &query)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Statement upsert(connection,
                     "INSERT INTO saved_reports (kind, name, query, created_at, updated_at) "
                     "VALUES (?1, ?2, ?3, ?4, ?4) ON CONFLICT (kind, name) DO UPDATE "
                     "SET query = excluded.query, updated_at = excluded.updated_at");
    upsert.bind(1, kind);
    upsert.bind(2, name);
    upsert.bind(3, QString::fromUtf8(query));
    upsert.bind(4, now);
    upsert.exec();
}

void SavedReports::remove(Connection &connection, const QString &kind, const QString &name)
{
    Statement erase(connection, "DELETE FROM saved_reports WHERE kind = ? AND name = ?");
    erase.bind(1, kind);
    erase.bind(2, name);
    erase.exec();
}

} // namespace Funnelscope
