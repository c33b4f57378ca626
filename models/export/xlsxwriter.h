#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Funnelscope {

/**
 * Writes a table as an Excel workbook (libxlsxwriter) with typed cells, so a sheet can
 * sum and sort it without "convert to number": a plain number (dot decimals, as every
 * export writes them; no leading zero, at most 15 digits, so ids keep their digits) is a
 * number, an ISO day is a date, an ISO timestamp a date and time; everything else is text,
 * never a formula. The first row is the bold, frozen header with a filter.
 *
 * The workbook is built in a temporary folder and written through OutputFile, so a failed
 * export leaves an earlier file as it was and never overwrites an open workspace.
 */
class XlsxWriter
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::XlsxWriter)

public:
    /** Writes @p rows (header first) to @p path as one sheet named @p sheet; an error, or empty. */
    static QString write(const QString &path, const QList<QStringList> &rows,
                         const QString &sheet = QStringLiteral("Funnelscope"));

    /** How a cell's text is stored. */
    enum class CellType { Text, Number, Date, DateTime };
    static CellType typeOf(const QString &text);
};

} // namespace Funnelscope
