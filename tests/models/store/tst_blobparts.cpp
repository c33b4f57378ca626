// What an import keeps in parts (segments and dedup keys): a stream longer than a part (a
// blob holds at most 1 GB, a segment of 100M events 2.5 GB) is cut into parts, read back
// as one device byte for byte across the cuts, replaced whole, and removed with its import.
#include "store/blobparts.h"
#include "analysis/importremover.h"
#include "store/connection.h"
#include "store/importlog.h"
#include "store/storeerror.h"
#include "store/workspace.h"

#include <QDataStream>
#include <QTemporaryDir>
#include <QTest>

using namespace Funnelscope;

class tst_BlobParts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aLongStreamIsKeptInPartsAndReadAsOne()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::create(dir.filePath(QStringLiteral("p.funnelscope")));
        Connection &db = workspace->connection();
        const qint64 import = ImportLog::begin(db, {QStringLiteral("f.csv"), {}, 1, {}, QStringLiteral("csv"), {}, {}});
        QByteArray bytes(int(BlobParts::partBytes * 5 / 2), Qt::Uninitialized);
        for (int i = 0; i < bytes.size(); ++i)
            bytes[i] = char((i * 131) ^ (i >> 13)); // no two parts alike
        BlobParts::write(db, "event_keys", import, bytes.constData(), bytes.size());
        QCOMPARE(db.queryInt("SELECT count(*) FROM event_keys WHERE import_id = " + std::to_string(import)), 3);

        const std::unique_ptr<QIODevice> reader = BlobParts::reader(db, "event_keys", import);
        QVERIFY(reader);
        QCOMPARE(reader->size(), qint64(bytes.size()));
        // Reads of odd sizes that cross the cuts between parts.
        QByteArray back;
        for (qint64 chunk = 7777777; !reader->atEnd();) {
            const QByteArray piece = reader->read(chunk);
            QVERIFY(!piece.isEmpty());
            back += piece;
        }
        QCOMPARE(back.size(), bytes.size());
        QVERIFY(back == bytes);
        QVERIFY(reader->seek(BlobParts::partBytes - 3));
        QCOMPARE(reader->read(6), bytes.mid(int(BlobParts::partBytes) - 3, 6));

        // Written again, the parts are replaced; an empty stream is one empty part.
        BlobParts::write(db, "event_keys", import, "abc", 3);
        QCOMPARE(db.queryInt("SELECT count(*) FROM event_keys"), 1);
        QCOMPARE(BlobParts::reader(db, "event_keys", import)->readAll(), QByteArray("abc"));
        BlobParts::write(db, "event_keys", import, nullptr, 0);
        QCOMPARE(BlobParts::reader(db, "event_keys", import)->size(), 0);
        QVERIFY(!BlobParts::reader(db, "event_keys", import + 1));

        ImportRemover::remove(db, import);
        QCOMPARE(db.queryInt("SELECT count(*) FROM event_keys"), 0);
    }

    void aSegmentIsStreamedIntoItsPartsAsItIsMade_data() { storings(); }
    void aSegmentIsStreamedIntoItsPartsAsItIsMade()
    {
        QFETCH(BlobParts::Writer::Storing, storing);
        // An import's segment goes through a QDataStream straight into the workspace, in
        // writes of every size: what is read back is what was written.
        QTemporaryDir dir;
        auto workspace = Workspace::create(dir.filePath(QStringLiteral("s.funnelscope")));
        Connection &db = workspace->connection();
        const qint64 import = ImportLog::begin(db, {QStringLiteral("f.csv"), {}, 1, {}, QStringLiteral("csv"), {}, {}});
        QByteArray expected;
        {
            BlobParts::Writer parts(db, "event_segments", import, storing);
            QDataStream stream(&parts);
            QByteArray piece;
            for (int i = 0; expected.size() < BlobParts::partBytes * 2 + 12345; ++i) {
                piece.fill(char(i), (i * 7919) % 300000 + 1);
                stream.writeRawData(piece.constData(), int(piece.size()));
                expected += piece;
            }
            QCOMPARE(stream.status(), QDataStream::Ok);
            parts.finish();
        }
        QCOMPARE(db.queryInt("SELECT count(*) FROM event_segments WHERE import_id = " + std::to_string(import)), 3);
        QVERIFY(BlobParts::reader(db, "event_segments", import)->readAll() == expected);

        // A stream that could not be completed leaves no parts behind.
        BlobParts::Writer again(db, "event_segments", import, storing);
        again.write(expected.constData(), BlobParts::partBytes * 2 + 1);
        again.discard();
        QVERIFY(!BlobParts::reader(db, "event_segments", import));
    }

    void aFullDiskFailsTheStreamAndIsSaidAfterIt_data() { storings(); }
    void aFullDiskFailsTheStreamAndIsSaidAfterIt()
    {
        QFETCH(BlobParts::Writer::Storing, storing);
        // The workspace may not grow past its size plus a few pages: the second part's
        // insert meets a full disk. The error does not unwind through QDataStream; the
        // stream fails, and rethrow() says what happened.
        QTemporaryDir dir;
        auto workspace = Workspace::create(dir.filePath(QStringLiteral("f.funnelscope")));
        Connection &db = workspace->connection();
        const qint64 import = ImportLog::begin(db, {QStringLiteral("f.csv"), {}, 1, {}, QStringLiteral("csv"), {}, {}});
        const qint64 pages = db.queryInt("PRAGMA page_count");
        const qint64 pageSize = db.queryInt("PRAGMA page_size");
        db.exec("PRAGMA max_page_count = " + std::to_string(pages + BlobParts::partBytes * 3 / 2 / pageSize));
        BlobParts::Writer parts(db, "event_segments", import, storing);
        QDataStream stream(&parts);
        const QByteArray part(int(BlobParts::partBytes), 'x');
        for (int i = 0; i < 3; ++i)
            stream.writeRawData(part.constData(), int(part.size()));
        QCOMPARE(stream.status(), QDataStream::WriteFailed);
        try {
            parts.rethrow();
            QFAIL("the full disk was not said");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreError::Kind::Full);
        }
        QVERIFY_THROWS_EXCEPTION(StoreError, parts.finish());
        // What was stored is removed, and the workspace takes what fits again.
        parts.discard();
        QVERIFY(!BlobParts::reader(db, "event_segments", import));
        BlobParts::write(db, "event_keys", import, "abc", 3);
        QCOMPARE(BlobParts::reader(db, "event_keys", import)->readAll(), QByteArray("abc"));
    }

private:
    /** A part stored as the next is written, or on a thread beside it (an import's segment). */
    static void storings()
    {
        QTest::addColumn<BlobParts::Writer::Storing>("storing");
        QTest::newRow("inline") << BlobParts::Writer::Storing::Inline;
        QTest::newRow("beside") << BlobParts::Writer::Storing::Beside;
    }
};

QTEST_GUILESS_MAIN(tst_BlobParts)
#include "tst_blobparts.moc"
