// Tests of the workspace file: creating, opening, migrating, and every error a person
// can meet when opening a file, each with the message they would read.
#include "analysis/eventtable.h"
#include "demo/demoshop.h"
#include "store/connection.h"
#include "store/savedreports.h"
#include "store/annotations.h"
#include "store/schema.h"
#include "store/statement.h"
#include "store/storeerror.h"
#include "store/workspace.h"
#include "olderworkspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Funnelscope;

class tst_Workspace : public QObject
{
    Q_OBJECT

private:
    QString path(const QString &name) const { return mDir.filePath(name); }

    /** Opens @p file and returns the error it raises; fails the test if none. */
    static StoreError openError(const QString &file)
    {
        try {
            Workspace::open(file);
        } catch (const StoreError &error) {
            return error;
        }
        return StoreError(StoreError::Kind::Internal, QStringLiteral("no error was raised"));
    }

    static bool setImmutable(const QString &file, bool on)
    {
        return QProcess::execute(QStringLiteral("chattr"),
                                 {on ? QStringLiteral("+i") : QStringLiteral("-i"), file})
            == 0;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(mDir.isValid()); }

    void createMakesACurrentWorkspace()
    {
        const QString file = path(QStringLiteral("new.funnelscope"));
        {
            const auto workspace = Workspace::create(file);
            QCOMPARE(workspace->schemaVersion(), Schema::currentVersion());
            QCOMPARE(workspace->displayName(), QStringLiteral("new"));
            QCOMPARE(workspace->meta(QStringLiteral("timezone")), QStringLiteral("UTC"));
            Connection &db = workspace->connection();
            QCOMPARE(db.queryInt("PRAGMA application_id"), Schema::applicationId);
            QCOMPARE(db.queryText("PRAGMA journal_mode"), QStringLiteral("wal"));
            QCOMPARE(db.queryInt("PRAGMA foreign_keys"), 1);
            for (const char *table : {"events", "event_types", "users", "sessions",
                                      "dimension_values", "imports", "rejected_rows",
                                      "dictionary_events", "dictionary_parameters", "change_log",
                                      "assessments", "assessment_scores", "annotations",
                                      "saved_reports"}) {
                Statement exists(db, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?");
                exists.bindText(1, table);
                QVERIFY(exists.step());
                QVERIFY2(exists.int64(0) == 1, table);
            }
            // Writing an event appends a row and nothing else: the events have no index.
            QCOMPARE(db.queryInt("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events'"), 0);
        }
        QVERIFY(QFile::exists(file));
    }

    void openReadsWhatCreateWrote()
    {
        const QString file = path(QStringLiteral("roundtrip.funnelscope"));
        Workspace::create(file)->setMeta(QStringLiteral("timezone"), QStringLiteral("Europe/Berlin"));
        const auto workspace = Workspace::open(file);
        QCOMPARE(workspace->meta(QStringLiteral("timezone")), QStringLiteral("Europe/Berlin"));
        QCOMPARE(workspace->meta(QStringLiteral("absent"), QStringLiteral("fallback")),
                 QStringLiteral("fallback"));
    }

    // File ▸ Save a Copy: a complete, current copy while the workspace is open and has
    // writes in its -wal file that a plain file copy would miss.
    void saveCopyWhileOpen()
    {
        const QString file = path(QStringLiteral("original.funnelscope"));
        const QString copy = path(QStringLiteral("copy.funnelscope"));
        const auto workspace = Workspace::create(file);
        workspace->setMeta(QStringLiteral("timezone"), QStringLiteral("Europe/Berlin"));
        Annotation launch;
        launch.fromMs = 1'700'000'000'000;
        launch.toMs = launch.fromMs + 86'400'000;
        launch.text = QStringLiteral("Launch");
        Annotations::add(workspace->connection(), launch);
        QVERIFY(QFileInfo(file + QStringLiteral("-wal")).size() > 0); // the rows are still in the -wal
        QFile(copy).open(QIODevice::WriteOnly); // an older file there is replaced
        workspace->saveCopy(copy);
        {
            const auto copied = Workspace::open(copy);
            QCOMPARE(copied->meta(QStringLiteral("timezone")), QStringLiteral("Europe/Berlin"));
            QCOMPARE(Annotations::list(copied->connection()).size(), 1);
            QCOMPARE(copied->schemaVersion(), Schema::currentVersion());
        }
        QVERIFY(!QFile::exists(path(QStringLiteral(".copy.funnelscope.partial"))));

        // Not over itself, and a missing folder is named.
        try {
            workspace->saveCopy(file);
            QFAIL("a copy over the workspace itself was written");
        } catch (const StoreError &error) {
            QVERIFY2(error.message().contains(QStringLiteral("original.funnelscope")), qPrintable(error.message()));
        }
        const QString nowhere = path(QStringLiteral("missing/copy.funnelscope"));
        try {
            workspace->saveCopy(nowhere);
            QFAIL("a copy into a missing folder was written");
        } catch (const StoreError &error) {
            QVERIFY2(error.message().contains(nowhere), qPrintable(error.message()));
        }
    }

    void openMigratesAnOlderFile()
    {
        // A file marked as a workspace at format 0 (before any table) is brought forward.
        const QString file = path(QStringLiteral("old.funnelscope"));
        {
            Connection db(file, Connection::Mode::ReadWriteCreate);
            db.exec("PRAGMA application_id = " + std::to_string(Schema::applicationId));
            db.exec("CREATE TABLE scratch (a); DROP TABLE scratch;");
        }
        const auto workspace = Workspace::open(file);
        QCOMPARE(workspace->schemaVersion(), Schema::currentVersion());
        QCOMPARE(workspace->connection().queryInt("SELECT count(*) FROM events"), 0);
    }

    // Version 14: a workspace whose events are rows (as every one before it) keeps every
    // event, drops the rows, names events the virtual table, compacts the file, and says
    // so before and after; a report reads what it read before.
    void version14DropsTheRowsAndKeepsEveryEvent()
    {
        const QString file = path(QStringLiteral("rows.funnelscope"));
        DemoShop::Options options;
        options.users = 1500;
        DemoShop::createWorkspace(file, options);
        const auto everyEvent = [](Connection &db) {
            Statement select(db, "SELECT e.id, e.import_id, e.ts, u.key, t.name, e.session_id, e.anonymous_id, e.device_id, "
                                 "e.channel_id, e.country_id, e.product_id, e.category_id, e.price, e.revenue, e.currency_id, "
                                 "e.dedup_key, e.properties FROM events e JOIN users u ON u.id = e.user_id "
                                 "JOIN event_types t ON t.id = e.event_type_id ORDER BY e.id");
            QStringList rows;
            while (select.step()) {
                QStringList values;
                for (int i = 0; i < select.columnCount(); ++i)
                    values.append(select.isNull(i) ? QStringLiteral("∅") : select.text(i));
                rows.append(values.join(QLatin1Char('|')));
            }
            return rows;
        };
        QStringList before;
        QByteArray table;
        {
            auto workspace = Workspace::open(file);
            Connection &db = workspace->connection();
            before = everyEvent(db);
            table = EventTable::load(db).serialize();
            OlderWorkspace::putRowsBack(db); // with the texts in the rows, no segments
            db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        QVERIFY(before.size() > 10'000);
        const qint64 withRows = QFileInfo(file).size();
        QStringList said;
        Workspace::setUpgradeNotifier([&said](const QString &message) { said.append(message); });
        auto workspace = Workspace::open(file);
        Workspace::setUpgradeNotifier({});
        Connection &db = workspace->connection();
        QCOMPARE(workspace->schemaVersion(), 14);
        QCOMPARE(db.queryText("SELECT sql FROM sqlite_master WHERE name = 'events'"),
                 QStringLiteral("CREATE VIRTUAL TABLE events USING funnelscope_events"));
        QCOMPARE(everyEvent(db), before);
        QCOMPARE(EventTable::load(db).serialize(), table);
        QCOMPARE(said.size(), 2);
        QVERIFY2(said.at(0).startsWith(QStringLiteral("Upgrading “%1” to workspace format 14").arg(QDir::toNativeSeparators(file))), qPrintable(said.at(0)));
        QVERIFY2(said.at(1).contains(QStringLiteral("to workspace format 14 in ")) && !said.at(1).contains(QStringLiteral("could not be compacted")),
                 qPrintable(said.at(1)));
        // Compacted: the rows' pages are gone from the file, not only free in it.
        QCOMPARE(db.queryInt("PRAGMA freelist_count"), 0);
        QVERIFY2(QFileInfo(file).size() < withRows * 3 / 4, qPrintable(QStringLiteral("%1 → %2 bytes").arg(withRows).arg(QFileInfo(file).size())));
        // A workspace without events (or a new one) is upgraded without a word.
        said.clear();
        const QString empty = path(QStringLiteral("empty13.funnelscope"));
        {
            Connection old(empty, Connection::Mode::ReadWriteCreate);
            old.exec("PRAGMA application_id = " + std::to_string(Schema::applicationId));
            Schema::migrate(old, 0, 13);
            old.exec("PRAGMA user_version = 13");
        }
        Workspace::setUpgradeNotifier([&said](const QString &message) { said.append(message); });
        QCOMPARE(Workspace::open(empty)->schemaVersion(), 14);
        Workspace::setUpgradeNotifier({});
        QVERIFY(said.isEmpty());
    }

    void version5KeepsSavedReportsAndAllowsInsights()
    {
        // A version-4 file with a saved funnel: after the migration the funnel is still
        // there and insights can be saved beside it.
        const QString file = path(QStringLiteral("v4.funnelscope"));
        {
            Connection db(file, Connection::Mode::ReadWriteCreate);
            db.exec("PRAGMA application_id = " + std::to_string(Schema::applicationId));
            Schema::migrate(db, 0, 4);
            db.exec("PRAGMA user_version = 4");
            SavedReports::save(db, QStringLiteral("funnel"), QStringLiteral("Checkout"), "{}");
            QVERIFY_THROWS_EXCEPTION(StoreError, SavedReports::save(db, QStringLiteral("insights"), QStringLiteral("x"), "{}"));
        }
        const auto workspace = Workspace::open(file);
        QCOMPARE(workspace->schemaVersion(), Schema::currentVersion());
        QCOMPARE(SavedReports::list(workspace->connection(), QStringLiteral("funnel")).size(), 1);
        SavedReports::save(workspace->connection(), QStringLiteral("insights"), QStringLiteral("Buyers"), "{}");
        QCOMPARE(SavedReports::list(workspace->connection(), QStringLiteral("insights")).size(), 1);
    }

    // Version 6: an annotation of a version-5 file is a day of category "other".
    void version6KeepsAnnotationsAsDays()
    {
        const QString file = path(QStringLiteral("v5.funnelscope"));
        {
            Connection db(file, Connection::Mode::ReadWriteCreate);
            db.exec("PRAGMA application_id = " + std::to_string(Schema::applicationId));
            Schema::migrate(db, 0, 5);
            db.exec("PRAGMA user_version = 5");
            db.exec("INSERT INTO annotations (ts, text, created_at) VALUES (1700000000000, 'Launch', 0)");
        }
        const auto workspace = Workspace::open(file);
        QCOMPARE(workspace->schemaVersion(), Schema::currentVersion());
        const QList<Annotation> annotations = Annotations::list(workspace->connection());
        QCOMPARE(annotations.size(), 1);
        QCOMPARE(annotations.first().text, QStringLiteral("Launch"));
        QCOMPARE(annotations.first().category, QStringLiteral("other"));
        QCOMPARE(annotations.first().toMs - annotations.first().fromMs, qint64(86'400'000));
        QVERIFY_THROWS_EXCEPTION(StoreError, workspace->connection().exec("UPDATE annotations SET category = 'promo'"));
    }

    void changeLogIsAppendOnly()
    {
        const auto workspace = Workspace::create(path(QStringLiteral("log.funnelscope")));
        Connection &db = workspace->connection();
        db.exec("INSERT INTO change_log (at, who, action, entity, entity_name, prev_hash, hash) "
                "VALUES (1, 'ana', 'create', 'event', 'purchase', '', 'h1')");
        for (const char *sql : {"UPDATE change_log SET who = 'mallory'", "DELETE FROM change_log"}) {
            try {
                db.exec(sql);
                QFAIL(sql);
            } catch (const StoreError &error) {
                QVERIFY2(error.message().contains(QLatin1String("append-only")),
                         qPrintable(error.message()));
            }
        }
        QCOMPARE(db.queryText("SELECT who FROM change_log"), QStringLiteral("ana"));
    }

    void createRefusesAnExistingFile()
    {
        const QString file = path(QStringLiteral("exists.funnelscope"));
        Workspace::create(file);
        try {
            Workspace::create(file);
            QFAIL("creating twice should fail");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreError::Kind::AlreadyExists);
            QCOMPARE(error.message(),
                     QStringLiteral("“%1” already exists. Choose another name, or open it instead.")
                         .arg(QDir::toNativeSeparators(file)));
        }
    }

    void createRefusesAMissingFolder()
    {
        const QString file = path(QStringLiteral("no/such/folder/x.funnelscope"));
        try {
            Workspace::create(file);
            QFAIL("creating in a missing folder should fail");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreError::Kind::Missing);
            QVERIFY2(error.message().contains(QLatin1String("does not exist")),
                     qPrintable(error.message()));
        }
        QVERIFY(!QFile::exists(file));
    }

    void openErrors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");

        const QString missing = path(QStringLiteral("missing.funnelscope"));
        QTest::newRow("missing file")
            << missing << int(StoreError::Kind::Missing)
            << QStringLiteral("The workspace “%1” does not exist. It may have been moved or deleted.")
                   .arg(QDir::toNativeSeparators(missing));

        const QString folder = path(QStringLiteral("folder.funnelscope"));
        QDir().mkpath(folder);
        QTest::newRow("a folder") << folder << int(StoreError::Kind::NotAWorkspace)
                                  << QStringLiteral("“%1” is a folder, not a workspace file.")
                                         .arg(QDir::toNativeSeparators(folder));

        const QString empty = path(QStringLiteral("empty.funnelscope"));
        QFile(empty).open(QIODevice::WriteOnly);
        QTest::newRow("an empty file")
            << empty << int(StoreError::Kind::NotAWorkspace)
            << QStringLiteral("“%1” is empty: it is not a Funnelscope workspace.")
                   .arg(QDir::toNativeSeparators(empty));

        const QString text = path(QStringLiteral("events.csv"));
        QFile csv(text);
        csv.open(QIODevice::WriteOnly);
        csv.write("user_id,event,timestamp\nu1,view,2024-01-01\n");
        csv.close();
        QTest::newRow("a CSV file")
            << text << int(StoreError::Kind::NotAWorkspace)
            << QStringLiteral("“%1” is not a Funnelscope workspace: it is not an SQLite database, "
                              "or its first bytes are damaged.")
                   .arg(QDir::toNativeSeparators(text));

        const QString other = path(QStringLiteral("other.sqlite"));
        {
            Connection db(other, Connection::Mode::ReadWriteCreate);
            db.exec("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)");
        }
        QTest::newRow("another program's database")
            << other << int(StoreError::Kind::NotAWorkspace)
            << QStringLiteral("“%1” is an SQLite database of another program, not a Funnelscope "
                              "workspace.")
                   .arg(QDir::toNativeSeparators(other));

        const QString blank = path(QStringLiteral("blank.sqlite"));
        {
            Connection db(blank, Connection::Mode::ReadWriteCreate);
            db.exec("CREATE TABLE scratch (a); DROP TABLE scratch;");
        }
        QTest::newRow("an empty SQLite database")
            << blank << int(StoreError::Kind::NotAWorkspace)
            << QStringLiteral("“%1” is an empty SQLite database, not a Funnelscope workspace.")
                   .arg(QDir::toNativeSeparators(blank));

        const QString newer = path(QStringLiteral("newer.funnelscope"));
        {
            const auto workspace = Workspace::create(newer);
            workspace->connection().exec("PRAGMA user_version = "
                                         + std::to_string(Schema::currentVersion() + 1));
        }
        QTest::newRow("a newer version")
            << newer << int(StoreError::Kind::NewerVersion)
            << QStringLiteral("“%1” was saved by a newer version of Funnelscope (workspace format "
                              "%2; this version reads formats up to %3). Update Funnelscope to "
                              "open it.")
                   .arg(QDir::toNativeSeparators(newer))
                   .arg(Schema::currentVersion() + 1)
                   .arg(Schema::currentVersion());
    }

    void openErrors()
    {
        QFETCH(QString, file);
        QFETCH(int, kind);
        QFETCH(QString, message);
        const StoreError error = openError(file);
        QCOMPARE(error.message(), message);
        QCOMPARE(int(error.kind()), kind);
    }

    void openReportsADamagedFile()
    {
        const QString file = path(QStringLiteral("damaged.funnelscope"));
        {
            const auto workspace = Workspace::create(file);
            workspace->connection().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        QFile::remove(file + QStringLiteral("-wal"));
        QFile::remove(file + QStringLiteral("-shm"));
        // Keep the 100-byte header, overwrite the rest of page 1 (the table list).
        QFile damaged(file);
        QVERIFY(damaged.open(QIODevice::ReadWrite));
        QVERIFY(damaged.seek(100));
        damaged.write(QByteArray(3996, '\xA5'));
        damaged.close();

        const StoreError error = openError(file);
        QCOMPARE(error.kind(), StoreError::Kind::Corrupt);
        QVERIFY2(error.message().startsWith(
                     QStringLiteral("“%1” is damaged and cannot be read").arg(QDir::toNativeSeparators(file))),
                 qPrintable(error.message()));
        QVERIFY2(error.message().endsWith(
                     QLatin1String("Restore it from a backup, or import its data into a new workspace.")),
                 qPrintable(error.message()));
    }

    void openReportsAReadOnlyFile()
    {
        const QString folder = path(QStringLiteral("locked"));
        QDir().mkpath(folder);
        const QString file = QDir(folder).filePath(QStringLiteral("locked.funnelscope"));
        Workspace::create(file);
        for (const char *suffix : {"-wal", "-shm"})
            QFile::remove(file + QLatin1String(suffix));

        // As root, permission bits do not stop writes; the immutable flag does.
        const bool root = ::geteuid() == 0;
        if (root) {
            if (!setImmutable(file, true))
                QSKIP("running as root on a file system without chattr +i: cannot make a "
                      "read-only file");
        } else {
            QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadUser);
        }
        const StoreError error = openError(file);
        if (root)
            setImmutable(file, false);
        else
            QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);

        QCOMPARE(error.kind(), StoreError::Kind::ReadOnly);
        QCOMPARE(error.message(),
                 QStringLiteral("“%1” is in a read-only location (the file cannot be written). "
                                "Funnelscope writes to a workspace and beside it; copy the file to "
                                "a folder you can write to.")
                     .arg(QDir::toNativeSeparators(file)));
    }

    void createReportsAReadOnlyFolder()
    {
        const QString folder = path(QStringLiteral("readonly-folder"));
        QDir().mkpath(folder);
        const bool root = ::geteuid() == 0;
        if (root) {
            if (!setImmutable(folder, true))
                QSKIP("running as root on a file system without chattr +i");
        } else {
            QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner);
        }
        const QString file = QDir(folder).filePath(QStringLiteral("x.funnelscope"));
        StoreError error(StoreError::Kind::Internal, QStringLiteral("no error was raised"));
        try {
            Workspace::create(file);
        } catch (const StoreError &raised) {
            error = raised;
        }
        if (root)
            setImmutable(folder, false);
        else
            QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QCOMPARE(error.kind(), StoreError::Kind::ReadOnly);
        QCOMPARE(error.message(),
                 QStringLiteral("Cannot create “%1”: the folder “%2” is read-only. Choose a folder "
                                "you can write to.")
                     .arg(QDir::toNativeSeparators(file), QDir::toNativeSeparators(folder)));
    }

    void failedOpenLeavesTheFileUnchanged()
    {
        const QString file = path(QStringLiteral("newer2.funnelscope"));
        {
            const auto workspace = Workspace::create(file);
            workspace->connection().exec("PRAGMA user_version = 99");
            workspace->connection().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        QFile before(file);
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray bytes = before.readAll();
        before.close();
        openError(file);
        QFile after(file);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), bytes);
    }

private:
    QTemporaryDir mDir;
};

QTEST_GUILESS_MAIN(tst_Workspace)
#include "tst_workspace.moc"
