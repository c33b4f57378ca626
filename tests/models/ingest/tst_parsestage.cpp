// The reading half of an import sizes the dedup keys' table once, for the records the
// file holds: estimated from the first batch by the bytes its records took, not by what
// the reader has read ahead (a MiB, where 4,096 lines of a shop's CSV are 400 KB). A
// table sized too small grows while it fills, holding the old and the new table at once:
// two thirds of a 10M-event import's memory peak. A .gz is estimated by the compressed
// bytes inflated, not those read ahead.
#include "ingest/importer.h"
#include "ingest/importoptions.h"
#include "ingest/importplan.h"
#include "ingest/parsestage.h"
#include "store/connection.h"
#include "store/dedupset.h"
#include "store/eventwriter.h"
#include "store/importlog.h"
#include "store/transaction.h"
#include "store/workspace.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <zlib.h>

using namespace Funnelscope;

class tst_ParseStage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyTableSizedOnceForTheFile_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("records");
        QTest::newRow("CSV, 60,000 lines") << QStringLiteral("csv") << 60000;
        QTest::newRow("CSV, 150,000 lines") << QStringLiteral("csv") << 150000;
        QTest::newRow("NDJSON, 40,000 lines") << QStringLiteral("ndjson") << 40000;
        QTest::newRow("CSV in gzip, 150,000 lines") << QStringLiteral("csv.gz") << 150000;
    }

    void keyTableSizedOnceForTheFile()
    {
        QFETCH(QString, format);
        QFETCH(int, records);
        QTemporaryDir folder;
        // A shop's export: event ids that grow longer down the file, users, sessions.
        const QString path = folder.filePath(QStringLiteral("events.") + format);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QRandomGenerator random(7);
            static const char *const events[] = {"page_view", "product_view", "add_to_cart", "purchase"};
            if (format.startsWith(QLatin1String("csv")))
                file.write("event_id,user_id,session_id,event_name,timestamp,device\n");
            for (int i = 0; i < records; ++i) {
                const QByteArray id = "e" + QByteArray::number(i + 1);
                const QByteArray user = "u" + QByteArray::number(100000 + i / 9);
                const QByteArray session = user + "-s" + QByteArray::number(random.bounded(3));
                const QByteArray event = events[random.bounded(4)];
                const QByteArray time = QDateTime::fromMSecsSinceEpoch(1'780'000'000'000 + qint64(i) * 7'000, QTimeZone::utc())
                                            .toString(Qt::ISODateWithMs)
                                            .toLatin1();
                if (format.startsWith(QLatin1String("csv"))) {
                    file.write(id + ',' + user + ',' + session + ',' + event + ',' + time + ",mobile\n");
                } else {
                    const QJsonObject object{{QStringLiteral("event_id"), QString::fromLatin1(id)},
                                             {QStringLiteral("user_id"), QString::fromLatin1(user)},
                                             {QStringLiteral("session_id"), QString::fromLatin1(session)},
                                             {QStringLiteral("event_name"), QString::fromLatin1(event)},
                                             {QStringLiteral("timestamp"), QString::fromLatin1(time)},
                                             {QStringLiteral("device"), QStringLiteral("mobile")}};
                    file.write(QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
                }
            }
        }
        QVERIFY2(QFileInfo(path).size() > 3 * (1 << 20), "the file is larger than what the reader reads ahead");
        if (format.endsWith(QLatin1String(".gz"))) { // compressed: the records per compressed byte
            QFile plain(path);
            QVERIFY(plain.open(QIODevice::ReadOnly));
            const QByteArray bytes = plain.readAll();
            plain.close();
            gzFile packed = gzopen(QFile::encodeName(path).constData(), "wb6");
            QVERIFY(packed);
            QCOMPARE(gzwrite(packed, bytes.constData(), unsigned(bytes.size())), int(bytes.size()));
            QCOMPARE(gzclose(packed), Z_OK);
            QVERIFY2(QFileInfo(path).size() > (1 << 20), "the compressed file is larger than what is read ahead");
        }

        const auto workspace = Workspace::create(folder.filePath(QStringLiteral("w.funnelscope")));
        Connection &db = workspace->connection();
        Transaction transaction(db);
        EventWriter writer(db, ImportLog::begin(db, {QStringLiteral("t"), {}, 0, {}, format, {}, {}}), QString(), true);
        const ImportOptions options;
        const ImportPlan plan = Importer::plan(path, options);
        ParseStage stage(plan, options, writer);
        qint64 parsed = 0;
        size_t slotsAtFirst = 0;
        while (ParsedBatch *batch = stage.next()) {
            parsed += qint64(batch->size());
            if (slotsAtFirst == 0)
                slotsAtFirst = writer.dedupKeys().capacity();
            stage.recycle(batch);
        }
        QCOMPARE(parsed, qint64(records));
        // Every key in the table (two keys whose 32-bit fingerprints match share a slot).
        QVERIFY(writer.dedupKeys().size() > size_t(records) * 99 / 100);
        // The estimate: within a tenth of the records (ids grow longer down the file).
        const double estimate = double(stage.expectedRecords()) / records;
        QVERIFY2(estimate > 0.9 && estimate < 1.1, qPrintable(QStringLiteral("estimated %1 records of %2").arg(stage.expectedRecords()).arg(records)));
        // Made at the first batch, with room for nearly every key and not much more:
        // parts that filled grew alone, a twentieth of the table at most.
        QVERIFY(slotsAtFirst > 0);
        QVERIFY2(writer.dedupKeys().capacity() <= slotsAtFirst + slotsAtFirst / 20,
                 qPrintable(QStringLiteral("%1 slots at first, %2 at the end").arg(slotsAtFirst).arg(writer.dedupKeys().capacity())));
        // (A few slots a part at least: a part for each value of a fingerprint's top 16 bits.)
        QVERIFY2(double(slotsAtFirst) < 1.6 * records + 6.0 * DedupSet::partCount,
                 qPrintable(QStringLiteral("%1 slots for %2 keys").arg(slotsAtFirst).arg(records)));
    }
};

QTEST_GUILESS_MAIN(tst_ParseStage)
#include "tst_parsestage.moc"
