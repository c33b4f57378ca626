#include "rejectedrowsexport.h"

#include "csvwriter.h"
#include "store/importlog.h"

namespace Funnelscope {

QString RejectedRowsExport::write(Connection &connection, qint64 importId, const QString &path)
{
    const QList<QStringList> rows = ImportLog::rejectedRows(connection, importId);
    CsvWriter writer(path);
    if (!writer.open())
        return writer.errorString();
    writer.writeRow({QStringLiteral("line"), QStringLiteral("reason"), QStringLiteral("row")});
    for (const QStringList &row : rows)
        writer.writeRow(row);
    return writer.commit() ? QString() : writer.errorString();
}

} // namespace Funnelscope
