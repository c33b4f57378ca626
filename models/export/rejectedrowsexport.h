#pragma once

#include <QCoreApplication>
#include <QString>

namespace Funnelscope {

class Connection;

/** Writes an import's rejected rows (line, reason, the row as it was) as CSV or XLSX, by the suffix. */
class RejectedRowsExport
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::RejectedRowsExport)

public:
    /** Returns an error message, or an empty string when the file was written. */
    static QString write(Connection &connection, qint64 importId, const QString &path, bool excelCsv = false);
};

} // namespace Funnelscope
