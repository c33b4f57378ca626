#include "dictionarypage.h"

#include "exportprompt.h"

#include "export/tablefile.h"

#include "annotationdialog.h"
#include "analysis/localcalendar.h"
#include "clickhouse/clickhouseurl.h"
#include "document/workspacedocument.h"

#include "eventeditor.h"
#include "governance/changelog.h"
#include "governance/dictionaryrules.h"
#include "itemmodels/changelogmodel.h"
#include "itemmodels/dataqualitymodel.h"
#include "itemmodels/dictionaryfiltermodel.h"
#include "itemmodels/dictionarymodel.h"
#include "plandiffdialog.h"
#include "settings/settingskey.h"
#include "store/storeerror.h"
#include "store/workspace.h"
#include "store/workspacesummary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QInputDialog>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Funnelscope {

namespace {

const SettingsKey<QString> planFolder("dictionary/folder", {});
const SettingsKey<QByteArray> splitterState("dictionary/splitter", {});

QTableView *tableView(QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->verticalHeader()->hide();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setWordWrap(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    return view;
}

QComboBox *keyFilter(const QString &any, const QStringList &keys, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->addItem(any, QString());
    for (const QString &key : keys)
        combo->addItem(DictionaryRules::label(key), key);
    return combo;
}

QString planFilter()
{
    return DictionaryPage::tr("Funnelscope dictionary (*.json);;Segment tracking plan (*.json);;CSV, one row per "
                              "parameter (*.csv)");
}

} // namespace

DictionaryPage::DictionaryPage(WorkspaceDocument *document, QWidget *parent)
    : QWidget(parent)
    , mDocument(document ? document : new WorkspaceDocument(this))
    , mModel(new DictionaryModel(mDocument, this))
    , mFilter(new DictionaryFilterModel(this))
    , mLog(new ChangeLogModel(this))
    , mLogFilter(new ChangeLogFilterModel(this))
    , mQuality(new DataQualityModel(this))
    , mMessage(new QLabel(this))
    , mTabs(new QTabWidget(this))
{
    mFilter->setSourceModel(mModel);
    mLogFilter->setSourceModel(mLog);

    auto *title = new QLabel(tr("<b style='font-size:large'>Event dictionary</b>"), this);
    mNaming = new QComboBox(this);
    for (const DictionaryRules::Naming naming : DictionaryRules::namings())
        mNaming->addItem(DictionaryRules::namingLabel(naming), int(naming));
    mNaming->setToolTip(tr("The naming convention new event and parameter names must follow"));
    connect(mNaming, &QComboBox::activated, this, [this] {
        if (const Outcome<Done> outcome = mDocument->setNaming(DictionaryRules::Naming(mNaming->currentData().toInt())); !outcome.ok())
            showMessage(outcome.error(), true);
    });
    mWho = new QPushButton(this);
    mWho->setFlat(true);
    mWho->setToolTip(tr("The name the change log records for your edits"));
    connect(mWho, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Your Name"), tr("Record my changes as:"),
                                                   QLineEdit::Normal, mDocument->who(), &ok).trimmed();
        if (!ok || name.isEmpty())
            return;
        ChangeLog::setPreferredWho(name);
        mDocument->setWho(name);
        updateWho();
    });
    auto *starter = new QPushButton(tr("Adopt Starter Dictionary…"), this);
    starter->setToolTip(tr("Add the core e-commerce micro-conversions (product_view … purchase, newsletter_signup) "
                           "with stages, tiers and parameters"));
    auto *import = new QPushButton(tr("Import Plan…"), this);
    auto *exportButton = new QPushButton(tr("Export Plan…"), this);
    connect(starter, &QPushButton::clicked, this, &DictionaryPage::adoptStarter);
    connect(import, &QPushButton::clicked, this, &DictionaryPage::importInteractively);
    connect(exportButton, &QPushButton::clicked, this, &DictionaryPage::exportInteractively);
    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch();
    header->addWidget(starter);
    header->addWidget(import);
    header->addWidget(exportButton);
    header->addWidget(mWho);

    mMessage->setObjectName(QStringLiteral("message"));
    mMessage->setWordWrap(true);
    mMessage->hide();
    connect(mDocument, &WorkspaceDocument::failed, this, [this](const QString &message) { showMessage(message, true); });
    connect(mDocument, &WorkspaceDocument::loaded, this, &DictionaryPage::showLoaded);

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(createEventsPane());
    mEditor = new EventEditor(mDocument, this);
    top->addWidget(mEditor);
    // The editor keeps the room its longest labels and buttons need in any language
    // ("Revu aujourd'hui", "Chaque occurrence" were cut at 1366 px); the list takes the rest.
    mEditor->setMinimumWidth(mEditor->minimumSizeHint().width());
    top->setStretchFactor(0, 1);
    top->setStretchFactor(1, 1);
    top->setChildrenCollapsible(false);

    mTabs->setAccessibleName(tr("Change log and data quality"));
    mTabs->addTab(createLogPane(), tr("Change Log"));
    mTabs->addTab(createQualityPane(), tr("Data Quality"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("dictionarySplitter"));
    splitter->addWidget(top);
    splitter->addWidget(mTabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    splitter->restoreState(splitterState.value());
    connect(splitter, &QSplitter::splitterMoved, this, [splitter] { splitterState.setValue(splitter->saveState()); });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(mMessage);
    layout->addWidget(splitter, 1);

    connect(mDocument, &WorkspaceDocument::logAppended, this, [this] {
        if (mDocument->connection())
            mLog->update(*mDocument->connection());
        updateLogFilter();
        mLogPerson->blockSignals(true);
        const QString person = mLogPerson->currentText();
        mLogPerson->clear();
        mLogPerson->addItem(tr("Anyone"));
        mLogPerson->addItems(mLog->people());
        mLogPerson->setCurrentText(person);
        mLogPerson->blockSignals(false);
        mLogView->scrollToBottom();
        mRecheck.start();
    });
    connect(mDocument, &WorkspaceDocument::eventChanged, this, &DictionaryPage::updateOwners);
    connect(mEditor, &EventEditor::renamed, this, &DictionaryPage::selectEvent);
    // The label is the receiver: the stack clears (and signals) while the page is destroyed.
    connect(mDocument->undoStack(), &QUndoStack::indexChanged, mMessage, &QWidget::hide);

    mRecheck.setSingleShot(true);
    mRecheck.setInterval(1500);
    connect(&mRecheck, &QTimer::timeout, this, &DictionaryPage::checkQuality);
    updateWho();
}

DictionaryPage::~DictionaryPage() = default;

QWidget *DictionaryPage::createEventsPane()
{
    auto *pane = new QWidget(this);
    mText = new QLineEdit(pane);
    mText->setPlaceholderText(tr("Filter events…"));
    mText->setClearButtonEnabled(true);
    mStage = keyFilter(tr("Any stage"), DictionaryRules::stages(), pane);
    mTier = new QComboBox(pane);
    mTier->addItem(tr("Any tier"), 0);
    mTier->addItem(tr("Tier 1 · core"), 1);
    mTier->addItem(tr("Tier 2 · diagnostic"), 2);
    mStatus = keyFilter(tr("Any status"), DictionaryRules::statuses(), pane);
    mOwner = new QComboBox(pane);
    mOwner->addItem(tr("Any owner"), QString());
    mDue = new QCheckBox(tr("Due for review"), pane);
    connect(mText, &QLineEdit::textChanged, mFilter, &DictionaryFilterModel::setText);
    connect(mStage, &QComboBox::currentIndexChanged, this, [this] { mFilter->setStage(mStage->currentData().toString()); });
    connect(mTier, &QComboBox::currentIndexChanged, this, [this] { mFilter->setTier(mTier->currentData().toInt()); });
    connect(mStatus, &QComboBox::currentIndexChanged, this, [this] { mFilter->setStatus(mStatus->currentData().toString()); });
    connect(mOwner, &QComboBox::currentIndexChanged, this, [this] { mFilter->setOwner(mOwner->currentData().toString()); });
    connect(mDue, &QCheckBox::toggled, mFilter, &DictionaryFilterModel::setDueOnly);

    mEvents = tableView(pane);
    mEvents->setAccessibleName(tr("Events of the dictionary"));
    mEvents->setModel(mFilter);
    mEvents->setSortingEnabled(true);
    mEvents->sortByColumn(-1, Qt::AscendingOrder);
    mEvents->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mEvents->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    mEvents->setColumnWidth(DictionaryModel::Name, 150);
    mEvents->setColumnWidth(DictionaryModel::DisplayName, 140);
    mEvents->setColumnWidth(DictionaryModel::Stage, 100);
    mEvents->setColumnWidth(DictionaryModel::Tier, 90);
    mEvents->setColumnWidth(DictionaryModel::Status, 80);
    mEvents->setColumnWidth(DictionaryModel::Owner, 110);
    mEvents->setColumnWidth(DictionaryModel::Parameters, 80);
    connect(mEvents->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                mEditor->setEventName(current.isValid() ? mFilter->index(current.row(), DictionaryModel::Name).data().toString()
                                                        : QString());
                updateLogFilter();
            });

    auto *add = new QPushButton(tr("&New Event…"), pane);
    auto *remove = new QPushButton(tr("Delete"), pane);
    connect(add, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("New Event"), tr("Event name (%1):").arg(DictionaryRules::namingKey(mModel->dictionary().naming())),
                                                   QLineEdit::Normal, QString(), &ok).trimmed();
        if (!ok || name.isEmpty())
            return;
        EventDefinition event;
        event.name = name;
        if (const Outcome<Done> outcome = mDocument->submit({DictionaryChange::addEvent(event)}, DictionaryChange::addEvent(event).describe());
            !outcome.ok())
            showMessage(outcome.error(), true);
        else
            selectEvent(name);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = mModel->dictionary().indexOf(mEditor->eventName());
        if (row < 0)
            return;
        const EventDefinition event = mModel->dictionary().at(row);
        const auto answer = QMessageBox::question(this, tr("Delete Event"),
                                                  tr("Delete “%1” and its %n parameters from the dictionary? "
                                                     "Deprecating keeps its history readable; Undo brings it back.", nullptr,
                                                     int(event.parameters.size())).arg(event.name));
        if (answer != QMessageBox::Yes)
            return;
        if (const Outcome<Done> outcome = mDocument->submit({DictionaryChange::removeEvent(event)}, DictionaryChange::removeEvent(event).describe());
            !outcome.ok())
            showMessage(outcome.error(), true);
    });

    auto *filters = new QHBoxLayout;
    filters->addWidget(mText, 1);
    filters->addWidget(mDue);
    auto *keys = new QHBoxLayout;
    for (QComboBox *combo : {mStage, mTier, mStatus, mOwner}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(4);
        keys->addWidget(combo, 1);
    }
    mNaming->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    mNaming->setMinimumContentsLength(12);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    buttons->addWidget(new QLabel(tr("Naming:"), pane));
    buttons->addWidget(mNaming);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addLayout(keys);
    layout->addWidget(mEvents, 1);
    layout->addLayout(buttons);
    return pane;
}

QWidget *DictionaryPage::createLogPane()
{
    auto *pane = new QWidget(this);
    mLogThisEvent = new QCheckBox(tr("This event only"), pane);
    mLogPerson = new QComboBox(pane);
    mLogPerson->addItem(tr("Anyone"));
    mLogFrom = new QDateEdit(pane);
    mLogTo = new QDateEdit(pane);
    for (QDateEdit *edit : {mLogFrom, mLogTo}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setMinimumDate(QDate(2000, 1, 1));
        edit->setSpecialValueText(tr("any"));
        edit->setDate(edit->minimumDate());
        connect(edit, &QDateEdit::dateChanged, this, &DictionaryPage::updateLogFilter);
    }
    connect(mLogThisEvent, &QCheckBox::toggled, this, &DictionaryPage::updateLogFilter);
    connect(mLogPerson, &QComboBox::currentIndexChanged, this, &DictionaryPage::updateLogFilter);
    auto *exportLogButton = new QPushButton(tr("Export Table…"), pane);
    connect(exportLogButton, &QPushButton::clicked, this, [this] {
        const QString path = ExportPrompt::askPath(this, tr("Export Change Log"), QStringLiteral("change-log.csv"),
                                                   ExportPrompt::tableFilters());
        if (path.isEmpty())
            return;
        const QString error = exportLog(path);
        showMessage(error.isEmpty() ? tr("Wrote the change log to %1.").arg(QDir::toNativeSeparators(path)) : error,
                    !error.isEmpty());
    });
    // A receipt kept outside the workspace proves later that the log still holds its entries.
    auto *copyReceipt = new QPushButton(tr("Copy Receipt"), pane);
    copyReceipt->setToolTip(tr("Copy a receipt of the change log as it is now, to keep outside the workspace (a "
                               "ticket, an email, a commit)"));
    connect(copyReceipt, &QPushButton::clicked, this, [this] {
        if (!mDocument->isOpen())
            return;
        const QString receipt = ChangeLog::receipt(*mDocument->connection());
        QGuiApplication::clipboard()->setText(receipt);
        showMessage(tr("Copied the receipt of the change log: keep it outside the workspace. Check Receipt… proves "
                       "later that the log still holds these entries, unchanged."),
                    false);
    });
    auto *checkReceipt = new QPushButton(tr("Check Receipt…"), pane);
    checkReceipt->setToolTip(tr("Prove that the change log still holds the entries of a receipt you kept, unchanged"));
    connect(checkReceipt, &QPushButton::clicked, this, [this] {
        if (!mDocument->isOpen())
            return;
        bool ok = false;
        const QString receipt = QInputDialog::getText(this, tr("Check Receipt"),
                                                      tr("The receipt you kept (funnelscope-change-log 1 entries=…):"),
                                                      QLineEdit::Normal, QGuiApplication::clipboard()->text().trimmed(), &ok);
        if (!ok || receipt.trimmed().isEmpty())
            return;
        const ChangeLog::Integrity proof = ChangeLog::checkReceipt(*mDocument->connection(), receipt);
        showMessage(proof.message, !proof.intact);
    });
    mLogView = tableView(pane);
    mLogView->setAccessibleName(tr("Change log"));
    mLogView->setMinimumHeight(mLogView->fontMetrics().height() * 4); // the window stays small enough for 1366x768
    mLogView->setModel(mLogFilter);
    mLogView->setColumnWidth(ChangeLogModel::When, 150);
    mLogView->setColumnWidth(ChangeLogModel::Who, 90);
    mLogView->setColumnWidth(ChangeLogModel::Action, 80);
    mLogView->setColumnWidth(ChangeLogModel::Entity, 190);
    mLogView->setColumnWidth(ChangeLogModel::Field, 90);
    mLogView->setColumnWidth(ChangeLogModel::OldValue, 150);
    mLogView->setColumnWidth(ChangeLogModel::NewValue, 150);

    auto *filters = new QHBoxLayout;
    filters->addWidget(mLogThisEvent);
    filters->addWidget(new QLabel(tr("By:"), pane));
    filters->addWidget(mLogPerson);
    filters->addWidget(new QLabel(tr("From:"), pane));
    filters->addWidget(mLogFrom);
    filters->addWidget(new QLabel(tr("to:"), pane));
    filters->addWidget(mLogTo);
    filters->addStretch();
    auto *actions = new QHBoxLayout;
    actions->addStretch();
    actions->addWidget(copyReceipt);
    actions->addWidget(checkReceipt);
    actions->addWidget(exportLogButton);
    auto *layout = new QVBoxLayout(pane);
    layout->addLayout(filters);
    layout->addWidget(mLogView, 1);
    layout->addLayout(actions);
    return pane;
}

QWidget *DictionaryPage::createQualityPane()
{
    auto *pane = new QWidget(this);
    mQualityStatus = new QLabel(tr("Not checked yet."), pane);
    mQualityStatus->setWordWrap(true); // a long sentence wraps instead of widening the window
    auto *checkButton = new QPushButton(tr("Check Now"), pane);
    checkButton->setObjectName(QStringLiteral("checkQuality"));
    connect(checkButton, &QPushButton::clicked, this, &DictionaryPage::checkQuality);
    auto *exportButton = new QPushButton(tr("Export Table…"), pane);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = ExportPrompt::askPath(this, tr("Export Findings"), QStringLiteral("data-quality.csv"),
                                                   ExportPrompt::tableFilters());
        if (path.isEmpty())
            return;
        const QString error = TableFile::write(path, DataQualityModel::toRows(mQuality->findings()), ExportPrompt::excelCsv());
        showMessage(error.isEmpty() ? tr("Wrote the findings to %1.").arg(QDir::toNativeSeparators(path)) : error,
                    !error.isEmpty());
    });
    mQualityView = tableView(pane);
    mQualityView->setAccessibleName(tr("Data-quality findings"));
    mQualityView->setModel(mQuality);
    mQualityView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mQualityView->setColumnWidth(DataQualityModel::Severity, 70);
    mQualityView->setColumnWidth(DataQualityModel::Event, 190);
    mQualityView->setColumnWidth(DataQualityModel::Finding, 170);
    mQualityView->setColumnWidth(DataQualityModel::Rows, 70);
    mQualityView->setColumnWidth(DataQualityModel::Share, 60);
    mQualityView->setColumnWidth(DataQualityModel::Since, 90);
    connect(mQualityView, &QTableView::activated, this, [this](const QModelIndex &index) {
        selectEvent(index.data(DataQualityModel::EventRole).toString());
    });
    // A volume alert is often a tracking change: mark its days on every time axis.
    auto *annotateButton = new QPushButton(tr("Annotate This…"), pane);
    annotateButton->setToolTip(tr("Mark the days of the selected volume alert as a tracking change, on every time axis"));
    annotateButton->setEnabled(false);
    const auto volumeAlert = [this]() -> std::optional<QualityFinding> {
        const QModelIndex current = mQualityView->currentIndex();
        if (!current.isValid() || current.row() >= mQuality->findings().size())
            return std::nullopt;
        const QualityFinding &finding = mQuality->findings().at(current.row());
        if (finding.kind != QualityFinding::VolumeDrop && finding.kind != QualityFinding::VolumeSpike)
            return std::nullopt;
        return finding;
    };
    connect(mQualityView->selectionModel(), &QItemSelectionModel::currentChanged, annotateButton,
            [annotateButton, volumeAlert] { annotateButton->setEnabled(volumeAlert().has_value()); });
    connect(annotateButton, &QPushButton::clicked, this, [this, volumeAlert] {
        const std::optional<QualityFinding> finding = volumeAlert();
        if (!finding)
            return;
        const QByteArray zone = (mTimezone.isEmpty() ? QStringLiteral("UTC") : mTimezone).toUtf8();
        AnnotationDialog dialog(finding->since.toTimeZone(LocalCalendar::zoneNamed(zone)).date(), zone, this);
        dialog.setLastDay(finding->until);
        dialog.setCategory(QStringLiteral("tracking_change"));
        dialog.setText(finding->kind == QualityFinding::VolumeDrop ? tr("%1 dropped").arg(finding->event)
                                                                   : tr("%1 spiked").arg(finding->event));
        if (dialog.exec() != QDialog::Accepted)
            return;
        const Outcome<Done> added = mDocument->addAnnotation(dialog.annotation());
        showMessage(added.ok() ? tr("Annotated: %1.").arg(dialog.annotation().text) : added.error(), !added.ok());
    });
    auto *row = new QHBoxLayout;
    row->addWidget(mQualityStatus, 1);
    row->addWidget(checkButton);
    row->addWidget(annotateButton);
    row->addWidget(exportButton);
    auto *layout = new QVBoxLayout(pane);
    layout->addLayout(row);
    layout->addWidget(mQualityView, 1);
    return pane;
}

void DictionaryPage::setSummary(const WorkspaceSummary &summary)
{
    mTimezone = summary.timezone;
    if (summary.path != mWorkspacePath) {
        mWorkspacePath = summary.path;
        mLog->clear();
        // A file is loaded at once, a server's tables later: showLoaded() either way.
        if (const Outcome<Done> outcome = mDocument->open(summary.path); !outcome.ok()) {
            showMessage(outcome.error(), true);
            return;
        }
    }
    checkQuality();
}

void DictionaryPage::showLoaded()
{
    mMessage->hide();
    const QSignalBlocker blocker(mNaming);
    mNaming->setCurrentIndex(mNaming->findData(int(mModel->dictionary().naming())));
    updateOwners();
    if (mModel->rowCount() > 0)
        selectEvent(mModel->eventName(0));
    else
        mEditor->setEventName(QString());
}

QUndoStack *DictionaryPage::undoStack() const
{
    return mDocument->undoStack();
}

void DictionaryPage::selectEvent(const QString &event)
{
    const int row = mModel->dictionary().indexOf(event);
    if (row < 0)
        return;
    const QModelIndex index = mFilter->mapFromSource(mModel->index(row, DictionaryModel::Name));
    if (!index.isValid()) {
        // Hidden by a filter: show everything rather than an event the table does not show.
        mText->clear();
        mStage->setCurrentIndex(0);
        mTier->setCurrentIndex(0);
        mStatus->setCurrentIndex(0);
        mOwner->setCurrentIndex(0);
        mDue->setChecked(false);
    }
    mEvents->setCurrentIndex(mFilter->mapFromSource(mModel->index(row, DictionaryModel::Name)));
    mEvents->scrollTo(mEvents->currentIndex());
}

void DictionaryPage::reviewPlan(const TrackingPlan &plan, const QString &source, bool removals)
{
    PlanDiffDialog dialog(mModel->dictionary(), plan, source, this);
    dialog.setRemovals(removals);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QList<DictionaryChange> changes = dialog.selectedChanges();
    if (const Outcome<Done> outcome = mDocument->submit(changes, tr("Apply %1").arg(source), tr("Imported from %1").arg(source), false);
        !outcome.ok())
        showMessage(outcome.error(), true);
    else
        showMessage(tr("Applied %n changes from %1; Undo takes them back.", nullptr, int(changes.size())).arg(source), false);
}

void DictionaryPage::adoptStarter()
{
    reviewPlan(TrackingPlan::starter(), tr("the starter dictionary"), false);
}

QString DictionaryPage::exportPlan(const QString &path, TrackingPlan::Format format) const
{
    return TrackingPlan::write(path, TrackingPlan::withAllFields(mModel->dictionary().events(), mModel->dictionary().naming()),
                               format);
}

QString DictionaryPage::exportLog(const QString &path) const
{
    return TableFile::write(path, ChangeLogModel::toRows(*mLogFilter), ExportPrompt::excelCsv());
}

void DictionaryPage::exportInteractively()
{
    QString selectedFilter;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Dictionary"),
                                                      QDir(planFolder.value()).filePath(QStringLiteral("tracking-plan.json")),
                                                      planFilter(), &selectedFilter);
    if (path.isEmpty())
        return;
    planFolder.setValue(QFileInfo(path).absolutePath());
    const TrackingPlan::Format format = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ? TrackingPlan::Format::Csv
        : selectedFilter.startsWith(QLatin1String("Segment"))                                    ? TrackingPlan::Format::Segment
                                                                                                 : TrackingPlan::Format::Json;
    const QString error = exportPlan(path, format);
    showMessage(error.isEmpty() ? tr("Wrote %n events to %1.", nullptr, mModel->rowCount()).arg(QDir::toNativeSeparators(path))
                                : error,
                !error.isEmpty());
}

void DictionaryPage::importInteractively()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Tracking Plan"), planFolder.value(),
                                                      tr("Tracking plans (*.json *.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    planFolder.setValue(QFileInfo(path).absolutePath());
    QString error;
    const TrackingPlan plan = TrackingPlan::read(path, TrackingPlan::guessFormat(path), &error);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Import Tracking Plan"), error);
        return;
    }
    reviewPlan(plan, QFileInfo(path).fileName(), false);
}

void DictionaryPage::checkQuality()
{
    if (mWorkspacePath.isEmpty())
        return;
    const bool server = ClickHouseUrl::isUrl(mWorkspacePath);
    findChild<QPushButton *>(QStringLiteral("checkQuality"))->setEnabled(!server);
    if (server) {
        mQuality->setFindings({});
        mTabs->setTabText(1, tr("Data Quality"));
        mQualityStatus->setText(tr("The data is not checked against the dictionary on a ClickHouse server yet: the checks read "
                                   "a workspace file's events."));
        Q_EMIT qualityChecked();
        return;
    }
    mQualityStatus->setText(tr("Checking the data against the dictionary…"));
    DataQuality::Options options;
    options.timezone = mTimezone.isEmpty() ? QStringLiteral("UTC") : mTimezone;
    // A newer check (after another edit) cancels this one.
    mQualityWorker.start([path = mWorkspacePath, dictionary = mModel->dictionary(), options](const TaskContext &task) {
        const auto workspace = Workspace::open(path);
        return DataQuality::check(workspace->connection(), dictionary, options, task);
    }, [this](const Outcome<QList<QualityFinding>> &outcome) { showQuality(outcome); });
}

void DictionaryPage::showQuality(const Outcome<QList<QualityFinding>> &outcome)
{
    if (!outcome.ok()) {
        // Not "no findings": the data could not be read, and the table keeps what it showed.
        mQualityStatus->setText(QStringLiteral("<span style='color:#b3261e'>%1</span>")
                                    .arg(tr("The data could not be checked: %1").arg(outcome.error()).toHtmlEscaped()));
        Q_EMIT qualityChecked();
        return;
    }
    const QList<QualityFinding> &findings = outcome.value();
    mQuality->setFindings(findings);
    int errors = 0;
    for (const QualityFinding &finding : findings)
        errors += finding.severity() == QualityFinding::Severity::Error ? 1 : 0;
    mTabs->setTabText(1, findings.isEmpty() ? tr("Data Quality") : tr("Data Quality (%1)").arg(findings.size()));
    mQualityStatus->setText(findings.isEmpty()
                                ? tr("No findings: the data follows the dictionary.")
                                : tr("%n findings, %1 of them errors. Double-click one to open its event.", nullptr,
                                     int(findings.size()))
                                      .arg(errors));
    Q_EMIT qualityChecked();
}

void DictionaryPage::updateOwners()
{
    QStringList owners;
    for (const EventDefinition &event : mModel->dictionary().events()) {
        if (!event.owner.isEmpty() && !owners.contains(event.owner))
            owners.append(event.owner);
    }
    owners.sort(Qt::CaseInsensitive);
    const QString current = mOwner->currentData().toString();
    const QSignalBlocker blocker(mOwner);
    mOwner->clear();
    mOwner->addItem(tr("Any owner"), QString());
    for (const QString &owner : owners)
        mOwner->addItem(owner, owner);
    mOwner->setCurrentIndex(qMax(0, mOwner->findData(current)));
}

void DictionaryPage::updateLogFilter()
{
    mLogFilter->setEvent(mLogThisEvent->isChecked() ? mEditor->eventName() : QString());
    mLogFilter->setPerson(mLogPerson->currentIndex() > 0 ? mLogPerson->currentText() : QString());
    mLogFilter->setDateRange(mLogFrom->date() == mLogFrom->minimumDate() ? QDate() : mLogFrom->date(),
                             mLogTo->date() == mLogTo->minimumDate() ? QDate() : mLogTo->date());
}

void DictionaryPage::setWho(const QString &who)
{
    mDocument->setWho(who);
    updateWho();
}

void DictionaryPage::updateWho()
{
    mWho->setText(tr("Editing as %1").arg(mDocument->who()));
}

void DictionaryPage::showMessage(const QString &message, bool problem)
{
    mMessage->setText(message);
    mMessage->setStyleSheet(problem ? QStringLiteral("color: #b01c1c") : QString());
    mMessage->setVisible(!message.isEmpty());
}

} // namespace Funnelscope
