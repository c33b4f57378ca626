#include "mainwindow.h"

#include "clickhouse/clickhouseurl.h"

#include "accessiblenames.h"
#include "chartsource.h"
#include "clipboardcopy.h"

#include "annotationdialog.h"
#include "clickhouseconnectdialog.h"
#include "datapage.h"
#include "demogenerationdialog.h"
#include "cohortpage.h"
#include "funnelpage.h"
#include "insightspage.h"
#include "journeyspage.h"
#include "maturitypage.h"
#include "importdialog.h"
#include "reportdocument.h"
#include "preferencesdialog.h"
#include "serverkeychain.h"
#include "dictionarypage.h"
#include "welcomepage.h"
#include "settings/settingskey.h"
#include "store/identitysummary.h"
#include "document/workspacedocument.h"
#include "store/workspace.h"
#include "document/workspacesession.h"
#include "document/workspacetables.h"
#include "ingest/folderwatcher.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QScreen>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QMimeData>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QMessageBox>
#include <QHBoxLayout>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUndoStack>

namespace Funnelscope {

namespace {

const SettingsKey<QByteArray> windowGeometry("window/geometry", {});
const SettingsKey<QByteArray> windowLayout("window/state", {});
const SettingsKey<int> lastPage("window/page", int(MainWindow::Funnels));
const SettingsKey<QString> lastWorkspace("workspace/last", {});
const SettingsKey<QStringList> recentWorkspaces("workspace/recent", {});
const SettingsKey<QString> lastFolder("workspace/folder", {});
/** The ClickHouse address last connected to (never its password). */
const SettingsKey<QString> lastServer("clickhouse/address", {});
/** Each workspace's watched folder, by the workspace's path. */
const SettingsKey<QVariantMap> watchedFolders("workspace/watched", {});

constexpr int maxRecent = 8;

QString fileFilter()
{
    return MainWindow::tr("Funnelscope workspaces (*.%1);;All files (*)")
        .arg(QLatin1String(Workspace::fileSuffix));
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , mSession(new WorkspaceSession(this))
    , mKeychain(new ServerKeychain(this))
    , mDocument(new WorkspaceDocument(this))
    , mSidebar(new QListWidget(this))
    , mPages(new QStackedWidget(this))
    , mWorkspaceLabel(new QLabel(this))
    , mEventsLabel(new QLabel(this))
    , mRangeLabel(new QLabel(this))
{
    setWindowTitle(tr("Funnelscope"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/funnelscope.svg")));
    setAcceptDrops(true);
    createPages();
    createActions();
    createStatusBar();
    connectKeychain();

    connect(mSession, &WorkspaceSession::opened, this, [this](const QString &path) {
        mFallBackToDemo = false;
        mCentral->setCurrentIndex(1);
        updateWorkspaceActions();
        updatePagesAvailable();
        rememberRecent(path);
        if (mSession->isServer()) {
            // A server is not opened again at start: it may ask for a password, or not answer.
            setWindowFilePath(QString());
            setWindowTitle(tr("%1 — Funnelscope").arg(path));
            lastServer.setValue(path);
            if (mToKeep.contains(path))
                mKeychain->store(path, mToKeep.take(path));
            return;
        }
        setWindowFilePath(path);
        setWindowTitle(tr("%1 — Funnelscope").arg(QFileInfo(path).completeBaseName()));
        lastWorkspace.setValue(path);
    });
    connect(mSession, &WorkspaceSession::summaryChanged, this, &MainWindow::showSummary);
    connect(mSession, &WorkspaceSession::closed, this, [this] {
        mCentral->setCurrentIndex(0);
        setWindowFilePath(QString());
        setWindowTitle(tr("Funnelscope"));
        mWorkspaceLabel->setText(tr("No workspace open"));
        mWorkspaceLabel->setToolTip(QString());
        mEventsLabel->clear();
        mRangeLabel->clear();
        updateWorkspaceActions();
    });
    connect(mSession, &WorkspaceSession::failed, this, &MainWindow::showOpenFailure);
    // With no workspace shown yet, the welcome says which one is opening.
    connect(mSession, &WorkspaceSession::opening, this, [this](const QString &path) {
        mUpgradeMessage.clear(); // of the workspace before
        mWelcome->showOpening(ClickHouseUrl::isUrl(path) ? path : QFileInfo(path).completeBaseName());
    });
    connect(mSession, &WorkspaceSession::opened, mWelcome, &WelcomePage::showChoices);
    connect(mSession, &WorkspaceSession::failed, mWelcome, &WelcomePage::showChoices);
    connect(mSession, &WorkspaceSession::busyChanged, this, [this](bool busy) {
        if (busy) {
            statusBar()->showMessage(tr("Opening…"));
        } else {
            showUpgradeOrClear();
        }
    });
    // Opening a workspace of an older format may rewrite it (a minute at 10M events): said
    // while it runs, and what it took after.
    Workspace::setUpgradeNotifier([this](const QString &message) {
        QMetaObject::invokeMethod(this, [this, message] {
            mUpgradeMessage = message;
            statusBar()->showMessage(message);
        }, Qt::QueuedConnection);
    });

    // The first start: 1200×780, or what the screen has room for (on a 1366×768 laptop the
    // status bar was below its edge).
    if (!restoreGeometry(windowGeometry.value()))
        resize(QSize(1200, 780).boundedTo(screen()->availableGeometry().size()));
    restoreState(windowLayout.value());
    showPage(Page(qBound(0, lastPage.value(), PageCount - 1)));
    // Screen readers: every control named by what names it on screen.
    AccessibleNames::assign(this);
    // Ctrl+C and Ctrl+A on every table of the program (dialogs too): the selection, not a cell.
    qApp->installEventFilter(new ClipboardCopy(this));
    updateWorkspaceActions();
}

MainWindow::~MainWindow()
{
    Workspace::setUpgradeNotifier({});
}

void MainWindow::showUpgradeOrClear()
{
    // What opening the workspace changed in it, and what it took, stays a while after it opened.
    if (mUpgradeMessage.isEmpty())
        statusBar()->clearMessage();
    else
        statusBar()->showMessage(mUpgradeMessage, 30000);
}

void MainWindow::createPages()
{
    struct Entry
    {
        QString name;
        QWidget *page;
    };
    mDataPage = new DataPage(this);
    mFunnelPage = new FunnelPage(this);
    mCohortPage = new CohortPage(this);
    mInsightsPage = new InsightsPage(mDocument, this);
    mJourneysPage = new JourneysPage(this);
    connect(mFunnelPage, &FunnelPage::dropOffsRequested, this, [this](const FunnelQuery &funnel, int step) {
        mJourneysPage->showDropOffs(funnel, step);
        showPage(Journeys);
    });
    connect(mInsightsPage, &InsightsPage::funnelStepRequested, this, [this](const QString &event, const QString &target) {
        mFunnelPage->setQuery(mFunnelPage->query().withStepBefore(event, target));
        showPage(Funnels);
    });
    // One in-memory copy of the events for every report page.
    mMaturityPage = new MaturityPage(this);
    mDictionaryPage = new DictionaryPage(mDocument, this);
    // The maturity evidence counts saved reports and insights-backed dictionary edits.
    connect(mFunnelPage, &FunnelPage::savedChanged, mMaturityPage, &MaturityPage::reloadEvidence);
    connect(mInsightsPage, &InsightsPage::savedChanged, mMaturityPage, &MaturityPage::reloadEvidence);
    connect(mDocument, &WorkspaceDocument::logAppended, mMaturityPage, &MaturityPage::reloadEvidence);
    connect(mFunnelPage, &FunnelPage::annotationRequested, this, &MainWindow::addAnnotation);
    connect(mDocument, &WorkspaceDocument::annotationsChanged, this, &MainWindow::showAnnotations);
    // An edit a server did not take (another person's came first): the Dictionary page says so, the others here.
    connect(mDocument, &WorkspaceDocument::failed, this, [this](const QString &message) {
        if (currentPage() != Dictionary)
            statusBar()->showMessage(message, 15000);
    });
    connect(mDataPage, &DataPage::annotationAddRequested, this, &MainWindow::addAnnotation);
    connect(mDataPage, &DataPage::annotationRemoveRequested, this, [this](qint64 id) {
        const Outcome<Done> removed = mDocument->removeAnnotation(id);
        if (!removed.ok())
            QMessageBox::warning(this, tr("Remove Annotation"), removed.error());
    });
    connect(mDataPage, &DataPage::importRequested, this, &MainWindow::importEvents);
    connect(mDataPage, &DataPage::workspaceChanged, mSession, &WorkspaceSession::reload);
    const Entry entries[] = {
        {tr("Funnels"), mFunnelPage},
        {tr("Cohorts"), mCohortPage},
        {tr("Insights"), mInsightsPage},
        {tr("Journeys"), mJourneysPage},
        {tr("Maturity"), mMaturityPage},
        {tr("Dictionary"), mDictionaryPage},
        {tr("Data"), mDataPage},
    };
    for (const Entry &entry : entries) {
        mSidebar->addItem(QStringLiteral("  ") + entry.name);
        mPages->addWidget(entry.page);
    }
    mSidebar->setObjectName(QStringLiteral("sidebar"));
    mSidebar->setAccessibleName(tr("Pages"));
    mPages->setObjectName(QStringLiteral("pages"));
    mSidebar->setFrameShape(QFrame::NoFrame);
    mSidebar->setFixedWidth(mSidebar->fontMetrics().horizontalAdvance(QStringLiteral("Dictionary")) + 64);
    mSidebar->setSpacing(1);
    for (int row = 0; row < mSidebar->count(); ++row)
        mSidebar->item(row)->setSizeHint(QSize(0, mSidebar->fontMetrics().height() * 2 + 4));
    connect(mSidebar, &QListWidget::currentRowChanged, mPages, &QStackedWidget::setCurrentIndex);

    auto *workspaceView = new QWidget(this);
    auto *layout = new QHBoxLayout(workspaceView);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(mSidebar);
    layout->addWidget(mPages, 1);
    // With no workspace open the window says what to do instead of showing empty pages.
    mCentral = new QStackedWidget(this);
    mWelcome = new WelcomePage(this);
    connect(mWelcome, &WelcomePage::openRequested, this, [this] { chooseWorkspace(); });
    connect(mWelcome, &WelcomePage::newRequested, this, [this] { newWorkspace(); });
    connect(mWelcome, &WelcomePage::demoRequested, this, [this] { openWorkspace(demoWorkspacePath()); });
    mCentral->addWidget(mWelcome);
    mCentral->addWidget(workspaceView);
    setCentralWidget(mCentral);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New Workspace…"), this, &MainWindow::newWorkspace);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = file->addAction(tr("&Open Workspace…"), this, &MainWindow::chooseWorkspace);
    openAction->setShortcut(QKeySequence::Open);
    mRecentMenu = file->addMenu(tr("Open &Recent"));
    connect(mRecentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    QAction *connectAction = file->addAction(tr("Connect to &ClickHouse…"), this, [this] { connectToServer(); });
    connectAction->setStatusTip(tr("Open a workspace on a ClickHouse server or cluster: reports computed there"));
    file->addAction(tr("Open &Demo Shop"), this, [this] { openWorkspace(demoWorkspacePath()); });
    file->addSeparator();
    QAction *importAction = file->addAction(tr("&Import Events…"), this, &MainWindow::importEvents);
    importAction->setShortcut(Qt::CTRL | Qt::Key_I);
    QAction *watchAction = file->addAction(tr("&Watch Folder…"), this, [this] {
        if (!mSession->isOpen()) {
            QMessageBox::information(this, tr("Watch Folder"), tr("Open or create a workspace first (File menu)."));
            return;
        }
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Watch Folder"), lastFolder.value());
        if (folder.isEmpty())
            return;
        const QString error = watchFolder(folder);
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Watch Folder"), error);
    });
    watchAction->setStatusTip(tr("Import the event files a scheduled export drops into a folder, as they land"));
    mFileActions.append(watchAction);
    mStopWatching = file->addAction(tr("Stop &Watching"), this, &MainWindow::stopWatching);
    mStopWatching->setEnabled(false);
    QAction *copyAction = file->addAction(tr("Save a &Copy…"), this, &MainWindow::saveCopy);
    mWorkspaceActions.append(copyAction);
    mFileActions.append(copyAction);
    copyAction->setObjectName(QStringLiteral("saveCopy"));
    QAction *closeAction = file->addAction(tr("&Close Workspace"), this, &MainWindow::closeWorkspace);
    closeAction->setShortcut(QKeySequence::Close);
    mWorkspaceActions.append(closeAction);
    file->addSeparator();
    QAction *exportAction = file->addAction(tr("&Export…"));
    mWorkspaceActions.append(exportAction);
    exportAction->setShortcut(Qt::CTRL | Qt::Key_E);
    exportAction->setStatusTip(tr("Export the chart or table of the current page"));
    connect(exportAction, &QAction::triggered, this, [this] {
        if (currentPage() == Funnels)
            mFunnelPage->exportInteractively();
        else if (currentPage() == Cohorts)
            mCohortPage->exportInteractively();
        else if (currentPage() == Insights)
            mInsightsPage->exportInteractively();
        else if (currentPage() == Journeys)
            mJourneysPage->exportInteractively();
        else if (currentPage() == Maturity)
            mMaturityPage->exportInteractively();
        else if (currentPage() == Dictionary)
            mDictionaryPage->exportInteractively();
        else
            QMessageBox::information(this, tr("Export"), tr("This page has nothing to export yet."));
    });
    QAction *reportAction = file->addAction(tr("Export &Report…"), this, &MainWindow::exportReport);
    mWorkspaceActions.append(reportAction);
    reportAction->setObjectName(QStringLiteral("exportReport"));
    reportAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_E);
    reportAction->setStatusTip(tr("One PDF with the funnel, the cohorts, the insights, the maturity radar and the data quality"));
    file->addSeparator();
    QAction *quitAction = file->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);

    // Dictionary edits are what can be undone; the actions name the edit they undo.
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = mDocument->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = mDocument->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    // Copy and Select All act on the focused table or text; the keys themselves are
    // claimed by ClipboardCopy (tables) or the text field before this menu sees them.
    QAction *copy = edit->addAction(tr("&Copy"), this, [this] {
        QWidget *focus = QApplication::focusWidget();
        if (QAbstractItemView *view = ClipboardCopy::tableOf(focus))
            ClipboardCopy::copyTable(*view);
        else if (focus && focus->metaObject()->indexOfMethod("copy()") >= 0) // a text field
            QMetaObject::invokeMethod(focus, "copy");
    });
    copy->setShortcut(QKeySequence::Copy);
    QAction *copyChart = edit->addAction(tr("Copy C&hart"), this, [this] {
        auto *source = dynamic_cast<ChartSource *>(mPages->currentWidget());
        if (!mSession->isOpen() || !source || !ClipboardCopy::copyChart(source->currentChart()))
            statusBar()->showMessage(tr("This page shows no chart to copy yet."), 4000);
        else
            statusBar()->showMessage(tr("Copied the chart as an image."), 4000);
    });
    copyChart->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    mWorkspaceActions.append(copyChart);
    QAction *selectAll = edit->addAction(tr("Select &All"), this, [] {
        QWidget *focus = QApplication::focusWidget();
        if (QAbstractItemView *view = ClipboardCopy::tableOf(focus))
            view->selectAll();
        else if (focus && focus->metaObject()->indexOfMethod("selectAll()") >= 0)
            QMetaObject::invokeMethod(focus, "selectAll");
    });
    selectAll->setShortcut(QKeySequence::SelectAll);
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    // Linux has no standard Preferences key: Ctrl+, as GNOME and KDE programs do.
    QList<QKeySequence> preferenceKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (!preferenceKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)))
        preferenceKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setShortcuts(preferenceKeys);
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int page = 0; page < PageCount; ++page) {
        QAction *action = view->addAction(mSidebar->item(page)->text().trimmed(), this,
                                          [this, page] { showPage(Page(page)); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + page)));
        mPageActions.append(action);
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Funnelscope"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::createStatusBar()
{
    mWorkspaceLabel->setText(tr("No workspace open"));
    statusBar()->addPermanentWidget(mWorkspaceLabel);
    statusBar()->addPermanentWidget(mEventsLabel);
    statusBar()->addPermanentWidget(mRangeLabel);
    mWatchLabel = new QLabel(this);
    mWatchLabel->hide();
    statusBar()->addWidget(mWatchLabel, 1);
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(mPages->currentIndex());
}

void MainWindow::showPage(Page page)
{
    mSidebar->setCurrentRow(page);
}

QString MainWindow::demoWorkspacePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("demo.%1").arg(QLatin1String(Workspace::fileSuffix)));
}

void MainWindow::openAtStart(const QString &path)
{
    if (!path.isEmpty()) {
        openWorkspace(path);
        return;
    }
    const QString last = lastWorkspace.value();
    if (!last.isEmpty() && QFileInfo::exists(last)) {
        mFallBackToDemo = true;
        openWorkspace(last);
        return;
    }
    openWorkspace(demoWorkspacePath());
}

void MainWindow::openWorkspace(const QString &path)
{
    if (ClickHouseUrl::isUrl(path)) {
        // A server's password is asked for once per window (Enter for none), unless the
        // environment gives it.
        if (mServerPasswords.contains(path) || qEnvironmentVariableIsSet("FUNNELSCOPE_CLICKHOUSE_PASSWORD"))
            mSession->open(path, mServerPasswords.value(path));
        else
            mKeychain->read(path); // its password, or the dialog asks (connectKeychain)
        return;
    }
    if (path == demoWorkspacePath() && !QFileInfo::exists(path)) {
        createDemoWorkspace(path);
        return;
    }
    mSession->open(path);
}

void MainWindow::connectToServer(const QString &address, const QString &message)
{
    auto *dialog = new ClickHouseConnectDialog(address.isEmpty() ? lastServer.value() : address, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setMessage(message);
    if (mFromKeychain.contains(address))
        dialog->setRemembersPassword(true);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString url = dialog->address();
        mServerPasswords.insert(url, dialog->password());
        mFromKeychain.remove(url);
        if (dialog->remembersPassword()) {
            mToKeep.insert(url, dialog->password());
        } else {
            mToKeep.remove(url);
            mKeychain->forget(url);
        }
        statusBar()->showMessage(tr("Connecting to %1…").arg(url));
        mSession->open(url, dialog->password());
    });
    dialog->open();
}

void MainWindow::createDemoWorkspace(const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    DemoShop::Options options;
    options.furnished = true; // the first start: every page has something to show
    auto *dialog = new DemoGenerationDialog(path, options, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DemoGenerationDialog::created, mSession, [this](const QString &created) { mSession->open(created); });
    connect(dialog, &DemoGenerationDialog::failed, this,
            [this, path](const QString &message) { showOpenFailure(path, message); });
    dialog->start();
}

void MainWindow::newWorkspace()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New Workspace"),
                                                      lastFolder.value(), fileFilter());
    if (path.isEmpty())
        return;
    QString file = path;
    if (QFileInfo(file).suffix().isEmpty())
        file += QLatin1Char('.') + QLatin1String(Workspace::fileSuffix);
    lastFolder.setValue(QFileInfo(file).absolutePath());
    // The file dialog asked before overwriting; a workspace is replaced, not merged.
    if (QFileInfo::exists(file) && file == mSession->path())
        closeWorkspace();
    createWorkspace(file, true);
}

void MainWindow::createWorkspace(const QString &file, bool replace)
{
    mWriter.start([file, replace](const TaskContext &) {
        if (replace && QFileInfo::exists(file))
            Workspace::remove(file);
        Workspace::create(file);
        return Done();
    }, [this, file](const Outcome<Done> &outcome) {
        if (outcome.ok())
            openWorkspace(file);
        else
            QMessageBox::warning(this, tr("New Workspace"), outcome.error());
    });
}

void MainWindow::saveCopy()
{
    if (!mSession->isOpen())
        return;
    const QString source = mSession->path();
    const QString suggested = QFileInfo(source).dir().filePath(
        tr("%1 copy.%2").arg(QFileInfo(source).completeBaseName(), QLatin1String(Workspace::fileSuffix)));
    QString target = QFileDialog::getSaveFileName(this, tr("Save a Copy"), suggested, fileFilter());
    if (target.isEmpty())
        return;
    if (QFileInfo(target).suffix().isEmpty())
        target += QLatin1Char('.') + QLatin1String(Workspace::fileSuffix);
    statusBar()->showMessage(tr("Saving a copy as %1…").arg(QDir::toNativeSeparators(target)));
    mWriter.start([source, target](const TaskContext &) {
        Workspace::open(source)->saveCopy(target);
        return Done();
    }, [this, target](const Outcome<Done> &outcome) {
        if (outcome.ok()) {
            statusBar()->showMessage(tr("Saved a copy as %1.").arg(QDir::toNativeSeparators(target)), 6000);
        } else {
            statusBar()->clearMessage();
            QMessageBox::warning(this, tr("Save a Copy"), outcome.error());
        }
    });
}

void MainWindow::closeWorkspace()
{
    stopWatching();
    mBackend.reset();
    mFunnelPage->setBackend(nullptr);
    mCohortPage->setBackend(nullptr);
    mInsightsPage->setBackend(nullptr);
    mJourneysPage->setBackend(nullptr);
    mDocument->close();
    mSession->close();
    lastWorkspace.setValue(QString());
}

void MainWindow::updateWorkspaceActions()
{
    const bool open = mSession->isOpen();
    for (QAction *action : std::as_const(mWorkspaceActions))
        action->setEnabled(open);
    // Without a workspace they say what to do; on a server they cannot act yet.
    for (QAction *action : std::as_const(mFileActions))
        action->setEnabled(!mSession->isServer() && (open || !mWorkspaceActions.contains(action)));
}

void MainWindow::updatePagesAvailable()
{
    // A server's workspace has funnels, cohorts, the assessment and the dictionary; the
    // pages that read a workspace file's events are greyed.
    const bool server = mSession->isServer();
    for (int page = Insights; page < PageCount; ++page) {
        const bool file = !server || page == Maturity || page == Dictionary;
        QListWidgetItem *item = mSidebar->item(page);
        item->setFlags(file ? item->flags() | Qt::ItemIsEnabled : item->flags() & ~Qt::ItemIsEnabled);
        item->setToolTip(file ? QString() : tr("Not shown for a workspace on a ClickHouse server yet"));
        mPageActions.value(page)->setEnabled(file);
    }
    if (!mSidebar->item(currentPage())->flags().testFlag(Qt::ItemIsEnabled))
        showPage(Funnels);
}

void MainWindow::chooseWorkspace()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Workspace"),
                                                      lastFolder.value(), fileFilter());
    if (path.isEmpty())
        return;
    lastFolder.setValue(QFileInfo(path).absolutePath());
    openWorkspace(path);
}

void MainWindow::showAnnotations()
{
    // Read once through the document's connection (a few rows), for every page with a time axis.
    const QList<Annotation> annotations = mDocument->annotations();
    mFunnelPage->setAnnotations(annotations);
    mCohortPage->setAnnotations(annotations);
    mDataPage->setAnnotations(annotations);
}

void MainWindow::addAnnotation(const QDate &day)
{
    AnnotationDialog dialog(day, mSummaryTimeZone.toUtf8(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Outcome<Done> added = mDocument->addAnnotation(dialog.annotation());
    if (!added.ok())
        QMessageBox::warning(this, tr("Add Annotation"), added.error());
}

void MainWindow::importEvents()
{
    importFiles({});
}

void MainWindow::importFiles(const QStringList &files)
{
    if (!mSession->isOpen()) {
        QMessageBox::information(this, tr("Import Events"),
                                 tr("Open or create a workspace first (File menu)."));
        return;
    }
    // Into the open workspace, a file or a server (there parsed here, then sent).
    auto *dialog = new ImportDialog(mSession->path(), this, mSession->serverPassword());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, mSession, &WorkspaceSession::reload);
    connect(dialog, &ImportDialog::imported, this, [this] { showPage(mSession->isServer() ? Funnels : Data); });
    dialog->open();
    if (!files.isEmpty())
        dialog->addFiles(files);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList files;
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl &url : urls) {
        if (!url.isLocalFile())
            continue;
        // A workspace dropped on the window is opened; anything else is imported.
        if (url.toLocalFile().endsWith(QLatin1Char('.') + QLatin1String(Workspace::fileSuffix)))
            openWorkspace(url.toLocalFile());
        else
            files.append(url.toLocalFile());
    }
    if (!files.isEmpty())
        importFiles(files);
    event->acceptProposedAction();
}

void MainWindow::rememberRecent(const QString &path)
{
    QStringList recent = recentWorkspaces.value();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > maxRecent)
        recent.removeLast();
    recentWorkspaces.setValue(recent);
}

void MainWindow::updateRecentMenu()
{
    mRecentMenu->clear();
    const QStringList recent = recentWorkspaces.value();
    for (const QString &path : recent) {
        const bool server = ClickHouseUrl::isUrl(path);
        // A server by its address (it names host and database); a file by its name.
        QAction *action = mRecentMenu->addAction(server ? path : QFileInfo(path).completeBaseName(), this,
                                                 [this, path] { openWorkspace(path); });
        action->setToolTip(server ? path : QDir::toNativeSeparators(path));
        action->setStatusTip(action->toolTip());
        action->setEnabled(server || QFileInfo::exists(path));
    }
    if (recent.isEmpty())
        mRecentMenu->addAction(tr("No recent workspaces"))->setEnabled(false);
    mRecentMenu->addSeparator();
    mRecentMenu->addAction(tr("Clear List"), this, [] { recentWorkspaces.reset(); })
        ->setEnabled(!recent.isEmpty());
}

void MainWindow::showSummary(const WorkspaceSummary &summary)
{
    const QLocale locale;
    const bool server = mSession->isServer();
    mWorkspaceLabel->setText(summary.name);
    mWorkspaceLabel->setToolTip(server ? summary.path : QDir::toNativeSeparators(summary.path));
    mEventsLabel->setText(tr("%1 events · %2 people")
                              .arg(locale.toString(summary.events), locale.toString(summary.users)));
    if (summary.first.isValid()) {
        mRangeLabel->setText(tr("%1 – %2")
                                 .arg(locale.toString(summary.first.date(), QLocale::ShortFormat),
                                      locale.toString(summary.last.date(), QLocale::ShortFormat)));
    } else {
        mRangeLabel->setText(tr("no events yet"));
    }
    // The watched folder belongs to its workspace: another workspace stops it, and a
    // workspace opened again picks its folder up again.
    if (mWatcher && mWatcher->property("workspace").toString() != summary.path)
        stopWatching();
    if (!mWatcher && !server) {
        const QString folder = watchedFolders.value().value(summary.path).toString();
        if (!folder.isEmpty() && QFileInfo(folder).isDir())
            watchFolder(folder);
    }
    mSummaryTimeZone = summary.timezone;
    mSummaryStitching = summary.identities.stitching;
    // One backend for the window's reports (the session's: a new one once the data changed).
    mBackend = mSession->backend();
    mFunnelPage->setBackend(mBackend);
    mCohortPage->setBackend(mBackend);
    mFunnelPage->setSummary(summary);
    mCohortPage->setSummary(summary);
    showUpgradeOrClear();
    mMaturityPage->setSummary(summary);
    mDictionaryPage->setSummary(summary); // opens the document on this workspace
    if (!server) {
        mInsightsPage->setBackend(mBackend);
        mJourneysPage->setBackend(mBackend);
        mDataPage->setSummary(summary);
        mInsightsPage->setSummary(summary);
        mJourneysPage->setSummary(summary);
    }
    showAnnotations(); // the Data page now knows the workspace's time zone
}

QString MainWindow::watchFolder(const QString &folder)
{
    if (!mSession->isOpen())
        return tr("No workspace is open.");
    stopWatching();
    const QString workspace = mSession->path();
    mWatcher = new FolderWatcher(workspace, {}, this);
    mWatcher->setProperty("workspace", workspace);
    if (const QString error = mWatcher->watch(folder); !error.isEmpty()) {
        delete mWatcher;
        mWatcher = nullptr;
        return error;
    }
    QVariantMap folders = watchedFolders.value();
    folders.insert(workspace, mWatcher->folder());
    watchedFolders.setValue(folders);
    lastFolder.setValue(mWatcher->folder());
    const QString watching = tr("Watching %1").arg(QDir::toNativeSeparators(mWatcher->folder()));
    const auto show = [this](const QString &text) {
        mWatchLabel->setText(text);
        mWatchLabel->setToolTip(text);
        mWatchLabel->show();
        mJourneysPage->setWatchStatus(text);
    };
    show(watching + QLatin1Char('.'));
    connect(mWatcher, &FolderWatcher::imported, this, [this, show, watching](const QString &file, qint64 events) {
        // Every open report refreshes with the new events.
        mSession->reload();
        show(tr("%1 · last import: %2, %n events at %3", nullptr, int(std::min<qint64>(events, INT_MAX)))
                 .arg(watching, QFileInfo(file).fileName(), QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    });
    connect(mWatcher, &FolderWatcher::skipped, this, [show, watching](const QString &file, const QString &reason) {
        show(tr("%1 · left %2 alone: %3").arg(watching, QFileInfo(file).fileName(), reason));
    });
    connect(mWatcher, &FolderWatcher::failed, this, [show, watching](const QString &file, const QString &message) {
        show(tr("%1 · could not import %2: %3").arg(watching, QFileInfo(file).fileName(), message));
    });
    mStopWatching->setEnabled(true);
    return QString();
}

void MainWindow::stopWatching()
{
    if (!mWatcher)
        return;
    QVariantMap folders = watchedFolders.value();
    if (sender() == mStopWatching) // asked by the person: forget it; a workspace switch keeps it
        folders.remove(mWatcher->property("workspace").toString());
    watchedFolders.setValue(folders);
    delete mWatcher;
    mWatcher = nullptr;
    mWatchLabel->hide();
    mJourneysPage->setWatchStatus(QString());
    mStopWatching->setEnabled(false);
}

void MainWindow::connectKeychain()
{
    connect(mKeychain, &ServerKeychain::found, this, [this](const QString &address, const QString &password) {
        mServerPasswords.insert(address, password);
        mFromKeychain.insert(address);
        statusBar()->showMessage(tr("Connecting to %1 with the password from the system keychain…").arg(address));
        mSession->open(address, password);
    });
    connect(mKeychain, &ServerKeychain::notFound, this, [this](const QString &address) { connectToServer(address); });
    connect(mKeychain, &ServerKeychain::stored, this, [this](const QString &address) {
        statusBar()->showMessage(tr("The password of %1 is kept in the system keychain.").arg(ServerKeychain::keyOf(address)), 8000);
    });
    connect(mKeychain, &ServerKeychain::failed, this, [this](const QString &address, const QString &message) {
        statusBar()->showMessage(tr("The system keychain did not keep the password of %1: %2")
                                     .arg(ServerKeychain::keyOf(address), message),
                                 15000);
    });
}

void MainWindow::showOpenFailure(const QString &path, const QString &message)
{
    if (ClickHouseUrl::isUrl(path)) {
        // The address again, with why: a wrong password is typed again there.
        statusBar()->clearMessage();
        mServerPasswords.remove(path);
        mToKeep.remove(path);
        connectToServer(path, message);
        return;
    }
    QMessageBox::warning(this, tr("Cannot open workspace"), message);
    if (mFallBackToDemo && path != demoWorkspacePath()) {
        mFallBackToDemo = false;
        openWorkspace(demoWorkspacePath());
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Funnelscope"),
                       tr("<h3>Funnelscope %1</h3>"
                          "<p>Micro-conversion analytics for e-commerce teams: funnels, cohorts, "
                          "insights, journeys, a tracking maturity self-assessment and an event "
                          "dictionary, on your own laptop, offline, with your own data.</p>"
                          "<p>Free software under the MIT licence.<br>"
                          "<a href=\"%2\">%2</a></p>")
                           .arg(QApplication::applicationVersion(), QStringLiteral("https://funnelscope.example.org")));
}

void MainWindow::showPreferences()
{
    // A server's time zone is set here as a file's; it always counts people (stitching greyed).
    auto *dialog = new PreferencesDialog(mSession->isOpen() ? mSummaryTimeZone : QString(), mSummaryStitching, this,
                                         mSession->isServer());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PreferencesDialog::nameChosen, mDictionaryPage, &DictionaryPage::setWho);
    connect(dialog, &PreferencesDialog::themeChosen, mSession, &WorkspaceSession::reload);
    connect(dialog, &PreferencesDialog::timeZoneChosen, this, [this](const QString &zone) {
        writeWorkspaceSetting([path = mSession->path(), zone] { WorkspaceTables::setMeta(path, QStringLiteral("timezone"), zone); });
    });
    connect(dialog, &PreferencesDialog::stitchingChosen, this, [this](bool on) {
        writeWorkspaceSetting([path = mSession->path(), on] {
            IdentitySummary::setStitching(Workspace::open(path)->connection(), on);
        });
    });
    dialog->open();
}

void MainWindow::exportReport()
{
    if (!mSession->isOpen()) {
        QMessageBox::information(this, tr("Export Report"), tr("Open or create a workspace first (File menu)."));
        return;
    }
    const QString suggested = QDir(lastFolder.value()).filePath(
        QStringLiteral("%1-report.pdf").arg(QFileInfo(mSession->path()).completeBaseName()));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Report"), suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    lastFolder.setValue(QFileInfo(path).absolutePath());
    // The figures are computed in a worker, on the window's backend (what the pages
    // computed is not computed again); only the drawing (charts are widgets) is done here.
    const FunnelQuery funnel = mFunnelPage->query();
    statusBar()->showMessage(tr("Computing the report…"));
    mReportWorker.start(
        [workspace = mSession->path(), backend = mBackend, funnel, cohort = mCohortPage->query(),
         insights = mInsightsPage->query()](const TaskContext &task) {
            return ReportContent::compute(workspace, *backend,
                                          funnel.steps.size() >= 2 ? std::optional<FunnelQuery>(funnel) : std::nullopt,
                                          cohort, insights.target.isEmpty() ? std::nullopt : std::optional<InsightsQuery>(insights),
                                          task);
        },
        [this, path](const Outcome<ReportContent> &outcome) {
            const QString error = outcome.ok() ? ReportDocument::writePdf(path, outcome.value()) : outcome.error();
            if (error.isEmpty()) {
                statusBar()->showMessage(tr("Wrote the report to %1.").arg(QDir::toNativeSeparators(path)), 8000);
            } else {
                statusBar()->clearMessage();
                QMessageBox::warning(this, tr("Export Report"), error);
            }
        });
}

void MainWindow::writeWorkspaceSetting(std::function<void()> write)
{
    // A setting of the workspace is a row in it: written in a worker, then the summary
    // (and every page) reloads; a failure is said, not swallowed.
    mWriter.start([write = std::move(write)](const TaskContext &) {
        write();
        return Done();
    }, [this](const Outcome<Done> &outcome) {
        if (!outcome.ok())
            QMessageBox::warning(this, tr("Preferences"), outcome.error());
        mSession->reload();
    });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    windowGeometry.setValue(saveGeometry());
    windowLayout.setValue(saveState());
    lastPage.setValue(int(currentPage()));
    event->accept();
}

} // namespace Funnelscope
