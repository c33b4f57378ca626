// End-to-end runs of the `funnelscope` executable: help, version, `demo`, and the
// messages and exit codes of bad arguments. Runs without a display.
#include "store/connection.h"
#include "store/workspace.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace Funnelscope;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run funnelscope(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // No display at all: every command must start headless by itself.
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(FUNNELSCOPE_EXECUTABLE), arguments);
    if (!process.waitForFinished(120000))
        return {};
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

qint64 eventCount(const QString &path)
{
    return Workspace::open(path)->connection().queryInt("SELECT count(*) FROM events");
}

QString eventsText(const QString &path)
{
    return Workspace::open(path)->connection().queryText(
        "SELECT group_concat(ts || ':' || user_id || ':' || event_type_id || ':' || "
        "coalesce(properties, ''), '|') FROM (SELECT * FROM events ORDER BY id)");
}

} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(mDir.isValid()); }

    void versionAndHelp()
    {
        const Run version = funnelscope({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.out.startsWith(QLatin1String("funnelscope ")), qPrintable(version.out));

        const Run help = funnelscope({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char *command : {"demo", "import", "funnel", "cohort", "dictionary", "assess"})
            QVERIFY2(help.out.contains(QLatin1String(command)), command);

        const Run demoHelp = funnelscope({QStringLiteral("demo"), QStringLiteral("--help")});
        QCOMPARE(demoHelp.exitCode, 0);
        QVERIFY(demoHelp.out.contains(QLatin1String("Usage: funnelscope demo")));
        QVERIFY(demoHelp.out.contains(QLatin1String("--users")));
    }

    void demoCreatesAWorkspace()
    {
        const QString path = mDir.filePath(QStringLiteral("demo.funnelscope"));
        const Run run = funnelscope({QStringLiteral("demo"), QStringLiteral("--workspace"), path,
                                     QStringLiteral("--users"), QStringLiteral("300"),
                                     QStringLiteral("--seed"), QStringLiteral("7")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(QLatin1String("300 users")), qPrintable(run.err));
        QVERIFY(eventCount(path) > 300);
    }

    void demoIsDeterministic()
    {
        const QString a = mDir.filePath(QStringLiteral("same-a.funnelscope"));
        const QString b = mDir.filePath(QStringLiteral("same-b.funnelscope"));
        for (const QString &path : {a, b}) {
            QCOMPARE(funnelscope({QStringLiteral("demo"), QStringLiteral("--workspace"), path,
                                  QStringLiteral("--users"), QStringLiteral("200"),
                                  QStringLiteral("--seed"), QStringLiteral("11")})
                         .exitCode,
                     0);
        }
        QCOMPARE(eventsText(a), eventsText(b));
    }

    void demoRefusesToOverwriteUnlessForced()
    {
        const QString path = mDir.filePath(QStringLiteral("twice.funnelscope"));
        const QStringList arguments = {QStringLiteral("demo"), QStringLiteral("--workspace"), path,
                                       QStringLiteral("--users"), QStringLiteral("50")};
        QCOMPARE(funnelscope(arguments).exitCode, 0);
        const Run again = funnelscope(arguments);
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QLatin1String("already exists")), qPrintable(again.err));
        QCOMPARE(funnelscope(arguments + QStringList{QStringLiteral("--force")}).exitCode, 0);
    }

    void importPrintsItsCountsAsJson()
    {
        const QString csv = mDir.filePath(QStringLiteral("events.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("event_id,user_id,event,timestamp,coupon\n"
                   "e1,u1,view,2024-01-01T10:00:00Z,\n"
                   "e2,u1,purchase,2024-01-01T10:05:00Z,SPRING\n"
                   "e3,,view,2024-01-01T10:06:00Z,\n"
                   "e2,u1,purchase,2024-01-01T10:05:00Z,SPRING\n");
        file.close();
        const QString workspace = mDir.filePath(QStringLiteral("imported.funnelscope"));
        const Run run = funnelscope({QStringLiteral("import"), csv, QStringLiteral("--workspace"),
                                     workspace, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("rows_read")).toInt(), 4);
        QCOMPARE(json.value(QStringLiteral("imported")).toInt(), 2);
        QCOMPARE(json.value(QStringLiteral("rejected")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("rejected_by_reason")).toObject().value(QStringLiteral("missing user_id")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("duplicates_skipped")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("users")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("events_by_type")).toObject().value(QStringLiteral("purchase")).toInt(), 1);
        QVERIFY2(run.err.contains(QLatin1String("Importing events.csv")), qPrintable(run.err));

        // The same file again is refused, and says how to insist.
        const Run again = funnelscope({QStringLiteral("import"), csv, QStringLiteral("--workspace"), workspace});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QLatin1String("--allow-duplicate-file")), qPrintable(again.err));
        QCOMPARE(eventCount(workspace), 2);
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");

        const QString path = mDir.filePath(QStringLiteral("bad.funnelscope"));
        QTest::newRow("users not a number")
            << QStringList{QStringLiteral("demo"), QStringLiteral("--workspace"), path,
                           QStringLiteral("--users"), QStringLiteral("lots")}
            << 1 << QStringLiteral("funnelscope demo: --users: “lots” is not a whole number from 1 to 10000000.");
        QTest::newRow("users zero")
            << QStringList{QStringLiteral("demo"), QStringLiteral("--workspace"), path,
                           QStringLiteral("--users"), QStringLiteral("0")}
            << 1 << QStringLiteral("funnelscope demo: --users: “0” is not a whole number from 1 to 10000000.");
        QTest::newRow("workspace missing")
            << QStringList{QStringLiteral("demo")} << 1
            << QStringLiteral("funnelscope demo: --workspace is required: the workspace file to create.");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("demo"), QStringLiteral("--colour"), QStringLiteral("red")}
            << 1 << QStringLiteral("funnelscope demo: Unknown option 'colour'.");
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("funel")} << 1
            << QStringLiteral("funnelscope: unknown command “funel”. Run “funnelscope --help” for the list.");
        const QString nowhere = mDir.filePath(QStringLiteral("no/such/dir/x.funnelscope"));
        QTest::newRow("folder missing")
            << QStringList{QStringLiteral("demo"), QStringLiteral("--workspace"), nowhere} << 1
            << QStringLiteral("funnelscope demo: Cannot create “%1”: the folder “%2” does not exist.")
                   .arg(nowhere, mDir.filePath(QStringLiteral("no/such/dir")));
        QTest::newRow("import without a file")
            << QStringList{QStringLiteral("import"), QStringLiteral("--workspace"), path} << 1
            << QStringLiteral("funnelscope import: name at least one file to import.");
        QTest::newRow("import of a missing file")
            << QStringList{QStringLiteral("import"), QStringLiteral("missing.csv"), QStringLiteral("--workspace"), path} << 1
            << QStringLiteral("funnelscope import: Cannot import “missing.csv”: the file does not exist.");
        QTest::newRow("import with an unknown format")
            << QStringList{QStringLiteral("import"), QStringLiteral("x.csv"), QStringLiteral("--workspace"), path,
                           QStringLiteral("--format"), QStringLiteral("excel")} << 1
            << QStringLiteral("funnelscope import: --format “excel” is not a format; use one of auto, csv, json, "
                              "ndjson, rees46, retailrocket, diginetica, online-retail, ga4, mixpanel, amplitude, "
                              "rudderstack, segment.");
        QTest::newRow("import with a bad time zone")
            << QStringList{QStringLiteral("import"), QStringLiteral("x.csv"), QStringLiteral("--workspace"), path,
                           QStringLiteral("--timezone"), QStringLiteral("Mars/Olympus")} << 1
            << QStringLiteral("funnelscope import: --timezone: “Mars/Olympus” is not a time zone (use an IANA name such as Europe/Berlin, or UTC).");
        QTest::newRow("command not built yet")
            << QStringList{QStringLiteral("funnel"), QStringLiteral("--workspace"), path} << 2
            << QStringLiteral("funnelscope funnel: this command is not available in Funnelscope "
                              "%1 yet.")
                   .arg(QLatin1String(FUNNELSCOPE_VERSION));
    }

    void badArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run run = funnelscope(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QCOMPARE(run.err.trimmed(), message);
        QVERIFY(run.out.isEmpty());
        QVERIFY(!QFile::exists(mDir.filePath(QStringLiteral("bad.funnelscope"))));
    }

private:
    QTemporaryDir mDir;
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
