// End-to-end runs of the `funnelscope` executable: help, version, `demo`, and the
// messages and exit codes of bad arguments. Runs without a display.
#include "testpaths.h"

#include "store/connection.h"
#include "store/eventtexts.h"
#include "maturity/assessment.h"
#include "maturity/maturitymatrix.h"
#include "store/workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <QXmlStreamReader>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>

using namespace Funnelscope;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run funnelscope(const QStringList &arguments, const QString &display = {}, const QByteArray &input = {},
                const QList<std::pair<QString, QString>> &variables = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // No display at all: every command must start headless by itself.
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    if (!display.isEmpty())
        environment.insert(QStringLiteral("DISPLAY"), display);
    for (const auto &[name, value] : variables)
        environment.insert(name, value);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(FUNNELSCOPE_EXECUTABLE), arguments);
    if (!input.isNull()) {
        process.write(input);
        process.closeWriteChannel();
    }
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

/** The records of a CSV file with a header and no line breaks inside fields: its lines less one. */
qint64 csvRecords(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    qint64 lines = 0;
    while (!file.atEnd())
        lines += file.readLine().endsWith('\n') ? 1 : 0;
    return lines - 1;
}

QString eventsText(const QString &path)
{
    const std::unique_ptr<Workspace> workspace = Workspace::open(path);
    const EventTexts::Function eventProperties(workspace->connection(), EventTexts::Kind::Properties);
    return workspace->connection().queryText("SELECT group_concat(ts || ':' || user_id || ':' || event_type_id || ':' || "
                                             "coalesce(event_properties(id), ''), '|') FROM (SELECT * FROM events ORDER BY id)");
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

        // In German the usage line is Qt's word with the command as it is typed.
        const QList<std::pair<QString, QString>> german{{QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8")},
                                                        {QStringLiteral("LANGUAGE"), QStringLiteral("de")},
                                                        {QStringLiteral("LC_ALL"), QString()}};
        const Run funnelHelp = funnelscope({QStringLiteral("funnel"), QStringLiteral("--help")}, {}, {}, german);
        QCOMPARE(funnelHelp.exitCode, 0);
        QVERIFY2(funnelHelp.out.startsWith(QLatin1String("Aufruf: funnelscope funnel [Optionen]")), qPrintable(funnelHelp.out.left(80)));
        QVERIFY(funnelHelp.out.contains(QLatin1String("--xlsx")));
    }

    // Results on standard output (so "> out.txt" keeps them), as tables with headers,
    // breakdowns and the average; messages on standard error; spreadsheets by option.
    void resultsGoToStandardOutput()
    {
        const QString workspace = mDir.filePath(QStringLiteral("stdout.funnelscope"));
        QCOMPARE(funnelscope({QStringLiteral("demo"), QStringLiteral("--workspace"), workspace,
                              QStringLiteral("--users"), QStringLiteral("2000")}).exitCode, 0);
        const QString xlsx = mDir.filePath(QStringLiteral("stdout.xlsx"));
        const QString csv = mDir.filePath(QStringLiteral("stdout.csv"));
        const Run funnel = funnelscope({QStringLiteral("funnel"), QStringLiteral("--workspace"), workspace,
                                        QStringLiteral("--steps"), QStringLiteral("product_view,add_to_cart,purchase"),
                                        QStringLiteral("--by"), QStringLiteral("device"), QStringLiteral("--xlsx"), xlsx,
                                        QStringLiteral("--csv"), csv, QStringLiteral("--bom")});
        QCOMPARE(funnel.exitCode, 0);
        QVERIFY2(funnel.err.isEmpty(), qPrintable(funnel.err)); // and no progress line: standard error is no terminal
        const QStringList lines = funnel.out.split(QLatin1Char('\n'));
        QVERIFY2(lines.value(0).startsWith(QLatin1String("Step")) && lines.value(0).contains(QLatin1String("Persons")),
                 qPrintable(funnel.out));
        QVERIFY(lines.value(2).startsWith(QLatin1String("1. product_view")));
        QVERIFY(lines.value(4).startsWith(QLatin1String("3. purchase")));
        QVERIFY2(funnel.out.contains(QLatin1String("By device")), qPrintable(funnel.out));
        for (const char *device : {"desktop", "mobile", "tablet"})
            QVERIFY2(funnel.out.contains(QRegularExpression(QStringLiteral("\\n%1 +[0-9,]+ +[0-9,]+ +[0-9,]+ +[0-9.]+% +").arg(QLatin1String(device)))),
                     device);
        QFile workbook(xlsx);
        QVERIFY(workbook.open(QIODevice::ReadOnly));
        QVERIFY(workbook.read(2) == "PK"); // a zip: the workbook
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        QVERIFY(csvFile.readAll().startsWith("\xEF\xBB\xBFsegment,step,event"));
        const Run bomAlone = funnelscope({QStringLiteral("funnel"), QStringLiteral("--workspace"), workspace,
                                          QStringLiteral("--steps"), QStringLiteral("product_view,purchase"), QStringLiteral("--bom")});
        QCOMPARE(bomAlone.exitCode, 1);
        QVERIFY2(bomAlone.err.contains(QLatin1String("--bom")), qPrintable(bomAlone.err));

        const Run cohort = funnelscope({QStringLiteral("cohort"), QStringLiteral("--workspace"), workspace,
                                        QStringLiteral("--periods"), QStringLiteral("4")});
        QCOMPARE(cohort.exitCode, 0);
        QVERIFY2(cohort.out.startsWith(QLatin1String("Cohort")) && cohort.out.contains(QLatin1String("Week 3")), qPrintable(cohort.out));
        QVERIFY(cohort.out.contains(QRegularExpression(QStringLiteral("\\nAverage +2,000 +100.0% "))));
        // The demo's last cohorts are cut by the end of the data: marked, and said why.
        QVERIFY(cohort.out.contains(QLatin1String("%*")));
        QVERIFY(cohort.out.contains(QLatin1String("* The period is not over")));

        const Run check = funnelscope({QStringLiteral("dictionary"), QStringLiteral("check"), QStringLiteral("--workspace"),
                                       workspace, QStringLiteral("--json")});
        QCOMPARE(check.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(check.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("change_log")).toObject().value(QStringLiteral("intact")).toBool(), true);
        QVERIFY(json.value(QStringLiteral("findings")).isArray());

        const Run identities = funnelscope({QStringLiteral("identities"), QStringLiteral("--workspace"), workspace});
        QCOMPARE(identities.exitCode, 0);
        QVERIFY2(identities.out.contains(QLatin1String("People (with events)")), qPrintable(identities.out));
    }

    // On a terminal, a long command draws its progress on standard error and erases it.
    void progressOnATerminalOnly()
    {
        const QString script = QStandardPaths::findExecutable(QStringLiteral("script")); // util-linux, essential in Debian
        if (script.isEmpty())
            QSKIP("script(1) is not installed");
        const QString csv = mDir.filePath(QStringLiteral("progress.csv"));
        QCOMPARE(funnelscope({QStringLiteral("demo"), QStringLiteral("--csv"), csv, QStringLiteral("--users"), QStringLiteral("3000")}).exitCode, 0);
        const QString workspace = mDir.filePath(QStringLiteral("progress.funnelscope"));
        const QString log = mDir.filePath(QStringLiteral("typescript"));
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("TERM"), QStringLiteral("xterm")); // a CI's TERM=dumb turns it off, rightly
        process.setProcessEnvironment(environment);
        process.start(script, {QStringLiteral("-qec"),
                               QStringLiteral("'%1' import --workspace '%2' '%3' >/dev/null").arg(QStringLiteral(FUNNELSCOPE_EXECUTABLE), workspace, csv),
                               log});
        QVERIFY(process.waitForFinished(120000));
        QCOMPARE(process.exitCode(), 0);
        QFile typescript(log);
        QVERIFY(typescript.open(QIODevice::ReadOnly));
        const QByteArray shown = typescript.readAll();
        QVERIFY2(shown.contains("\rImporting progress.csv: ") && shown.contains(" rows\x1b[K"), shown.constData());
        QVERIFY(shown.contains("\r\x1b[Kprogress.csv: ")); // erased before the summary
    }

    void theWindowWithoutADisplaySaysSo_data()
    {
        QTest::addColumn<QString>("display");
        QTest::newRow("no DISPLAY at all") << QString();
        // A display that is named but nobody serves: Qt gives up on its plugins.
        QTest::newRow("DISPLAY that cannot be reached") << QStringLiteral(":97");
    }

    void theWindowWithoutADisplaySaysSo()
    {
        QFETCH(QString, display);
        const Run run = funnelscope({QStringLiteral("--workspace"), mDir.filePath(QStringLiteral("nodisplay.funnelscope"))},
                                    display);
        QCOMPARE(run.exitCode, 1); // not Qt's abort (134)
        QVERIFY2(run.err.contains(QLatin1String("no display found")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("xvfb-run")) && run.err.contains(QLatin1String("funnelscope --help")),
                 qPrintable(run.err));
        QVERIFY(!QFile::exists(mDir.filePath(QStringLiteral("nodisplay.funnelscope"))));

        // A workspace named alone (the desktop's "Exec=funnelscope %F") is for the window too.
        const Run opened = funnelscope({mDir.filePath(QStringLiteral("double-clicked.funnelscope"))}, display);
        QCOMPARE(opened.exitCode, 1);
        QVERIFY2(opened.err.contains(QLatin1String("no display found")), qPrintable(opened.err));
    }

    void importReadsStandardInputAndPipes()
    {
        // More than the megabyte a plan reads first: a pipe must lose none of it.
        QByteArray csv = "user_id,event,timestamp\n";
        for (int i = 0; i < 60000; ++i)
            csv += "shopper-" + QByteArray::number(i % 7000) + ",view,2024-01-0" + QByteArray::number(1 + i % 9) + "T10:00:00Z\n";
        QVERIFY(csv.size() > 1 << 20);
        const QString plain = mDir.filePath(QStringLiteral("stdin.funnelscope"));
        const Run run = funnelscope({QStringLiteral("import"), QStringLiteral("-"), QStringLiteral("--workspace"), plain,
                                     QStringLiteral("--json")}, {}, csv);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("imported")).toInt(), 60000);
        QCOMPARE(eventCount(plain), 60000);

        // zcat left out: gzip through the pipe is told by its bytes.
        QProcess gzip;
        gzip.start(QStringLiteral("gzip"), {QStringLiteral("-c")});
        gzip.write(csv);
        gzip.closeWriteChannel();
        QVERIFY(gzip.waitForFinished());
        const QByteArray packed = gzip.readAllStandardOutput();
        const QString unpacked = mDir.filePath(QStringLiteral("stdin-gz.funnelscope"));
        QCOMPARE(funnelscope({QStringLiteral("import"), QStringLiteral("-"), QStringLiteral("--workspace"), unpacked}, {}, packed).exitCode, 0);
        QCOMPARE(eventCount(unpacked), 60000);

        // A FIFO: waiting for its writer holds no lock on the workspace.
        const QString fifo = mDir.filePath(QStringLiteral("events.fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const QString workspace = mDir.filePath(QStringLiteral("fifo.funnelscope"));
        QCOMPARE(funnelscope({QStringLiteral("demo"), QStringLiteral("--workspace"), workspace, QStringLiteral("--users"), QStringLiteral("200")}).exitCode, 0);
        const qint64 demoEvents = eventCount(workspace);
        QProcess waiting;
        waiting.start(QStringLiteral(FUNNELSCOPE_EXECUTABLE), {QStringLiteral("import"), fifo, QStringLiteral("--workspace"), workspace});
        QVERIFY(waiting.waitForStarted());
        QTest::qWait(300);
        const QString other = mDir.filePath(QStringLiteral("other.csv"));
        QFile otherFile(other);
        QVERIFY(otherFile.open(QIODevice::WriteOnly));
        otherFile.write("user_id,event,timestamp\nsomeone,view,2024-01-01T00:00:00Z\n");
        otherFile.close();
        const Run meanwhile = funnelscope({QStringLiteral("import"), other, QStringLiteral("--workspace"), workspace});
        QVERIFY2(meanwhile.exitCode == 0, qPrintable(meanwhile.err));
        QFile writer(fifo);
        QVERIFY(writer.open(QIODevice::WriteOnly));
        writer.write(csv);
        writer.close();
        QVERIFY(waiting.waitForFinished(60000));
        QCOMPARE(waiting.exitCode(), 0);
        QCOMPARE(eventCount(workspace), demoEvents + 1 + 60000);
    }

    void importThatImportsNothingChangesNothing()
    {
        const QString bad = mDir.filePath(QStringLiteral("all-bad.csv"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // Timestamps the plan can read, but no row names its user.
        file.write("user_id,event,timestamp\n,view,2024-01-01T00:00:00Z\n,view,2024-01-02T00:00:00Z\n");
        file.close();
        // Into a new workspace: no empty workspace is left behind.
        const QString fresh = mDir.filePath(QStringLiteral("never.funnelscope"));
        const Run run = funnelscope({QStringLiteral("import"), bad, QStringLiteral("--workspace"), fresh});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("Nothing was imported from “all-bad.csv”"))
                     && run.err.contains(QLatin1String("line 2: missing user_id")),
                 qPrintable(run.err));
        QVERIFY(!QFile::exists(fresh));
        // Into a workspace that exists: nothing recorded, so the fixed file imports.
        const QString workspace = mDir.filePath(QStringLiteral("kept.funnelscope"));
        QCOMPARE(funnelscope({QStringLiteral("demo"), QStringLiteral("--workspace"), workspace, QStringLiteral("--users"), QStringLiteral("100")}).exitCode, 0);
        const qint64 before = eventCount(workspace);
        QCOMPARE(funnelscope({QStringLiteral("import"), bad, QStringLiteral("--workspace"), workspace}).exitCode, 1);
        QCOMPARE(eventCount(workspace), before);
        QCOMPARE(Workspace::open(workspace)->connection().queryInt("SELECT count(*) FROM imports"), 1); // the demo's
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("user_id,event,timestamp\nu1,view,2024-01-01T00:00:00Z\nu2,view,2024-01-02T00:00:00Z\n");
        file.close();
        QCOMPARE(funnelscope({QStringLiteral("import"), bad, QStringLiteral("--workspace"), workspace}).exitCode, 0);
        QCOMPARE(eventCount(workspace), before + 2);
    }

    void identitiesPrintsHowIdsBecomePeople()
    {
        const QString path = mDir.filePath(QStringLiteral("identities.funnelscope"));
        QCOMPARE(funnelscope({QStringLiteral("import"), QStringLiteral(FUNNELSCOPE_TEST_DATA "/identity/segment.json"),
                              QStringLiteral("--workspace"), path}).exitCode, 0);
        const Run on = funnelscope({QStringLiteral("identities"), QStringLiteral("--workspace"), path, QStringLiteral("--json")});
        QCOMPARE(on.exitCode, 0);
        const QJsonObject figures = QJsonDocument::fromJson(on.out.toUtf8()).object();
        QCOMPARE(figures.value(QStringLiteral("persons")).toInt(), 8);
        QCOMPARE(figures.value(QStringLiteral("conflicts")).toInt(), 1);
        QCOMPARE(figures.value(QStringLiteral("stitching")).toBool(), true);

        const Run bad = funnelscope({QStringLiteral("identities"), QStringLiteral("--workspace"), path,
                                     QStringLiteral("--stitching"), QStringLiteral("maybe")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(QLatin1String("--stitching")), qPrintable(bad.err));

        const Run off = funnelscope({QStringLiteral("identities"), QStringLiteral("--workspace"), path,
                                     QStringLiteral("--stitching"), QStringLiteral("off"), QStringLiteral("--json")});
        QCOMPARE(off.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(off.out.toUtf8()).object().value(QStringLiteral("persons")).toInt(), 12);
        // The funnel counts ids now, and says so by its numbers.
        const Run funnel = funnelscope({QStringLiteral("funnel"), QStringLiteral("--workspace"), path, QStringLiteral("--steps"),
                                        QStringLiteral("product_view,add_to_cart,begin_checkout,purchase"), QStringLiteral("--json")});
        QCOMPARE(funnel.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(funnel.out.toUtf8()).object().value(QStringLiteral("steps")).toArray().last()
                     .toObject().value(QStringLiteral("count")).toInt(), 1);
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

    // `insights`: every candidate's 2×2 table covers the population, ranked by phi; the
    // cart predicts the purchase on the demo shop; a bad target or horizon is named, exit 1.
    void insightsRankWhatPredictsAPurchase()
    {
        const QString workspace = mDir.filePath(QStringLiteral("insights.funnelscope"));
        QCOMPARE(funnelscope({QStringLiteral("demo"), QStringLiteral("--workspace"), workspace,
                              QStringLiteral("--users"), QStringLiteral("2000")}).exitCode, 0);
        const QString csv = mDir.filePath(QStringLiteral("insights.csv"));
        const Run run = funnelscope({QStringLiteral("insights"), QStringLiteral("--workspace"), workspace,
                                     QStringLiteral("--json"), QStringLiteral("--csv"), csv});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("target")).toString(), QStringLiteral("purchase"));
        QCOMPARE(json.value(QStringLiteral("within_days")).toInt(), 30);
        const qint64 persons = json.value(QStringLiteral("persons")).toInteger();
        QCOMPARE(persons, 2000); // every demo shopper has events
        const QJsonArray list = json.value(QStringLiteral("signals")).toArray();
        QVERIFY(list.size() >= 8);
        double previous = 2;
        qsizetype cart = -1;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QJsonObject signal = list.at(i).toObject();
            const auto cell = [&signal](const char *name) { return signal.value(QLatin1String(name)).toInteger(); };
            QCOMPARE(cell("a") + cell("b") + cell("c") + cell("d"), persons);
            QCOMPARE(cell("a") + cell("c"), json.value(QStringLiteral("converted")).toInteger());
            QVERIFY(signal.value(QStringLiteral("event")).toString() != QLatin1String("purchase"));
            if (!signal.value(QStringLiteral("too_few")).toBool()) {
                QVERIFY(signal.value(QStringLiteral("phi")).toDouble() <= previous);
                previous = signal.value(QStringLiteral("phi")).toDouble();
            }
            if (signal.value(QStringLiteral("event")).toString() == QLatin1String("add_to_cart"))
                cart = i;
        }
        QVERIFY(cart >= 0);
        QCOMPARE(list.at(cart).toObject().value(QStringLiteral("strength")).toString(), QStringLiteral("strong"));
        QFile table(csv);
        QVERIFY(table.open(QIODevice::ReadOnly));
        QCOMPARE(table.readAll().count('\n'), list.size() + 1);
        // The newsletter: weak but significant, with the converters' revenue difference interval.
        const auto newsletter = std::find_if(list.begin(), list.end(), [](const QJsonValue &each) {
            return each.toObject().value(QStringLiteral("event")).toString() == QLatin1String("newsletter_signup");
        });
        QVERIFY(newsletter != list.end());
        QVERIFY(newsletter->toObject().value(QStringLiteral("revenue_difference_ci")).toArray().size() == 2);

        // The chart, for slides (PNG 2x) and documents (SVG), without a display.
        const QString png = mDir.filePath(QStringLiteral("insights.png"));
        const QString svg = mDir.filePath(QStringLiteral("insights.svg"));
        QCOMPARE(funnelscope({QStringLiteral("insights"), QStringLiteral("--workspace"), workspace, QStringLiteral("--png"), png,
                              QStringLiteral("--svg"), svg}).exitCode, 0);
        QVERIFY(QImage(png).width() >= 1800);
        QFile drawing(svg);
        QVERIFY(drawing.open(QIODevice::ReadOnly));
        const QByteArray svgText = drawing.readAll();
        QVERIFY(svgText.contains("add_to_cart") && svgText.contains("newsletter_signup"));

        const Run noTarget = funnelscope({QStringLiteral("insights"), QStringLiteral("--workspace"), workspace,
                                          QStringLiteral("--target"), QStringLiteral("nosuch")});
        QCOMPARE(noTarget.exitCode, 1);
        QVERIFY2(noTarget.err.contains(QStringLiteral("no event “nosuch”")), qPrintable(noTarget.err));
        const Run hours = funnelscope({QStringLiteral("insights"), QStringLiteral("--workspace"), workspace,
                                       QStringLiteral("--within"), QStringLiteral("2h")});
        QCOMPARE(hours.exitCode, 1);
        QVERIFY2(hours.err.contains(QStringLiteral("--within")), qPrintable(hours.err));
    }

    void funnelPrintsJsonAndWritesFiles()
    {
        const QString workspace = mDir.filePath(QStringLiteral("funnel.funnelscope"));
        QCOMPARE(funnelscope({QStringLiteral("demo"), QStringLiteral("--workspace"), workspace,
                              QStringLiteral("--users"), QStringLiteral("2000")}).exitCode, 0);
        const QString png = mDir.filePath(QStringLiteral("funnel.png"));
        const QString svg = mDir.filePath(QStringLiteral("funnel.svg"));
        const QString csv = mDir.filePath(QStringLiteral("funnel.csv"));
        const QString dropped = mDir.filePath(QStringLiteral("dropped.csv"));
        const Run run = funnelscope({QStringLiteral("funnel"), QStringLiteral("--workspace"), workspace,
                                     QStringLiteral("--steps"), QStringLiteral("product_view,add_to_cart,purchase"),
                                     QStringLiteral("--by"), QStringLiteral("device"), QStringLiteral("--json"),
                                     QStringLiteral("--png"), png, QStringLiteral("--svg"), svg,
                                     QStringLiteral("--csv"), csv, QStringLiteral("--dropped"), dropped});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err)); // no warnings without a display
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        const QJsonArray steps = json.value(QStringLiteral("steps")).toArray();
        QCOMPARE(steps.size(), 3);
        QCOMPARE(steps.at(0).toObject().value(QStringLiteral("event")).toString(), QStringLiteral("product_view"));
        QCOMPARE(steps.at(0).toObject().value(QStringLiteral("conversion")).toDouble(), 1.0);
        const qint64 viewers = steps.at(0).toObject().value(QStringLiteral("count")).toInteger();
        const qint64 buyers = steps.at(2).toObject().value(QStringLiteral("count")).toInteger();
        QVERIFY(viewers > buyers && buyers > 0);
        QVERIFY(steps.at(2).toObject().value(QStringLiteral("median_seconds")).isDouble());
        QCOMPARE(json.value(QStringLiteral("segments")).toArray().size(), 3); // desktop, mobile, tablet

        QImage image(png);
        QCOMPARE(image.size(), QSize(2400, 1360));
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        QVERIFY(svgFile.readAll().contains("<svg"));
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csvFile.readAll().split('\n');
        QVERIFY(lines.first().startsWith("segment,step,event,count,conversion"));
        QCOMPARE(lines.size() - 2, 3 + 3 * 3); // all + three devices, three steps each
        QFile droppedFile(dropped);
        QVERIFY(droppedFile.open(QIODevice::ReadOnly));
        QCOMPARE(qint64(droppedFile.readAll().count('\n')) - 1, viewers - buyers);

        const Run typo = funnelscope({QStringLiteral("funnel"), QStringLiteral("--workspace"), workspace,
                                      QStringLiteral("--steps"), QStringLiteral("product_view,purchse")});
        QCOMPARE(typo.exitCode, 1);
        QVERIFY2(typo.err.startsWith(QStringLiteral("funnelscope funnel: there is no event “purchse” in this workspace (its events: add_payment_info,")),
                 qPrintable(typo.err));
        const Run noProperty = funnelscope({QStringLiteral("funnel"), QStringLiteral("--workspace"), workspace,
                                            QStringLiteral("--steps"), QStringLiteral("product_view,purchase"),
                                            QStringLiteral("--where"), QStringLiteral("colour=red")});
        QCOMPARE(noProperty.exitCode, 1);
        QVERIFY2(noProperty.err.contains(QStringLiteral("No event has a property “colour”")), qPrintable(noProperty.err));
    }

    // Funnel depth: the product held constant, windows per step, this period against the last.
    void funnelDepth()
    {
        const QString workspace = mDir.filePath(QStringLiteral("depth.funnelscope"));
        QCOMPARE(funnelscope({QStringLiteral("demo"), QStringLiteral("--workspace"), workspace,
                              QStringLiteral("--users"), QStringLiteral("3000")}).exitCode, 0);
        const QStringList funnel{QStringLiteral("funnel"), QStringLiteral("--workspace"), workspace, QStringLiteral("--steps"),
                                 QStringLiteral("product_view,add_to_cart,begin_checkout,purchase"), QStringLiteral("--json")};
        const auto stepCounts = [](const QJsonArray &steps) {
            QList<qint64> list;
            for (const QJsonValue &step : steps)
                list.append(step.toObject().value(QStringLiteral("count")).toInteger());
            return list;
        };
        const auto json = [](const Run &run) { return QJsonDocument::fromJson(run.out.toUtf8()).object(); };

        const Run plain = funnelscope(funnel);
        QCOMPARE(plain.exitCode, 0);
        const QList<qint64> all = stepCounts(json(plain).value(QStringLiteral("steps")).toArray());
        const Run held = funnelscope(funnel + QStringList{QStringLiteral("--hold"), QStringLiteral("product_id"),
                                                          QStringLiteral("--by"), QStringLiteral("category")});
        QCOMPARE(held.exitCode, 0);
        const QJsonObject heldJson = json(held);
        QCOMPARE(heldJson.value(QStringLiteral("hold")).toArray(), QJsonArray{QStringLiteral("product_id")});
        const QList<qint64> same = stepCounts(heldJson.value(QStringLiteral("steps")).toArray());
        QCOMPARE(same.first(), all.first()); // every view has its product
        QVERIFY2(same.last() < all.last(), qPrintable(held.out.left(400))); // quick adds of products never viewed
        QVERIFY(same.last() > all.last() * 8 / 10);
        QCOMPARE(heldJson.value(QStringLiteral("segments")).toArray().size(), 6); // top 5 categories and "other"

        const Run windowed = funnelscope(funnel + QStringList{QStringLiteral("--step-window"), QStringLiteral("2=2m")});
        QCOMPARE(windowed.exitCode, 0);
        const QJsonObject windowedJson = json(windowed);
        QCOMPARE(windowedJson.value(QStringLiteral("step_window_seconds")).toArray(),
                 (QJsonArray{QJsonValue::Null, 120.0, QJsonValue::Null, QJsonValue::Null}));
        const QList<qint64> quick = stepCounts(windowedJson.value(QStringLiteral("steps")).toArray());
        QVERIFY(quick[1] < all[1] && quick[1] > 0);

        // Compared with the previous four weeks: the same numbers as two runs of the plain funnel.
        const Run compared = funnelscope(funnel + QStringList{QStringLiteral("--from"), QStringLiteral("2026-08-03"), QStringLiteral("--to"),
                                                              QStringLiteral("2026-08-30"), QStringLiteral("--compare"), QStringLiteral("previous")});
        QCOMPARE(compared.exitCode, 0);
        const QJsonObject comparedJson = json(compared);
        const QJsonObject compare = comparedJson.value(QStringLiteral("compare")).toObject();
        QCOMPARE(compare.value(QStringLiteral("from")).toString(), QStringLiteral("2026-07-06"));
        QCOMPARE(compare.value(QStringLiteral("to")).toString(), QStringLiteral("2026-08-02"));
        const Run before = funnelscope(funnel + QStringList{QStringLiteral("--from"), QStringLiteral("2026-07-06"), QStringLiteral("--to"),
                                                            QStringLiteral("2026-08-02")});
        QCOMPARE(stepCounts(compare.value(QStringLiteral("steps")).toArray()), stepCounts(json(before).value(QStringLiteral("steps")).toArray()));
        const QJsonArray now = comparedJson.value(QStringLiteral("steps")).toArray();
        const QJsonArray then = json(before).value(QStringLiteral("steps")).toArray();
        const QJsonArray delta = compare.value(QStringLiteral("delta_pp")).toArray();
        for (int k = 0; k < 4; ++k) {
            const double points = 100 * (now[k].toObject().value(QStringLiteral("conversion")).toDouble()
                                         - then[k].toObject().value(QStringLiteral("conversion")).toDouble());
            QVERIFY(qAbs(delta[k].toDouble() - points) < 0.001);
        }
        const double p = compare.value(QStringLiteral("p_value")).toDouble();
        QVERIFY(p > 0 && p <= 1);

        // Mistakes say which argument.
        const QList<std::pair<QStringList, QString>> mistakes{
            {{QStringLiteral("--step-window"), QStringLiteral("1=5m")}, QStringLiteral("--step-window: “1=5m” should be K=DURATION with K a step from 2 to 4.")},
            {{QStringLiteral("--step-window"), QStringLiteral("3=soon")}, QStringLiteral("--step-window: “soon” is not a duration")},
            {{QStringLiteral("--compare"), QStringLiteral("previous")}, QStringLiteral("--compare previous: name the period with --from and --to first.")},
            {{QStringLiteral("--compare"), QStringLiteral("2026-08-01..2026-07-01")}, QStringLiteral("--compare: “2026-08-01..2026-07-01” is neither previous")},
            {{QStringLiteral("--attribution"), QStringLiteral("first")}, QStringLiteral("--attribution: “first” is not step1, first-touch, last-touch or step:K.")},
            {{QStringLiteral("--attribution"), QStringLiteral("step:9"), QStringLiteral("--by"), QStringLiteral("device")}, QStringLiteral("attribution to step 9: the funnel has steps 1 to 4.")},
            {{QStringLiteral("--hold"), QStringLiteral("a,b,c,d")}, QStringLiteral("--hold: at most 3 properties, not 4.")},
            {{QStringLiteral("--hold"), QStringLiteral("colour")}, QStringLiteral("“colour”")},
        };
        for (const auto &[arguments, message] : mistakes) {
            const Run run = funnelscope(funnel + arguments);
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(message), qPrintable(run.err));
        }
    }

    // Annotations: added, listed, on the trend and in the funnel's JSON for its period, removed.
    void annotationsMarkTheTrend()
    {
        const QString workspace = mDir.filePath(QStringLiteral("annotated.funnelscope"));
        QCOMPARE(funnelscope({QStringLiteral("demo"), QStringLiteral("--workspace"), workspace,
                              QStringLiteral("--users"), QStringLiteral("2000")}).exitCode, 0);
        const QStringList annotate{QStringLiteral("annotate"), QStringLiteral("--workspace"), workspace};
        QCOMPARE(funnelscope(annotate + QStringList{QStringLiteral("add"), QStringLiteral("--date"), QStringLiteral("2026-07-20"),
                                                    QStringLiteral("--text"), QStringLiteral("Summer sale"), QStringLiteral("--category"),
                                                    QStringLiteral("campaign")}).exitCode, 0);
        const Run range = funnelscope(annotate + QStringList{QStringLiteral("add"), QStringLiteral("--date"), QStringLiteral("2026-08-10"),
                                                             QStringLiteral("--to"), QStringLiteral("2026-08-14"), QStringLiteral("--text"),
                                                             QStringLiteral("Search box <broken>"), QStringLiteral("--category"),
                                                             QStringLiteral("tracking_change")});
        QCOMPARE(range.exitCode, 0);
        QVERIFY2(range.err.contains(QStringLiteral("Added annotation 2.")), qPrintable(range.err));
        const Run listed = funnelscope(annotate + QStringList{QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray all = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[1].toObject().value(QStringLiteral("to")).toString(), QStringLiteral("2026-08-14"));

        // The funnel of August lists the annotation of its days, not July's.
        const QString png = mDir.filePath(QStringLiteral("trend.png"));
        const QString svg = mDir.filePath(QStringLiteral("trend.svg"));
        const QStringList funnel{QStringLiteral("funnel"), QStringLiteral("--workspace"), workspace, QStringLiteral("--steps"),
                                 QStringLiteral("product_view,purchase"), QStringLiteral("--json")};
        const Run august = funnelscope(funnel + QStringList{QStringLiteral("--from"), QStringLiteral("2026-08-01"), QStringLiteral("--to"),
                                                            QStringLiteral("2026-08-31"), QStringLiteral("--trend"), png});
        QCOMPARE(august.exitCode, 0);
        const QJsonArray shown = QJsonDocument::fromJson(august.out.toUtf8()).object().value(QStringLiteral("annotations")).toArray();
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown[0].toObject().value(QStringLiteral("text")).toString(), QStringLiteral("Search box <broken>"));
        QCOMPARE(QImage(png).size(), QSize(2400, 1200));
        QCOMPARE(funnelscope(funnel + QStringList{QStringLiteral("--trend"), svg}).exitCode, 0);
        QFile drawing(svg);
        QVERIFY(drawing.open(QIODevice::ReadOnly));
        const QByteArray text = drawing.readAll();
        QVERIFY(text.contains("Summer sale"));
        QVERIFY(text.contains("Search box &lt;broken&gt;")); // escaped, not markup

        QCOMPARE(funnelscope(annotate + QStringList{QStringLiteral("remove"), QStringLiteral("1")}).exitCode, 0);
        const Run again = funnelscope(annotate + QStringList{QStringLiteral("remove"), QStringLiteral("1")});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QStringLiteral("there is no annotation 1")), qPrintable(again.err));
        const Run backwards = funnelscope(annotate + QStringList{QStringLiteral("add"), QStringLiteral("--date"), QStringLiteral("2026-08-10"),
                                                                 QStringLiteral("--to"), QStringLiteral("2026-08-01"), QStringLiteral("--text"), QStringLiteral("x")});
        QCOMPARE(backwards.exitCode, 1);
        QVERIFY2(backwards.err.contains(QStringLiteral("--to: 2026-08-01 comes before --date 2026-08-10")), qPrintable(backwards.err));
        const Run nothing = funnelscope(annotate + QStringList{QStringLiteral("change")});
        QCOMPARE(nothing.exitCode, 1);
        QVERIFY2(nothing.err.contains(QStringLiteral("add, list or remove")), qPrintable(nothing.err));
        QCOMPARE(QJsonDocument::fromJson(funnelscope(annotate + QStringList{QStringLiteral("list"), QStringLiteral("--json")}).out.toUtf8()).array().size(), 1);
    }

    void cohortPrintsTheGridAsJson()
    {
        const QString workspace = mDir.filePath(QStringLiteral("cohort.funnelscope"));
        QCOMPARE(funnelscope({QStringLiteral("demo"), QStringLiteral("--workspace"), workspace,
                              QStringLiteral("--users"), QStringLiteral("1500")}).exitCode, 0);
        const QString png = mDir.filePath(QStringLiteral("cohort.png"));
        const Run run = funnelscope({QStringLiteral("cohort"), QStringLiteral("--workspace"), workspace,
                                     QStringLiteral("--period"), QStringLiteral("month"),
                                     QStringLiteral("--periods"), QStringLiteral("8"),
                                     QStringLiteral("--json"), QStringLiteral("--png"), png});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("period")).toString(), QStringLiteral("month"));
        const QJsonArray cohorts = json.value(QStringLiteral("cohorts")).toArray();
        QCOMPARE(cohorts.size(), 6); // May to October 2026: nobody arrives on 1 November
        const QJsonObject may = cohorts.first().toObject();
        QCOMPARE(may.value(QStringLiteral("start")).toString(), QStringLiteral("2026-05-01"));
        const QJsonArray counts = may.value(QStringLiteral("counts")).toArray();
        QCOMPARE(counts.size(), 8);
        QCOMPARE(counts.at(0).toInteger(), may.value(QStringLiteral("size")).toInteger());
        QCOMPARE(may.value(QStringLiteral("percent")).toArray().at(0).toDouble(), 100.0);
        QVERIFY(counts.at(7).isNull()); // December 2026 is past the data
        qint64 sizes = 0;
        for (const QJsonValue &cohort : cohorts)
            sizes += cohort.toObject().value(QStringLiteral("size")).toInteger();
        QCOMPARE(sizes, 1500);
        QVERIFY(QImage(png).width() >= 1800);

        const Run bad = funnelscope({QStringLiteral("cohort"), QStringLiteral("--workspace"), workspace,
                                     QStringLiteral("--period"), QStringLiteral("year")});
        QCOMPARE(bad.exitCode, 1);
        QCOMPARE(bad.err.trimmed(), QStringLiteral("funnelscope cohort: --period: “year” is not day, week or month."));
    }

    void assessExportsTheLatestAssessment()
    {
        const QString workspace = mDir.filePath(QStringLiteral("assess.funnelscope"));
        QCOMPARE(funnelscope({QStringLiteral("demo"), QStringLiteral("--workspace"), workspace,
                              QStringLiteral("--users"), QStringLiteral("100")}).exitCode, 0);
        const QStringList arguments = {QStringLiteral("assess"), QStringLiteral("export"),
                                       QStringLiteral("--workspace"), workspace};
        const Run none = funnelscope(arguments);
        QCOMPARE(none.exitCode, 1);
        QVERIFY2(none.err.contains(QLatin1String("no assessment is saved")), qPrintable(none.err));
        {
            const auto opened = Workspace::open(workspace);
            Assessment assessment = Assessment::blank(MaturityMatrix::fromJson(
                R"({"id":"m","stages":[{"name":"a"},{"name":"b"},{"name":"c"}],"dimensions":[
                    {"id":"data_collection","name":"Data Collection","stages":["1","2","3"]},
                    {"id":"identity","name":"Identity","stages":["1","2","3"]}]})", nullptr).value());
            assessment.takenBy = QStringLiteral("Ana");
            assessment.score(QStringLiteral("data_collection"))->current = 2;
            assessment.score(QStringLiteral("data_collection"))->target = 3;
            Assessment::save(opened->connection(), assessment);
        }
        const QString csv = mDir.filePath(QStringLiteral("scores.csv"));
        const QString png = mDir.filePath(QStringLiteral("radar.png"));
        const Run run = funnelscope(arguments + QStringList{QStringLiteral("--csv"), csv, QStringLiteral("--png"), png});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QLatin1String("by Ana: overall 2.0 of 3")), qPrintable(run.out));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray scores = file.readAll();
        QVERIFY(scores.contains("\r\ndata_collection,2.0,3.0,1.0,,,2.0,\"Key micro-journey steps are tracked"));
        QCOMPARE(QImage(png).width(), 1800);
        file.close();

        // Filled in from the terminal: one dimension changes, the others stay, a new entry in the history.
        const Run set = funnelscope({QStringLiteral("assess"), QStringLiteral("set"), QStringLiteral("--workspace"), workspace,
                                     QStringLiteral("--dimension"), QStringLiteral("identity"), QStringLiteral("--current"),
                                     QStringLiteral("1,5"), QStringLiteral("--note"), QStringLiteral("login only"),
                                     QStringLiteral("--who"), QStringLiteral("Ben")});
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        const auto latest = [&workspace] { return Assessment::history(Workspace::open(workspace)->connection()).last(); };
        QCOMPARE(Assessment::history(Workspace::open(workspace)->connection()).size(), 2);
        QCOMPARE(latest().takenBy, QStringLiteral("Ben"));
        QCOMPARE(latest().score(QStringLiteral("identity"))->current, 1.5);
        QCOMPARE(latest().score(QStringLiteral("identity"))->target, 1.5);
        QCOMPARE(latest().score(QStringLiteral("identity"))->note, QStringLiteral("login only"));
        QCOMPARE(latest().score(QStringLiteral("data_collection"))->current, 2.0);

        // ... and from a spreadsheet: the exported CSV, edited (semicolons and a decimal comma, as German Excel saves it).
        const QString sheet = mDir.filePath(QStringLiteral("team.csv"));
        QFile team(sheet);
        QVERIFY(team.open(QIODevice::WriteOnly));
        team.write("dimension;current_stage;target_stage;note\r\nanalytics;2,5;3;weekly funnel review\r\nidentity;1;;\r\n");
        team.close();
        const Run imported = funnelscope({QStringLiteral("assess"), QStringLiteral("import"), sheet, QStringLiteral("--workspace"),
                                          workspace, QStringLiteral("--who"), QStringLiteral("Team")});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QCOMPARE(latest().score(QStringLiteral("analytics"))->current, 2.5);
        QCOMPARE(latest().score(QStringLiteral("analytics"))->note, QStringLiteral("weekly funnel review"));
        QCOMPARE(latest().score(QStringLiteral("identity"))->current, 1.0);
        QCOMPARE(latest().score(QStringLiteral("data_collection"))->current, 0.0); // not in the sheet: not assessed
        QCOMPARE(latest().takenBy, QStringLiteral("Team"));

        // The round trip: what export writes, import reads back to the same answers.
        const Run again = funnelscope(arguments + QStringList{QStringLiteral("--csv"), csv});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(funnelscope({QStringLiteral("assess"), QStringLiteral("import"), csv, QStringLiteral("--workspace"), workspace}).exitCode == 0);
        const QList<Assessment> history = Assessment::history(Workspace::open(workspace)->connection());
        QCOMPARE(history.size(), 4);
        for (const Assessment::Score &score : history.at(2).scores) {
            QCOMPARE(history.at(3).score(score.dimension)->current, score.current);
            QCOMPARE(history.at(3).score(score.dimension)->target, score.target);
            QCOMPARE(history.at(3).score(score.dimension)->note, score.note);
        }

        const Run json = funnelscope(arguments + QStringList{QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject latestJson = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(latestJson.value(QStringLiteral("taken_by")).toString(), history.last().takenBy);
        QCOMPARE(latestJson.value(QStringLiteral("scores")).toArray().size(), history.last().scores.size());
        QCOMPARE(latestJson.value(QStringLiteral("scores")).toArray().at(2).toObject().value(QStringLiteral("current_stage")).toDouble(), 2.5);

        // Mistakes are named and change nothing.
        QVERIFY(team.open(QIODevice::WriteOnly | QIODevice::Truncate));
        team.write("dimension,current_stage\nidentity,2\nanalitics,1\n");
        team.close();
        const Run typo = funnelscope({QStringLiteral("assess"), QStringLiteral("import"), sheet, QStringLiteral("--workspace"), workspace});
        QCOMPARE(typo.exitCode, 1);
        QVERIFY2(typo.err.contains(QStringLiteral("team.csv, line 3: “analitics” is no dimension")), qPrintable(typo.err));
        const Run badStage = funnelscope({QStringLiteral("assess"), QStringLiteral("set"), QStringLiteral("--workspace"), workspace,
                                          QStringLiteral("--dimension"), QStringLiteral("identity"), QStringLiteral("--current"), QStringLiteral("4")});
        QCOMPARE(badStage.exitCode, 1);
        QVERIFY2(badStage.err.contains(QStringLiteral("--current: “4” is not a stage from 1 to 3")), qPrintable(badStage.err));
        QCOMPARE(Assessment::history(Workspace::open(workspace)->connection()).size(), 4);
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
            << 1 << QStringLiteral("funnelscope demo: --users: “lots” is not a whole number from 1 to 20000000.");
        QTest::newRow("users zero")
            << QStringList{QStringLiteral("demo"), QStringLiteral("--workspace"), path,
                           QStringLiteral("--users"), QStringLiteral("0")}
            << 1 << QStringLiteral("funnelscope demo: --users: “0” is not a whole number from 1 to 20000000.");
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
        QTest::newRow("funnel without steps")
            << QStringList{QStringLiteral("funnel"), QStringLiteral("--workspace"), path} << 1
            << QStringLiteral("funnelscope funnel: --steps is required: the step events, such as product_view,add_to_cart,purchase.");
        QTest::newRow("funnel with a bad window")
            << QStringList{QStringLiteral("funnel"), QStringLiteral("--workspace"), path, QStringLiteral("--steps"),
                           QStringLiteral("a,b"), QStringLiteral("--window"), QStringLiteral("a week")} << 1
            << QStringLiteral("funnelscope funnel: --window: “a week” is not a duration from 1 minute to 366 days (write 30m, 12h, 7d or 2w).");
        QTest::newRow("funnel on a missing workspace")
            << QStringList{QStringLiteral("funnel"), QStringLiteral("--workspace"), path, QStringLiteral("--steps"),
                           QStringLiteral("a,b")} << 1
            << QStringLiteral("funnelscope funnel: The workspace “%1” does not exist. It may have been moved or deleted.").arg(path);
        QTest::newRow("report without a PDF")
            << QStringList{QStringLiteral("report"), QStringLiteral("--workspace"), path} << 1
            << QStringLiteral("funnelscope report: --pdf is required: the PDF file to write.");
        QTest::newRow("dictionary without an action")
            << QStringList{QStringLiteral("dictionary"), QStringLiteral("--workspace"), path} << 1
            << QStringLiteral("funnelscope dictionary: say what to do: export, import, check or log.");
        QTest::newRow("dictionary export without a file")
            << QStringList{QStringLiteral("dictionary"), QStringLiteral("export"), QStringLiteral("--workspace"), path} << 1
            << QStringLiteral("funnelscope dictionary: name one file to export, as in “funnelscope dictionary export --workspace W plan.json”.");
        QTest::newRow("dictionary with an unknown format")
            << QStringList{QStringLiteral("dictionary"), QStringLiteral("export"), QStringLiteral("x.yaml"),
                           QStringLiteral("--workspace"), path, QStringLiteral("--format"), QStringLiteral("yaml")} << 1
            << QStringLiteral("funnelscope dictionary: --format “yaml” is not a format; use json, segment or csv.");
        QTest::newRow("dictionary import of a missing plan")
            << QStringList{QStringLiteral("dictionary"), QStringLiteral("import"), QStringLiteral("missing.json"),
                           QStringLiteral("--workspace"), path} << 1
            << QStringLiteral("funnelscope dictionary: Cannot read “missing.json”: the file does not exist.");
    }

    void dictionaryRoundTripAndCheck()
    {
        const QString path = mDir.filePath(QStringLiteral("dictionary.funnelscope"));
        QCOMPARE(funnelscope({QStringLiteral("demo"), QStringLiteral("--workspace"), path, QStringLiteral("--users"), QStringLiteral("2000")}).exitCode, 0);

        // Adopting the starter dictionary prints what it adds and logs it under --who.
        const Run adopt = funnelscope({QStringLiteral("dictionary"), QStringLiteral("import"), QStringLiteral("--starter"),
                                       QStringLiteral("--workspace"), path, QStringLiteral("--who"), QStringLiteral("Maria")});
        QCOMPARE(adopt.exitCode, 0);
        QVERIFY2(adopt.out.startsWith(QLatin1String("+ Add event product_view\n")), qPrintable(adopt.out));
        QCOMPARE(adopt.out.count(QLatin1Char('\n')), 9);
        QCOMPARE(Workspace::open(path)->connection().queryText("SELECT group_concat(DISTINCT who) FROM change_log"), QStringLiteral("Maria"));

        // Each format exports and imports back to no differences.
        for (const char *format : {"json", "csv", "segment"}) {
            const QString plan = mDir.filePath(QStringLiteral("plan-%1.%2").arg(QLatin1String(format), QLatin1String(qstrcmp(format, "csv") ? "json" : "csv")));
            const Run exported = funnelscope({QStringLiteral("dictionary"), QStringLiteral("export"), plan, QStringLiteral("--workspace"), path,
                                              QStringLiteral("--format"), QLatin1String(format)});
            QCOMPARE(exported.exitCode, 0);
            const Run again = funnelscope({QStringLiteral("dictionary"), QStringLiteral("import"), plan, QStringLiteral("--workspace"), path,
                                           QStringLiteral("--format"), QLatin1String(format)});
            QCOMPARE(again.exitCode, 0);
            QVERIFY2(again.out.isEmpty(), qPrintable(QLatin1String(format) + again.out));
        }

        // A plan the rules refuse changes nothing.
        QFile bad(mDir.filePath(QStringLiteral("bad.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(R"({"format": "funnelscope-dictionary", "events": [{"name": "purchase", "stage": "checkout"}]})");
        bad.close();
        const qint64 entries = Workspace::open(path)->connection().queryInt("SELECT count(*) FROM change_log");
        const Run refused = funnelscope({QStringLiteral("dictionary"), QStringLiteral("import"), bad.fileName(), QStringLiteral("--workspace"), path});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("The stage of “purchase” must be one of")), qPrintable(refused.err));
        QCOMPARE(Workspace::open(path)->connection().queryInt("SELECT count(*) FROM change_log"), entries);

        // check: the demo's planted incident, and the log intact.
        const QString csv = mDir.filePath(QStringLiteral("findings.csv"));
        const Run check = funnelscope({QStringLiteral("dictionary"), QStringLiteral("check"), QStringLiteral("--workspace"), path,
                                       QStringLiteral("--csv"), csv});
        QCOMPARE(check.exitCode, 0);
        QVERIFY2(check.out.contains(QStringLiteral("error: “add_payment_info” lacks its required “payment_type”")), qPrintable(check.out));
        QVERIFY2(check.out.contains(QStringLiteral("Change log: The change log is intact: 9 entries")), qPrintable(check.out));
        QFile findings(csv);
        QVERIFY(findings.open(QIODevice::ReadOnly));
        QVERIFY(findings.readLine().startsWith("severity,kind,event,parameter,rows"));

        // Someone edits the log behind the store's back: check says so and exits 1.
        {
            auto workspace = Workspace::open(path);
            workspace->connection().exec("DROP TRIGGER change_log_no_update");
            workspace->connection().exec("UPDATE change_log SET who = 'Mallory' WHERE id = 3");
        }
        const Run tampered = funnelscope({QStringLiteral("dictionary"), QStringLiteral("check"), QStringLiteral("--workspace"), path});
        QCOMPARE(tampered.exitCode, 1);
        QVERIFY2(tampered.out.contains(QStringLiteral("Change log ALTERED: Entry 3 (create")), qPrintable(tampered.out));
    }

    void demoWritesTheBenchmarkInput()
    {
        const QString csv = mDir.filePath(QStringLiteral("shop.csv"));
        const QString ndjson = mDir.filePath(QStringLiteral("shop.ndjson"));
        QCOMPARE(funnelscope({QStringLiteral("demo"), QStringLiteral("--users"), QStringLiteral("400"), QStringLiteral("--csv"), csv}).exitCode, 0);
        QCOMPARE(funnelscope({QStringLiteral("demo"), QStringLiteral("--users"), QStringLiteral("400"), QStringLiteral("--ndjson"), ndjson}).exitCode, 0);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readLine().trimmed(), QByteArray("event_id,user_id,session_id,event_name,timestamp,device,channel,country,"
                                                       "product_id,category,price,revenue"));
        // The same events as the demo workspace of the same size and seed, through either file.
        const QString reference = mDir.filePath(QStringLiteral("shop-reference.funnelscope"));
        QCOMPARE(funnelscope({QStringLiteral("demo"), QStringLiteral("--users"), QStringLiteral("400"), QStringLiteral("--workspace"), reference}).exitCode, 0);
        for (const QString &input : {csv, ndjson}) {
            const QString workspace = mDir.filePath(QFileInfo(input).suffix() + QStringLiteral("-import.funnelscope"));
            const Run imported = funnelscope({QStringLiteral("import"), input, QStringLiteral("--workspace"), workspace});
            QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
            QCOMPARE(eventCount(workspace), eventCount(reference));
            const QStringList funnel = {QStringLiteral("funnel"), QStringLiteral("--steps"),
                                        QStringLiteral("product_view,add_to_cart,begin_checkout,purchase"), QStringLiteral("--json"),
                                        QStringLiteral("--workspace")};
            QCOMPARE(funnelscope(funnel + QStringList{workspace}).out, funnelscope(funnel + QStringList{reference}).out);
        }
    }

    void outputsNeverOverwriteTheWorkspace()
    {
        const QString path = mDir.filePath(QStringLiteral("guarded.funnelscope"));
        QCOMPARE(funnelscope({QStringLiteral("demo"), QStringLiteral("--workspace"), path, QStringLiteral("--users"), QStringLiteral("300")}).exitCode, 0);
        const qint64 events = eventCount(path);
        const QString link = mDir.filePath(QStringLiteral("guarded-link.csv"));
        QVERIFY(QFile::link(path, link));
        const QString steps = QStringLiteral("product_view,add_to_cart,purchase");
        const QList<QStringList> attempts = {
            {QStringLiteral("funnel"), QStringLiteral("--steps"), steps, QStringLiteral("--csv"), path},
            {QStringLiteral("funnel"), QStringLiteral("--steps"), steps, QStringLiteral("--dropped"), path + QStringLiteral("-wal")},
            {QStringLiteral("funnel"), QStringLiteral("--steps"), steps, QStringLiteral("--png"), path + QStringLiteral("-shm")},
            {QStringLiteral("cohort"), QStringLiteral("--csv"), link},
            {QStringLiteral("cohort"), QStringLiteral("--svg"), path + QStringLiteral("-journal")},
            {QStringLiteral("dictionary"), QStringLiteral("check"), QStringLiteral("--csv"), path},
            {QStringLiteral("dictionary"), QStringLiteral("export"), path},
            {QStringLiteral("report"), QStringLiteral("--pdf"), path},
        };
        for (QStringList arguments : attempts) {
            arguments << QStringLiteral("--workspace") << path;
            const Run run = funnelscope(arguments);
            QVERIFY2(run.exitCode == 1 && run.err.contains(QLatin1String("would destroy the workspace")),
                     qPrintable(arguments.join(QLatin1Char(' ')) + QStringLiteral(": ") + run.err));
            QCOMPARE(eventCount(path), events);
        }
        QCOMPARE(Workspace::open(path)->connection().queryText("PRAGMA integrity_check"), QStringLiteral("ok"));
    }

    void aFailedExportLeavesTheOldFileWhole()
    {
        const QString path = mDir.filePath(QStringLiteral("export-fail.funnelscope"));
        QCOMPARE(funnelscope({QStringLiteral("demo"), QStringLiteral("--workspace"), path, QStringLiteral("--users"), QStringLiteral("300")}).exitCode, 0);
        const QString notes = mDir.filePath(QStringLiteral("notes.dat"));
        QFile file(notes);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep me\n");
        file.close();
        // The disk "fills" after 48 KiB: the chart (about 64 KiB) cannot be written.
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
        process.setProcessEnvironment(environment);
        process.setChildProcessModifier([] {
            ::signal(SIGXFSZ, SIG_IGN);
            const rlimit limit{48 * 1024, 48 * 1024}; // the workspace is read, its -shm is 32 KiB
            ::setrlimit(RLIMIT_FSIZE, &limit);
        });
        process.start(QStringLiteral(FUNNELSCOPE_EXECUTABLE),
                      {QStringLiteral("funnel"), QStringLiteral("--workspace"), path, QStringLiteral("--steps"),
                       QStringLiteral("product_view,add_to_cart,purchase"), QStringLiteral("--png"), notes});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("keep me\n"));
    }

    void textFromTheDataIsEscapedInSvg()
    {
        // Event names come from tracked data that anyone on the shop's site can influence.
        const QString csv = mDir.filePath(QStringLiteral("hostile.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("user_id,event,timestamp\n"
                   "u1,view,2024-01-01T00:00:00Z\n"
                   "u1,\"</title><script>alert(1)</script>\",2024-01-01T00:01:00Z\n");
        file.close();
        const QString path = mDir.filePath(QStringLiteral("hostile.funnelscope"));
        QCOMPARE(funnelscope({QStringLiteral("import"), csv, QStringLiteral("--workspace"), path}).exitCode, 0);
        const QString svg = mDir.filePath(QStringLiteral("hostile.svg"));
        const Run run = funnelscope({QStringLiteral("funnel"), QStringLiteral("--workspace"), path, QStringLiteral("--steps"),
                                     QStringLiteral("view,</title><script>alert(1)</script>"), QStringLiteral("--svg"), svg});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile written(svg);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray bytes = written.readAll();
        QVERIFY2(!bytes.contains("<script"), bytes.left(600).constData());
        QXmlStreamReader xml(bytes);
        while (!xml.atEnd())
            xml.readNext();
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    }

    void argumentsThatCrashedOrLied()
    {
        const QString path = mDir.filePath(QStringLiteral("silly.funnelscope"));
        QCOMPARE(funnelscope({QStringLiteral("demo"), QStringLiteral("--workspace"), path, QStringLiteral("--users"), QStringLiteral("200")}).exitCode, 0);
        const QString steps = QStringLiteral("product_view,add_to_cart,purchase");
        // Crashed with "double free or corruption".
        Run run = funnelscope({QStringLiteral("funnel"), QStringLiteral("--workspace"), path, QStringLiteral("--steps"), steps,
                               QStringLiteral("--exclude"), QStringLiteral("nosuch@1")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("no event “nosuch” to exclude")), qPrintable(run.err));
        // Overflowed into a 68-second window.
        run = funnelscope({QStringLiteral("funnel"), QStringLiteral("--workspace"), path, QStringLiteral("--steps"), steps,
                           QStringLiteral("--window"), QStringLiteral("307445734561827m")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("--window")), qPrintable(run.err));
        // Exited 0 with the error printed inside the PDF.
        const QString pdf = mDir.filePath(QStringLiteral("silly.pdf"));
        run = funnelscope({QStringLiteral("report"), QStringLiteral("--workspace"), path, QStringLiteral("--steps"),
                           QStringLiteral("nosuch,purchase"), QStringLiteral("--pdf"), pdf});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("--steps: there is no event “nosuch”")), qPrintable(run.err));
        QVERIFY(!QFile::exists(pdf));
    }

    void revenueThatOverflowsDrawsNoNonsense()
    {
        // Two revenues of 1e308 sum to infinity: the grid's shade was blues[INT_MIN].
        const QString csv = mDir.filePath(QStringLiteral("huge.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("user_id,event,timestamp,revenue\n"
                   "u1,purchase,2024-01-01T00:00:00Z,1e308\n"
                   "u1,purchase,2024-01-01T01:00:00Z,1e308\n"
                   "u2,purchase,2024-01-02T00:00:00Z,5\n"
                   "u2,purchase,2024-01-09T00:00:00Z,inf\n");
        file.close();
        const QString path = mDir.filePath(QStringLiteral("huge.funnelscope"));
        const Run imported = funnelscope({QStringLiteral("import"), csv, QStringLiteral("--workspace"), path, QStringLiteral("--json")});
        QCOMPARE(imported.exitCode, 0);
        // inf itself is a rejected row with its reason.
        QCOMPARE(QJsonDocument::fromJson(imported.out.toUtf8()).object().value(QStringLiteral("rejected")).toInt(), 1);
        const QString png = mDir.filePath(QStringLiteral("huge.png"));
        const Run run = funnelscope({QStringLiteral("cohort"), QStringLiteral("--workspace"), path, QStringLiteral("--metric"),
                                     QStringLiteral("revenue"), QStringLiteral("--png"), png, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(!QImage(png).isNull());
        // The cell that overflowed is no number in the JSON either.
        QVERIFY2(!run.out.contains(QLatin1String("inf")) && !run.out.contains(QLatin1String("nan")), qPrintable(run.out));
    }

    void aBusyWorkspaceIsWaitedForThenRefused()
    {
        const QString path = mDir.filePath(QStringLiteral("busy.funnelscope"));
        QCOMPARE(funnelscope({QStringLiteral("demo"), QStringLiteral("--workspace"), path, QStringLiteral("--users"), QStringLiteral("200")}).exitCode, 0);
        const qint64 events = eventCount(path);
        const QString csv = mDir.filePath(QStringLiteral("busy.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("user_id,event,timestamp\nu1,view,2024-01-01T00:00:00Z\n");
        file.close();
        const auto start = [&](QProcess &process, int timeoutMs) {
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("FUNNELSCOPE_BUSY_TIMEOUT_MS"), QString::number(timeoutMs));
            process.setProcessEnvironment(environment);
            process.start(QStringLiteral(FUNNELSCOPE_EXECUTABLE), {QStringLiteral("import"), csv, QStringLiteral("--workspace"), path});
        };
        // Another writer holds the workspace: the import waits, says so, then gives up with a sentence.
        auto holder = Workspace::open(path);
        holder->connection().exec("BEGIN IMMEDIATE");
        QProcess refused;
        start(refused, 2500);
        QVERIFY(refused.waitForFinished(30000));
        const QString said = QString::fromUtf8(refused.readAllStandardError());
        QCOMPARE(refused.exitCode(), 1);
        QVERIFY2(said.contains(QLatin1String("Waiting for another import or edit")) && said.contains(QLatin1String("is busy")),
                 qPrintable(said));
        // When the other writer finishes in time, the import goes ahead.
        QProcess waiting;
        start(waiting, 30000);
        QVERIFY(waiting.waitForStarted());
        QTest::qWait(1800);
        holder->connection().exec("ROLLBACK");
        QVERIFY(waiting.waitForFinished(30000));
        QCOMPARE(waiting.exitCode(), 0);
        QVERIFY(QString::fromUtf8(waiting.readAllStandardError()).contains(QLatin1String("Waiting for another import or edit")));
        holder.reset();
        QCOMPARE(eventCount(path), events + 1);
    }

    /** A workspace of the demo's 200 shoppers and a CSV of @p users more (their files' paths). */
    std::pair<QString, QString> workspaceAndExport(const QString &name, int users)
    {
        const QString path = mDir.filePath(name + QStringLiteral(".funnelscope"));
        const QString csv = mDir.filePath(name + QStringLiteral(".csv"));
        if (funnelscope({QStringLiteral("demo"), QStringLiteral("--workspace"), path, QStringLiteral("--users"), QStringLiteral("200")}).exitCode != 0
            || funnelscope({QStringLiteral("demo"), QStringLiteral("--users"), QString::number(users), QStringLiteral("--csv"), csv}).exitCode != 0)
            return {};
        // Event ids of their own (the demo's count from e1 in both): every row is a new event.
        QFile file(csv);
        if (!file.open(QIODevice::ReadWrite))
            return {};
        QByteArray lines = file.readAll();
        lines.replace("\ne", "\nexport-e");
        file.resize(0);
        file.write(lines);
        return {path, csv};
    }

    void anImportAloneWritesTheWorkspaceInPlace()
    {
        // No one else has the workspace open: the import writes its pages into it once (a
        // rollback journal keeps the old ones that change), not into the WAL and again at
        // the checkpoint. Afterwards it is in WAL mode again, whole, with every event.
        const auto [path, csv] = workspaceAndExport(QStringLiteral("inplace"), 20000);
        QVERIFY(!path.isEmpty());
        const qint64 events = eventCount(path);
        const qint64 rows = csvRecords(csv);
        QProcess process;
        process.start(QStringLiteral(FUNNELSCOPE_EXECUTABLE), {QStringLiteral("import"), csv, QStringLiteral("--workspace"), path});
        bool journal = false;
        qint64 wal = 0;
        while (!process.waitForFinished(2)) {
            journal = journal || QFileInfo::exists(path + QStringLiteral("-journal"));
            wal = std::max(wal, QFileInfo(path + QStringLiteral("-wal")).size());
        }
        QCOMPARE(process.exitCode(), 0);
        QVERIFY2(journal && wal == 0, qPrintable(QStringLiteral("journal seen: %1, WAL bytes: %2").arg(journal).arg(wal)));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-journal")));
        QCOMPARE(eventCount(path), events + rows);
        auto workspace = Workspace::open(path);
        QCOMPARE(workspace->connection().queryText("PRAGMA journal_mode"), QStringLiteral("wal"));
        QCOMPARE(workspace->connection().queryText("PRAGMA integrity_check"), QStringLiteral("ok"));
    }

    void anOpenWindowKeepsReadingWhileTheCommandLineImports()
    {
        // Another connection has the workspace open (a window): the import leaves it in WAL
        // mode, and the other reads the events as they were all along, never kept waiting.
        const auto [path, csv] = workspaceAndExport(QStringLiteral("shared"), 20000);
        QVERIFY(!path.isEmpty());
        const qint64 events = eventCount(path);
        auto window = Workspace::open(path);
        QProcess process;
        process.start(QStringLiteral(FUNNELSCOPE_EXECUTABLE), {QStringLiteral("import"), csv, QStringLiteral("--workspace"), path});
        const qint64 rows = csvRecords(csv);
        int readsWhileWriting = 0; // the events from before, read while the WAL grew
        while (!process.waitForFinished(20)) {
            const qint64 wal = QFileInfo(path + QStringLiteral("-wal")).size();
            const qint64 read = window->connection().queryInt("SELECT count(*) FROM events");
            QVERIFY2(read == events || read == events + rows, qPrintable(QString::number(read))); // before or after, never half
            readsWhileWriting += read == events && wal > 0 ? 1 : 0;
        }
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(readsWhileWriting > 0);
        QCOMPARE(window->connection().queryInt("SELECT count(*) FROM events"), events + rows);
        QCOMPARE(window->connection().queryText("PRAGMA journal_mode"), QStringLiteral("wal"));
    }

    void anImportKilledWhileWritingInPlaceLeavesTheWorkspaceAsItWas()
    {
        // Killed once it has written pages into the workspace itself: the next open plays
        // the journal back, and the workspace is the one from before, whole.
        const auto [path, csv] = workspaceAndExport(QStringLiteral("killed"), 60000);
        QVERIFY(!path.isEmpty());
        const qint64 events = eventCount(path);
        const QString before = eventsText(path);
        const qint64 imports = Workspace::open(path)->connection().queryInt("SELECT count(*) FROM imports");
        const qint64 size = QFileInfo(path).size();
        QProcess process;
        process.start(QStringLiteral(FUNNELSCOPE_EXECUTABLE), {QStringLiteral("import"), csv, QStringLiteral("--workspace"), path});
        QVERIFY(process.waitForStarted());
        while (QFileInfo(path).size() < size + (4 << 20) && !process.waitForFinished(2)) {
        }
        QCOMPARE(process.state(), QProcess::Running); // killed mid-import, not after it
        process.kill();
        QVERIFY(process.waitForFinished(10000));
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-journal")));
        QCOMPARE(eventCount(path), events);
        QCOMPARE(eventsText(path), before);
        auto workspace = Workspace::open(path);
        QCOMPARE(workspace->connection().queryText("PRAGMA integrity_check"), QStringLiteral("ok"));
        QCOMPARE(workspace->connection().queryText("PRAGMA journal_mode"), QStringLiteral("wal"));
        QCOMPARE(workspace->connection().queryInt("SELECT count(*) FROM imports"), imports);
    }

    void aFullDiskSaysSoAndChangesNothing()
    {
        const QString path = mDir.filePath(QStringLiteral("full.funnelscope"));
        QCOMPARE(funnelscope({QStringLiteral("demo"), QStringLiteral("--workspace"), path, QStringLiteral("--users"), QStringLiteral("200")}).exitCode, 0);
        const qint64 events = eventCount(path);
        const qint64 size = QFileInfo(path).size();
        QByteArray csv = "user_id,event,timestamp,note\n";
        for (int i = 0; i < 40000; ++i)
            csv += "u" + QByteArray::number(i) + ",view,2024-01-01T00:00:00Z,a note that takes some room on the disk\n";
        const QString input = mDir.filePath(QStringLiteral("full.csv"));
        QFile file(input);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(csv);
        file.close();
        // The disk fills a megabyte past the workspace's size.
        QProcess process;
        process.setChildProcessModifier([size] {
            ::signal(SIGXFSZ, SIG_IGN);
            const rlimit limit{rlim_t(size + (1 << 20)), rlim_t(size + (1 << 20))};
            ::setrlimit(RLIMIT_FSIZE, &limit);
        });
        process.start(QStringLiteral(FUNNELSCOPE_EXECUTABLE), {QStringLiteral("import"), input, QStringLiteral("--workspace"), path});
        QVERIFY(process.waitForFinished(60000));
        const QString said = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitCode(), 1);
        QVERIFY2(said.contains(QLatin1String("is full")) || said.contains(QLatin1String("could not be read or written")), qPrintable(said));
        QCOMPARE(eventCount(path), events);
        QCOMPARE(Workspace::open(path)->connection().queryText("PRAGMA integrity_check"), QStringLiteral("ok"));
    }

    // A workspace made but not yet imported into (the window makes one for --import, and
    // its pages compute at once): every report answers, the cohort grid empty, the others
    // with a sentence that says to import first; none crashes (it did: an empty merge).
    void everyReportOnAWorkspaceWithoutEventsAnswers()
    {
        const QString path = mDir.filePath(QStringLiteral("no-events.funnelscope"));
        Workspace::create(path);
        const Run cohort = funnelscope({QStringLiteral("cohort"), QStringLiteral("--workspace"), path});
        QCOMPARE(cohort.exitCode, 0);
        QVERIFY2(cohort.out.contains(QLatin1String("Average")), qPrintable(cohort.out));
        const Run friction = funnelscope({QStringLiteral("friction"), QStringLiteral("--workspace"), path});
        QCOMPARE(friction.exitCode, 0);
        QVERIFY2(friction.out.contains(QLatin1String("In 0 sessions")), qPrintable(friction.out));
        const QList<QStringList> refused = {
            {QStringLiteral("funnel"), QStringLiteral("--steps"), QStringLiteral("product_view,purchase")},
            {QStringLiteral("insights"), QStringLiteral("--target"), QStringLiteral("purchase")},
            {QStringLiteral("paths"), QStringLiteral("--from"), QStringLiteral("product_view")},
        };
        for (const QStringList &arguments : refused) {
            const Run run = funnelscope(arguments + QStringList{QStringLiteral("--workspace"), path});
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(QLatin1String("its events: none yet; import an export first")), qPrintable(run.err));
        }
        QCOMPARE(Workspace::open(path)->connection().queryInt("SELECT count(*) FROM events"), 0);
    }

    void aDamagedWorkspaceSaysSo()
    {
        const QString path = mDir.filePath(QStringLiteral("damaged.funnelscope"));
        QCOMPARE(funnelscope({QStringLiteral("demo"), QStringLiteral("--workspace"), path, QStringLiteral("--users"), QStringLiteral("100")}).exitCode, 0);
        Workspace::open(path)->connection().exec("DROP TABLE saved_reports");
        const Run run = funnelscope({QStringLiteral("funnel"), QStringLiteral("--workspace"), path, QStringLiteral("--steps"),
                                     QStringLiteral("product_view,purchase")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("is damaged")) && run.err.contains(QLatin1String("saved_reports")), qPrintable(run.err));
    }

    void aReceiptOfTheChangeLogIsCheckedLater()
    {
        const QString path = mDir.filePath(QStringLiteral("receipt.funnelscope"));
        QCOMPARE(funnelscope({QStringLiteral("demo"), QStringLiteral("--workspace"), path, QStringLiteral("--users"), QStringLiteral("100")}).exitCode, 0);
        QCOMPARE(funnelscope({QStringLiteral("dictionary"), QStringLiteral("import"), QStringLiteral("--starter"),
                              QStringLiteral("--workspace"), path, QStringLiteral("--who"), QStringLiteral("Maria")}).exitCode, 0);
        const Run taken = funnelscope({QStringLiteral("dictionary"), QStringLiteral("log"), QStringLiteral("--receipt"),
                                       QStringLiteral("--workspace"), path});
        QCOMPARE(taken.exitCode, 0);
        const QString receipt = taken.out.trimmed();
        QVERIFY2(receipt.startsWith(QLatin1String("funnelscope-change-log 1 entries=9 sha256=")), qPrintable(receipt));
        Run checked = funnelscope({QStringLiteral("dictionary"), QStringLiteral("check"), QStringLiteral("--receipt"), receipt,
                                   QStringLiteral("--workspace"), path});
        QCOMPARE(checked.exitCode, 0);
        QVERIFY2(checked.out.contains(QLatin1String("still holds the 9 entries")), qPrintable(checked.out));
        // The whole log deleted behind the store's back, meta and all: the receipt says so.
        {
            auto workspace = Workspace::open(path);
            workspace->connection().exec("DROP TRIGGER change_log_no_delete; DELETE FROM change_log; "
                                         "DELETE FROM meta WHERE key = 'change_log_head';");
        }
        checked = funnelscope({QStringLiteral("dictionary"), QStringLiteral("check"), QStringLiteral("--receipt"), receipt,
                               QStringLiteral("--workspace"), path});
        QCOMPARE(checked.exitCode, 1);
        QVERIFY2(checked.out.contains(QLatin1String("ALTERED")) && checked.out.contains(QLatin1String("holds only 0")),
                 qPrintable(checked.out));
    }

    // Journeys: paths equal the golden file computed from scratch (make_expected.py), a
    // timeline is every event of the person over all their ids (truth.csv), friction lists
    // sessions, and the paths' arguments are checked.
    void journeysPathsTimelineFriction()
    {
        const QString workspace = mDir.filePath(QStringLiteral("journeys.funnelscope"));
        QCOMPARE(funnelscope({QStringLiteral("import"), QStringLiteral(FUNNELSCOPE_TEST_DATA "/identity/flat.csv"),
                              QStringLiteral("--workspace"), workspace}).exitCode, 0);
        const Run paths = funnelscope({QStringLiteral("paths"), QStringLiteral("--workspace"), workspace, QStringLiteral("--from"),
                                       QStringLiteral("product_view"), QStringLiteral("--steps"), QStringLiteral("3"), QStringLiteral("--json")});
        QCOMPARE(paths.exitCode, 0);
        QFile golden(QStringLiteral(FUNNELSCOPE_TEST_DATA "/journeys/paths-from-product_view.json"));
        QVERIFY(golden.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(paths.out.toUtf8()), QJsonDocument::fromJson(golden.readAll()));

        // Every person's timeline, asked by any of their ids, is their true history.
        QFile truthFile(QStringLiteral(FUNNELSCOPE_TEST_DATA "/identity/truth.csv"));
        QFile flatFile(QStringLiteral(FUNNELSCOPE_TEST_DATA "/identity/flat.csv"));
        QVERIFY(truthFile.open(QIODevice::ReadOnly | QIODevice::Text) && flatFile.open(QIODevice::ReadOnly | QIODevice::Text));
        QMap<QString, QStringList> truth; // person → "time event" in order
        QMap<QString, QSet<QString>> idsOf; // person → every id their rows carry
        truthFile.readLine();
        flatFile.readLine();
        while (!truthFile.atEnd()) {
            const QStringList fields = QString::fromUtf8(truthFile.readLine().trimmed()).split(QLatin1Char(','));
            const QStringList flat = QString::fromUtf8(flatFile.readLine().trimmed()).split(QLatin1Char(','));
            truth[fields[1]].append(fields[0] + QLatin1Char(' ') + fields[2]);
            for (const QString &id : {flat[1], flat[2]}) {
                if (!id.isEmpty())
                    idsOf[fields[1]].insert(id);
            }
        }
        QVERIFY(truth.size() >= 3);
        QMap<QString, int> owners; // an id on two persons' rows (a shared device) is its own person
        for (const QSet<QString> &ids : std::as_const(idsOf)) {
            for (const QString &id : ids)
                ++owners[id];
        }
        for (auto it = truth.begin(); it != truth.end(); ++it) {
            for (const QString &id : std::as_const(idsOf[it.key()])) {
                if (owners.value(id) > 1)
                    continue;
                const Run timeline = funnelscope({QStringLiteral("timeline"), QStringLiteral("--workspace"), workspace,
                                                  QStringLiteral("--person"), id, QStringLiteral("--json")});
                QCOMPARE(timeline.exitCode, 0);
                const QJsonObject object = QJsonDocument::fromJson(timeline.out.toUtf8()).object();
                QVERIFY(idsOf[it.key()].contains(object.value(QStringLiteral("person")).toString()));
                QStringList events;
                for (const QJsonValue session : object.value(QStringLiteral("sessions")).toArray()) {
                    for (const QJsonValue event : session.toObject().value(QStringLiteral("events")).toArray())
                        events.append(event.toObject().value(QStringLiteral("time")).toString() + QLatin1Char(' ')
                                      + event.toObject().value(QStringLiteral("event")).toString());
                }
                QVERIFY2(events == it.value(), qPrintable(it.key() + QLatin1String(" by ") + id));
            }
        }
        const Run anonymous = funnelscope({QStringLiteral("timeline"), QStringLiteral("--workspace"), workspace,
                                           QStringLiteral("--person"), QStringLiteral("a-alice"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(anonymous.out.toUtf8()).object().value(QStringLiteral("person")).toString(), QStringLiteral("alice"));
        const Run nobody = funnelscope({QStringLiteral("timeline"), QStringLiteral("--workspace"), workspace,
                                        QStringLiteral("--person"), QStringLiteral("nobody")});
        QCOMPARE(nobody.exitCode, 1);
        QVERIFY2(nobody.err.contains(QStringLiteral("“nobody”")), qPrintable(nobody.err));

        // Friction: a CSV ready for remarketing, one row a session.
        const QString demo = mDir.filePath(QStringLiteral("friction.funnelscope"));
        QCOMPARE(funnelscope({QStringLiteral("demo"), QStringLiteral("--workspace"), demo, QStringLiteral("--users"), QStringLiteral("2000")}).exitCode, 0);
        const QString csv = mDir.filePath(QStringLiteral("friction.csv"));
        const Run friction = funnelscope({QStringLiteral("friction"), QStringLiteral("--workspace"), demo, QStringLiteral("--json"),
                                          QStringLiteral("--csv"), csv});
        QCOMPARE(friction.exitCode, 0);
        const QJsonObject found = QJsonDocument::fromJson(friction.out.toUtf8()).object();
        const QJsonArray hits = found.value(QStringLiteral("hits")).toArray();
        QVERIFY(!hits.isEmpty());
        QFile rows(csv);
        QVERIFY(rows.open(QIODevice::ReadOnly | QIODevice::Text));
        QCOMPARE(rows.readAll().count('\n'), hits.size() + 1);
        qint64 weekly = 0;
        for (const QJsonValue week : found.value(QStringLiteral("weeks")).toArray()) {
            const QJsonObject signals = week.toObject().value(QStringLiteral("signals")).toObject();
            for (const QString &key : signals.keys())
                weekly += signals.value(key).toObject().value(QStringLiteral("sessions")).toInteger();
        }
        QCOMPARE(weekly, qint64(hits.size()));

        // Paths' arguments.
        const Run none = funnelscope({QStringLiteral("paths"), QStringLiteral("--workspace"), workspace});
        QCOMPARE(none.exitCode, 1);
        QVERIFY2(none.err.contains(QStringLiteral("--from EVENT")), qPrintable(none.err));
        const Run unknown = funnelscope({QStringLiteral("paths"), QStringLiteral("--workspace"), workspace, QStringLiteral("--from"), QStringLiteral("nosuch")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(QStringLiteral("“nosuch”")), qPrintable(unknown.err));
        const Run last = funnelscope({QStringLiteral("paths"), QStringLiteral("--workspace"), workspace, QStringLiteral("--funnel"),
                                      QStringLiteral("product_view,purchase"), QStringLiteral("--dropped-after"), QStringLiteral("2")});
        QCOMPARE(last.exitCode, 1);
        QVERIFY2(last.err.contains(QStringLiteral("--dropped-after")), qPrintable(last.err));
        const Run png = funnelscope({QStringLiteral("paths"), QStringLiteral("--workspace"), workspace, QStringLiteral("--to"),
                                     QStringLiteral("purchase"), QStringLiteral("--png"), mDir.filePath(QStringLiteral("paths.png"))});
        QCOMPARE(png.exitCode, 0);
        QVERIFY(QImage(mDir.filePath(QStringLiteral("paths.png"))).width() >= 1000);
    }

    // import --watch: files that land are imported once each, until SIGTERM ends it with 0.
    void importWatchesAFolder()
    {
        QTemporaryDir folder;
        const QString workspace = mDir.filePath(QStringLiteral("watched.funnelscope"));
        QProcess process;
        process.start(QStringLiteral(FUNNELSCOPE_EXECUTABLE),
                      {QStringLiteral("import"), QStringLiteral("--watch"), folder.path(), QStringLiteral("--workspace"), workspace});
        QVERIFY(process.waitForStarted());
        QByteArray said;
        QTRY_VERIFY2_WITH_TIMEOUT((said += process.readAllStandardError()).contains("Watching"), said.constData(), 10000);
        QVERIFY(QFile::copy(QStringLiteral(FUNNELSCOPE_TEST_DATA "/identity/flat.csv"), folder.filePath(QStringLiteral("a.csv"))));
        QTRY_VERIFY_WITH_TIMEOUT((said += process.readAllStandardError()).contains("Imported a.csv: 38 events."), 15000);
        QVERIFY(QFile::copy(QStringLiteral(FUNNELSCOPE_TEST_DATA "/identity/flat.csv"), folder.filePath(QStringLiteral("b.csv"))));
        QTRY_VERIFY_WITH_TIMEOUT((said += process.readAllStandardError()).contains("Left b.csv alone"), 15000);
        process.terminate();
        QVERIFY(process.waitForFinished(10000));
        said += process.readAllStandardError(); // a sanitizer's report at exit, if any
        QVERIFY2(process.exitStatus() == QProcess::NormalExit, said.constData());
        QCOMPARE(process.exitCode(), 0);
        const Run counts = funnelscope({QStringLiteral("identities"), QStringLiteral("--workspace"), workspace, QStringLiteral("--json")});
        QCOMPARE(counts.exitCode, 0);
        const Run files = funnelscope({QStringLiteral("import"), QStringLiteral("--watch"), folder.path(), QStringLiteral("a.csv"),
                                       QStringLiteral("--workspace"), workspace});
        QCOMPARE(files.exitCode, 1);
        QVERIFY2(files.err.contains(QStringLiteral("--watch")), qPrintable(files.err));
        const Run missing = funnelscope({QStringLiteral("import"), QStringLiteral("--watch"), folder.filePath(QStringLiteral("nope")),
                                         QStringLiteral("--workspace"), workspace});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(QStringLiteral("not a folder")), qPrintable(missing.err));
    }

    void reportWritesEverySection()
    {
        const QString path = mDir.filePath(QStringLiteral("report.funnelscope"));
        QCOMPARE(funnelscope({QStringLiteral("demo"), QStringLiteral("--workspace"), path, QStringLiteral("--users"), QStringLiteral("1500")}).exitCode, 0);
        QCOMPARE(funnelscope({QStringLiteral("dictionary"), QStringLiteral("import"), QStringLiteral("--starter"),
                              QStringLiteral("--workspace"), path}).exitCode, 0);
        const QString pdf = mDir.filePath(QStringLiteral("report.pdf"));
        const Run report = funnelscope({QStringLiteral("report"), QStringLiteral("--workspace"), path, QStringLiteral("--pdf"), pdf});
        QCOMPARE(report.exitCode, 0);
        QVERIFY2(report.err.contains(QStringLiteral("Wrote the report on report to")), qPrintable(report.err));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        // A cover, the funnel, the cohorts, the insights, the maturity section and the data quality.
        QCOMPARE(bytes.count("/Type /Page\n") + bytes.count("/Type /Page\r") + bytes.count("/Type /Page "), 6);
        QVERIFY(bytes.contains("/Title"));
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
