// The watched folder: a file still being written is waited for and imported once, whole;
// the same content under another name is left alone; a broken file is said and changes
// nothing; hidden and partial files are not touched.
#include "testpaths.h"

#include "ingest/folderwatcher.h"

#include "store/connection.h"
#include "store/workspace.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Funnelscope;

class tst_FolderWatcher : public QObject
{
    Q_OBJECT

private:
    qint64 events(const QString &path) { return Workspace::open(path)->connection().queryInt("SELECT count(*) FROM events"); }

private Q_SLOTS:
    void importsEachCompleteFileOnce()
    {
        QTemporaryDir dir;
        QTemporaryDir folder;
        const QString path = dir.filePath(QStringLiteral("w.funnelscope"));
        Workspace::create(path);
        QFile source(QStringLiteral(FUNNELSCOPE_TEST_DATA "/identity/flat.csv"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QByteArray content = source.readAll();
        const qint64 rows = content.count('\n') - 1;

        FolderWatcher watcher(path);
        watcher.setInterval(300);
        QSignalSpy imported(&watcher, &FolderWatcher::imported);
        QSignalSpy skipped(&watcher, &FolderWatcher::skipped);
        QSignalSpy failed(&watcher, &FolderWatcher::failed);
        QVERIFY(watcher.watch(folder.filePath(QStringLiteral("missing"))).contains(QLatin1String("not a folder")));
        QCOMPARE(watcher.watch(folder.path()), QString());

        // Half the file, then (within the settling time) the rest: one import of every row.
        {
            QFile file(folder.filePath(QStringLiteral("day1.csv")));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content.left(content.size() / 2));
            file.flush();
            QTest::qWait(100);
            file.write(content.mid(content.size() / 2));
        }
        QVERIFY(imported.wait(10000));
        QCOMPARE(imported.first().value(1).toLongLong(), rows);
        QCOMPARE(events(path), rows);

        // Partial and hidden files are not touched; the same content again is left alone.
        QFile::copy(source.fileName(), folder.filePath(QStringLiteral("day2.csv.part")));
        QFile::copy(source.fileName(), folder.filePath(QStringLiteral(".day2.csv")));
        QFile::copy(source.fileName(), folder.filePath(QStringLiteral("copy.csv")));
        QVERIFY(skipped.wait(10000));
        QVERIFY(skipped.first().value(0).toString().endsWith(QLatin1String("copy.csv")));
        QTest::qWait(1000);
        QCOMPARE(imported.size(), 1);
        QCOMPARE(events(path), rows);

        // A broken file is said, and nothing of it lands.
        QFile broken(folder.filePath(QStringLiteral("broken.csv")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("timestamp,user_id,event\n");
        broken.close();
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.first().value(0).toString().endsWith(QLatin1String("broken.csv")));
        QVERIFY(!failed.first().value(1).toString().isEmpty());
        QCOMPARE(events(path), rows);
    }
};

QTEST_GUILESS_MAIN(tst_FolderWatcher)
#include "tst_folderwatcher.moc"
