// CSV as spreadsheets read it: quoting, line ends, and no formula that could run.
#include "export/csvwriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Funnelscope;

class tst_CsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escapes_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("written");
        QTest::newRow("plain") << "purchase" << "purchase";
        QTest::newRow("comma") << "a, b" << "\"a, b\"";
        QTest::newRow("quote") << "say \"hi\"" << "\"say \"\"hi\"\"\"";
        QTest::newRow("newline") << "two\nlines" << "\"two\nlines\"";
        QTest::newRow("formula") << "=HYPERLINK(\"x\")" << "\"'=HYPERLINK(\"\"x\"\")\"";
        QTest::newRow("plus formula") << "+cmd|' /C calc'!A0" << "'+cmd|' /C calc'!A0";
        QTest::newRow("at") << "@SUM(A1)" << "'@SUM(A1)";
        QTest::newRow("negative number stays a number") << "-12.5" << "-12.5";
        QTest::newRow("dash text is guarded") << "-- note" << "'-- note";
        QTest::newRow("empty") << "" << "";
    }

    void escapes()
    {
        QFETCH(QString, field);
        QFETCH(QString, written);
        QCOMPARE(CsvWriter::escape(field), written);
    }

    void writesRowsWithCrlf()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        CsvWriter writer(path);
        QVERIFY(writer.open());
        writer.writeRow({QStringLiteral("line"), QStringLiteral("reason")});
        writer.writeRow({QStringLiteral("7"), QStringLiteral("wrong number of fields (expected 2, found 3)")});
        QVERIFY(writer.commit());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("line,reason\r\n7,\"wrong number of fields (expected 2, found 3)\"\r\n"));
    }

    void reportsAnUnwritableFile()
    {
        CsvWriter writer(QStringLiteral("/proc/no/such/out.csv"));
        QVERIFY(!writer.open());
        QVERIFY2(writer.errorString().startsWith(QLatin1String("Cannot write")), qPrintable(writer.errorString()));
    }
};

QTEST_GUILESS_MAIN(tst_CsvWriter)
#include "tst_csvwriter.moc"
