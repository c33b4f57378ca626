// Tables as people take them away: an Excel workbook whose numbers and dates are typed
// (read back from the .xlsx's XML with libarchive, not with the writer's own code), CSV
// with and without Excel's byte-order mark, the JSON of a table and the terminal's text.
#include "export/tablefile.h"
#include "export/texttable.h"
#include "export/xlsxwriter.h"

#include <QDate>
#include <QFile>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>

using namespace Funnelscope;

namespace {

/** The member @p name of the zip at @p path, or empty. */
QByteArray zipMember(const QString &path, const QByteArray &name)
{
    archive *zip = archive_read_new();
    archive_read_support_format_zip(zip);
    QByteArray content;
    if (archive_read_open_filename(zip, QFile::encodeName(path).constData(), 1 << 16) == ARCHIVE_OK) {
        archive_entry *entry = nullptr;
        while (archive_read_next_header(zip, &entry) == ARCHIVE_OK) {
            if (name != archive_entry_pathname(entry))
                continue;
            char buffer[1 << 16];
            la_ssize_t got = 0;
            while ((got = archive_read_data(zip, buffer, sizeof buffer)) > 0)
                content.append(buffer, got);
            break;
        }
    }
    archive_read_free(zip);
    return content;
}

/** The <c> element of cell @p ref in a sheet's XML. */
QString cell(const QString &sheet, const QString &ref)
{
    const QRegularExpression element(QStringLiteral("<c r=\"%1\"[^>]*>.*?</c>").arg(ref));
    return element.match(sheet).captured(0);
}

} // namespace

class tst_TableFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void xlsxTypesNumbersAndDates()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("table.xlsx"));
        const QList<QStringList> rows = {
            {QStringLiteral("user_id"), QStringLiteral("count"), QStringLiteral("conversion"), QStringLiteral("day"),
             QStringLiteral("at"), QStringLiteral("city"), QStringLiteral("note")},
            {QStringLiteral("00123"), QStringLiteral("19760"), QStringLiteral("0.178"), QStringLiteral("2025-08-03"),
             QStringLiteral("2025-08-03T14:30:15Z"), QStringLiteral("Zürich"), QStringLiteral("=HYPERLINK(\"x\")")},
            {QStringLiteral("12345678901234567890"), QStringLiteral("-4"), QStringLiteral(""), QStringLiteral("2025-02-30"),
             QStringLiteral("2025-08-03 09:05"), QStringLiteral("München"), QStringLiteral("1,5")},
        };
        QCOMPARE(TableFile::write(path, rows, TableFile::Format::Xlsx), QString());
        const QString sheet = QString::fromUtf8(zipMember(path, "xl/worksheets/sheet1.xml"));
        QVERIFY2(!sheet.isEmpty(), "no sheet in the workbook");

        // Ids keep their digits: text, not 123 or 1.23457E+19.
        QVERIFY2(cell(sheet, QStringLiteral("A2")).contains(QStringLiteral("t=\"inlineStr\"")), qPrintable(cell(sheet, QStringLiteral("A2"))));
        QVERIFY(cell(sheet, QStringLiteral("A2")).contains(QStringLiteral("<t>00123</t>")));
        QVERIFY(cell(sheet, QStringLiteral("A3")).contains(QStringLiteral("<t>12345678901234567890</t>")));
        // Numbers are numbers.
        QVERIFY2(cell(sheet, QStringLiteral("B2")).contains(QStringLiteral("<v>19760</v>")), qPrintable(cell(sheet, QStringLiteral("B2"))));
        QVERIFY(!cell(sheet, QStringLiteral("B2")).contains(QStringLiteral("t=\"")));
        QVERIFY(cell(sheet, QStringLiteral("C2")).contains(QStringLiteral("<v>0.178</v>")));
        QVERIFY(cell(sheet, QStringLiteral("B3")).contains(QStringLiteral("<v>-4</v>")));
        QVERIFY(cell(sheet, QStringLiteral("C3")).isEmpty()); // an empty cell stays empty
        // A day is Excel's serial day (days since 1899-12-30) with a date format.
        const qint64 serial = QDate(1899, 12, 30).daysTo(QDate(2025, 8, 3));
        QVERIFY2(cell(sheet, QStringLiteral("D2")).contains(QStringLiteral("<v>%1</v>").arg(serial)), qPrintable(cell(sheet, QStringLiteral("D2"))));
        QVERIFY(cell(sheet, QStringLiteral("D2")).contains(QStringLiteral(" s=\"")));
        // No such day: text as written.
        QVERIFY(cell(sheet, QStringLiteral("D3")).contains(QStringLiteral("<t>2025-02-30</t>")));
        // A timestamp: the day plus the fraction of its wall time.
        const QRegularExpression value(QStringLiteral("<v>([0-9.]+)</v>"));
        const double stamp = value.match(cell(sheet, QStringLiteral("E2"))).captured(1).toDouble();
        QVERIFY2(qAbs(stamp - (serial + (14 * 3600 + 30 * 60 + 15) / 86400.0)) < 1e-6, qPrintable(cell(sheet, QStringLiteral("E2"))));
        const double minute = value.match(cell(sheet, QStringLiteral("E3"))).captured(1).toDouble();
        QVERIFY(qAbs(minute - (serial + (9 * 60 + 5) / 1440.0)) < 1e-6);
        // Text is text, never a formula; accents survive.
        QVERIFY(cell(sheet, QStringLiteral("F2")).contains(QStringLiteral("<t>Zürich</t>")));
        QVERIFY(!sheet.contains(QStringLiteral("<f>")));
        QVERIFY(cell(sheet, QStringLiteral("G2")).contains(QStringLiteral("t=\"inlineStr\"")));
        QVERIFY(cell(sheet, QStringLiteral("G3")).contains(QStringLiteral("<t>1,5</t>")));
        // The header is frozen and filtered.
        QVERIFY(sheet.contains(QStringLiteral("state=\"frozen\"")));
        QVERIFY(sheet.contains(QStringLiteral("<autoFilter ref=\"A1:G3\"/>")));
    }

    void csvForExcelStartsWithAByteOrderMark()
    {
        QTemporaryDir dir;
        const QList<QStringList> rows = {{QStringLiteral("city"), QStringLiteral("persons")}, {QStringLiteral("Zürich"), QStringLiteral("12")}};
        const QString plain = dir.filePath(QStringLiteral("plain.csv"));
        const QString excel = dir.filePath(QStringLiteral("excel.csv"));
        QCOMPARE(TableFile::write(plain, rows), QString());
        QCOMPARE(TableFile::write(excel, rows, true), QString());
        QFile plainFile(plain), excelFile(excel);
        QVERIFY(plainFile.open(QIODevice::ReadOnly) && excelFile.open(QIODevice::ReadOnly));
        const QByteArray expected = "city,persons\r\nZ\xC3\xBCrich,12\r\n";
        QCOMPARE(plainFile.readAll(), expected);
        QCOMPARE(excelFile.readAll(), QByteArray("\xEF\xBB\xBF") + expected);
        // The suffix decides: .xlsx is a workbook whatever the CSV flavour.
        QCOMPARE(TableFile::formatOf(dir.filePath(QStringLiteral("a.XLSX")), true), TableFile::Format::Xlsx);
        QCOMPARE(TableFile::formatOf(dir.filePath(QStringLiteral("a.csv")), true), TableFile::Format::ExcelCsv);
    }

    void aFailedWorkbookLeavesTheOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing-folder/table.xlsx"));
        const QString error = TableFile::write(path, {{QStringLiteral("a")}, {QStringLiteral("1")}}, TableFile::Format::Xlsx);
        QVERIFY2(error.contains(QStringLiteral("table.xlsx")), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }

    void aSheetHoldsAMillionRows()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.xlsx"));
        QList<QStringList> rows(1'048'577, QStringList{QStringLiteral("1")});
        const QString error = TableFile::write(path, rows, TableFile::Format::Xlsx);
        QVERIFY2(error.contains(QStringLiteral("write CSV instead")), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }

    void tableAsJson()
    {
        const QJsonArray array = TableFile::toJson({{QStringLiteral("event"), QStringLiteral("rows"), QStringLiteral("since")},
                                                    {QStringLiteral("search"), QStringLiteral("485"), QString()},
                                                    {QStringLiteral("007"), QStringLiteral("2.5"), QStringLiteral("2025-08-10")}});
        QCOMPARE(array.size(), 2);
        QCOMPARE(array.at(0).toObject().value(QStringLiteral("rows")).toDouble(), 485.0);
        QVERIFY(!array.at(0).toObject().contains(QStringLiteral("since")));
        QCOMPARE(array.at(1).toObject().value(QStringLiteral("event")).toString(), QStringLiteral("007"));
        QCOMPARE(array.at(1).toObject().value(QStringLiteral("since")).toString(), QStringLiteral("2025-08-10"));
    }

    void textTableAlignsFigures()
    {
        TextTable table({QStringLiteral("Step"), QStringLiteral("Persons"), QStringLiteral("Conversion")});
        table.addRow({QStringLiteral("1. product_view"), QStringLiteral("19,760"), QStringLiteral("100.0%")});
        table.addRow({QStringLiteral("2. purchase"), QStringLiteral("3,520"), QStringLiteral("17.8%")});
        table.addRule();
        table.addRow({QStringLiteral("Average"), QStringLiteral("11,640")});
        const QStringList lines = table.toString().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 7); // header, rule, two rows, rule, average, and after the final newline nothing
        QCOMPARE(lines.last(), QString());
        QCOMPARE(lines.at(0), QStringLiteral("Step             Persons  Conversion"));
        QVERIFY(lines.at(1).startsWith(QString(10, QChar(0x2500))));
        QCOMPARE(lines.at(2), QStringLiteral("1. product_view   19,760      100.0%"));
        QCOMPARE(lines.at(3), QStringLiteral("2. purchase        3,520       17.8%"));
        QCOMPARE(lines.at(5), QStringLiteral("Average           11,640"));
    }
};

QTEST_GUILESS_MAIN(tst_TableFile)
#include "tst_tablefile.moc"
