// Offscreen smoke test of the window: first start makes and opens the demo shop, the
// status bar and Data page show its figures, every page can be reached, a broken file
// gets a clear message, and the window remembers its place.
#include "testpaths.h"

#include "mainwindow.h"
#include "welcomepage.h"

#include "analysis/localcalendar.h"
#include "demo/demoshop.h"
#include "document/workspacedocument.h"
#include "ingest/importer.h"
#include "itemmodels/importsmodel.h"
#include "governance/dictionarychange.h"
#include "store/annotations.h"
#include "store/connection.h"
#include "store/workspace.h"
#include "clickhouseconnectdialog.h"
#include "document/workspacesession.h"

#include <QAbstractButton>
#include "cohortheatmap.h"
#include <QTabBar>
#include <QScrollBar>
#include <QAccessible>
#include "languages.h"
#include <QStackedWidget>
#include <QImage>
#include <QMimeData>
#include <QClipboard>
#include <QAbstractItemModel>
#include <QPushButton>
#include <QProcess>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QSettings>
#include "dictionarypage.h"
#include "funnelpage.h"
#include "insightspage.h"
#include "translations.h"
#include "preferencesdialog.h"
#include "theme.h"
#include "store/workspacesummary.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>
#include "itemmodels/changelogmodel.h"
#include "itemmodels/dictionarymodel.h"

#include <QAction>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTcpServer>
#include <QTest>
#include <QUndoStack>
#include <QTimer>

using namespace Funnelscope;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private:
    static QStringList statusTexts(MainWindow &window)
    {
        QStringList texts;
        const auto labels = window.statusBar()->findChildren<QLabel *>();
        for (const QLabel *label : labels)
            texts.append(label->text());
        return texts;
    }

    /** A small demo shop at @p path, open in @p window at 1366 × 740; false when it did not open. */
    static bool openOnALaptop(MainWindow &window, const QString &path)
    {
        DemoShop::createWorkspace(path, {400, 3});
        window.resize(1366, 740);
        window.show();
        QSignalSpy summary(window.session(), &WorkspaceSession::summaryChanged);
        window.openAtStart(path);
        return summary.wait(30000);
    }

    /** Accepts the next message box the window shows, its text into @p shownText (delete the timer after). */
    QTimer *acceptMessageBox(QString &shownText)
    {
        auto closer = new QTimer(this);
        connect(closer, &QTimer::timeout, this, [&shownText, closer] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                shownText = box->text();
                box->accept();
                closer->stop();
            }
        });
        closer->start(20);
        return closer;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("FunnelscopeTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        QSettings().clear();
        QFile::remove(MainWindow::demoWorkspacePath());
        QVERIFY(mDir.isValid());
        Theme::apply(*qApp); // the style the program runs with
    }

    void cleanupTestCase()
    {
        QSettings().clear();
        QFile::remove(MainWindow::demoWorkspacePath());
    }

    void firstStartOpensTheDemoShop()
    {
        MainWindow window;
        window.show();
        QSignalSpy summary(window.session(), &WorkspaceSession::summaryChanged);
        window.openAtStart();
        QVERIFY(summary.wait(120000));
        QCOMPARE(window.session()->path(), MainWindow::demoWorkspacePath());
        QVERIFY(QFile::exists(MainWindow::demoWorkspacePath()));
        const WorkspaceSummary &shown = window.session()->summary();
        QCOMPARE(shown.users, DemoShop::Options().users);
        QVERIFY(shown.events > shown.users);
        QCOMPARE(shown.eventTypes.size(), DemoShop::eventNames().size());

        const QString events = QLocale().toString(shown.events);
        const QStringList texts = statusTexts(window);
        QVERIFY2(texts.contains(QStringLiteral("demo")), qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY2(texts.join(QLatin1Char(' ')).contains(events), qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY(window.windowTitle().startsWith(QLatin1String("demo")));
    }

    // An annotation made elsewhere is on every page when the workspace opens; one added in
    // the window reaches the trend, the cohorts and the Data page, and Edit ▸ Undo takes it back.
    void annotationsReachEveryPage()
    {
        const QString path = mDir.filePath(QStringLiteral("annotated.funnelscope"));
        DemoShop::createWorkspace(path, {300, 5});
        {
            const auto workspace = Workspace::open(path);
            Annotation launch;
            launch.fromMs = LocalCalendar::dayStartMs(QDate(2026, 6, 1), "UTC");
            launch.toMs = LocalCalendar::dayStartMs(QDate(2026, 6, 2), "UTC");
            launch.text = QStringLiteral("Launch");
            Annotations::add(workspace->connection(), launch);
        }
        MainWindow window;
        window.show();
        QSignalSpy summary(window.session(), &WorkspaceSession::summaryChanged);
        window.openAtStart(path);
        QVERIFY(summary.wait(30000));
        auto *funnels = window.findChild<FunnelPage *>();
        auto *list = window.findChild<QTableWidget *>(QStringLiteral("annotations"));
        QVERIFY(funnels && list);
        QTRY_COMPARE(funnels->annotations().size(), 1);
        QCOMPARE(list->rowCount(), 1);
        auto *document = window.findChild<WorkspaceDocument *>();
        QVERIFY(document);
        Annotation sale;
        sale.fromMs = LocalCalendar::dayStartMs(QDate(2026, 7, 20), "UTC");
        sale.toMs = LocalCalendar::dayStartMs(QDate(2026, 7, 25), "UTC");
        sale.text = QStringLiteral("Summer sale");
        sale.category = QStringLiteral("campaign");
        QVERIFY(document->addAnnotation(sale).ok());
        QCOMPARE(funnels->annotations().size(), 2);
        QCOMPARE(list->rowCount(), 2);
        document->undoStack()->undo();
        QCOMPARE(funnels->annotations().size(), 1);
        QCOMPARE(list->rowCount(), 1);
    }

    // Ctrl+C copies a table's selection with its headers as text and HTML; Copy Chart the
    // chart as an image; File ▸ Close leaves a window that says what to do, Export disabled.
    void copyAndClose()
    {
        const QString path = mDir.filePath(QStringLiteral("copy.funnelscope"));
        DemoShop::createWorkspace(path, {400, 7});
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *funnels = window.findChild<FunnelPage *>();
        QSignalSpy computed(funnels, &FunnelPage::computed);
        window.openAtStart(path);
        window.showPage(MainWindow::Funnels);
        QVERIFY(computed.wait(30000));
        auto *table = funnels->findChild<QTableView *>();
        QVERIFY(table && table->model()->rowCount() >= 3);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
        const QMimeData *copied = QGuiApplication::clipboard()->mimeData();
        QVERIFY(copied && copied->hasText() && copied->hasHtml());
        const QStringList lines = copied->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), table->model()->rowCount() + 1); // the header, then every row
        QStringList header;
        for (int column = 0; column < table->model()->columnCount(); ++column)
            if (!table->isColumnHidden(column))
                header.append(table->model()->headerData(column, Qt::Horizontal).toString());
        QCOMPARE(lines.first(), header.join(QLatin1Char('\t')));
        const QString firstStep = table->model()->index(0, 1).data().toString();
        QVERIFY2(lines.at(1).contains(firstStep), qPrintable(lines.at(1)));
        QVERIFY(copied->html().startsWith(QLatin1String("<table><tr><th>")));

        // One cell alone: its text, no header.
        table->clearSelection();
        table->selectionModel()->select(table->model()->index(0, 1), QItemSelectionModel::Select);
        QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), firstStep + QLatin1Char('\n'));

        const auto action = [&window](const QString &text) {
            const auto actions = window.findChildren<QAction *>();
            for (QAction *candidate : actions)
                if (candidate->text().remove(QLatin1Char('&')) == text)
                    return candidate;
            return static_cast<QAction *>(nullptr);
        };
        QAction *copyChart = action(QStringLiteral("Copy Chart"));
        QVERIFY(copyChart && copyChart->isEnabled());
        QCOMPARE(copyChart->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
        copyChart->trigger();
        const QImage image = QGuiApplication::clipboard()->image();
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), funnels->currentChart()->size() * 2);

        QAction *preferences = action(QStringLiteral("Preferences…"));
        QVERIFY(preferences && preferences->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)));

        QAction *close = action(QStringLiteral("Close Workspace"));
        QAction *exportAction = action(QStringLiteral("Export…"));
        QVERIFY(close && exportAction && exportAction->isEnabled());
        close->trigger();
        QVERIFY(!window.session()->isOpen());
        QVERIFY(!exportAction->isEnabled());
        QVERIFY(!copyChart->isEnabled());
        auto *welcome = window.findChild<QWidget *>(QStringLiteral("welcome"));
        QVERIFY(welcome && welcome->isVisible());
        QVERIFY(!funnels->isVisible());
        QVERIFY(window.windowTitle() == QLatin1String("Funnelscope"));

        // Opening again says which workspace is opening (an older one of millions of events
        // takes seconds), then shows the pages.
        QSignalSpy summary(window.session(), &WorkspaceSession::summaryChanged);
        window.openWorkspace(path);
        auto *welcomePage = qobject_cast<WelcomePage *>(welcome);
        QVERIFY(welcomePage && welcomePage->isShowingOpening());
        const auto shownTexts = [welcome] {
            QStringList texts;
            for (const QLabel *label : welcome->findChildren<QLabel *>())
                texts.append(label->text());
            return texts.join(QLatin1Char(' '));
        };
        QVERIFY2(shownTexts().contains(QFileInfo(path).completeBaseName()), qPrintable(shownTexts()));
        QVERIFY(summary.wait(30000));
        QVERIFY(!welcome->isVisible());
        QVERIFY(!welcomePage->isShowingOpening()); // closing later offers the choices again
        QVERIFY(exportAction->isEnabled());
    }

    // A 1366 × 768 laptop holds the whole window in every language, with a workspace open
    // and every page shown: no page asks for more, and no button is narrower than its text.
    void fitsALaptopInEveryLanguage_data() { TestLanguages::addRows(); }

    void fitsALaptopInEveryLanguage()
    {
        QFETCH(QString, language);
        const TestLanguages::Scope translation(language);
        QVERIFY(translation.loaded());
        {
            MainWindow window;
            QVERIFY(openOnALaptop(window, mDir.filePath(QStringLiteral("laptop-%1.funnelscope").arg(language))));
            QStringList cut;
            for (int page = 0; page < MainWindow::PageCount; ++page) {
                window.showPage(MainWindow::Page(page));
                QTest::qWait(300);
                // Room for the text and the style's margins on both sides (Fusion's own size hint
                // left "Revu aujourd'hui" a few pixels short).
                const auto buttons = window.findChildren<QPushButton *>();
                for (const QPushButton *button : buttons) {
                    const int needed = button->fontMetrics().horizontalAdvance(QString(button->text()).remove(QLatin1Char('&'))) + 2 * 6;
                    if (button->isVisible() && !button->text().isEmpty() && button->width() < needed)
                        cut.append(QStringLiteral("%1 (%2 < %3)").arg(button->text()).arg(button->width()).arg(needed));
                }
            }
            QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1String("; "))));
            auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
            QVERIFY(pages);
            QStringList wide;
            for (int page = 0; page < pages->count(); ++page) {
                const QSize needed = pages->widget(page)->minimumSizeHint();
                wide.append(QStringLiteral("%1: %2×%3").arg(page).arg(needed.width()).arg(needed.height()));
            }
            const QSize needed = window.minimumSizeHint();
            QVERIFY2(needed.width() <= 1366 && needed.height() <= 740,
                     qPrintable(QStringLiteral("%1×%2; pages %3").arg(needed.width()).arg(needed.height()).arg(wide.join(QLatin1String(", ")))));
        }
    }

    // Every control a screen reader lands on has a name (a label, its text or one of its
    // own), and the painted charts can be reached with Tab and say their numbers.
    void everyControlHasAnAccessibleName()
    {
        MainWindow window;
        QVERIFY(openOnALaptop(window, mDir.filePath(QStringLiteral("accessible.funnelscope"))));
        QStringList unnamed;
        for (int page = 0; page < MainWindow::PageCount; ++page) {
            window.showPage(MainWindow::Page(page));
            QTest::qWait(400);
            const auto widgets = window.findChildren<QWidget *>();
            for (QWidget *widget : widgets) {
                if (!widget->isVisible() || widget->focusPolicy() == Qt::NoFocus || qobject_cast<QScrollBar *>(widget)
                    || qobject_cast<QTabBar *>(widget) || !widget->isEnabled())
                    continue;
                QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
                if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
                    unnamed.append(QStringLiteral("page %1: %2 %3").arg(page).arg(QLatin1String(widget->metaObject()->className()), widget->objectName()));
            }
        }
        unnamed.removeDuplicates();
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));

        // The heatmap with the keyboard: a cell's numbers in its accessible description.
        window.showPage(MainWindow::Cohorts);
        auto *heatmap = window.findChild<CohortHeatmap *>();
        QVERIFY(heatmap);
        QTRY_VERIFY_WITH_TIMEOUT(heatmap->minimumHeight() > 100, 30000);
        heatmap->setFocus();
        QTest::keyClick(heatmap, Qt::Key_Down);
        QTest::keyClick(heatmap, Qt::Key_Right);
        QVERIFY2(heatmap->accessibleDescription().contains(QStringLiteral("Week 1")), qPrintable(heatmap->accessibleDescription()));
        QVERIFY(heatmap->accessibleDescription().startsWith(QStringLiteral("Cohort of ")));
        QSignalSpy clicked(heatmap, &CohortHeatmap::cohortClicked);
        QTest::keyClick(heatmap, Qt::Key_Return);
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked.first().first().toInt(), 0);
    }

    void everyPageCanBeShown()
    {
        const QString path = mDir.filePath(QStringLiteral("small.funnelscope"));
        DemoShop::createWorkspace(path, {300, 5});
        MainWindow window;
        window.show();
        QSignalSpy summary(window.session(), &WorkspaceSession::summaryChanged);
        window.openAtStart(path);
        QVERIFY(summary.wait(30000));

        auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
        auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
        QVERIFY(pages && sidebar);
        QCOMPARE(pages->count(), int(MainWindow::PageCount));
        for (int page = 0; page < MainWindow::PageCount; ++page) {
            sidebar->setCurrentRow(page); // as a click would
            QCOMPARE(int(window.currentPage()), page);
            QVERIFY(pages->currentWidget()->isVisible());
        }
        // Keyboard: Ctrl+1 goes back to Funnels.
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::Funnels);

        window.showPage(MainWindow::Data);
        const auto tables = pages->currentWidget()->findChildren<QTableView *>();
        QCOMPARE(tables.size(), 3); // events by type, imports, annotations
        int typeRows = 0;
        int importRows = 0;
        for (const QTableView *table : tables) {
            if (qobject_cast<const QTableWidget *>(table))
                QCOMPARE(table->model()->rowCount(), 0); // a new workspace has no annotations
            else if (table->model()->columnCount() == 3)
                typeRows = table->model()->rowCount();
            else
                importRows = table->model()->rowCount();
        }
        QCOMPARE(typeRows, DemoShop::eventNames().size());
        QCOMPARE(importRows, 1);

        // Edit ▸ Undo (Ctrl+Z) takes back a dictionary edit, and says which.
        window.showPage(MainWindow::Dictionary);
        auto *dictionary = window.findChild<DictionaryPage *>();
        QVERIFY(dictionary);
        EventDefinition event;
        event.name = QStringLiteral("gift_card_applied");
        QVERIFY(dictionary->document()->submit({DictionaryChange::addEvent(event)}, QStringLiteral("Add event gift_card_applied")).ok());
        QAction *undo = nullptr;
        const auto actions = window.findChildren<QAction *>();
        for (QAction *action : actions) {
            if (action->shortcut() == QKeySequence(QKeySequence::Undo))
                undo = action;
        }
        QVERIFY(undo);
        QCOMPARE(undo->text(), QStringLiteral("&Undo Add event gift_card_applied"));
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(dictionary->model()->rowCount(), 0);
        QCOMPARE(dictionary->changeLog()->rowCount(), 2);

        // Insights ▸ Add as Funnel Step: Funnels opens with the event just before the target.
        window.showPage(MainWindow::Insights);
        auto *insights = window.findChild<InsightsPage *>();
        auto *funnel = window.findChild<FunnelPage *>();
        QVERIFY(insights && funnel);
        const QStringList before = [&] {
            QStringList steps;
            for (const FunnelQuery::Step &step : funnel->query().steps)
                steps.append(step.event);
            return steps;
        }();
        QVERIFY(before.contains(QStringLiteral("purchase")) && !before.contains(QStringLiteral("newsletter_signup")));
        Q_EMIT insights->funnelStepRequested(QStringLiteral("newsletter_signup"), QStringLiteral("purchase"));
        QCOMPARE(window.currentPage(), MainWindow::Funnels);
        QStringList after;
        for (const FunnelQuery::Step &step : funnel->query().steps)
            after.append(step.event);
        QStringList expected = before;
        expected.insert(expected.indexOf(QStringLiteral("purchase")), QStringLiteral("newsletter_signup"));
        QCOMPARE(after, expected);
        // A target the funnel lacks: the two-step funnel event → target.
        Q_EMIT insights->funnelStepRequested(QStringLiteral("search"), QStringLiteral("remove_from_cart"));
        QCOMPARE(funnel->query().steps.size(), 2);
        QCOMPARE(funnel->query().steps[0].event, QStringLiteral("search"));
        QCOMPARE(funnel->query().steps[1].event, QStringLiteral("remove_from_cart"));
    }

    void aBrokenFileGetsAClearMessage()
    {
        const QString path = mDir.filePath(QStringLiteral("notes.funnelscope"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("these are my notes, not a workspace");
        file.close();

        MainWindow window;
        window.show();
        QString shownText;
        QTimer::singleShot(0, this, [&shownText] {}); // keep the event loop warm
        QSignalSpy failed(window.session(), &WorkspaceSession::failed);
        QTimer *closer = acceptMessageBox(shownText);
        window.openWorkspace(path);
        QVERIFY(failed.wait(10000));
        QVERIFY(!window.findChild<WelcomePage *>()->isShowingOpening()); // the choices again
        QTRY_VERIFY_WITH_TIMEOUT(!shownText.isEmpty(), 10000);
        QVERIFY2(shownText.contains(QLatin1String("is not a Funnelscope workspace")),
                 qPrintable(shownText));
        QVERIFY(shownText.contains(QLatin1String("notes.funnelscope")));
        QVERIFY(!window.session()->isOpen());
        closer->deleteLater();
    }

    void aServerThatDoesNotAnswerIsSaidWhereItsAddressIsTyped()
    {
        // A ClickHouse address is a server, not a file: the window asks for its password,
        // tries it in the background, and when nobody answers says so in the same dialog,
        // naming the server; the window keeps running and makes no file of the address.
        MainWindow window;
        window.show();
        QTcpServer closed; // a port nobody answers on once it is closed again
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        const QString url = QStringLiteral("clickhouse://127.0.0.1:%1/shop").arg(port);
        window.openWorkspace(url);
        ClickHouseConnectDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<ClickHouseConnectDialog *>()) && dialog->isVisible());
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("address"))->text(), url);
        QSignalSpy failed(window.session(), &WorkspaceSession::failed);
        dialog->accept();
        QVERIFY(failed.wait(30000));
        QVERIFY2(failed.first().at(1).toString().contains(QStringLiteral("127.0.0.1:%1 does not answer").arg(port)),
                 qPrintable(failed.first().at(1).toString()));
        QTRY_VERIFY((dialog = window.findChild<ClickHouseConnectDialog *>()) && dialog->isVisible());
        const auto *message = dialog->findChild<QLabel *>(QStringLiteral("message"));
        QVERIFY(message && message->isVisible());
        QCOMPARE(message->text(), failed.first().at(1).toString());
        dialog->reject();
        QVERIFY(!window.session()->isOpen());
        QVERIFY(!QFileInfo::exists(QStringLiteral("clickhouse:")));

        // An address that is no address is said before anything is tried.
        window.connectToServer(QStringLiteral("clickhouse://host/"));
        QTRY_VERIFY((dialog = window.findChild<ClickHouseConnectDialog *>()) && dialog->isVisible());
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("message"))->text().isEmpty());
        dialog->reject();
    }

    void anotherProcessCannotTakeTheWindowsWrites()
    {
        // The window holds W (the dictionary's connection); its workers open and close W
        // too. Another process imports and edits the dictionary meanwhile: neither loses its
        // writes, the write-ahead log stays while the window is open, and the file stays whole.
        const QString path = mDir.filePath(QStringLiteral("shared.funnelscope"));
        DemoShop::createWorkspace(path, {200, 5});
        const qint64 demoEvents = Workspace::open(path)->connection().queryInt("SELECT count(*) FROM events");
        {
            MainWindow window;
            window.show();
            QSignalSpy summary(window.session(), &WorkspaceSession::summaryChanged);
            window.openAtStart(path);
            QVERIFY(summary.wait(30000));
            auto *page = window.findChild<DictionaryPage *>();
            QVERIFY(page && page->document()->isOpen());
            window.session()->reload(); // a worker opens and closes W beside the dictionary's connection
            QVERIFY(summary.wait(30000));

            const auto cli = [](const QStringList &arguments) {
                QProcess process;
                QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
                environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
                process.setProcessEnvironment(environment);
                process.start(QStringLiteral(FUNNELSCOPE_EXECUTABLE), arguments);
                process.waitForFinished(60000);
                return process.exitCode() == 0 ? QString() : QString::fromUtf8(process.readAllStandardError());
            };
            QCOMPARE(cli({QStringLiteral("import"), QStringLiteral(FUNNELSCOPE_TEST_DATA "/import/retailrocket/input.csv"),
                          QStringLiteral("--workspace"), path}), QString());
            QCOMPARE(cli({QStringLiteral("dictionary"), QStringLiteral("import"), QStringLiteral("--starter"),
                          QStringLiteral("--workspace"), path, QStringLiteral("--who"), QStringLiteral("cli")}), QString());
            QCOMPARE(cli({QStringLiteral("dictionary"), QStringLiteral("check"), QStringLiteral("--workspace"), path}), QString());
            QVERIFY2(QFile::exists(path + QStringLiteral("-wal")) && QFile::exists(path + QStringLiteral("-shm")),
                     "the other process deleted the window's write-ahead log");

            // Now the window writes: a new event in the dictionary.
            EventDefinition definition;
            definition.name = QStringLiteral("window_event");
            const Outcome<Done> added = page->document()->submit({DictionaryChange::addEvent(definition)}, QStringLiteral("Add window_event"));
            QVERIFY2(added.ok(), qPrintable(added.error()));
        }
        const auto workspace = Workspace::open(path);
        Connection &db = workspace->connection();
        QCOMPARE(db.queryText("PRAGMA integrity_check"), QStringLiteral("ok"));
        QCOMPARE(db.queryInt("SELECT count(*) FROM events"), demoEvents + 4);
        QCOMPARE(db.queryInt("SELECT count(*) FROM dictionary_events WHERE name = 'window_event'"), 1);
        QCOMPARE(db.queryInt("SELECT count(*) FROM dictionary_events WHERE name = 'purchase'"), 1);
        QCOMPARE(db.queryInt("SELECT count(*) FROM change_log WHERE who = 'cli'") > 0, true);
    }

    void dataPageRemovesAnImport()
    {
        const QString path = mDir.filePath(QStringLiteral("two.funnelscope"));
        DemoShop::createWorkspace(path, {100, 3});
        {
            const auto workspace = Workspace::open(path);
            const ImportOptions options;
            Importer::run(*workspace, Importer::plan(QStringLiteral(FUNNELSCOPE_TEST_DATA "/import/retailrocket/input.csv"), options), options);
        }
        MainWindow window;
        window.show();
        QSignalSpy summary(window.session(), &WorkspaceSession::summaryChanged);
        window.openAtStart(path);
        QVERIFY(summary.wait(30000));
        QCOMPARE(window.session()->summary().imports.size(), 2);
        window.showPage(MainWindow::Data);

        QTableView *imports = nullptr;
        const auto tables = window.findChildren<QTableView *>();
        for (QTableView *table : tables) {
            if (table->model()->columnCount() == int(ImportsModel::ColumnCount))
                imports = table;
        }
        QVERIFY(imports);
        imports->selectRow(1);
        QPushButton *remove = nullptr;
        const auto buttons = window.findChildren<QPushButton *>();
        for (QPushButton *button : buttons) {
            if (button->text() == QStringLiteral("Remove Import…"))
                remove = button;
        }
        QVERIFY(remove && remove->isEnabled());
        QString asked;
        QTimer::singleShot(50, this, [&asked] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                asked = box->text();
                box->button(QMessageBox::Yes)->click();
            }
        });
        remove->click();
        QVERIFY2(asked.contains(QStringLiteral("Remove “input.csv” and its 4 events")), qPrintable(asked));
        QVERIFY(summary.wait(30000));
        QCOMPARE(window.session()->summary().imports.size(), 1);
        QCOMPARE(window.session()->summary().imports.first().source.format, QStringLiteral("demo"));
    }

    void startsInGerman()
    {
        Translations::setPreference(QStringLiteral("de"));
        Translations::install(*qApp);
        {
            MainWindow window;
            QStringList menus;
            const auto actions = window.menuBar()->actions();
            for (const QAction *action : actions)
                menus.append(action->text());
            QCOMPARE(menus, (QStringList{QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"), QStringLiteral("&Ansicht"),
                                         QStringLiteral("&Hilfe")}));
            auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
            QCOMPARE(sidebar->item(MainWindow::Cohorts)->text().trimmed(), QStringLiteral("Kohorten"));
            QCOMPARE(sidebar->item(MainWindow::Dictionary)->text().trimmed(), QStringLiteral("Verzeichnis"));
            // Numbers follow the language too.
            QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1.234,5"));
        }
        Translations::setPreference({});
        Translations::install(*qApp);
        QVERIFY(Translations::available().contains(QStringLiteral("fr")));
    }

    void preferencesTakeEffect()
    {
        const QString path = mDir.filePath(QStringLiteral("preferences.funnelscope"));
        DemoShop::createWorkspace(path, {300, 9});
        MainWindow window;
        window.resize(1100, 760);
        window.show();
        QSignalSpy summary(window.session(), &WorkspaceSession::summaryChanged);
        window.openAtStart(path);
        QVERIFY(summary.wait(30000));

        QAction *preferences = nullptr;
        const auto actions = window.findChildren<QAction *>();
        for (QAction *action : actions) {
            if (action->menuRole() == QAction::PreferencesRole)
                preferences = action;
        }
        QVERIFY(preferences);
        preferences->trigger();
        auto *dialog = window.findChild<PreferencesDialog *>();
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>()->setText(QStringLiteral("Jonas"));
        const auto combos = dialog->findChildren<QComboBox *>();
        QCOMPARE(combos.size(), 3); // language, time zone, theme
        combos.at(1)->setCurrentText(QStringLiteral("Europe/Berlin"));
        combos.at(2)->setCurrentIndex(int(Theme::Mode::Dark));
        dialog->findChild<QSpinBox *>()->setValue(8);
        const QString shots = qEnvironmentVariable("FUNNELSCOPE_SCREENSHOTS");
        if (!shots.isEmpty())
            dialog->grab().save(shots + QStringLiteral("/preferences.png"));
        summary.clear();
        dialog->accept();

        QVERIFY(Theme::isDark());
        QCOMPARE(PreferencesDialog::nameSetting(), QStringLiteral("Jonas"));
        QCOMPARE(PreferencesDialog::topNSetting(), 8);
        // The time zone is written by a worker, then every page gets the new summary.
        QTRY_COMPARE_WITH_TIMEOUT(window.session()->summary().timezone, QStringLiteral("Europe/Berlin"), 30000);
        QCOMPARE(summary.last().first().value<WorkspaceSummary>().timezone, QStringLiteral("Europe/Berlin"));
        auto *dictionary = window.findChild<DictionaryPage *>();
        QCOMPARE(dictionary->document()->who(), QStringLiteral("Jonas"));
        window.showPage(MainWindow::Funnels);
        if (!shots.isEmpty()) {
            QTest::qWait(300);
            window.grab().save(shots + QStringLiteral("/dark.png"));
        }

        Theme::setPreference(Theme::Mode::System);
        Theme::apply(*qApp);
        QVERIFY(!Theme::isDark());
    }

    // A file dropped into the watched folder shows up in the open window's funnel within seconds.
    void aWatchedFolderFeedsTheOpenFunnel()
    {
        const QString path = mDir.filePath(QStringLiteral("watched.funnelscope"));
        DemoShop::createWorkspace(path, {300, 8});
        QTemporaryDir folder;
        MainWindow window;
        window.show();
        QSignalSpy summary(window.session(), &WorkspaceSession::summaryChanged);
        window.openAtStart(path);
        QVERIFY(summary.wait(30000));
        auto *funnel = window.findChild<FunnelPage *>();
        QSignalSpy computed(funnel, &FunnelPage::computed);
        QTRY_VERIFY_WITH_TIMEOUT(!funnel->result().steps.isEmpty(), 30000);
        const qint64 before = funnel->result().steps.first().count;
        QCOMPARE(window.watchFolder(mDir.filePath(QStringLiteral("nosuch-folder"))).contains(QLatin1String("not a folder")), true);
        QCOMPARE(window.watchFolder(folder.path()), QString());

        // An export job drops a file: the open reports refresh with it.
        QFile::copy(QStringLiteral(FUNNELSCOPE_TEST_DATA "/identity/flat.csv"), folder.filePath(QStringLiteral("export.csv")));
        QElapsedTimer clock;
        clock.start();
        QTRY_VERIFY_WITH_TIMEOUT(!funnel->result().steps.isEmpty() && funnel->result().steps.first().count > before, 15000);
        qInfo("the dropped file was in the funnel after %lld ms", clock.elapsed());
        const auto labels = window.statusBar()->findChildren<QLabel *>();
        bool said = false;
        for (const QLabel *label : labels)
            said = said || label->text().contains(QLatin1String("export.csv"));
        QVERIFY(said);
        window.stopWatching();
    }

    void remembersGeometryAndPage()
    {
        {
            MainWindow window;
            window.show();
            window.resize(1000, 640);
            window.showPage(MainWindow::Cohorts);
            window.close();
        }
        MainWindow again;
        QCOMPARE(again.currentPage(), MainWindow::Cohorts);
        QCOMPARE(again.size(), QSize(1000, 640));
    }

private:
    QTemporaryDir mDir;
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
