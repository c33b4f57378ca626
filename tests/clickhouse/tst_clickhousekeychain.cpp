// A ClickHouse password kept in the system keychain, against a real one: the test starts
// its own D-Bus session bus and GNOME Keyring (Debian's gnome-keyring, unlocked with a
// throwaway password, in a temporary home), and the fixture's single server with its user
// "analyst". A password kept when asked opens the server from a later window without the
// dialog; one the server refuses brings the dialog back, ticked, and unticking removes it
// from the keychain. No settings file ever holds it.
#include "testpaths.h"

#include "mainwindow.h"
#include "serverkeychain.h"

#include "clickhouse/clickhouseimporter.h"
#include "clickhouse/clickhouseurl.h"
#include "clickhouseconnectdialog.h"
#include "demo/demoshop.h"
#include "document/workspacesession.h"
#include "export/funnelexport.h"
#include "funnelpage.h"
#include "ingest/importer.h"

#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Funnelscope;

class tst_ClickHouseKeychain : public QObject
{
    Q_OBJECT

    QTemporaryDir mHome;
    QProcess mBus;
    QProcess mKeyring;
    QString mAddress; ///< clickhouse://analyst@host:port/database, a workspace there

    ClickHouseConnectDialog *connectDialog(MainWindow &window)
    {
        ClickHouseConnectDialog *dialog = nullptr;
        if (!QTest::qWaitFor([&] { return (dialog = window.findChild<ClickHouseConnectDialog *>()) && dialog->isVisible(); }, 10000))
            return nullptr;
        return dialog;
    }

    /** What the keychain holds for mAddress, asked of it directly; empty when nothing. */
    QString kept()
    {
        ServerKeychain keychain;
        QSignalSpy found(&keychain, &ServerKeychain::found);
        QSignalSpy notFound(&keychain, &ServerKeychain::notFound);
        keychain.read(mAddress);
        if (!QTest::qWaitFor([&] { return !found.isEmpty() || !notFound.isEmpty(); }, 10000))
            return QStringLiteral("(the keychain did not answer)");
        return found.isEmpty() ? QString() : found.first().at(1).toString();
    }

    /** Whether opening mAddress in a new window shows the funnel without asking. */
    bool opensWithoutAsking(MainWindow &window)
    {
        auto *funnels = window.findChild<FunnelPage *>();
        QSignalSpy computed(funnels, &FunnelPage::computed);
        window.openWorkspace(mAddress);
        return computed.wait(60000) && !window.findChild<ClickHouseConnectDialog *>()
            && window.session()->path() == mAddress && !funnels->result().steps.isEmpty();
    }

    /** `funnelscope funnel` on mAddress, without FUNNELSCOPE_CLICKHOUSE_PASSWORD: its exit code. */
    int funnelscope(QByteArray *errors = nullptr)
    {
        QProcess process;
        process.start(QStringLiteral(FUNNELSCOPE_EXECUTABLE),
                      {QStringLiteral("funnel"), QStringLiteral("--workspace"), mAddress, QStringLiteral("--steps"),
                       QStringLiteral("product_view,add_to_cart")});
        if (!process.waitForFinished(120'000))
            return -1;
        if (errors)
            *errors = process.readAllStandardError();
        return process.exitCode();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("FunnelscopeTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_clickhousekeychain"));
        QSettings().clear();
        qunsetenv("FUNNELSCOPE_CLICKHOUSE_PASSWORD");
        QVERIFY(mHome.isValid());
        const QString runtime = mHome.filePath(QStringLiteral("run"));
        QVERIFY(QDir().mkpath(runtime));
        QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

        // A session bus of the test's own, and GNOME Keyring on it.
        mBus.start(QStringLiteral("dbus-daemon"), {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address=1"),
                                                   QStringLiteral("--address=unix:path=") + mHome.filePath(QStringLiteral("bus"))});
        QVERIFY2(mBus.waitForStarted(10000), "dbus-daemon (Debian package dbus-daemon) does not start");
        QVERIFY(mBus.waitForReadyRead(10000));
        const QByteArray address = mBus.readLine().trimmed();
        QVERIFY2(address.startsWith("unix:"), address.constData());
        qputenv("DBUS_SESSION_BUS_ADDRESS", address);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), mHome.path());
        environment.insert(QStringLiteral("XDG_DATA_HOME"), mHome.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QString::fromUtf8(address));
        mKeyring.setProcessEnvironment(environment);
        mKeyring.start(QStringLiteral("gnome-keyring-daemon"),
                       {QStringLiteral("--foreground"), QStringLiteral("--unlock"), QStringLiteral("--components=secrets")});
        QVERIFY2(mKeyring.waitForStarted(10000), "gnome-keyring-daemon (Debian package gnome-keyring) does not start");
        mKeyring.write("throwaway");
        mKeyring.closeWriteChannel();

        // The demo shop in a database of the single server, imported as analyst.
        const QSettings servers(qEnvironmentVariable("FUNNELSCOPE_CLICKHOUSE_SERVERS"), QSettings::IniFormat);
        const QString single = servers.value(QStringLiteral("single/url")).toString();
        QVERIFY2(!single.isEmpty(), "no servers.ini from the clickhouse fixture (FUNNELSCOPE_CLICKHOUSE_SERVERS)");
        mAddress = QString(single).replace(QLatin1String("clickhouse://"), QLatin1String("clickhouse://analyst@"))
                   + QStringLiteral("k%1_keychain").arg(QCoreApplication::applicationPid());
        DemoShop::Options options;
        options.users = 200;
        const QString csv = mHome.filePath(QStringLiteral("shop.csv"));
        DemoShop::writeFile(csv, DemoShop::FileFormat::Csv, options);
        const ImportOptions importOptions;
        ClickHouseImporter::importAll(ClickHouseUrl::parse(mAddress, QStringLiteral("s3cret")), {Importer::plan(csv, importOptions)},
                                      importOptions);

        // The keychain answers (it registers on the bus a moment after starting).
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         ServerKeychain keychain;
                         QSignalSpy stored(&keychain, &ServerKeychain::stored);
                         keychain.store(QStringLiteral("clickhouse://probe@127.0.0.1:1/probe"), QStringLiteral("x"));
                         return stored.wait(2000);
                     },
                     20000),
                 "GNOME Keyring did not answer on the test's bus");
        QCOMPARE(kept(), QString());
    }

    void cleanupTestCase()
    {
        mKeyring.kill();
        mKeyring.waitForFinished(5000);
        mBus.kill();
        mBus.waitForFinished(5000);
    }

    void aKeptPasswordOpensTheServerWithoutAsking()
    {
        {
            MainWindow window;
            window.show();
            window.openWorkspace(mAddress);
            ClickHouseConnectDialog *dialog = connectDialog(window);
            QVERIFY2(dialog, "nothing kept yet: the dialog asks");
            auto *remember = dialog->findChild<QCheckBox *>(QStringLiteral("rememberPassword"));
            QVERIFY(remember && !remember->isChecked()); // keeping it is the person's choice
            dialog->findChild<QLineEdit *>(QStringLiteral("password"))->setText(QStringLiteral("s3cret"));
            remember->setChecked(true);
            QSignalSpy opened(window.session(), &WorkspaceSession::opened);
            dialog->accept();
            QVERIFY(opened.wait(30000));
            QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(QLatin1String("kept in the system keychain")), 10000);
        }
        QCOMPARE(kept(), QStringLiteral("s3cret"));
        // Another window (Open Recent after a restart): the server's figures, no dialog.
        MainWindow later;
        later.show();
        QVERIFY(opensWithoutAsking(later));
        // The command line takes it from there too, when the environment has none.
        QCOMPARE(funnelscope(), 0);
        // The choice is remembered for the next dialog; the password is in no setting.
        QSettings settings;
        settings.sync();
        QVERIFY(settings.value(QStringLiteral("clickhouse/rememberPassword")).toBool());
        for (const QString &key : settings.allKeys())
            QVERIFY2(!settings.value(key).toString().contains(QLatin1String("s3cret")), qPrintable(key));
    }

    void aRefusedPasswordAsksAgainAndUntickingForgetsIt()
    {
        {
            ServerKeychain keychain;
            QSignalSpy stored(&keychain, &ServerKeychain::stored);
            keychain.store(mAddress, QStringLiteral("changed-since"));
            QVERIFY(stored.wait(10000));
        }
        MainWindow window;
        window.show();
        window.openWorkspace(mAddress);
        // The kept password is refused: the dialog says so, ticked, as it was kept.
        ClickHouseConnectDialog *dialog = connectDialog(window);
        QVERIFY(dialog);
        const QString message = dialog->findChild<QLabel *>(QStringLiteral("message"))->text();
        QVERIFY2(message.contains(QStringLiteral("refused the user “analyst”")), qPrintable(message));
        QVERIFY(!message.contains(QLatin1String("changed-since")));
        auto *remember = dialog->findChild<QCheckBox *>(QStringLiteral("rememberPassword"));
        QVERIFY(remember->isChecked());
        // The right one, not to be kept: it opens, and the keychain holds nothing any more.
        dialog->findChild<QLineEdit *>(QStringLiteral("password"))->setText(QStringLiteral("s3cret"));
        remember->setChecked(false);
        QSignalSpy opened(window.session(), &WorkspaceSession::opened);
        dialog->accept();
        QVERIFY(opened.wait(30000));
        QTRY_COMPARE_WITH_TIMEOUT(kept(), QString(), 10000);
        MainWindow later;
        later.show();
        later.openWorkspace(mAddress);
        QVERIFY2(connectDialog(later), "nothing kept: a later window asks again");
        QByteArray errors;
        QCOMPARE(funnelscope(&errors), 1);
        QVERIFY2(errors.contains("refused the user “analyst”"), errors.constData());
    }
};

QTEST_MAIN(tst_ClickHouseKeychain)
#include "tst_clickhousekeychain.moc"
