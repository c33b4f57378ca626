// Tests of the RAII wrapper over SQLite's C API: statements, bindings, transactions
// and the errors a person would read.
#include "store/connection.h"
#include "store/statement.h"
#include "store/storeerror.h"
#include "store/transaction.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Funnelscope;

class tst_Connection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(mDir.isValid());
        mPath = mDir.filePath(QStringLiteral("test-%1.db").arg(++mCounter));
    }

    void bindsAndReadsEveryType()
    {
        Connection db(mPath, Connection::Mode::ReadWriteCreate);
        db.exec("CREATE TABLE t (i INTEGER, r REAL, s TEXT, n TEXT)");
        Statement insert(db, "INSERT INTO t VALUES (?, ?, ?, ?)");
        insert.bind(1, qint64(9007199254740993));
        insert.bind(2, 2.5);
        insert.bind(3, QStringLiteral("Größe ✓"));
        insert.bindNull(4);
        insert.exec();

        Statement select(db, "SELECT i, r, s, n FROM t");
        QVERIFY(select.step());
        QCOMPARE(select.int64(0), qint64(9007199254740993));
        QCOMPARE(select.real(1), 2.5);
        QCOMPARE(select.text(2), QStringLiteral("Größe ✓"));
        QVERIFY(select.isNull(3));
        QVERIFY(select.text(3).isNull());
        QVERIFY(!select.step());
    }

    void emptyTextIsNotNull()
    {
        Connection db(mPath, Connection::Mode::ReadWriteCreate);
        db.exec("CREATE TABLE t (s TEXT)");
        Statement insert(db, "INSERT INTO t VALUES (?)");
        insert.bindText(1, std::string_view());
        insert.exec();
        QCOMPARE(db.queryInt("SELECT count(*) FROM t WHERE s = ''"), 1);
    }

    void statementRunsAgainAfterReset()
    {
        Connection db(mPath, Connection::Mode::ReadWriteCreate);
        db.exec("CREATE TABLE t (i INTEGER)");
        Statement insert(db, "INSERT INTO t VALUES (?)");
        for (int i = 0; i < 100; ++i) {
            insert.bind(1, i);
            insert.exec();
        }
        QCOMPARE(db.queryInt("SELECT sum(i) FROM t"), 4950);
    }

    void transactionRollsBackWhenNotCommitted()
    {
        Connection db(mPath, Connection::Mode::ReadWriteCreate);
        db.exec("CREATE TABLE t (i INTEGER)");
        {
            Transaction transaction(db);
            db.exec("INSERT INTO t VALUES (1)");
        }
        QCOMPARE(db.queryInt("SELECT count(*) FROM t"), 0);
        {
            Transaction transaction(db);
            db.exec("INSERT INTO t VALUES (1)");
            transaction.commit();
        }
        QCOMPARE(db.queryInt("SELECT count(*) FROM t"), 1);
    }

    void transactionRollsBackOnException()
    {
        Connection db(mPath, Connection::Mode::ReadWriteCreate);
        db.exec("CREATE TABLE t (i INTEGER UNIQUE)");
        try {
            Transaction transaction(db);
            db.exec("INSERT INTO t VALUES (1)");
            db.exec("INSERT INTO t VALUES (1)"); // throws: unique
            transaction.commit();
            QFAIL("the second insert should have thrown");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreError::Kind::Constraint);
            QVERIFY2(error.message().contains(QLatin1String("UNIQUE")), qPrintable(error.message()));
        }
        QCOMPARE(db.queryInt("SELECT count(*) FROM t"), 0);
    }

    void badSqlNamesTheFileAndTheProblem()
    {
        Connection db(mPath, Connection::Mode::ReadWriteCreate);
        try {
            db.prepare("SELECT * FROM no_such_table");
            QFAIL("preparing should have thrown");
        } catch (const StoreError &error) {
            QVERIFY2(error.message().contains(QLatin1String("no such table: no_such_table")),
                     qPrintable(error.message()));
            QVERIFY2(error.message().contains(QDir::toNativeSeparators(mPath)),
                     qPrintable(error.message()));
        }
    }

    void openingAMissingFileReadWriteFails()
    {
        try {
            Connection db(mDir.filePath(QStringLiteral("missing/x.db")), Connection::Mode::ReadWrite);
            QFAIL("opening should have thrown");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreError::Kind::Missing);
            QVERIFY(error.message().contains(QLatin1String("x.db")));
        }
    }

private:
    QTemporaryDir mDir;
    QString mPath;
    int mCounter = 0;
};

QTEST_GUILESS_MAIN(tst_Connection)
#include "tst_connection.moc"
