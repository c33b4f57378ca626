#pragma once

#include "export/reportcontent.h"
#include "tasks/worker.h"

#include <QHash>
#include <QSet>
#include <QMainWindow>

#include <functional>
#include <memory>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace Funnelscope {

class CohortPage;
class DataPage;
class WelcomePage;
class FunnelPage;
class InsightsPage;
class JourneysPage;
class FolderWatcher;
class MaturityPage;
class ReportBackend;
class ServerKeychain;
class DictionaryPage;
class WorkspaceSession;
class WorkspaceDocument;
struct WorkspaceSummary;

/**
 * The window: a sidebar of pages, the menus, the status bar. It wires pages to the
 * workspace session and keeps nothing of the features' own logic.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Page { Funnels, Cohorts, Insights, Journeys, Maturity, Dictionary, Data, PageCount };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Opens @p path, or else the last workspace, or else the demo shop (made if need be). */
    void openAtStart(const QString &path = QString());
    /** Opens the workspace file or ClickHouse URL @p path (a server's password asked for when not known). */
    void openWorkspace(const QString &path);
    /** File ▸ Connect to ClickHouse…: asks for @p address's password (and says @p message, why it asks again). */
    void connectToServer(const QString &address = QString(), const QString &message = QString());
    /** Creates the workspace @p file (replacing one there only when @p replace), then opens it. */
    void createWorkspace(const QString &file, bool replace = false);
    /** Opens the import dialog for the open workspace, with @p files already added. */
    void importFiles(const QStringList &files);

    Page currentPage() const;
    void showPage(Page page);
    /** Imports the event files that land in @p folder into the open workspace (remembered for it); an error, or empty. */
    QString watchFolder(const QString &folder);
    void stopWatching();
    WorkspaceSession *session() const { return mSession; }

    /** Where the demo workspace lives when no other is chosen. */
    static QString demoWorkspacePath();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    /** The last upgrade message of the workspace opened (Workspace::setUpgradeNotifier), else no message. */
    void showUpgradeOrClear();
    void createActions();
    void createPages();
    void createStatusBar();
    void connectKeychain();
    void newWorkspace();
    void chooseWorkspace();
    void createDemoWorkspace(const QString &path);
    void importEvents();
    /** Gives the pages the document's annotations (after an edit, an undo, another workspace). */
    void showAnnotations();
    /** Asks for an annotation on @p day and adds it (undoable). */
    void addAnnotation(const QDate &day);
    void rememberRecent(const QString &path);
    void updateRecentMenu();
    void showSummary(const WorkspaceSummary &summary);
    void showOpenFailure(const QString &path, const QString &message);
    void showAbout();
    void exportReport();
    void saveCopy();
    void closeWorkspace();
    void updateWorkspaceActions();
    /** The pages and actions that need a workspace file, shown or greyed as the open workspace is a file or a server. */
    void updatePagesAvailable();
    void showPreferences();
    void writeWorkspaceSetting(std::function<void()> write);

    WorkspaceSession *mSession;
    ServerKeychain *mKeychain; ///< ClickHouse passwords kept when asked (connectKeychain)
    WorkspaceDocument *mDocument; ///< the window's connection, dictionary and undo stack
    QListWidget *mSidebar;
    QStackedWidget *mPages;
    DataPage *mDataPage = nullptr;
    WelcomePage *mWelcome = nullptr;
    FunnelPage *mFunnelPage = nullptr;
    CohortPage *mCohortPage = nullptr;
    InsightsPage *mInsightsPage = nullptr;
    JourneysPage *mJourneysPage = nullptr;
    DictionaryPage *mDictionaryPage = nullptr;
    QString mSummaryTimeZone;
    bool mSummaryStitching = true;
    MaturityPage *mMaturityPage = nullptr;
    QMenu *mRecentMenu = nullptr;
    QLabel *mWorkspaceLabel;
    QLabel *mEventsLabel;
    QString mUpgradeMessage; ///< the upgrade of the workspace as it opened, shown once it is open
    QLabel *mRangeLabel;
    QLabel *mWatchLabel = nullptr;
    FolderWatcher *mWatcher = nullptr;
    QAction *mStopWatching = nullptr;
    QList<QAction *> mWorkspaceActions; ///< enabled only while a workspace is open
    QList<QAction *> mFileActions;      ///< enabled only while a workspace file is open (not a server)
    QList<QAction *> mPageActions;      ///< View ▸ each page
    QHash<QString, QString> mServerPasswords; ///< passwords of servers opened in this window, in memory only
    QHash<QString, QString> mToKeep;  ///< passwords to keep in the keychain once their server took them
    QSet<QString> mFromKeychain;     ///< the addresses whose password the keychain gave
    QStackedWidget *mCentral = nullptr;  ///< the welcome, or the pages of the open workspace
    bool mFallBackToDemo = false;
    std::shared_ptr<ReportBackend> mBackend;
    Worker<ReportContent> mReportWorker;
    Worker<Done> mWriter{nullptr, WorkerBase::Policy::Every}; ///< new workspaces, workspace settings
};

} // namespace Funnelscope
