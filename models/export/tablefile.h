#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Funnelscope {

/**
 * The one way a table leaves the program as a file: by the file's suffix, an Excel
 * workbook (.xlsx, XlsxWriter: typed numbers and dates) or CSV (CsvWriter), in Excel's
 * flavour when asked (a UTF-8 byte-order mark first, without which Excel shows "Zürich"
 * as "ZÃ¼rich"). Every page's and command's table export goes through it.
 */
class TableFile
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::TableFile)

public:
    enum class Format { Csv, ExcelCsv, Xlsx };

    /** Whether @p path names a table file (.csv or .xlsx). */
    static bool handles(const QString &path);
    /** The format @p path's suffix names: XLSX for .xlsx, otherwise CSV (for Excel when @p excelCsv). */
    static Format formatOf(const QString &path, bool excelCsv = false);
    /** Writes @p rows (header first); an error message, or empty when written. */
    static QString write(const QString &path, const QList<QStringList> &rows, Format format,
                         const QString &sheet = QStringLiteral("Funnelscope"));
    /**
     * @p rows (header first) as JSON objects keyed by the header, numbers as numbers (the
     * cells XlsxWriter types as numbers) and empty cells left out: a table's --json.
     */
    static QJsonArray toJson(const QList<QStringList> &rows);
    /** Writes @p rows in the format the suffix names (formatOf()). */
    static QString write(const QString &path, const QList<QStringList> &rows, bool excelCsv = false)
    {
        return write(path, rows, formatOf(path, excelCsv));
    }
};

} // namespace Funnelscope
