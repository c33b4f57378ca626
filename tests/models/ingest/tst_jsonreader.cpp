// The JSON reader on its own: NDJSON (an object a line, found quickly) and everything that
// is not one object a line (objects over several lines, two on a line, an array, blank
// lines, CRLF) must give the same records, with the lines they start on, across the
// reader's buffer boundaries.
#include "ingest/jsonreader.h"

#include <QBuffer>
#include <QTest>

using namespace Funnelscope;

namespace {

/** Each record as "line: key=value key=value", or "line: !rejection"; @p bytesRead: what the reader says it read. */
QStringList readAll(const QByteArray &bytes, qint64 *bytesRead = nullptr)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    JsonReader reader(buffer, QStringLiteral("test.json"));
    QStringList records;
    SourceRecord record;
    while (reader.next(record)) {
        QString text = QString::number(record.line) + QLatin1Char(':');
        if (!record.rejection.empty()) {
            // The reason without simdjson's own words after it.
            const QString why = QString::fromUtf8(record.rejection.data(), qsizetype(record.rejection.size()));
            text += QStringLiteral(" !") + why.left(why.indexOf(QLatin1String(" (")));
        } else {
            for (size_t i = 0; i < record.keys.size(); ++i)
                text += QLatin1Char(' ') + QString::fromUtf8(record.keys[i].data(), qsizetype(record.keys[i].size()))
                    + QLatin1Char('=') + QString::fromUtf8(record.values[i].data(), qsizetype(record.values[i].size()));
        }
        records.append(text);
    }
    if (bytesRead)
        *bytesRead = reader.bytesRead();
    return records;
}

} // namespace

class tst_JsonReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameRecordsHoweverWritten_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("expected");
        const QStringList two{QStringLiteral("1: a=1 b=x"), QStringLiteral("2: a=2 b.c=y")};
        QTest::newRow("ndjson") << QByteArray("{\"a\":1,\"b\":\"x\"}\n{\"a\":2,\"b\":{\"c\":\"y\"}}\n") << two;
        QTest::newRow("crlf and trailing spaces")
            << QByteArray("{\"a\":1,\"b\":\"x\"}  \r\n{\"a\":2,\"b\":{\"c\":\"y\"}}\r\n") << two;
        QTest::newRow("no final newline") << QByteArray("{\"a\":1,\"b\":\"x\"}\n{\"a\":2,\"b\":{\"c\":\"y\"}}") << two;
        QTest::newRow("braces and newlines inside strings")
            << QByteArray("{\"a\":\"}\\n{\",\"b\":\"x\"}\n{\"a\":\"\\\"}\"}\n")
            << QStringList{QStringLiteral("1: a=}\n{ b=x"), QStringLiteral("2: a=\"}")};
        QTest::newRow("over several lines")
            << QByteArray("{\"a\":1,\n \"b\":\"x\"}\n{\n\"a\":3}\n")
            << QStringList{QStringLiteral("1: a=1 b=x"), QStringLiteral("3: a=3")};
        QTest::newRow("a line whose first object ends early")
            << QByteArray("{\"a\":{\"n\":1}\n}\n{\"a\":5}\n")
            << QStringList{QStringLiteral("1: a.n=1"), QStringLiteral("3: a=5")};
        QTest::newRow("two on one line") << QByteArray("{\"a\":1} {\"a\":2}\n{\"a\":3}\n")
                                         << QStringList{QStringLiteral("1: a=1"), QStringLiteral("1: a=2"), QStringLiteral("2: a=3")};
        QTest::newRow("blank lines") << QByteArray("\n{\"a\":1}\n\n\n{\"a\":2}\n")
                                     << QStringList{QStringLiteral("2: a=1"), QStringLiteral("5: a=2")};
        QTest::newRow("an array") << QByteArray("[\n{\"a\":1},\n{\"a\":2}\n]\n")
                                  << QStringList{QStringLiteral("2: a=1"), QStringLiteral("3: a=2")};
        // Keys and values the reader makes itself (nested keys, numbers, arrays, GA4's
        // key-value lists), many in one record and short (kept inside their strings): each
        // stays what it was while the ones after it are made.
        QByteArray many = "{\"event_params\":[{\"key\":\"page\",\"value\":{\"string_value\":\"/\"}},"
                          "{\"key\":\"n\",\"value\":{\"int_value\":7}}],\"p\":{";
        QString manyExpected = QStringLiteral("1: event_params.page=/ event_params.n=7");
        for (int i = 0; i < 40; ++i) {
            many += (i ? "," : "") + QByteArray("\"k") + QByteArray::number(i) + "\":" + QByteArray::number(i * 1.5);
            manyExpected += QStringLiteral(" p.k%1=%2").arg(i).arg(i * 1.5);
        }
        many += "},\"t\":true,\"a\":[1, 2],\"s\":\"x\"}\n{\"s\":\"y\",\"z\":-3}\n";
        manyExpected += QStringLiteral(" t=true a=[1,2] s=x");
        QTest::newRow("many made keys and values in one record") << many << QStringList{manyExpected, QStringLiteral("2: s=y z=-3")};
        QTest::newRow("an invalid line is rejected, the next one read")
            << QByteArray("{\"a\":1}\n{\"a\":tru}\n{\"a\":2}\n")
            << QStringList{QStringLiteral("1: a=1"), QStringLiteral("2: !invalid JSON"),
                           QStringLiteral("3: a=2")};
    }

    void sameRecordsHoweverWritten()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, expected);
        qint64 bytesRead = 0;
        QCOMPARE(readAll(json, &bytesRead), expected);
        QCOMPARE(bytesRead, qint64(json.size())); // the progress bar ends full
    }

    // Records on both sides of the reader's 1 MiB chunks, one a line and pretty-printed
    // ones between them, come out in order with their lines.
    void acrossTheBuffersEdges()
    {
        QByteArray json;
        QStringList expected;
        qint64 line = 1;
        for (int i = 0; json.size() < 3 * (1 << 20); ++i) {
            const QByteArray value = QByteArray::number(i) + QByteArray(i % 97, 'v');
            if (i % 50 == 0) {
                json += "{\n  \"n\": " + QByteArray::number(i) + ",\n  \"v\": \"" + value + "\"\n}\n";
                expected.append(QStringLiteral("%1: n=%2 v=%3").arg(line).arg(i).arg(QString::fromLatin1(value)));
                line += 4;
            } else {
                json += "{\"n\":" + QByteArray::number(i) + ",\"v\":\"" + value + "\"}\n";
                expected.append(QStringLiteral("%1: n=%2 v=%3").arg(line).arg(i).arg(QString::fromLatin1(value)));
                line += 1;
            }
        }
        qint64 bytesRead = 0;
        const QStringList records = readAll(json, &bytesRead);
        QCOMPARE(bytesRead, qint64(json.size()));
        QCOMPARE(records.size(), expected.size());
        for (qsizetype i = 0; i < records.size(); ++i) {
            if (records.at(i) != expected.at(i))
                QCOMPARE(records.at(i), expected.at(i));
        }
    }
};

QTEST_GUILESS_MAIN(tst_JsonReader)
#include "tst_jsonreader.moc"
