#include "importdialog.h"

#include "clickhouse/clickhouseimporter.h"

#include "analysis/eventtable.h"

#include "columnchoicedelegate.h"
#include "ingest/importer.h"
#include "ingest/importinput.h"
#include "ingest/ingesterror.h"
#include "ingest/sourcepreset.h"
#include "itemmodels/mappingmodel.h"
#include "itemmodels/previewmodel.h"
#include "settings/settingskey.h"
#include "store/importlog.h"
#include "store/storeerror.h"
#include "store/workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

namespace Funnelscope {

namespace {

const SettingsKey<QString> importFolder("import/folder", {});
const SettingsKey<QString> importTimezone("import/timezone", QStringLiteral("UTC"));
const SettingsKey<QByteArray> importGeometry("import/geometry", {});

QString bold(const QString &text)
{
    return QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped());
}

QString duration(double seconds)
{
    const QLocale locale;
    if (seconds < 60)
        return ImportDialog::tr("%1 s").arg(qMax(1, qRound(seconds)));
    if (seconds < 3600)
        return ImportDialog::tr("%1 min").arg(locale.toString(seconds / 60, 'f', 1));
    return ImportDialog::tr("%1 h").arg(locale.toString(seconds / 3600, 'f', 1));
}

} // namespace

ImportDialog::ImportDialog(const QString &workspacePath, QWidget *parent, const QString &serverPassword)
    : QDialog(parent)
    , mWorkspacePath(workspacePath)
    , mServerPassword(serverPassword)
    , mStack(new QStackedWidget(this))
    , mFileList(new QListWidget(this))
    , mDetected(new QLabel(this))
    , mWarning(new QLabel(this))
    , mFormat(new QComboBox(this))
    , mTimezone(new QComboBox(this))
    , mDedup(new QComboBox(this))
    , mMapping(new MappingModel(this))
    , mColumnDelegate(new ColumnChoiceDelegate(this))
    , mMappingView(new QTableView(this))
    , mPreview(new PreviewModel(this))
    , mPreviewView(new QTableView(this))
    , mProgress(new QProgressBar(this))
    , mProgressText(new QLabel(this))
    , mStatusTimer(new QTimer(this))
    , mResult(new QLabel(this))
    , mButtons(new QDialogButtonBox(this))
{
    setWindowTitle(tr("Import Events"));
    setAcceptDrops(true);

    // Page 1: files, detection, options, mapping and preview.
    auto *setup = new QWidget(this);
    auto *addButton = new QPushButton(tr("Add Files…"), this);
    auto *addFolderButton = new QPushButton(tr("Add Folder…"), this);
    auto *removeButton = new QPushButton(tr("Remove"), this);
    connect(addButton, &QPushButton::clicked, this, &ImportDialog::chooseFiles);
    connect(addFolderButton, &QPushButton::clicked, this, &ImportDialog::chooseFolder);
    connect(removeButton, &QPushButton::clicked, this, [this] {
        const int row = mFileList->currentRow();
        if (row < 0 || row >= mPlans.size())
            return;
        // A plain file leaves the list; a member of a zip or a folder is left out of it.
        const ImportPlan &plan = mPlans.at(row);
        if (mFiles.contains(plan.path) && plan.fileName == QFileInfo(plan.path).fileName())
            mFiles.removeOne(plan.path);
        else
            mExcluded.insert(plan.fileName);
        delete mFileList->takeItem(row);
        mPlans.removeAt(row);
        replan();
    });
    mFileList->setMaximumHeight(mFileList->fontMetrics().height() * 4);
    mFileList->setToolTip(tr("Drop event files here: CSV, JSON or NDJSON, maybe .gz, a .zip or a folder"));
    connect(mFileList, &QListWidget::currentRowChanged, this, &ImportDialog::showSelectedPlan);
    auto *fileButtons = new QVBoxLayout;
    fileButtons->addWidget(addButton);
    fileButtons->addWidget(addFolderButton);
    fileButtons->addWidget(removeButton);
    fileButtons->addStretch();
    auto *files = new QHBoxLayout;
    files->addWidget(mFileList, 1);
    files->addLayout(fileButtons);

    mDetected->setWordWrap(true);
    mDetected->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mWarning->setWordWrap(true);
    mWarning->setStyleSheet(QStringLiteral("color: #b3261e;"));
    mWarning->hide();

    mFormat->addItem(tr("Detect automatically"), QStringLiteral("auto"));
    mFormat->addItem(tr("CSV"), QStringLiteral("csv"));
    mFormat->addItem(tr("JSON or NDJSON"), QStringLiteral("json"));
    QStringList seen;
    for (const SourcePreset &preset : SourcePreset::all()) {
        if (!seen.contains(preset.id)) {
            seen.append(preset.id);
            mFormat->addItem(preset.name, preset.id);
        }
    }
    mTimezone->setEditable(true);
    mTimezone->addItem(QStringLiteral("UTC"));
    const QList<QByteArray> zones = QTimeZone::availableTimeZoneIds();
    for (const QByteArray &zone : zones)
        mTimezone->addItem(QString::fromUtf8(zone));
    mTimezone->setCurrentText(importTimezone.value());
    mTimezone->setToolTip(tr("The time zone of times written without one"));
    mDedup->addItem(tr("Skip repeated event ids"));
    mDedup->addItem(tr("Also skip the same user, event and time"));
    connect(mFormat, &QComboBox::activated, this, [this] {
        mMapping->setMapping({}); // a new format brings its own mapping
        replan();
    });
    connect(mTimezone, &QComboBox::activated, this, &ImportDialog::replan);
    connect(mMapping, &MappingModel::edited, this, &ImportDialog::replan);

    auto *options = new QFormLayout;
    options->addRow(tr("Format:"), mFormat);
    options->addRow(tr("Time zone:"), mTimezone);
    options->addRow(tr("Duplicates:"), mDedup);

    mMappingView->setModel(mMapping);
    mMappingView->setItemDelegateForColumn(MappingModel::SourceColumn, mColumnDelegate);
    mMappingView->verticalHeader()->hide();
    mMappingView->horizontalHeader()->setStretchLastSection(true);
    mMappingView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    mMappingView->setSelectionBehavior(QAbstractItemView::SelectItems);
    mMappingView->verticalHeader()->setDefaultSectionSize(mMappingView->fontMetrics().height() + 10);
    mMappingView->resizeColumnToContents(MappingModel::FieldColumn);

    QTableView *preview = mPreviewView;
    preview->setModel(mPreview);
    preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    preview->horizontalHeader()->setDefaultSectionSize(120);
    preview->verticalHeader()->setDefaultSectionSize(preview->fontMetrics().height() + 6);

    auto *mappingBox = new QWidget(this);
    auto *mappingLayout = new QVBoxLayout(mappingBox);
    mappingLayout->setContentsMargins(0, 0, 0, 0);
    mappingLayout->addLayout(options);
    mappingLayout->addWidget(mMappingView, 1);
    auto *previewBox = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(new QLabel(tr("First rows as they will be read:"), this));
    previewLayout->addWidget(preview, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(mappingBox);
    splitter->addWidget(previewBox);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({380, 620});

    auto *setupLayout = new QVBoxLayout(setup);
    setupLayout->setContentsMargins(0, 0, 0, 0);
    setupLayout->addLayout(files);
    setupLayout->addWidget(mDetected);
    setupLayout->addWidget(mWarning);
    setupLayout->addWidget(splitter, 1);

    // Page 2: progress, then the result.
    auto *running = new QWidget(this);
    auto *runningLayout = new QVBoxLayout(running);
    mRunningTitle = new QLabel(this);
    QFont titleFont = mRunningTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    mRunningTitle->setFont(titleFont);
    runningLayout->addStretch();
    runningLayout->addWidget(mRunningTitle);
    runningLayout->addSpacing(12);
    runningLayout->addWidget(mProgress);
    runningLayout->addWidget(mProgressText);
    runningLayout->addWidget(mResult);
    runningLayout->addStretch(2);
    mResult->setWordWrap(true);
    mResult->setTextInteractionFlags(Qt::TextSelectableByMouse);

    mStack->addWidget(setup);
    mStack->addWidget(running);

    mImportButton = mButtons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    mImportButton->setEnabled(false);
    mButtons->addButton(QDialogButtonBox::Cancel);
    connect(mImportButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(mButtons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mStack, 1);
    layout->addWidget(mButtons);

    connect(&mImportWorker, &WorkerBase::progressChanged, this, &ImportDialog::showProgress);
    connect(&mImportWorker, &WorkerBase::statusChanged, this, &ImportDialog::showStatus);
    mStatusTimer->setInterval(500);
    connect(mStatusTimer, &QTimer::timeout, this, &ImportDialog::showStatusTime);

    if (!restoreGeometry(importGeometry.value()))
        resize(1080, 640);
    mDetected->setText(tr("Add the files to import: CSV, JSON or NDJSON exports from GA4, Segment, "
                          "RudderStack, Mixpanel, Amplitude or your shop. You can also drop them "
                          "here."));
}

ImportDialog::~ImportDialog()
{
    importGeometry.setValue(saveGeometry());
    mImportWorker.shutdown(); // a running import is cancelled (rolled back) and waited for
    mPlanWorker.shutdown();
}

ImportOptions ImportDialog::options() const
{
    ImportOptions options;
    options.format = mFormat->currentData().toString();
    if (options.format == QLatin1String("json"))
        options.format = QStringLiteral("auto");
    options.timezone = mTimezone->currentText().trimmed();
    options.dedupByContent = mDedup->currentIndex() == 1;
    if (mMapping->mapping() != FieldMapping()) {
        options.maps = mMapping->maps();
        options.constants = mMapping->constants();
    }
    return options;
}

QString ImportDialog::detectedText() const
{
    return mDetected->text();
}

void ImportDialog::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import Events"), importFolder.value(),
        tr("Event exports (*.csv *.tsv *.txt *.json *.ndjson *.jsonl *.gz *.zip);;All files (*)"));
    if (!files.isEmpty()) {
        importFolder.setValue(QFileInfo(files.first()).absolutePath());
        addFiles(files);
    }
}

void ImportDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import a Folder of Event Files"), importFolder.value());
    if (!folder.isEmpty()) {
        importFolder.setValue(folder);
        addFiles({folder});
    }
}

void ImportDialog::addFiles(const QStringList &files)
{
    for (const QString &file : files) {
        if (!mFiles.contains(file))
            mFiles.append(file);
    }
    replan();
}

void ImportDialog::replan()
{
    mPlanned = false;
    mImportButton->setEnabled(false);
    if (mFiles.isEmpty()) {
        mPlans.clear();
        mPreview->clear();
        mWarning->hide();
        return;
    }
    mDetected->setText(tr("Reading the first rows…"));
    mPlanWorker.start([files = mFiles, excluded = mExcluded, opts = options(), workspacePath = mWorkspacePath,
                       password = mServerPassword, known = mHashes](const TaskContext &task) {
        PlanOutcome outcome;
        outcome.hashes = known;
        QStringList errors;
        for (const QString &file : files) {
            // Each added file, .gz, zip or folder becomes its inputs; one that cannot be read says why.
            task.throwIfCancelled();
            try {
                for (const ImportInput &input : ImportInput::expand(file)) {
                    if (!excluded.contains(input.displayName()))
                        outcome.plans.append(Importer::plan(input, opts, true));
                }
            } catch (const IngestError &error) {
                errors.append(error.message());
            }
        }
        try {
            // Inputs imported before are found by their content's SHA-256, read in this worker once each.
            // (A server's imports are asked once; a file's workspace is opened.)
            const bool server = ClickHouseUrl::isUrl(workspacePath);
            const auto workspace = server ? nullptr : Workspace::open(workspacePath);
            const QHash<QString, qint64> onServer =
                server ? ClickHouseImporter::importsBySha256(ClickHouseUrl::parse(workspacePath, password), task) : QHash<QString, qint64>();
            for (const ImportPlan &plan : std::as_const(outcome.plans)) {
                task.throwIfCancelled();
                const QString key = plan.path + QLatin1Char('\n') + plan.fileName;
                if (!outcome.hashes.contains(key))
                    outcome.hashes.insert(key, Importer::sha256(plan.input));
                const QString sha256 = outcome.hashes.value(key);
                outcome.earlierImports.append(server ? onServer.value(sha256) : Importer::findImportOf(*workspace, sha256));
            }
        } catch (const IngestError &error) {
            errors.append(error.message());
        } catch (const StoreError &error) {
            errors.append(error.message());
        }
        outcome.error = errors.join(QLatin1Char('\n'));
        return outcome;
    }, [this](const Outcome<PlanOutcome> &outcome) { showPlans(outcome); }); // a newer plan drops this one
}

void ImportDialog::showPlans(const Outcome<PlanOutcome> &answer)
{
    const PlanOutcome outcome = answer.ok() ? answer.value() : PlanOutcome{{}, {}, {}, answer.error()};
    mPlans = outcome.plans;
    mEarlierImports = outcome.earlierImports;
    mHashes.insert(outcome.hashes);
    // One row an input: a zip or a folder shows each of its files.
    const int row = qMax(0, mFileList->currentRow());
    const QSignalBlocker blocker(mFileList);
    mFileList->clear();
    for (const ImportPlan &plan : std::as_const(mPlans)) {
        auto *item = new QListWidgetItem(plan.fileName, mFileList);
        item->setToolTip(QDir::toNativeSeparators(plan.path));
    }
    if (mFileList->count() > 0)
        mFileList->setCurrentRow(qMin(row, mFileList->count() - 1));
    QStringList warnings;
    if (!outcome.error.isEmpty())
        warnings.append(outcome.error);
    bool complete = true;
    for (const ImportPlan &plan : std::as_const(mPlans)) {
        if (!plan.problem.isEmpty()) {
            warnings.append(plan.problem
                            + tr(" Here: type or pick the column under “From column” in the table below."));
            complete = false;
        }
    }
    for (qsizetype i = 0; i < mEarlierImports.size(); ++i) {
        if (mEarlierImports.at(i) != 0)
            warnings.append(tr("“%1” was imported before (import %2); you will be asked before it is imported again.")
                                .arg(mPlans.at(i).fileName)
                                .arg(mEarlierImports.at(i)));
    }
    mWarning->setText(warnings.join(QLatin1Char('\n')));
    mWarning->setVisible(!warnings.isEmpty());
    mPlanned = outcome.error.isEmpty() && !mPlans.isEmpty() && complete;
    mImportButton->setEnabled(mPlanned);
    showSelectedPlan();
    Q_EMIT planned();
}

void ImportDialog::showSelectedPlan()
{
    const int row = qMax(0, mFileList->currentRow());
    if (row >= mPlans.size()) {
        mPreview->clear();
        if (mPlans.isEmpty() && !mWarning->text().isEmpty())
            mDetected->setText(tr("This file cannot be imported as it is; see below."));
        return;
    }
    const ImportPlan &plan = mPlans.at(row);
    mDetected->setText(tr("%1: %2 · %3 · time zone for times without one: %4")
                           .arg(bold(plan.fileName),
                                (plan.problem.isEmpty() ? plan.describe()
                                                        : tr("columns: %1").arg(plan.keys.join(QLatin1String(", "))))
                                    .toHtmlEscaped(),
                                QLocale().formattedDataSize(plan.fileSize),
                                options().timezone.toHtmlEscaped()));
    mPreview->setPlan(plan);
    mPreviewView->resizeColumnsToContents();
    for (int column = 0; column < mPreview->columnCount(); ++column)
        mPreviewView->setColumnWidth(column, qMin(mPreviewView->columnWidth(column), 260));
    mColumnDelegate->setColumns(plan.keys);
    if (mMapping->mapping() != plan.mapping)
        mMapping->setMapping(plan.mapping);
    mMappingView->resizeColumnToContents(MappingModel::FieldColumn);
    mMappingView->setColumnWidth(MappingModel::SourceColumn, 150);
}

void ImportDialog::startImport()
{
    if (!mPlanned || isImporting())
        return;
    ImportOptions opts = options();
    QStringList again;
    for (qsizetype i = 0; i < mEarlierImports.size(); ++i) {
        if (mEarlierImports.at(i) != 0)
            again.append(mPlans.at(i).fileName);
    }
    if (!again.isEmpty()) {
        const auto answer = QMessageBox::question(
            this, tr("Import Again?"),
            tr("%1 was imported into this workspace before. Import it again? Events with an event "
               "id are skipped as duplicates either way.")
                .arg(again.join(QLatin1String(", "))),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
        opts.allowDuplicateFile = true;
    }
    importTimezone.setValue(opts.timezone);

    mTotalBytes = 0;
    for (const ImportPlan &plan : std::as_const(mPlans))
        mTotalBytes += plan.fileSize;
    mStack->setCurrentIndex(1);
    mRunningTitle->setText(mPlans.size() == 1
                               ? tr("Importing %1 into %2…").arg(mPlans.first().fileName, workspaceName())
                               : tr("Importing %Ln files into %1…", nullptr, int(mPlans.size())).arg(workspaceName()));
    mImportButton->setEnabled(false);
    mProgress->setRange(0, int(qMax<qint64>(1, mTotalBytes / 1024)));
    mProgress->setValue(0);
    mProgress->show();
    mProgressText->setText(tr("Starting…"));
    mResult->clear();
    mClock.start();
    mStatus.clear();
    mStagesMs = 0;
    mCancelling = false;

    mImportWorker.start([plans = mPlans, opts, workspacePath = mWorkspacePath, password = mServerPassword](const TaskContext &task) {
        const auto progress = [&task](const ImportProgress &at) {
            task.setStatus(ImportProgress::describe(at.stage));
            if (at.stage == ImportProgress::Stage::Reading)
                task.setProgress(at.bytes, at.total, at.rows);
            return !task.isCancelled();
        };
        // A server: parsed here, then sent (a failure takes this import out again).
        if (ClickHouseUrl::isUrl(workspacePath))
            return ClickHouseImporter::importAll(ClickHouseUrl::parse(workspacePath, password), plans, opts, progress, task);
        const auto workspace = Workspace::open(workspacePath);
        // Every file in one transaction: all or nothing.
        return Importer::importAll(*workspace, plans, opts, progress);
    }, [this](const Outcome<Importer::Batch> &outcome) { showResult(outcome); });
    mButtons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel Import"));
}

QString ImportDialog::workspaceName() const
{
    return ClickHouseUrl::isUrl(mWorkspacePath) ? mWorkspacePath : QFileInfo(mWorkspacePath).completeBaseName();
}

void ImportDialog::cancelImport()
{
    if (isImporting()) {
        mCancelling = true;
        mStatusTimer->stop();
        mProgressText->setText(tr("Cancelling: the workspace is being put back as it was…"));
        mImportWorker.stop(); // the import rolls back, then says it was cancelled
    }
}

void ImportDialog::showStatus(const QString &status)
{
    if (!mStatus.isEmpty())
        mStagesMs += mStatusClock.elapsed(); // not reading: no part of the rate
    mStatus = status;
    mStatusClock.start();
    if (status.isEmpty()) {
        mStatusTimer->stop();
        mProgress->setRange(0, int(qMax<qint64>(1, mTotalBytes / 1024)));
        Q_EMIT statusShown(status);
        return;
    }
    mProgress->setRange(0, 0); // busy: the stage has no measure
    // Once it saves, the import is past the point where a cancel could put the workspace back.
    const bool saving = status == ImportProgress::describe(ImportProgress::Stage::Saving);
    QPushButton *cancel = mButtons->button(QDialogButtonBox::Cancel);
    cancel->setEnabled(!saving && !mCancelling);
    cancel->setToolTip(saving ? tr("The import is being saved and can no longer be cancelled.") : QString());
    if (!mCancelling) {
        mStatusTimer->start();
        showStatusTime();
    }
    Q_EMIT statusShown(status);
}

void ImportDialog::showStatusTime()
{
    const qint64 seconds = mStatusClock.elapsed() / 1000;
    mProgressText->setText(seconds < 1 ? mStatus : tr("%1 %2 s").arg(mStatus, QLocale().toString(seconds)));
}

void ImportDialog::showProgress(qint64 done, qint64 total, qint64 rows)
{
    Q_UNUSED(total);
    if (mCancelling)
        return;
    mProgress->setValue(int(done / 1024));
    const double seconds = double(mClock.elapsed() - mStagesMs) / 1000.0; // the reading's own
    const double bytes = double(done);
    const QLocale locale;
    QString text = tr("%Ln rows", nullptr, int(std::min<qint64>(rows, INT_MAX)));
    if (seconds > 0.2 && bytes > 0) {
        const double rate = bytes / seconds;
        text += tr(" · %1 MB/s").arg(locale.toString(rate / 1e6, 'f', 1));
        text += tr(" · %1 left").arg(duration((double(mTotalBytes) - bytes) / rate));
    }
    mProgressText->setText(text);
}

void ImportDialog::showResult(const Outcome<Importer::Batch> &outcome)
{
    const Importer::Batch batch = outcome.ok() ? outcome.value() : Importer::Batch();
    const QString &error = outcome.error();
    const QLocale locale;
    mStatusTimer->stop();
    mProgress->hide();
    mProgressText->clear();
    mButtons->button(QDialogButtonBox::Cancel)->setEnabled(true);
    mButtons->button(QDialogButtonBox::Cancel)->setToolTip(QString());
    QString text;
    ImportReport total;
    const auto line = [&](const QString &name, const ImportReport &report) {
        return tr("<p>%1: %2.</p>").arg(name, report.countsText().toHtmlEscaped());
    };
    // A folder of a year's daily files: the first few, then all of them together.
    constexpr int shown = 6;
    for (qsizetype i = 0; i < batch.reports.size(); ++i) {
        total.add(batch.reports.at(i));
        if (i < shown || batch.reports.size() <= shown + 2)
            text += line(bold(batch.reports.at(i).fileName), batch.reports.at(i));
    }
    if (batch.reports.size() > shown + 2) {
        total.users = batch.users; // each file's users counted once over all
        text += line(tr("<b>All %Ln files</b>", nullptr, int(batch.reports.size())), total);
    }
    if (batch.cancelled)
        text += tr("<p><b>Import cancelled.</b> The workspace is as it was before: nothing of these files "
                   "was imported.</p>");
    if (!error.isEmpty())
        text += tr("<p><b>Import stopped.</b> %1 The workspace is as it was before: nothing of these files "
                   "was imported.</p>")
                    .arg(error.toHtmlEscaped());
    if (batch.reports.size() > 0)
        text += tr("<p>Rejected rows are kept with their line and reason; export them from the "
                   "Data page.</p>");
    mRunningTitle->setText(batch.cancelled ? tr("Import cancelled")
                           : !error.isEmpty() ? tr("Import stopped")
                                                      : tr("Import finished"));
    mResult->setText(text);
    mButtons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    if (!batch.reports.isEmpty())
        Q_EMIT imported(total);
    Q_EMIT finished();
}

void ImportDialog::reject()
{
    if (isImporting()) {
        cancelImport();
        return;
    }
    QDialog::reject();
}

void ImportDialog::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && !isImporting())
        event->acceptProposedAction();
}

void ImportDialog::dropEvent(QDropEvent *event)
{
    QStringList files;
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    }
    addFiles(files);
    event->acceptProposedAction();
}

} // namespace Funnelscope
