#include "xlsxwriter.h"

#include "store/outputfile.h"

#include <QDateTime>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <algorithm>
#include <memory>

namespace Funnelscope {

namespace {

struct WorkbookCloser
{
    void operator()(lxw_workbook *workbook) const
    {
        if (workbook)
            workbook_close(workbook);
    }
};

lxw_datetime toLxw(const QDate &day, const QTime &time)
{
    return lxw_datetime{day.year(), day.month(), day.day(), time.hour(), time.minute(),
                        time.second() + time.msec() / 1000.0};
}

/** A sheet name Excel accepts: at most 31 characters, none of []:*?/\. */
QByteArray sheetName(const QString &name)
{
    QString cleaned = name;
    cleaned.replace(QRegularExpression(QStringLiteral("[\\[\\]:*?/\\\\]")), QStringLiteral(" "));
    cleaned = cleaned.left(31).trimmed();
    return (cleaned.isEmpty() ? QStringLiteral("Sheet1") : cleaned).toUtf8();
}

} // namespace

XlsxWriter::CellType XlsxWriter::typeOf(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("^-?(0|[1-9][0-9]{0,14})(\\.[0-9]+)?$"));
    static const QRegularExpression day(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    static const QRegularExpression stamp(
        QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,3})?)?(Z|[+-][0-9]{2}:[0-9]{2})?$"));
    if (number.match(text).hasMatch())
        return CellType::Number;
    if (day.match(text).hasMatch() && QDate::fromString(text, Qt::ISODate).isValid())
        return CellType::Date;
    if (stamp.match(text).hasMatch() && QDateTime::fromString(text, Qt::ISODateWithMs).isValid())
        return CellType::DateTime;
    return CellType::Text;
}

QString XlsxWriter::write(const QString &path, const QList<QStringList> &rows, const QString &sheet)
{
    constexpr qsizetype maxRows = 1'048'576; // an Excel sheet's limit
    if (rows.size() > maxRows)
        return tr("Could not write %1: an Excel sheet holds at most %2 rows and this table has %3; write CSV instead.")
            .arg(path, QLocale().toString(maxRows), QLocale().toString(rows.size()));
    QTemporaryDir folder;
    if (!folder.isValid())
        return tr("Could not write %1: no temporary folder (%2).").arg(path, folder.errorString());
    const QByteArray built = QFile::encodeName(folder.filePath(QStringLiteral("table.xlsx")));
    const QByteArray tmpdir = QFile::encodeName(folder.path());

    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE; // rows are written in order: memory stays flat for big tables
    options.tmpdir = const_cast<char *>(tmpdir.constData());
    std::unique_ptr<lxw_workbook, WorkbookCloser> workbook(workbook_new_opt(built.constData(), &options));
    if (!workbook)
        return tr("Could not write %1: the workbook could not be started.").arg(path);
    lxw_worksheet *worksheet = workbook_add_worksheet(workbook.get(), sheetName(sheet).constData());
    lxw_format *header = workbook_add_format(workbook.get());
    format_set_bold(header);
    lxw_format *dateFormat = workbook_add_format(workbook.get());
    format_set_num_format(dateFormat, "yyyy-mm-dd");
    lxw_format *stampFormat = workbook_add_format(workbook.get());
    format_set_num_format(stampFormat, "yyyy-mm-dd hh:mm:ss");

    // Column widths from the texts (set before any cell: constant-memory mode needs that).
    int columns = 0;
    for (const QStringList &row : rows)
        columns = std::max(columns, int(row.size()));
    for (int column = 0; column < columns; ++column) {
        qsizetype widest = 8;
        for (qsizetype row = 0; row < std::min<qsizetype>(rows.size(), 1000); ++row)
            if (column < rows.at(row).size())
                widest = std::max(widest, rows.at(row).at(column).size() + 2);
        worksheet_set_column(worksheet, lxw_col_t(column), lxw_col_t(column), double(std::min<qsizetype>(widest, 60)), nullptr);
    }
    if (!rows.isEmpty()) {
        worksheet_freeze_panes(worksheet, 1, 0);
        if (columns > 0 && rows.size() > 1)
            worksheet_autofilter(worksheet, 0, 0, lxw_row_t(rows.size() - 1), lxw_col_t(columns - 1));
    }

    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QStringList &row = rows.at(r);
        for (qsizetype c = 0; c < row.size(); ++c) {
            const QString &text = row.at(c);
            if (text.isEmpty())
                continue;
            const lxw_row_t at = lxw_row_t(r);
            const lxw_col_t column = lxw_col_t(c);
            lxw_error error = LXW_NO_ERROR;
            switch (r == 0 ? CellType::Text : typeOf(text)) {
            case CellType::Number:
                error = worksheet_write_number(worksheet, at, column, text.toDouble(), nullptr);
                break;
            case CellType::Date: {
                lxw_datetime value = toLxw(QDate::fromString(text, Qt::ISODate), QTime(0, 0));
                error = worksheet_write_datetime(worksheet, at, column, &value, dateFormat);
                break;
            }
            case CellType::DateTime: {
                // The wall time the text names; an offset is left out (sheets have no zones).
                QString wall = text;
                wall.remove(QRegularExpression(QStringLiteral("(Z|[+-][0-9]{2}:[0-9]{2})$")));
                lxw_datetime value = toLxw(QDate::fromString(wall.left(10), Qt::ISODate),
                                           QTime::fromString(wall.mid(11), Qt::ISODateWithMs));
                error = worksheet_write_datetime(worksheet, at, column, &value, stampFormat);
                break;
            }
            case CellType::Text: {
                const QByteArray utf8 = text.left(32767).toUtf8();
                error = worksheet_write_string(worksheet, at, column, utf8.constData(), r == 0 ? header : nullptr);
                break;
            }
            }
            if (error != LXW_NO_ERROR)
                return tr("Could not write %1: %2 (row %3).").arg(path, QString::fromUtf8(lxw_strerror(error))).arg(r + 1);
        }
    }
    if (const lxw_error error = workbook_close(workbook.release()); error != LXW_NO_ERROR)
        return tr("Could not write %1: %2.").arg(path, QString::fromUtf8(lxw_strerror(error)));

    QFile builtFile(QFile::decodeName(built));
    if (!builtFile.open(QIODevice::ReadOnly))
        return tr("Could not write %1: %2.").arg(path, builtFile.errorString());
    OutputFile out(path);
    if (!out.begin())
        return out.errorMessage();
    while (!builtFile.atEnd()) {
        const QByteArray chunk = builtFile.read(1 << 20);
        if (out.write(chunk) != chunk.size())
            break;
    }
    return out.finish() ? QString() : out.errorMessage();
}

} // namespace Funnelscope
