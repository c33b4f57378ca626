#include "rejectedrowsexport.h"

#include "tablefile.h"
#include "store/importlog.h"

namespace Funnelscope {

QString RejectedRowsExport::write(Connection &connection, qint64 importId, const QString &path, bool excelCsv)
{
    QList<QStringList> rows = {{QStringLiteral("line"), QStringLiteral("reason"), QStringLiteral("row")}};
    rows += ImportLog::rejectedRows(connection, importId);
    return TableFile::write(path, rows, excelCsv);
}

} // namespace Funnelscope
