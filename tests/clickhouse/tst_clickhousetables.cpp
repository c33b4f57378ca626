// The small tables of a ClickHouse workspace (dictionary, change log, assessments, saved
// reports, annotations), against the fixture's real servers: what one person saves comes
// back to the next exactly as a workspace file holds it (NULLs, half stages, the change
// log's chain); a save built on a revision someone else has moved past is refused and
// changes nothing; an entry changed on the server behind Funnelscope's back is found; the
// window's document sends each edit in the background and says when the server refused
// it; and the command line keeps all of them on the server.
#include "testpaths.h"

#include "analysis/localbackend.h"
#include "clickhouse/clickhousebackend.h"
#include "clickhouse/clickhouseimporter.h"
#include "clickhouse/clickhousetables.h"
#include "clickhouse/clickhouseworkspace.h"
#include "document/workspacedocument.h"
#include "export/cohortexport.h"
#include "export/funnelexport.h"
#include "export/reportcontent.h"
#include "document/workspacetables.h"
#include "governance/changelog.h"
#include "governance/eventdictionary.h"
#include "governance/plandiff.h"
#include "governance/trackingplan.h"
#include "ingest/importer.h"
#include "maturity/assessment.h"
#include "maturity/maturityevidence.h"
#include "maturity/maturitymatrix.h"
#include "store/annotations.h"
#include "store/connection.h"
#include "store/savedreports.h"
#include "store/statement.h"
#include "store/storeerror.h"
#include "store/workspace.h"

#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUndoStack>

using namespace Funnelscope;

namespace {

QString serverUrl(const QString &which)
{
    const QSettings servers(qEnvironmentVariable("FUNNELSCOPE_CLICKHOUSE_SERVERS"), QSettings::IniFormat);
    return servers.value(which + QStringLiteral("/url")).toString();
}

/** A workspace on the single server, with a few events, in a database no other run uses. */
QString freshWorkspace(const QString &what, const QString &events)
{
    static int counter = 0;
    const QString url = serverUrl(QStringLiteral("single"))
        + QStringLiteral("t%1_%2_%3").arg(QCoreApplication::applicationPid()).arg(++counter).arg(what);
    const ImportOptions options;
    ClickHouseImporter::importAll(ClickHouseUrl::parse(url), {Importer::plan(events, options)}, options);
    return url;
}

/** A workspace file at @p path with the events of @p events, as the server's import has them. */
void importLocally(const QString &path, const QString &events)
{
    const auto workspace = Workspace::create(path);
    const ImportOptions options;
    Importer::importAll(*workspace, {Importer::plan(events, options)}, options);
}

/** Every row of the small tables, as text a person can read in a failure (NULL apart from ''). */
QStringList dump(Connection &connection)
{
    QStringList lines;
    for (const char *table : {"dictionary_events", "dictionary_parameters", "change_log", "assessments", "assessment_scores",
                              "annotations", "saved_reports"}) {
        Statement select(connection, QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QLatin1String(table)).toStdString());
        while (select.step()) {
            QStringList values;
            for (int i = 0; i < select.columnCount(); ++i)
                values.append(select.isNull(i) ? QStringLiteral("NULL") : QLatin1Char('\'') + select.text(i) + QLatin1Char('\''));
            lines.append(QLatin1String(table) + QLatin1Char(' ') + values.join(QLatin1Char(',')));
        }
    }
    Statement meta(connection, "SELECT key, value FROM meta WHERE key IN ('dictionary_naming', 'change_log_head') ORDER BY key");
    while (meta.step())
        lines.append(QStringLiteral("meta %1=%2").arg(meta.text(0), meta.text(1)));
    return lines;
}

/** An annotation of 1 March 2024 (UTC). */
Annotation dayNote(const QString &text)
{
    Annotation note;
    note.fromMs = 1709251200000;
    note.toMs = note.fromMs + 86'400'000;
    note.text = text;
    return note;
}

EventDictionary::Context by(const QString &who)
{
    EventDictionary::Context context;
    context.who = who;
    context.reason = QStringLiteral("test");
    context.enforceNaming = false;
    return context;
}

int run(const QStringList &arguments, QByteArray *output = nullptr, QByteArray *errors = nullptr)
{
    QProcess process;
    process.start(QStringLiteral(FUNNELSCOPE_EXECUTABLE), arguments);
    process.waitForFinished(120'000);
    if (output)
        *output = process.readAllStandardOutput();
    const QByteArray error = process.readAllStandardError();
    if (errors)
        *errors = error;
    if (process.exitCode() != 0)
        qWarning("funnelscope %s: %s", qPrintable(arguments.join(QLatin1Char(' '))), error.constData());
    return process.exitCode();
}

} // namespace

class tst_ClickHouseTables : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;
    QString mEvents;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!serverUrl(QStringLiteral("single")).isEmpty(), "no servers.ini from the clickhouse fixture");
        qunsetenv("FUNNELSCOPE_CLICKHOUSE_PASSWORD");
        mEvents = mDir.filePath(QStringLiteral("events.csv"));
        QFile file(mEvents);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("timestamp,user_id,anonymous_id,event,device\n"
                   "2024-03-01T10:00:00Z,,a1,product_view,mobile\n"
                   "2024-03-01T10:01:00Z,u1,a1,add_to_cart,mobile\n"
                   "2024-03-02T09:00:00Z,u2,,purchase,desktop\n");
    }

    void theColumnsAreAWorkspaceFilesColumns()
    {
        const QString url = freshWorkspace(QStringLiteral("columns"), mEvents);
        const ClickHouseWorkspace server = ClickHouseWorkspace::open(ClickHouseUrl::parse(url));
        const auto file = Workspace::create(mDir.filePath(QStringLiteral("columns.funnelscope")));
        for (const QString &table : {QStringLiteral("dictionary_events"), QStringLiteral("dictionary_parameters"),
                                     QStringLiteral("change_log"), QStringLiteral("assessments"), QStringLiteral("assessment_scores"),
                                     QStringLiteral("annotations"), QStringLiteral("saved_reports")}) {
            QStringList local;
            Statement info(file->connection(), QStringLiteral("PRAGMA table_info(%1)").arg(table).toStdString());
            while (info.step()) {
                const bool nullable = info.int64(3) == 0 && info.int64(5) == 0; // notnull, pk
                local.append(info.text(1) + (nullable ? QStringLiteral(" null") : QString()));
            }
            QStringList remote;
            const QList<QStringList> columns = server.connection().rows(
                QStringLiteral("SELECT name, type FROM system.columns WHERE database = %1 AND table = %2")
                    .arg(ClickHouseConnection::quote(server.url().database), ClickHouseConnection::quote(table)));
            for (const QStringList &column : columns) {
                if (column.value(0) != QLatin1String("revision") && column.value(0) != QLatin1String("token"))
                    remote.append(column.value(0) + (column.value(1).startsWith(QLatin1String("Nullable")) ? QStringLiteral(" null") : QString()));
            }
            QCOMPARE(remote, local);
        }
    }

    void theMaturityHintsAreAFilesHints()
    {
        // An export with an A/B test's variant among its source properties, anonymous
        // browsing that logs in, and context on the micro-journey's steps.
        const QString events = mDir.filePath(QStringLiteral("experiment.csv"));
        QFile file(events);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("timestamp,user_id,anonymous_id,event,device,checkout_variant\n"
                   "2024-03-01T10:00:00Z,,a1,product_view,mobile,B\n"
                   "2024-03-01T10:01:00Z,u1,a1,add_to_cart,mobile,\n"
                   "2024-03-02T09:00:00Z,u2,,purchase,,A\n");
        file.close();
        const QString url = freshWorkspace(QStringLiteral("hints"), events);
        const QString path = mDir.filePath(QStringLiteral("hints.funnelscope"));
        importLocally(path, events);
        const auto hintsOf = [](const QString &where) {
            QStringList lines;
            for (const MaturityEvidence::Hint &hint : MaturityEvidence::suggest(*WorkspaceTables::open(where)))
                lines.append(QStringLiteral("%1 %2 %3").arg(hint.dimension).arg(hint.stage).arg(hint.reason));
            return lines;
        };
        const QStringList local = hintsOf(path);
        QVERIFY2(local.join(QLatin1Char('\n')).contains(QStringLiteral("experimentation 1.5")), qPrintable(local.join(QLatin1Char('\n'))));
        QCOMPARE(hintsOf(url), local);
    }

    // The PDF report of a server: the funnel and cohorts computed there are a file's with the
    // same events; the pages it cannot fill (insights, the data-quality checks) say why.
    void theReportIsAFilesReport()
    {
        const QString url = freshWorkspace(QStringLiteral("report"), mEvents);
        const QString path = mDir.filePath(QStringLiteral("report.funnelscope"));
        importLocally(path, mEvents);
        FunnelQuery funnel;
        funnel.steps = {{QStringLiteral("product_view"), {}}, {QStringLiteral("add_to_cart"), {}}};
        LocalBackend local(path, QString());
        ClickHouseBackend server(ClickHouseUrl::parse(url));
        const ReportContent fromFile = ReportContent::compute(path, local, funnel);
        const ReportContent fromServer = ReportContent::compute(url, server, funnel);
        QVERIFY(fromServer.funnel && fromFile.funnel && fromServer.cohorts && fromFile.cohorts);
        QCOMPARE(fromFile.funnel->steps.last().count, 1);
        QCOMPARE(FunnelExport::toJson(funnel, *fromServer.funnel, {}), FunnelExport::toJson(funnel, *fromFile.funnel, {}));
        QCOMPARE(CohortExport::toJson(fromServer.cohortQuery, *fromServer.cohorts, {}),
                 CohortExport::toJson(fromFile.cohortQuery, *fromFile.cohorts, {}));
        QCOMPARE(fromServer.events, fromFile.events);
        QCOMPARE(fromServer.workspaceName, url);
        QVERIFY2(fromServer.insightsProblem.contains(QStringLiteral("cannot compute insights")), qPrintable(fromServer.insightsProblem));
        QVERIFY(fromFile.qualityProblem.isEmpty());
        QVERIFY(fromServer.qualityProblem.contains(QStringLiteral("ClickHouse")));
        QCOMPARE(fromServer.integrity.intact, true);

        // And from the command line, as a PDF.
        const QString pdf = mDir.filePath(QStringLiteral("server.pdf"));
        QByteArray errors;
        QCOMPARE(run({QStringLiteral("report"), QStringLiteral("--workspace"), url, QStringLiteral("--pdf"), pdf}, nullptr, &errors), 0);
        QFile written(pdf);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.read(5) == "%PDF-");
        QVERIFY2(errors.contains(url.toUtf8()), errors.constData());
    }

    void whatIsSavedComesBackTheSame()
    {
        const QString url = freshWorkspace(QStringLiteral("roundtrip"), mEvents);
        QStringList saved;
        QString receipt;
        {
            const auto tables = WorkspaceTables::open(url);
            QVERIFY(tables->isServer());
            QCOMPARE(tables->meta(QStringLiteral("timezone")), QStringLiteral("UTC"));
            Connection &copy = tables->connection();
            const EventDictionary empty = EventDictionary::load(copy);
            QCOMPARE(empty.count(), 0);
            const EventDictionary starter =
                empty.applied(copy, PlanDiff::compute(empty, TrackingPlan::starter(), PlanDiff::Removals::Keep), by(QStringLiteral("Ana")));
            QVERIFY(starter.count() > 5);
            EventDictionary::setNaming(copy, DictionaryRules::Naming::CamelCase, by(QStringLiteral("Ana")));
            Annotations::add(copy, dayNote(QStringLiteral("Spring sale — “quoted”\ttab\nnew line"))); // no colour: NULL
            const MaturityMatrix matrix = MaturityMatrix::builtIn();
            Assessment assessment = Assessment::blank(matrix);
            assessment.takenBy = QStringLiteral("Ana");
            assessment.scores.first().current = 1.5;
            assessment.scores.first().target = 2.5;
            Assessment::save(copy, assessment);
            SavedReports::save(copy, QStringLiteral("funnel"), QStringLiteral("Checkout"), R"({"steps":["a","b"]})");
            tables->save();
            saved = dump(copy);
            receipt = ChangeLog::receipt(copy);
        }
        QVERIFY(saved.size() > 20);
        {
            const auto tables = WorkspaceTables::open(url);
            QCOMPARE(dump(tables->connection()), saved);
            QVERIFY(ChangeLog::verify(tables->connection()).intact);
            QCOMPARE(ChangeLog::receipt(tables->connection()), receipt);
            QCOMPARE(EventDictionary::load(tables->connection()).naming(), DictionaryRules::Naming::CamelCase);

            // A second save: an event removed, the annotation gone, a second assessment.
            Connection &copy = tables->connection();
            const EventDictionary dictionary = EventDictionary::load(copy);
            dictionary.applied(copy, {DictionaryChange::removeEvent(dictionary.at(0))}, by(QStringLiteral("Ben")));
            QVERIFY(Annotations::remove(copy, Annotations::list(copy).first().id));
            Assessment again = Assessment::history(copy).first();
            again.id = 0;
            again.takenAt = QDateTime();
            again.scores.first().current = 2;
            Assessment::save(copy, again);
            SavedReports::remove(copy, QStringLiteral("funnel"), QStringLiteral("Checkout"));
            tables->save();
            saved = dump(copy);
        }
        const auto tables = WorkspaceTables::open(url);
        QCOMPARE(dump(tables->connection()), saved);
        QVERIFY(Annotations::list(tables->connection()).isEmpty());
        QCOMPARE(Assessment::history(tables->connection()).size(), 2);
        QCOMPARE(Assessment::history(tables->connection()).last().scores.first().current, 2.0);
        QVERIFY(ChangeLog::verify(tables->connection()).intact);
        // The first receipt still proves the entries it covers.
        QVERIFY(ChangeLog::checkReceipt(tables->connection(), receipt).intact);
    }

    void aSaveAfterAnotherOnesIsRefused()
    {
        const QString url = freshWorkspace(QStringLiteral("conflict"), mEvents);
        const auto first = WorkspaceTables::open(url);
        const auto second = WorkspaceTables::open(url);
        Annotation note = dayNote(QStringLiteral("Ana's"));
        Annotations::add(first->connection(), note);
        first->save();
        note.text = QStringLiteral("Ben's");
        Annotations::add(second->connection(), note);
        try {
            second->save();
            QFAIL("a save built on an older revision went in");
        } catch (const StoreError &refused) {
            QCOMPARE(refused.kind(), StoreError::Kind::Server);
            QVERIFY2(refused.message().contains(ClickHouseUrl::parse(url).toString()), qPrintable(refused.message()));
            QVERIFY2(refused.message().contains(QLatin1String("Someone else saved")), qPrintable(refused.message()));
        }
        // Nothing of the refused save counts; opened again, Ben can add his.
        const auto third = WorkspaceTables::open(url);
        QList<Annotation> shown = Annotations::list(third->connection());
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.first().text, QStringLiteral("Ana's"));
        Annotations::add(third->connection(), note);
        third->save();
        shown = Annotations::list(WorkspaceTables::open(url)->connection());
        QCOMPARE(shown.size(), 2);

        // Rows no reader may take: a save that lost under revision 2 (a larger token), and one
        // that stopped before its row in `revisions` (revision 3). A later save still wins 3.
        const ClickHouseConnection server(ClickHouseUrl::parse(url));
        server.query(QStringLiteral("INSERT INTO revisions (revision, token, saved_by) VALUES (2, 18446744073709551615, 'Zed')"));
        for (const QString &row : {QStringLiteral("(2, 18446744073709551615, 7, 0, 'lost', 'other', 0)"),
                                   QStringLiteral("(3, 5, 8, 0, 'unfinished', 'other', 0)")})
            server.query(QStringLiteral("INSERT INTO annotations (revision, token, id, ts, text, category, created_at) VALUES ") + row);
        server.query(QStringLiteral("INSERT INTO assessments (revision, token, id, taken_at, taken_by, matrix_id) "
                                    "VALUES (2, 18446744073709551615, 1, 0, 'Zed', 'lost')"));
        const auto fourth = WorkspaceTables::open(url);
        shown = Annotations::list(fourth->connection());
        QCOMPARE(shown.size(), 2);
        QVERIFY(Assessment::history(fourth->connection()).isEmpty());
        note.text = QStringLiteral("Cleo's");
        Annotations::add(fourth->connection(), note);
        fourth->save();
        QStringList texts;
        for (const Annotation &annotation : Annotations::list(WorkspaceTables::open(url)->connection()))
            texts.append(annotation.text);
        texts.sort();
        QCOMPARE(texts, (QStringList{QStringLiteral("Ana's"), QStringLiteral("Ben's"), QStringLiteral("Cleo's")}));
    }

    void aLogEntryChangedOnTheServerIsFound()
    {
        const QString url = freshWorkspace(QStringLiteral("tamper"), mEvents);
        QString receipt;
        {
            const auto tables = WorkspaceTables::open(url);
            const EventDictionary empty = EventDictionary::load(tables->connection());
            empty.applied(tables->connection(), PlanDiff::compute(empty, TrackingPlan::starter(), PlanDiff::Removals::Keep),
                          by(QStringLiteral("Ana")));
            tables->save();
            receipt = ChangeLog::receipt(tables->connection());
        }
        // Someone with the server's password rewrites an entry (a mutation, as ClickHouse updates).
        const ClickHouseWorkspace server = ClickHouseWorkspace::open(ClickHouseUrl::parse(url));
        server.connection().query(QStringLiteral("ALTER TABLE change_log UPDATE who = 'Mallory' WHERE id = 2"));
        QVERIFY(QTest::qWaitFor([&] {
            return server.connection().rows(QStringLiteral("SELECT count() FROM change_log WHERE who = 'Mallory'")).value(0).value(0)
                == QLatin1String("1");
        }, 20000));
        const auto tables = WorkspaceTables::open(url);
        const ChangeLog::Integrity verified = ChangeLog::verify(tables->connection());
        QVERIFY(!verified.intact);
        QCOMPARE(verified.firstBadId, 2);
        QVERIFY(!ChangeLog::checkReceipt(tables->connection(), receipt).intact);
    }

    void theDocumentSendsEachEditAndSaysWhenItWasRefused()
    {
        const QString url = freshWorkspace(QStringLiteral("document"), mEvents);
        WorkspaceDocument document;
        QSignalSpy loaded(&document, &WorkspaceDocument::loaded);
        QSignalSpy failed(&document, &WorkspaceDocument::failed);
        QVERIFY(document.open(url).ok());
        QVERIFY(loaded.wait(30000));
        QVERIFY(document.isOpen());
        QVERIFY(document.submit(PlanDiff::compute(document.dictionary(), TrackingPlan::starter(), PlanDiff::Removals::Keep),
                                QStringLiteral("Adopt the starter"), QString(), false)
                    .ok());
        const QString renamed = document.dictionary().at(0).name + QStringLiteral("_renamed");
        QVERIFY(document.submit({DictionaryChange::editEvent(document.dictionary().at(0).name, EventDefinition::Name,
                                                             document.dictionary().at(0).name, renamed)},
                                QStringLiteral("Rename"), QString(), false)
                    .ok());
        document.undoStack()->undo(); // an undo is an edit sent too
        document.undoStack()->redo();
        QVERIFY(QTest::qWaitFor([&] { return !document.isSaving(); }, 30000));
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        {
            const auto tables = WorkspaceTables::open(url);
            QCOMPARE(dump(tables->connection()), dump(*document.connection()));
            QVERIFY(EventDictionary::load(tables->connection()).indexOf(renamed) >= 0);
        }

        // Another person saves; the document's next edit is refused, said, and the server's tables come back.
        {
            const auto other = WorkspaceTables::open(url);
            Annotations::add(other->connection(), dayNote(QStringLiteral("Ben's")));
            other->save();
        }
        loaded.clear();
        QVERIFY(document.setNaming(DictionaryRules::Naming::ObjectAction).ok());
        QVERIFY(failed.wait(30000));
        QVERIFY2(failed.first().first().toString().contains(QLatin1String("Someone else saved")),
                 qPrintable(failed.first().first().toString()));
        QVERIFY(loaded.wait(30000));
        QCOMPARE(document.annotations().size(), 1);
        QVERIFY(document.dictionary().naming() != DictionaryRules::Naming::ObjectAction);
        QCOMPARE(document.undoStack()->count(), 0);
    }

    void theCommandLineKeepsThemOnTheServer()
    {
        // On the cluster: the small tables are on the URL's server, the events on the shards.
        const QString url = serverUrl(QStringLiteral("cluster")) + QStringLiteral("t%1_cli").arg(QCoreApplication::applicationPid())
            + QStringLiteral("?cluster=") + QSettings(qEnvironmentVariable("FUNNELSCOPE_CLICKHOUSE_SERVERS"), QSettings::IniFormat)
                                                 .value(QStringLiteral("cluster/name"))
                                                 .toString();
        QCOMPARE(run({QStringLiteral("import"), mEvents, QStringLiteral("--workspace"), url}), 0);
        QCOMPARE(run({QStringLiteral("dictionary"), QStringLiteral("import"), QStringLiteral("--starter"), QStringLiteral("--workspace"), url}), 0);
        QByteArray receipt;
        QCOMPARE(run({QStringLiteral("dictionary"), QStringLiteral("log"), QStringLiteral("--receipt"), QStringLiteral("--workspace"), url},
                     &receipt),
                 0);
        QVERIFY2(receipt.startsWith("funnelscope-change-log 1 entries="), receipt.constData());
        QByteArray output;
        QCOMPARE(run({QStringLiteral("dictionary"), QStringLiteral("check"), QStringLiteral("--receipt"),
                      QString::fromUtf8(receipt.trimmed()), QStringLiteral("--workspace"), url},
                     &output),
                 0);
        QByteArray errors;
        QCOMPARE(run({QStringLiteral("dictionary"), QStringLiteral("check"), QStringLiteral("--workspace"), url}, &output, &errors), 0);
        QVERIFY2(output.contains("Change log:") && !output.contains("ALTERED"), output.constData());
        QVERIFY2(errors.contains("Data quality is not checked on a ClickHouse workspace"), errors.constData());
        QCOMPARE(run({QStringLiteral("dictionary"), QStringLiteral("check"), QStringLiteral("--csv"), mDir.filePath(QStringLiteral("q.csv")),
                      QStringLiteral("--workspace"), url}),
                 1);

        QCOMPARE(run({QStringLiteral("annotate"), QStringLiteral("add"), QStringLiteral("--date"), QStringLiteral("2024-03-01"),
                      QStringLiteral("--text"), QStringLiteral("Spring sale"), QStringLiteral("--workspace"), url}),
                 0);
        QCOMPARE(run({QStringLiteral("annotate"), QStringLiteral("list"), QStringLiteral("--workspace"), url}, &output), 0);
        QVERIFY2(output.contains("2024-03-01") && output.contains("Spring sale"), output.constData());
        QCOMPARE(run({QStringLiteral("assess"), QStringLiteral("set"), QStringLiteral("--dimension"), QStringLiteral("identity"),
                      QStringLiteral("--current"), QStringLiteral("1.5"), QStringLiteral("--who"), QStringLiteral("Ana"),
                      QStringLiteral("--workspace"), url}),
                 0);
        QCOMPARE(run({QStringLiteral("assess"), QStringLiteral("export"), QStringLiteral("--json"), QStringLiteral("--workspace"), url},
                     &output),
                 0);
        QVERIFY2(output.contains("\"identity\"") && output.contains("1.5"), output.constData());

        // Each is on the URL's server, in the revision that counts.
        const auto tables = WorkspaceTables::open(url);
        QCOMPARE(Annotations::list(tables->connection()).size(), 1);
        QCOMPARE(Assessment::history(tables->connection()).size(), 1);
        QVERIFY(EventDictionary::load(tables->connection()).count() > 5);
        QCOMPARE(ChangeLog::receipt(tables->connection()), QString::fromUtf8(receipt.trimmed()));
    }
};

QTEST_MAIN(tst_ClickHouseTables)
#include "tst_clickhousetables.moc"
