#pragma once

#include "ingest/importoptions.h"
#include "ingest/importplan.h"
#include "ingest/importer.h"
#include "ingest/importreport.h"
#include "tasks/worker.h"

#include <QDialog>
#include <QSet>
#include <QElapsedTimer>
#include <QHash>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QTimer;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace Funnelscope {

class ColumnChoiceDelegate;
class MappingModel;
class PreviewModel;

/**
 * Imports event files into the open workspace. The person picks or drops files, sees
 * what was detected (preset, delimiter, timestamp form, time zone) with a preview of the
 * first rows, corrects the mapping, and imports. Planning and importing run in workers,
 * the import on its own connection; the dialog shows rows, MB/s and time left, and its
 * Cancel rolls the import back.
 */
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    /**
     * Imports into @p workspacePath: a workspace file, or a ClickHouse URL (then
     * @p serverPassword, when not empty, stands for FUNNELSCOPE_CLICKHOUSE_PASSWORD).
     */
    explicit ImportDialog(const QString &workspacePath, QWidget *parent = nullptr, const QString &serverPassword = QString());
    ~ImportDialog() override;

    void addFiles(const QStringList &files);
    /** Starts the import of every file (asks first about files imported before). */
    void startImport();
    void cancelImport();

    bool isPlanned() const { return mPlanned; }
    bool isImporting() const { return mImportWorker.isBusy(); }
    const QList<ImportPlan> &plans() const { return mPlans; }
    ImportOptions options() const;
    QString detectedText() const;

Q_SIGNALS:
    void planned();
    /** The workspace changed: at least one file was imported. */
    void imported(const Funnelscope::ImportReport &report);
    /** The import ended (done, cancelled or failed): its summary is on screen. */
    void finished();
    /** The stage the import is at now shows (ImportProgress::describe(); empty: counting rows again). */
    void statusShown(const QString &status);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void reject() override;

private:
    /** The workspace as the progress names it: a file's name, or a server's address. */
    QString workspaceName() const;
    struct PlanOutcome
    {
        QList<ImportPlan> plans;
        QList<qint64> earlierImports; ///< per plan: import id of the same file, or 0
        QHash<QString, QString> hashes; ///< SHA-256 of every input's content, computed once each
        QString error; ///< why some files cannot be imported (one line each); the others are planned
    };

    void chooseFiles();
    void chooseFolder();
    void replan();
    void showPlans(const Outcome<PlanOutcome> &outcome);
    void showSelectedPlan();
    void showProgress(qint64 bytes, qint64 total, qint64 rows);
    /** A stage without a measure (ImportProgress::describe()): a busy bar and the seconds it takes; empty: counting again. */
    void showStatus(const QString &status);
    void showStatusTime();
    void showResult(const Outcome<Importer::Batch> &outcome);

    QString mWorkspacePath;
    QString mServerPassword;
    QStringList mFiles;       ///< what the person added: files, .gz, .zip, folders
    QSet<QString> mExcluded;  ///< inputs of those the person removed (display names)
    QList<ImportPlan> mPlans; ///< one an input, in the list's order
    QList<qint64> mEarlierImports;
    QHash<QString, QString> mHashes; ///< input → SHA-256 of its content: a mapping edit does not reread files
    bool mPlanned = false;
    qint64 mTotalBytes = 0;
    QElapsedTimer mClock;
    QString mStatus;            ///< the import's stage while it has nothing to count
    QElapsedTimer mStatusClock; ///< since that stage began
    qint64 mStagesMs = 0;       ///< spent in the stages before it: the rate and time left count the reading alone
    bool mCancelling = false;   ///< Cancel was pressed: its sentence stays until the answer

    QStackedWidget *mStack;
    QListWidget *mFileList;
    QLabel *mDetected;
    QLabel *mWarning;
    QComboBox *mFormat;
    QComboBox *mTimezone;
    QComboBox *mDedup;
    MappingModel *mMapping;
    ColumnChoiceDelegate *mColumnDelegate;
    QTableView *mMappingView;
    PreviewModel *mPreview;
    QTableView *mPreviewView;
    QLabel *mRunningTitle = nullptr;
    QProgressBar *mProgress;
    QLabel *mProgressText;
    QTimer *mStatusTimer; ///< the seconds of a stage without a measure
    QLabel *mResult;
    QDialogButtonBox *mButtons;
    QPushButton *mImportButton;

    Worker<PlanOutcome> mPlanWorker;
    Worker<Importer::Batch> mImportWorker;
};

} // namespace Funnelscope
