#pragma once

#include <QCoreApplication>
#include "store/outputfile.h"

#include <QFile>
#include <QString>
#include <QStringList>

namespace Funnelscope {

/**
 * Writes CSV for spreadsheets: RFC 4180 quoting (fields with a comma, quote or line
 * break are quoted, quotes doubled), CRLF line ends, UTF-8 (with a byte-order mark only when
 * asked: Excel needs it, other programs may show it), dot decimals.
 * A text cell that a spreadsheet would run as a formula (starting with = + - @, tab or
 * carriage return, and not a plain number) is prefixed with an apostrophe, so exported
 * data cannot execute in Excel or LibreOffice (OWASP "CSV injection").
 *
 * The file is written through OutputFile: a failed or abandoned export leaves any earlier
 * file as it was, and an open workspace is never written over.
 */
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::CsvWriter)

public:
    explicit CsvWriter(const QString &path);

    /** Opens the file; false with errorString() on failure. */
    bool open();
    /** Starts the file with a UTF-8 byte-order mark (call before open()). */
    void setByteOrderMark(bool on) { mByteOrderMark = on; }
    void writeRow(const QStringList &fields);
    /** Commits the file; false with errorString() on failure. */
    bool commit();
    QString errorString() const { return mError; }

    /** Writes @p rows to @p path; an error message, or empty when written. */
    static QString writeTable(const QString &path, const QList<QStringList> &rows, bool byteOrderMark = false);

    /** One field as it is written (quoted and guarded as needed). */
    static QString escape(const QString &field);
    /** A field as it was before escape() guarded it (for reading our own CSV back). */
    static QString unguard(const QString &field);

private:
    OutputFile mFile;
    QString mError;
    bool mByteOrderMark = false;
};

} // namespace Funnelscope
