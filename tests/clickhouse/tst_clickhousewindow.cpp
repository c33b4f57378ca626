// The window on a ClickHouse workspace, against the fixture's real cluster: the demo shop
// imported into a local workspace and into the cluster, the window opened on each. The
// funnel and cohort pages show the same figures on both (the JSON the command line
// prints), the pages a server does not have yet are greyed with why, the dictionary page
// shows the server's, the address is in
// Open Recent without its password, a wrong password is said in the dialog that asks for
// it again, and a file imported from the window goes into the server.
#include "mainwindow.h"

#include "analysis/localbackend.h"
#include "clickhouse/clickhouseimporter.h"
#include "clickhouse/clickhouseworkspace.h"
#include "clickhouseconnectdialog.h"
#include "cohortpage.h"
#include "preferencesdialog.h"
#include "demo/demoshop.h"
#include "document/workspacedocument.h"
#include "document/workspacesession.h"
#include "document/workspacetables.h"
#include "export/cohortexport.h"
#include "export/funnelexport.h"
#include "funnelpage.h"
#include "governance/plandiff.h"
#include "governance/trackingplan.h"
#include "importdialog.h"
#include "store/workspacesummary.h"
#include "ingest/importer.h"
#include "store/workspace.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QPushButton>
#include <QFile>
#include <QStandardItemModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Funnelscope;

class tst_ClickHouseWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;
    QString mLocal;
    QString mCluster;
    QString mSingle;
    int mServerEvents = 0; ///< the events of the server's dictionary

    /** The dialog the window shows, once it is up. */
    ClickHouseConnectDialog *connectDialog(MainWindow &window)
    {
        ClickHouseConnectDialog *dialog = nullptr;
        if (!QTest::qWaitFor([&] { return (dialog = window.findChild<ClickHouseConnectDialog *>()) && dialog->isVisible(); }, 10000))
            return nullptr;
        return dialog;
    }

    struct Shown
    {
        QByteArray funnel;
        QByteArray cohort;
        QByteArray dropped; ///< Export Dropped Users' CSV
    };

    /** Opens @p path (answering the password dialog of a server with @p password) and reads what both pages show. */
    Shown open(MainWindow &window, const QString &path, const QString &password = QString())
    {
        auto *funnels = window.findChild<FunnelPage *>();
        auto *cohorts = window.findChild<CohortPage *>();
        QSignalSpy funnelComputed(funnels, &FunnelPage::computed);
        QSignalSpy cohortComputed(cohorts, &CohortPage::computed);
        window.openWorkspace(path);
        if (ClickHouseUrl::isUrl(path)) {
            ClickHouseConnectDialog *dialog = connectDialog(window);
            if (!dialog)
                return {};
            dialog->findChild<QLineEdit *>(QStringLiteral("password"))->setText(password);
            dialog->accept();
        }
        if (!QTest::qWaitFor([&] { return !funnelComputed.isEmpty() && !cohortComputed.isEmpty(); }, 60000))
            return {};
        // Who dropped: asked of the backend again, listing them (a server sends them only then).
        const QString csv = mDir.filePath(QStringLiteral("dropped.csv"));
        QSignalSpy exported(funnels, &FunnelPage::droppedUsersExported);
        funnels->exportDroppedUsersTo(csv);
        if (!exported.wait(60000) || !exported.first().at(1).toString().isEmpty())
            return {};
        QFile dropped(csv);
        if (!dropped.open(QIODevice::ReadOnly))
            return {};
        return {FunnelExport::toJson(funnels->resultQuery(), funnels->result(), {}),
                CohortExport::toJson(cohorts->resultQuery(), cohorts->result(), {}), dropped.readAll()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("FunnelscopeTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_clickhousewindow"));
        QSettings().clear();
        qunsetenv("FUNNELSCOPE_CLICKHOUSE_PASSWORD");
        const QSettings servers(qEnvironmentVariable("FUNNELSCOPE_CLICKHOUSE_SERVERS"), QSettings::IniFormat);
        const QString cluster = servers.value(QStringLiteral("cluster/url")).toString();
        mSingle = servers.value(QStringLiteral("single/url")).toString();
        QVERIFY2(!cluster.isEmpty() && !mSingle.isEmpty(), "no servers.ini from the clickhouse fixture (FUNNELSCOPE_CLICKHOUSE_SERVERS)");

        // The demo shop, as one export: into a file and into the cluster.
        DemoShop::Options options;
        options.users = 500;
        const QString csv = mDir.filePath(QStringLiteral("shop.csv"));
        DemoShop::writeFile(csv, DemoShop::FileFormat::Csv, options);
        mLocal = mDir.filePath(QStringLiteral("shop.funnelscope"));
        const ImportOptions importOptions;
        Importer::importAll(*Workspace::create(mLocal), {Importer::plan(csv, importOptions)}, importOptions);
        mCluster = cluster + QStringLiteral("w%1_window").arg(QCoreApplication::applicationPid());
        ClickHouseImporter::importAll(ClickHouseUrl::parse(mCluster), {Importer::plan(csv, importOptions)}, importOptions);
        // The starter dictionary on the server (the file has none).
        const auto tables = WorkspaceTables::open(mCluster);
        const EventDictionary empty = EventDictionary::load(tables->connection());
        EventDictionary::Context context;
        context.who = QStringLiteral("Ana");
        context.enforceNaming = false;
        mServerEvents = empty.applied(tables->connection(), PlanDiff::compute(empty, TrackingPlan::starter(), PlanDiff::Removals::Keep),
                                      context)
                            .count();
        tables->save();
        QVERIFY(mServerEvents > 5);
    }

    void theClustersPagesShowTheFilesFigures()
    {
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        const Shown local = open(window, mLocal);
        QVERIFY(!local.funnel.isEmpty());
        QVERIFY2(local.funnel.contains("\"purchase\""), local.funnel.constData()); // the checkout funnel, not an empty one
        const Shown server = open(window, mCluster);
        QVERIFY(!server.funnel.isEmpty());
        QCOMPARE(window.session()->path(), mCluster);
        QCOMPARE(server.funnel, local.funnel);
        QCOMPARE(server.cohort, local.cohort);
        QVERIFY(local.dropped.count('\n') > 10);
        QCOMPARE(server.dropped, local.dropped);
        QVERIFY(window.windowTitle().contains(mCluster));

        // What a server has not got yet is greyed, with why; the reports, the assessment and
        // the dictionary stay, the dictionary the server's.
        auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
        for (const int page : {MainWindow::Funnels, MainWindow::Cohorts, MainWindow::Maturity, MainWindow::Dictionary})
            QVERIFY(sidebar->item(page)->flags() & Qt::ItemIsEnabled);
        for (const int page : {MainWindow::Insights, MainWindow::Journeys, MainWindow::Data}) {
            QVERIFY(!(sidebar->item(page)->flags() & Qt::ItemIsEnabled));
            QVERIFY(!sidebar->item(page)->toolTip().isEmpty());
        }
        // The PDF report is written from the server; a copy of the workspace file is not.
        QVERIFY(window.findChild<QAction *>(QStringLiteral("exportReport"))->isEnabled());
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("saveCopy"))->isEnabled());
        auto *document = window.findChild<WorkspaceDocument *>();
        QVERIFY(document);
        QVERIFY(QTest::qWaitFor([&] { return document->isOpen() && document->dictionary().count() == mServerEvents; }, 30000));
        QCOMPARE(document->path(), mCluster);
        // Holding a property, other attributions and windows per step are computed there.
        for (const char *name : {"hold", "attribution"}) {
            auto *combo = window.findChild<QComboBox *>(QLatin1String(name));
            QVERIFY(combo && combo->count() > 1);
            for (int item = 1; item < combo->count(); ++item)
                QVERIFY2(qobject_cast<QStandardItemModel *>(combo->model())->item(item)->isEnabled(), name);
        }
        auto *stepWindow = window.findChild<QPushButton *>(QStringLiteral("stepWindow"));
        QVERIFY(stepWindow && stepWindow->isEnabled() && stepWindow->toolTip().contains(QStringLiteral("after the previous step")));

        // Every attempt, steps in any order, new vs returning: the server's figures are the
        // file's, and so are every session's.
        const auto itemEnabled = [](QComboBox *combo, int item) {
            return qobject_cast<QStandardItemModel *>(combo->model())->item(item)->isEnabled();
        };
        auto *order = window.findChild<QComboBox *>(QStringLiteral("order"));
        auto *count = window.findChild<QComboBox *>(QStringLiteral("count"));
        auto *breakdown = window.findChild<QComboBox *>(QStringLiteral("breakdown"));
        QVERIFY(order && count && breakdown);
        const int byVisit = breakdown->findData(FunnelQuery::newVsReturning());
        QVERIFY(byVisit > 0 && itemEnabled(breakdown, byVisit));
        QVERIFY(itemEnabled(order, int(FunnelQuery::Order::Any)) && itemEnabled(count, int(FunnelQuery::Count::Totals)));
        auto *funnels = window.findChild<FunnelPage *>();
        const auto shownFunnel = [funnels] {
            QSignalSpy computed(funnels, &FunnelPage::computed);
            if (!computed.wait(60000))
                return QByteArray();
            return FunnelExport::toJson(funnels->resultQuery(), funnels->result(), {});
        };
        LocalBackend file(mLocal, QString());
        count->setCurrentIndex(int(FunnelQuery::Count::Totals));
        order->setCurrentIndex(int(FunnelQuery::Order::Any));
        breakdown->setCurrentIndex(byVisit);
        for (const auto counted : {FunnelQuery::Count::Totals, FunnelQuery::Count::Sessions}) {
            if (counted != FunnelQuery::Count::Totals)
                count->setCurrentIndex(int(counted));
            const QByteArray onServer = shownFunnel();
            QVERIFY(onServer.contains("\"order\": \"any\"") && onServer.contains("\"returning\""));
            const FunnelQuery query = funnels->resultQuery();
            QCOMPARE(query.count, counted);
            QCOMPARE(onServer, FunnelExport::toJson(query, file.run(query), {}));
        }
        breakdown->setCurrentIndex(0); // back to the funnel the file is compared with below
        order->setCurrentIndex(int(FunnelQuery::Order::Ordered));
        count->setCurrentIndex(int(FunnelQuery::Count::Users));
        QVERIFY(!shownFunnel().isEmpty());

        // The address is remembered for Open Recent, its password is not (anywhere).
        QSettings settings;
        settings.sync();
        QVERIFY(settings.value(QStringLiteral("workspace/recent")).toStringList().contains(mCluster));

        // Back on the file: every page is there again, with the same figures.
        const Shown again = open(window, mLocal);
        QCOMPARE(again.funnel, local.funnel);
        for (int page = MainWindow::Insights; page < MainWindow::PageCount; ++page)
            QVERIFY(sidebar->item(page)->flags() & Qt::ItemIsEnabled);
    }

    void anHttpsServerIsOpenedWithItsAuthoritysFile()
    {
        // The demo shop on the single server's HTTPS port, whose certificate comes from a
        // test-only authority the system does not know.
        const QSettings servers(qEnvironmentVariable("FUNNELSCOPE_CLICKHOUSE_SERVERS"), QSettings::IniFormat);
        const QString authority = servers.value(QStringLiteral("single/ca")).toString();
        const QString https = servers.value(QStringLiteral("single/https")).toString()
                              + QStringLiteral("w%1_https").arg(QCoreApplication::applicationPid());
        const ImportOptions importOptions;
        ClickHouseImporter::importAll(ClickHouseUrl::parse(https + QStringLiteral("?ca=") + authority),
                                      {Importer::plan(mDir.filePath(QStringLiteral("shop.csv")), importOptions)}, importOptions);
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        const Shown local = open(window, mLocal);
        QVERIFY(!local.funnel.isEmpty());

        // Without the authority: not trusted, said in the dialog, which offers the field.
        QSignalSpy failed(window.session(), &WorkspaceSession::failed);
        window.openWorkspace(https);
        ClickHouseConnectDialog *dialog = connectDialog(window);
        QVERIFY(dialog);
        auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("authority"));
        QVERIFY(field && field->isEnabled() && field->text().isEmpty());
        dialog->accept();
        QVERIFY(failed.wait(30000));
        dialog = connectDialog(window);
        QVERIFY(dialog);
        const QString message = dialog->findChild<QLabel *>(QStringLiteral("message"))->text();
        QVERIFY2(message.contains(ClickHouseUrl::parse(https).server() + QStringLiteral(" is not trusted")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("ca=FILE")), qPrintable(message));

        // With it: the file's figures. Keeping the password is asked for on a machine
        // without a keychain (this test has no session bus): the status bar says it was not.
        auto *funnels = window.findChild<FunnelPage *>();
        QSignalSpy computed(funnels, &FunnelPage::computed);
        dialog->findChild<QLineEdit *>(QStringLiteral("authority"))->setText(authority);
        dialog->findChild<QCheckBox *>(QStringLiteral("rememberPassword"))->setChecked(true);
        dialog->accept();
        QVERIFY(computed.wait(60000));
        QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(QLatin1String("did not keep the password")), 10000);
        QCOMPARE(FunnelExport::toJson(funnels->resultQuery(), funnels->result(), {}), local.funnel);
        const QString opened = window.session()->path();
        QCOMPARE(ClickHouseUrl::parse(opened).authorityFile, authority);

        // Connecting again to the address Open Recent keeps (in a later window) brings the
        // file back into its field, and the same address out; a plain address greys it.
        ClickHouseConnectDialog again(opened);
        auto *address = again.findChild<QLineEdit *>(QStringLiteral("address"));
        field = again.findChild<QLineEdit *>(QStringLiteral("authority"));
        QCOMPARE(field->text(), authority);
        QVERIFY2(!address->text().contains(QLatin1String("ca=")), qPrintable(address->text()));
        again.accept();
        QCOMPARE(again.address(), opened);
        address->setText(mSingle + QStringLiteral("default"));
        QVERIFY(!field->isEnabled());
    }

    void aWrongPasswordIsSaidWhereItIsTyped()
    {
        MainWindow window;
        window.show();
        QString url = mSingle;
        url.replace(QLatin1String("clickhouse://"), QLatin1String("clickhouse://analyst@"));
        url += QStringLiteral("default");
        QSignalSpy failed(window.session(), &WorkspaceSession::failed);
        window.openWorkspace(url);
        ClickHouseConnectDialog *dialog = connectDialog(window);
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("password"))->setText(QStringLiteral("xq-7-guess"));
        dialog->accept();
        QVERIFY(failed.wait(30000));
        dialog = connectDialog(window);
        QVERIFY(dialog);
        const QString message = dialog->findChild<QLabel *>(QStringLiteral("message"))->text();
        QVERIFY2(message.contains(QStringLiteral("refused the user “analyst”")), qPrintable(message));
        QVERIFY2(message.contains(ClickHouseUrl::parse(url).server()), qPrintable(message));
        QVERIFY(!message.contains(QLatin1String("xq-7-guess"))); // the password is not repeated
        QVERIFY(!window.session()->isOpen());

        // The right one: the workspace (a database with no Funnelscope tables here) is said, by name.
        dialog->findChild<QLineEdit *>(QStringLiteral("password"))->setText(QStringLiteral("s3cret"));
        failed.clear();
        dialog->accept();
        QVERIFY(failed.wait(30000));
        QVERIFY2(failed.first().at(1).toString().contains(QStringLiteral("no Funnelscope workspace")),
                 qPrintable(failed.first().at(1).toString()));
        QVERIFY(connectDialog(window));
        const QSettings settings;
        for (const QString &key : settings.allKeys())
            QVERIFY2(!settings.value(key).toString().contains(QLatin1String("s3cret")), qPrintable(key));
    }

    void theWindowImportsIntoTheServer()
    {
        // A second export of the shop, dropped on the window of the cluster: it goes into the
        // server, and the pages show the figures of a local workspace that holds both files.
        DemoShop::Options options;
        options.users = 300;
        options.seed = 7;
        const QString demo = mDir.filePath(QStringLiteral("demo-7.csv"));
        DemoShop::writeFile(demo, DemoShop::FileFormat::Csv, options);
        // The same shoppers' next events: new event ids (the demo numbers its events from e1,
        // and ids an earlier import holds are skipped as duplicates).
        const QString second = mDir.filePath(QStringLiteral("second.csv"));
        {
            QFile in(demo);
            QFile out(second);
            QVERIFY(in.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly));
            out.write(in.readLine());
            while (!in.atEnd())
                out.write("n" + in.readLine());
        }
        const QString both = mDir.filePath(QStringLiteral("both.funnelscope"));
        Workspace::open(mLocal)->saveCopy(both);
        const ImportOptions importOptions;
        Importer::importAll(*Workspace::open(both), {Importer::plan(second, importOptions)}, importOptions);

        MainWindow window;
        window.show();
        QVERIFY(!open(window, mCluster).funnel.isEmpty());
        auto *funnels = window.findChild<FunnelPage *>();
        QSignalSpy computed(funnels, &FunnelPage::computed);
        window.importFiles({second});
        ImportDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = window.findChild<ImportDialog *>()) && dialog->isPlanned(), 30000);
        QSignalSpy finished(dialog, &ImportDialog::finished);
        QSignalSpy imported(dialog, &ImportDialog::imported);
        dialog->startImport();
        QVERIFY(finished.wait(60000));
        QCOMPARE(imported.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(window.session()->summary().events, WorkspaceSummary::load(both).events, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!computed.isEmpty() && funnels->result().units > 0, 60000);
        LocalBackend local(both, QString());
        QCOMPARE(FunnelExport::toJson(funnels->resultQuery(), funnels->result(), {}),
                 FunnelExport::toJson(funnels->resultQuery(), local.run(funnels->resultQuery()), {}));
        dialog->close();
    }

    void aServersTimeZoneIsSetInPreferences()
    {
        // A workspace of its own on the single server: its days become Berlin's, as a file's do.
        const QString url = mSingle + QStringLiteral("w%1_zone").arg(QCoreApplication::applicationPid());
        DemoShop::Options options;
        options.users = 100;
        const QString csv = mDir.filePath(QStringLiteral("zone.csv"));
        DemoShop::writeFile(csv, DemoShop::FileFormat::Csv, options);
        const ImportOptions importOptions;
        ClickHouseImporter::importAll(ClickHouseUrl::parse(url), {Importer::plan(csv, importOptions)}, importOptions);

        MainWindow window;
        window.show();
        QVERIFY(!open(window, url).funnel.isEmpty());
        QCOMPARE(window.session()->summary().timezone, QStringLiteral("UTC"));
        QAction *preferences = nullptr;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->menuRole() == QAction::PreferencesRole)
                preferences = action;
        }
        QVERIFY(preferences);
        preferences->trigger();
        auto *dialog = window.findChild<PreferencesDialog *>();
        QVERIFY(dialog);
        auto *stitching = dialog->findChild<QCheckBox *>();
        QVERIFY(stitching && !stitching->isEnabled() && stitching->isChecked()); // a server always counts people
        QComboBox *zone = nullptr;
        for (QComboBox *combo : dialog->findChildren<QComboBox *>()) {
            if (combo->isEditable())
                zone = combo;
        }
        QVERIFY(zone && zone->isEnabled());
        zone->setCurrentText(QStringLiteral("Europe/Berlin"));
        dialog->accept();
        QTRY_COMPARE_WITH_TIMEOUT(window.session()->summary().timezone, QStringLiteral("Europe/Berlin"), 30000);
        QCOMPARE(ClickHouseWorkspace::open(ClickHouseUrl::parse(url)).meta(QStringLiteral("timezone")), QStringLiteral("Europe/Berlin"));
        // The cohorts now count Berlin's weeks, as the command line on the same server does.
        auto *cohorts = window.findChild<CohortPage *>();
        QTRY_COMPARE_WITH_TIMEOUT(cohorts->resultQuery().timezone, QByteArray("Europe/Berlin"), 60000);
    }
};

QTEST_MAIN(tst_ClickHouseWindow)
#include "tst_clickhousewindow.moc"
