// While an import computes, the disk is asked to write out the workspace and its WAL as
// they grow (not all at the commit's fsync); the files themselves are left as they are.
#include "store/writebehind.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Funnelscope;

class tst_WriteBehind : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theWorkspaceAndItsWalAreWrittenOutWhileItLives()
    {
#ifndef Q_OS_LINUX
        QSKIP("sync_file_range is Linux's");
#endif
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.funnelscope"));
        QFile workspace(path);
        QVERIFY(workspace.open(QIODevice::WriteOnly));
        const QByteArray page(16384, 'w');
        for (int i = 0; i < 64; ++i)
            workspace.write(page);
        workspace.flush();

        {
            const WriteBehind writeBehind(path);
            // The workspace is written out; the WAL, missing at first, once it appears.
            QTRY_VERIFY_WITH_TIMEOUT(writeBehind.writeOuts() >= 2, 5000);
            const int workspaceOnly = writeBehind.writeOuts();
            QFile wal(path + QStringLiteral("-wal"));
            QVERIFY(wal.open(QIODevice::WriteOnly));
            wal.write(page);
            wal.flush();
            QTRY_VERIFY_WITH_TIMEOUT(writeBehind.writeOuts() >= workspaceOnly + 3, 5000);
        }
        // Gone, it holds nothing open and changed nothing.
        QCOMPARE(QFile(path).size(), qint64(64 * page.size()));
        QVERIFY(QFile::remove(path));
        QVERIFY(QFile::remove(path + QStringLiteral("-wal")));
    }

    void aWorkspaceThatIsNotThereIsNoError()
    {
        QTemporaryDir dir;
        const WriteBehind writeBehind(dir.filePath(QStringLiteral("missing/none.funnelscope")));
        QTest::qWait(600);
        QCOMPARE(writeBehind.writeOuts(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_WriteBehind)
#include "tst_writebehind.moc"
