#include "rejectedrowsexport.h"

#include "csvwriter.h"
#include "store/importlog.h"

namespace Funnelscope {

QString RejectedRowsExport::write(Connection &connection, qint64 importId, const QString &path)
{
    QList<QStringList> rows = {{QStringLiteral("line"), QStringLiteral("reason"), QStringLiteral("row")}};
    rows += ImportLog::rejectedRows(connection, importId);
    return CsvWriter::writeTable(path, rows);
}

} // namespace Funnelscope
