#include "insightspage.h"

#include "export/tablefile.h"

#include "analysis/eventtable.h"
#include "analysis/reportbackend.h"
#include "document/workspacedocument.h"
#include "export/insightsexport.h"
#include "exportprompt.h"
#include "insightschart.h"
#include "savedreportsbar.h"
#include "itemmodels/insightsmodel.h"
#include "store/workspacesummary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Funnelscope {

namespace {

constexpr auto savedKind = "insights";

QTableView *createTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setHighlightSections(false);
    table->setWordWrap(false);
    return table;
}

} // namespace

InsightsPage::InsightsPage(WorkspaceDocument *document, QWidget *parent)
    : QWidget(parent)
    , mDocument(document)
    , mTarget(new QComboBox(this))
    , mWithin(new QSpinBox(this))
    , mMinTimes(new QSpinBox(this))
    , mThresholds(new QCheckBox(tr("also at 1, 2, 3, 5, 10 times"), this))
    , mProperty(new QComboBox(this))
    , mWhere(new QLineEdit(this))
    , mMinPersons(new QSpinBox(this))
    , mSaved(new SavedReportsBar(QLatin1String(savedKind), {tr("Saved insights"), tr("Save Insights"), tr("Saved Insights")}, this))
    , mStatus(new QLabel(this))
    , mBusy(new QProgressBar(this))
    , mCancel(new QPushButton(tr("Cancel"), this))
    , mModel(new InsightsModel(this))
    , mTable(nullptr)
    , mChart(new InsightsChart(this))
    , mDrillTitle(new QLabel(this))
    , mDrillModel(new InsightsModel(this))
    , mDrill(nullptr)
    , mAddStep(new QPushButton(tr("Add as Funnel Step"), this))
    , mMark(new QPushButton(tr("Mark as Tier-One…"), this))
{
    mDebounce.setSingleShot(true);
    mDebounce.setInterval(150);
    connect(&mDebounce, &QTimer::timeout, this, &InsightsPage::compute);
    connect(&mWorker, &WorkerBase::busyChanged, mBusy, &QWidget::setVisible);
    connect(&mWorker, &WorkerBase::busyChanged, mCancel, &QWidget::setVisible);
    connect(mCancel, &QPushButton::clicked, this, [this] {
        mWorker.cancel();
        mStatus->setText(tr("Cancelled. Change a setting to compute again."));
    });

    for (QComboBox *combo : {mTarget, mProperty}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
    }
    mTarget->setToolTip(tr("The conversion to predict"));
    mWithin->setRange(1, InsightsQuery::maxWithinDays);
    mWithin->setValue(30);
    mWithin->setSuffix(tr(" days"));
    mWithin->setToolTip(tr("Each person's first days that count, from their first event"));
    mMinTimes->setRange(1, 1000);
    mMinTimes->setToolTip(tr("A person counts as having done an event when they did it at least this often before converting"));
    mThresholds->setToolTip(tr("List each event at 1, 2, 3, 5 and 10 times too (as Amplitude Compass does)"));
    mProperty->setToolTip(tr("Also each event with each of the top values of this property, e.g. add_to_cart[category=Shoes]"));
    mWhere->setObjectName(QStringLiteral("filters"));
    mWhere->setPlaceholderText(tr("e.g. channel = email; device != mobile"));
    mMinPersons->setRange(0, 1'000'000'000);
    mMinPersons->setValue(30);
    mMinPersons->setMaximumWidth(mMinPersons->fontMetrics().horizontalAdvance(QStringLiteral("0000000")) + 40);
    mMinPersons->setToolTip(tr("Candidates done by fewer persons are listed as too few, not ranked"));
    mSaved->setQuerySource([this] { return query().toJson(); });
    connect(mSaved, &SavedReportsBar::chosen, this, [this](const QByteArray &json) { setQuery(InsightsQuery::fromJson(json)); });
    connect(mSaved, &SavedReportsBar::listChanged, this, &InsightsPage::savedChanged);
    mBusy->setRange(0, 0);
    mBusy->setTextVisible(false);
    mBusy->setMaximumWidth(100);
    mBusy->hide();
    mCancel->hide();
    auto *exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setToolTip(tr("Save the chart as PNG or SVG, or every candidate as CSV"));
    connect(exportButton, &QPushButton::clicked, this, &InsightsPage::exportInteractively);

    for (QComboBox *combo : {mTarget, mProperty})
        connect(combo, &QComboBox::currentIndexChanged, this, &InsightsPage::scheduleCompute);
    for (QSpinBox *spin : {mWithin, mMinTimes, mMinPersons})
        connect(spin, &QSpinBox::valueChanged, this, &InsightsPage::scheduleCompute);
    connect(mThresholds, &QCheckBox::toggled, this, &InsightsPage::scheduleCompute);
    connect(mWhere, &QLineEdit::editingFinished, this, &InsightsPage::scheduleCompute);

    // Three short rows of controls, so the page fits a small laptop screen (and 900 px).
    auto *controls = new QVBoxLayout;
    const auto label = [this](const QString &text) { return new QLabel(text, this); };
    auto *first = new QHBoxLayout;
    first->addWidget(label(tr("Predict")));
    first->addWidget(mTarget);
    first->addWidget(label(tr("within")));
    first->addWidget(mWithin);
    first->addStretch(1);
    first->addWidget(mSaved);
    auto *second = new QHBoxLayout;
    second->addWidget(label(tr("Done at least")));
    second->addWidget(mMinTimes);
    second->addWidget(label(tr("times before converting,")));
    second->addWidget(mThresholds);
    second->addStretch(1);
    second->addWidget(mBusy);
    second->addWidget(mCancel);
    second->addWidget(exportButton);
    auto *third = new QHBoxLayout;
    third->addWidget(label(tr("Per value of")));
    third->addWidget(mProperty);
    third->addWidget(label(tr("Filters:")));
    third->addWidget(mWhere, 1);
    third->addWidget(label(tr("Rank from")));
    third->addWidget(mMinPersons);
    third->addWidget(label(tr("persons")));
    controls->addLayout(first);
    controls->addLayout(second);
    controls->addLayout(third);

    // The ranked table, sortable by any column (the numbers behind the texts).
    auto *sorter = new QSortFilterProxyModel(this);
    sorter->setSourceModel(mModel);
    sorter->setSortRole(Qt::UserRole);
    mTable = createTable(sorter, this);
    mTable->setAccessibleName(tr("Insights table"));
    mTable->setObjectName(QStringLiteral("insightsTable"));
    mTable->setSortingEnabled(true);
    mTable->sortByColumn(-1, Qt::AscendingOrder); // the engine's order: by phi, too few last
    mTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(mTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &InsightsPage::showSelection);
    connect(mTable, &QTableView::doubleClicked, this, [this] { showSelection(); });
    mAddStep->setToolTip(tr("Open Funnels with this event as a step just before the conversion"));
    mMark->setToolTip(tr("Set this event's tier to 1 (core micro-conversion) in the dictionary, with this evidence in the change log"));
    connect(mAddStep, &QPushButton::clicked, this, [this] {
        if (const InsightsSignal *signal = selectedSignal())
            Q_EMIT funnelStepRequested(signal->event, mShown.result.target);
    });
    connect(mMark, &QPushButton::clicked, this, &InsightsPage::markSelected);
    connect(mChart, &InsightsChart::candidateClicked, this, &InsightsPage::selectCandidate);
    auto *tableBox = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(mTable, 1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(mAddStep);
    actions->addWidget(mMark);
    actions->addStretch(1);
    tableLayout->addLayout(actions);

    // The drill-down: the chosen event at each threshold.
    mDrill = createTable(mDrillModel, this);
    mDrill->setAccessibleName(tr("How often: the drill-down"));
    mDrill->setObjectName(QStringLiteral("drillDown"));
    for (int column = 0; column < InsightsModel::ColumnCount; ++column) {
        const bool shown = column == InsightsModel::Candidate || column == InsightsModel::Exposed
            || column == InsightsModel::ConversionExposed || column == InsightsModel::Sensitivity
            || column == InsightsModel::Phi || column == InsightsModel::Strength;
        mDrill->setColumnHidden(column, !shown);
    }
    // Conversion and share of converters side by side, as Compass shows them.
    mDrill->horizontalHeader()->moveSection(mDrill->horizontalHeader()->visualIndex(InsightsModel::Sensitivity),
                                            mDrill->horizontalHeader()->visualIndex(InsightsModel::Phi));
    mDrill->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    mDrillTitle->setWordWrap(true);
    mDrillTitle->setToolTip(tr("Of the persons who did it so often: how many converted, and what share of all converters they are"));
    auto *drillBox = new QWidget(this);
    auto *drillLayout = new QVBoxLayout(drillBox);
    drillLayout->setContentsMargins(0, 0, 0, 0);
    drillLayout->addWidget(mDrillTitle);
    drillLayout->addWidget(mDrill, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(mChart);
    scroll->setWidgetResizable(true);
    scroll->setBackgroundRole(QPalette::Base);
    auto *lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(scroll);
    lower->addWidget(drillBox);
    lower->setStretchFactor(0, 1);
    lower->setStretchFactor(1, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(tableBox);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    mStatus->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(mStatus);
    layout->addWidget(splitter, 1);
    showSelection();
}

InsightsPage::~InsightsPage() = default;

void InsightsPage::setSummary(const WorkspaceSummary &summary)
{
    const bool sameWorkspace = summary.path == mWorkspacePath;
    mWorkspacePath = summary.path;
    mWorkspaceName = summary.name;
    mTimezone = summary.timezone.isEmpty() ? QByteArrayLiteral("UTC") : summary.timezone.toUtf8();
    mLoading = true;
    const QString target = mTarget->currentData().toString();
    const QString property = mProperty->currentData().toString();
    mTarget->clear();
    for (const auto &type : summary.eventTypes)
        mTarget->addItem(type.name, type.name);
    int chosen = mTarget->findData(target.isEmpty() ? InsightsQuery().target : target);
    if (chosen < 0)
        chosen = mTarget->findData(InsightsQuery().target);
    mTarget->setCurrentIndex(qMax(0, chosen));
    mProperty->clear();
    mProperty->addItem(tr("nothing"), QString());
    for (const QString &field : EventTable::fieldColumns())
        mProperty->addItem(field, field);
    for (const QString &name : summary.properties)
        mProperty->addItem(name, name);
    mProperty->setCurrentIndex(qMax(0, mProperty->findData(property)));
    mLoading = false;
    if (!sameWorkspace)
        mSaved->setWorkspace(mWorkspacePath);
    scheduleCompute();
}

InsightsQuery InsightsPage::query() const
{
    InsightsQuery query;
    query.target = mTarget->currentData().toString();
    query.withinDays = mWithin->value();
    query.minTimes = mMinTimes->value();
    query.thresholds = mThresholds->isChecked();
    if (!mProperty->currentData().toString().isEmpty())
        query.properties = {mProperty->currentData().toString()};
    query.minPersons = mMinPersons->value();
    query.timezone = mTimezone;
    query.where = Condition::parseList(mWhere->text()).value_or(QList<Condition>());
    return query;
}

void InsightsPage::setQuery(const InsightsQuery &query)
{
    mLoading = true;
    int target = mTarget->findData(query.target);
    if (target < 0) {
        mTarget->addItem(query.target, query.target);
        target = mTarget->count() - 1;
    }
    mTarget->setCurrentIndex(target);
    mWithin->setValue(query.withinDays);
    mMinTimes->setValue(query.minTimes);
    mThresholds->setChecked(query.thresholds);
    const QString property = query.properties.value(0);
    int chosen = mProperty->findData(property);
    if (chosen < 0 && !property.isEmpty()) {
        mProperty->addItem(property, property);
        chosen = mProperty->count() - 1;
    }
    mProperty->setCurrentIndex(qMax(0, chosen));
    mMinPersons->setValue(query.minPersons);
    QStringList wheres;
    for (const Condition &condition : query.where)
        wheres.append(condition.toString());
    mWhere->setText(wheres.join(QStringLiteral("; ")));
    mLoading = false;
    scheduleCompute();
}

void InsightsPage::scheduleCompute()
{
    if (!mLoading && !mWorkspacePath.isEmpty())
        mDebounce.start();
}

void InsightsPage::compute()
{
    if (QString error; !Condition::parseList(mWhere->text(), &error)) {
        mStatus->setText(error);
        return;
    }
    const InsightsQuery request = query();
    if (!mBackend || request.target.isEmpty())
        return;
    mStatus->setText(tr("Computing…"));
    mWorker.start([request, backend = mBackend](const TaskContext &task) {
        Computed computed{request, backend->run(request, task), {}};
        // The drill-down asks the same at every threshold (the cache answers when the page already does).
        InsightsQuery everyThreshold = request;
        everyThreshold.thresholds = true;
        computed.thresholds = request.thresholds ? computed.result : backend->run(everyThreshold, task);
        return computed;
    }, [this](const Outcome<Computed> &outcome) { showOutcome(outcome); });
}

void InsightsPage::showOutcome(const Outcome<Computed> &outcome)
{
    if (!outcome.ok()) {
        mStatus->setText(QStringLiteral("<span style='color:#b3261e'>%1</span>").arg(outcome.error().toHtmlEscaped()));
        Q_EMIT computed();
        return;
    }
    const QString selected = selectedSignal() ? selectedSignal()->label() : QString();
    mShown = outcome.value();
    const InsightsResult &result = mShown.result;
    const QLocale locale;
    const double share = result.persons > 0 ? 100.0 * double(result.converted) / double(result.persons) : 0;
    // One sentence of what was asked; the chart's legend and the column tips give the scale.
    mSummaryText = (
        tr("%1 of %2 persons (%3 %) did “%4” within %n days of their first event.", nullptr, result.withinDays)
            .arg(locale.toString(result.converted), locale.toString(result.persons), locale.toString(share, 'f', 1),
                 result.target.toHtmlEscaped())
        + QLatin1Char(' ')
        + tr("★ significant (Holm-adjusted p < %1); done by fewer than %2 persons: too few, not ranked.")
              .arg(locale.toString(0.05, 'f', 2))
              .arg(mShown.query.minPersons));
    mStatus->setText(mSummaryText);
    mModel->setSignals(result.signalList);
    mChart->setResult(result);
    if (!selected.isEmpty())
        selectCandidate(selected);
    else if (!result.signalList.isEmpty())
        mTable->selectRow(0);
    showSelection();
    Q_EMIT computed();
}

const InsightsSignal *InsightsPage::selectedSignal() const
{
    const QModelIndex current = mTable->selectionModel()->currentIndex();
    if (!current.isValid())
        return nullptr;
    const auto *sorter = static_cast<const QSortFilterProxyModel *>(mTable->model());
    const QModelIndex source = sorter->mapToSource(current);
    if (!source.isValid() || source.row() >= mModel->rowCount())
        return nullptr;
    return &mModel->signalAt(source.row());
}

QString InsightsPage::selectedEvent() const
{
    const InsightsSignal *signal = selectedSignal();
    return signal ? signal->event : QString();
}

void InsightsPage::selectCandidate(const QString &label)
{
    const auto *sorter = static_cast<const QSortFilterProxyModel *>(mTable->model());
    for (int row = 0; row < mModel->rowCount(); ++row) {
        if (mModel->signalAt(row).label() == label) {
            const QModelIndex index = sorter->mapFromSource(mModel->index(row, 0));
            mTable->setCurrentIndex(index);
            mTable->scrollTo(index);
            return;
        }
    }
}

QList<InsightsSignal> InsightsPage::drillDown() const
{
    const QString event = selectedEvent();
    QList<InsightsSignal> rows;
    if (event.isEmpty())
        return rows;
    for (const InsightsSignal &signal : mShown.thresholds.signalList) {
        if (signal.event == event && signal.property.isEmpty())
            rows.append(signal);
    }
    std::sort(rows.begin(), rows.end(), [](const InsightsSignal &a, const InsightsSignal &b) { return a.minTimes < b.minTimes; });
    return rows;
}

void InsightsPage::showSelection()
{
    const InsightsSignal *signal = selectedSignal();
    mAddStep->setEnabled(signal != nullptr);
    mMark->setEnabled(signal != nullptr && mDocument && mDocument->isOpen());
    mChart->setSelected(signal ? signal->label() : QString());
    mDrillModel->setSignals(drillDown());
    mDrillTitle->setText(signal ? tr("<b>%1</b> at 1, 2, 3, 5 and 10 times before converting").arg(signal->event.toHtmlEscaped())
                                : tr("Choose an event in the table or the chart to see it at 1, 2, 3, 5 and 10 times."));
}

QString InsightsPage::exportTo(const QString &path)
{
    if (mShown.query.target.isEmpty())
        return tr("There are no insights to export yet.");
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (TableFile::handles(path))
        return TableFile::write(path, InsightsExport::table(mShown.result), ExportPrompt::excelCsv());
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg"))
        return tr("Choose a file ending in .png, .svg, .csv or .xlsx.");
    return InsightsChart::save(path, mShown.result, InsightsChart::title(mShown.result, mWorkspaceName));
}

void InsightsPage::exportInteractively()
{
    ExportPrompt::run(this, tr("Export Insights"), tr("insights.png"), ExportPrompt::chartFilters(),
                      [this](const QString &path) { return exportTo(path); });
}

const InsightsSignal *InsightsPage::evidenceFor(const QString &event) const
{
    // The event itself (no property value), at the query's own threshold when it is listed.
    const InsightsSignal *evidence = nullptr;
    for (const InsightsSignal &signal : mShown.result.signalList) {
        if (signal.event != event || !signal.property.isEmpty())
            continue;
        if (signal.minTimes == mShown.query.minTimes)
            return &signal;
        if (!evidence || signal.minTimes < evidence->minTimes)
            evidence = &signal;
    }
    return evidence;
}

QString InsightsPage::markTierOne(const QString &event)
{
    if (!mDocument || !mDocument->isOpen())
        return tr("No workspace is open.");
    const InsightsSignal *evidence = evidenceFor(event);
    if (!evidence)
        return tr("“%1” is not among the insights on screen.").arg(event);
    const EventDictionary &dictionary = mDocument->dictionary();
    QList<DictionaryChange> changes;
    const int index = dictionary.indexOf(event);
    if (index >= 0 && dictionary.at(index).tier == 1)
        return tr("“%1” is a tier-one micro-conversion already.").arg(event);
    QString oldTier;
    if (index < 0) {
        EventDefinition definition;
        definition.name = event;
        changes.append(DictionaryChange::addEvent(definition));
    } else {
        oldTier = dictionary.at(index).value(EventDefinition::Tier);
    }
    changes.append(DictionaryChange::editEvent(event, EventDefinition::Tier, oldTier, QStringLiteral("1")));
    const Outcome<Done> outcome = mDocument->submit(changes, tr("Mark %1 as tier one").arg(event),
                                                    InsightsExport::evidence(mShown.result, *evidence), false);
    return outcome.ok() ? QString() : outcome.error();
}

void InsightsPage::markSelected()
{
    const InsightsSignal *signal = selectedSignal();
    const InsightsSignal *evidence = signal ? evidenceFor(signal->event) : nullptr;
    if (!evidence)
        return;
    const QString event = evidence->event;
    const QMessageBox::StandardButton answer = QMessageBox::question(
        this, tr("Mark as Tier-One"),
        tr("Mark “%1” as a tier-one (core) micro-conversion in the event dictionary?\n\nThe change log keeps this "
           "evidence as the reason:\n%2")
            .arg(event, InsightsExport::evidence(mShown.result, *evidence)));
    if (answer != QMessageBox::Yes)
        return;
    const QString error = markTierOne(event);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Mark as Tier-One"), error);
    else
        mStatus->setText(mSummaryText + QStringLiteral("<br><b>%1</b>")
                                            .arg(tr("“%1” is now a tier-one micro-conversion in the dictionary (Edit ▸ Undo takes it back).")
                                                     .arg(event.toHtmlEscaped())));
}

void InsightsPage::saveInsightsAs(const QString &name)
{
    mSaved->saveAs(name, query().toJson());
}

QWidget *InsightsPage::currentChart() const
{
    return mShown.result.signalList.isEmpty() ? nullptr : mChart;
}

} // namespace Funnelscope
