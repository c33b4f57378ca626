// The CSV reader on its own: delimiters, line ends, and records that cross the reader's
// buffer boundaries in a large file.
#include "ingest/csvreader.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QTest>

using namespace Funnelscope;

namespace {

QList<QStringList> readAll(const QByteArray &bytes, char delimiter = 0, char *detected = nullptr)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, QStringLiteral("test.csv"), delimiter);
    if (detected)
        *detected = reader.delimiter();
    QList<QStringList> rows;
    SourceRecord record;
    while (reader.next(record)) {
        QStringList row;
        for (std::string_view value : record.values)
            row.append(QString::fromUtf8(value.data(), qsizetype(value.size())));
        if (!record.rejection.empty())
            row = {QStringLiteral("!") + QString::fromUtf8(record.rejection.data(), qsizetype(record.rejection.size()))};
        rows.append(row);
    }
    return rows;
}

} // namespace

class tst_CsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detectsTheDelimiter_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<char>("delimiter");
        QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n") << ',';
        QTest::newRow("semicolon with decimal commas") << QByteArray("a;b;c\n1,5;2,5;3\n") << ';';
        QTest::newRow("tab") << QByteArray("a\tb\n1\t2\n") << '\t';
        QTest::newRow("bar") << QByteArray("a|b|c\nx|y|z\n") << '|';
        QTest::newRow("comma inside quotes does not count") << QByteArray("\"a,b\";c\n\"1,2\";3\n") << ';';
    }

    void detectsTheDelimiter()
    {
        QFETCH(QByteArray, text);
        QFETCH(char, delimiter);
        char detected = 0;
        readAll(text, 0, &detected);
        QCOMPARE(detected, delimiter);
    }

    void lineEnds_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("LF") << QByteArray("a,b\n1,2\n3,4\n");
        QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n3,4\r\n");
        QTest::newRow("CR") << QByteArray("a,b\r1,2\r3,4\r");
        QTest::newRow("no final newline") << QByteArray("a,b\n1,2\n3,4");
        QTest::newRow("blank lines") << QByteArray("a,b\n\n1,2\n\n3,4\n\n");
        QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF" "a,b\n1,2\n3,4\n");
    }

    void lineEnds()
    {
        QFETCH(QByteArray, text);
        const QList<QStringList> expected = {{QStringLiteral("1"), QStringLiteral("2")},
                                             {QStringLiteral("3"), QStringLiteral("4")}};
        QCOMPARE(readAll(text), expected);
    }

    void wrongFieldCountIsRejectedNotGuessed()
    {
        const QList<QStringList> rows = readAll("a,b\n1,2,3\n4\n5,6\n");
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).first(), QStringLiteral("!wrong number of fields (expected 2, found 3)"));
        QCOMPARE(rows.at(1).first(), QStringLiteral("!wrong number of fields (expected 2, found 1)"));
        QCOMPARE(rows.at(2), (QStringList{QStringLiteral("5"), QStringLiteral("6")}));
    }

    void textAfterAClosingQuoteIsKept()
    {
        const QList<QStringList> rows = readAll("a,b\n\"x\"y,2\n\"p\"\"q\",\"end\"\n");
        QCOMPARE(rows, (QList<QStringList>{{QStringLiteral("xy"), QStringLiteral("2")},
                                           {QStringLiteral("p\"q"), QStringLiteral("end")}}));
    }

    void randomFilesReadAsWritten_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<char>("delimiter");
        for (quint32 seed = 1; seed <= 6; ++seed)
            QTest::addRow("seed %u", seed) << seed << ",;\t|,;"[seed - 1];
    }

    // Lines read whole from the buffer and lines read byte by byte (quotes, a carriage
    // return, a line across the reader's 1 MiB reads) alike: the fields as they were written
    // and the line each record starts on, for files of every line end.
    void randomFilesReadAsWritten()
    {
        QFETCH(quint32, seed);
        QFETCH(char, delimiter);
        QRandomGenerator random(seed);
        const QByteArray alphabet = QByteArray("abcXYZ019 .-_\"\n\r\xc3\xa9") + delimiter;
        const char *const lineEnds[] = {"\n", "\r\n", "\r"};
        const int columns = 1 + int(random.bounded(12));
        QByteArray text;
        QList<QStringList> expected;
        QList<qint64> expectedLines;
        qint64 line = 1;
        const auto write = [&](const QList<QByteArray> &fields) {
            for (int c = 0; c < fields.size(); ++c) {
                const QByteArray &field = fields.at(c);
                const bool special = field.contains(delimiter) || field.contains('"') || field.contains('\n') || field.contains('\r');
                if (c > 0)
                    text += delimiter;
                if (special || random.bounded(20) == 0) {
                    text += '"' + QByteArray(field).replace("\"", "\"\"") + '"';
                    line += field.count('\n');
                } else {
                    text += field;
                }
            }
            // Mostly one kind of line end, as files are; now and then another.
            text += lineEnds[random.bounded(10) == 0 ? random.bounded(3) : seed % 3];
            ++line;
        };
        QList<QByteArray> header;
        for (int c = 0; c < columns; ++c)
            header.append("col" + QByteArray::number(c));
        write(header);
        while (text.size() < 3 * (1 << 20) + 100000) {
            QList<QByteArray> fields;
            QStringList row;
            for (int c = 0; c < columns; ++c) {
                QByteArray field;
                const int kind = int(random.bounded(40));
                const int length = kind == 0 ? int(random.bounded(5000)) : int(random.bounded(14));
                for (int i = 0; i < length; ++i) {
                    // Plain text mostly; specials in one field of ten.
                    const int pick = kind % 10 == 1 ? int(random.bounded(alphabet.size())) : int(random.bounded(13));
                    if (alphabet.at(pick) == '\xc3' || alphabet.at(pick) == '\xa9')
                        field += "\xc3\xa9";
                    else
                        field += alphabet.at(pick);
                }
                fields.append(field);
                row.append(QString::fromUtf8(field));
            }
            if (columns == 1 && fields.first().isEmpty())
                continue; // a blank line, which is skipped (lineEnds())
            expectedLines.append(line);
            write(fields);
            expected.append(row);
        }

        QBuffer buffer;
        buffer.setData(text);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CsvReader reader(buffer, QStringLiteral("random.csv"), delimiter);
        QCOMPARE(int(reader.header().size()), columns);
        SourceRecord record;
        int index = 0;
        while (reader.next(record)) {
            QVERIFY2(index < expected.size(), "more records than were written");
            QVERIFY2(record.rejection.empty(), record.rejection.data());
            QStringList row;
            for (std::string_view value : record.values)
                row.append(QString::fromUtf8(value.data(), qsizetype(value.size())));
            QCOMPARE(row, expected.at(index));
            QCOMPARE(record.line, expectedLines.at(index));
            ++index;
        }
        QCOMPARE(index, int(expected.size()));
        QCOMPARE(reader.bytesRead(), qint64(text.size()));
    }

    void largeFileWithQuotedFieldsAcrossBuffers()
    {
        // About 6 MiB: quoted fields with delimiters, quotes and newlines cross the
        // reader's 1 MiB reads at many places.
        QByteArray text = "id,note,tail\n";
        for (int i = 0; i < 60000; ++i)
            text += QByteArray::number(i) + ",\"line one, \"\"quoted\"\"\nline two " + QByteArray::number(i)
                + "\"," + QByteArray(i % 50, 'x') + "\n";
        const QList<QStringList> rows = readAll(text);
        QCOMPARE(rows.size(), 60000);
        for (int i = 0; i < rows.size(); i += 997) {
            QCOMPARE(rows.at(i).at(0), QString::number(i));
            QCOMPARE(rows.at(i).at(1), QStringLiteral("line one, \"quoted\"\nline two %1").arg(i));
            QCOMPARE(rows.at(i).at(2), QString(i % 50, QLatin1Char('x')));
        }
    }
};

QTEST_GUILESS_MAIN(tst_CsvReader)
#include "tst_csvreader.moc"
