#include "funnelpage.h"

#include "export/tablefile.h"

#include "itemmodels/figures.h"

#include "exportprompt.h"
#include "savedreportsbar.h"
#include "theme.h"
#include "tasks/messageerror.h"

#include "analysis/duration.h"
#include "analysis/eventtable.h"
#include "analysis/reportbackend.h"
#include "analysis/localcalendar.h"
#include "export/funnelexport.h"
#include "comboitems.h"
#include "funnelchart.h"
#include "funneltrendchart.h"
#include "itemmodels/funneltablemodel.h"
#include "settings/preferences.h"
#include "store/workspace.h"
#include "store/workspacesummary.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QAbstractAxis>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeAxis>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QValueAxis>
#include <QVBoxLayout>

namespace Funnelscope {

namespace {

constexpr int stepWindowRole = Qt::UserRole + 2; ///< a step's own window in ms (0: none)

} // namespace

namespace {


constexpr qint64 unitsMs[] = {FunnelQuery::minute, 60 * FunnelQuery::minute, FunnelQuery::day};
const QString savedKind = QStringLiteral("funnel");

QChartView *makeChartView(QWidget *parent)
{
    auto *view = new QChartView(parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(280);
    return view;
}

} // namespace

FunnelPage::FunnelPage(QWidget *parent)
    : QWidget(parent)
    , mTable(new FunnelTableModel(this))
{
    mDebounce.setSingleShot(true);
    mDebounce.setInterval(150);
    connect(&mDebounce, &QTimer::timeout, this, &FunnelPage::compute);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(createEditor());
    splitter->addWidget(createResults());
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
}

FunnelPage::~FunnelPage() = default;

QWidget *FunnelPage::createEditor()
{
    auto *editor = new QWidget(this);
    editor->setMinimumWidth(300);
    editor->setMaximumWidth(420);

    mSaved = new SavedReportsBar(savedKind, {tr("Saved funnels"), tr("Save Funnel"), tr("Saved Funnels")}, editor);
    mSaved->setQuerySource([this] { return query().toJson(); });
    connect(mSaved, &SavedReportsBar::chosen, this, [this](const QByteArray &json) { setQuery(FunnelQuery::fromJson(json)); });
    connect(mSaved, &SavedReportsBar::listChanged, this, &FunnelPage::savedChanged);

    mSteps = new QListWidget(editor);
    mSteps->setDragDropMode(QAbstractItemView::InternalMove);
    mSteps->setSpacing(2);
    mSteps->setToolTip(tr("Drag steps to reorder them; double-click a step to filter it"));
    connect(mSteps->model(), &QAbstractItemModel::rowsMoved, this, [this] {
        renumberSteps();
        scheduleCompute();
    });
    connect(mSteps, &QListWidget::itemDoubleClicked, this, [this] {
        if (mFilterButton->isEnabled())
            editStepFilter();
    });
    mEventPicker = new QComboBox(editor);
    auto *addButton = new QPushButton(tr("Add Step"), editor);
    auto *removeButton = new QPushButton(tr("Remove"), editor);
    mFilterButton = new QPushButton(tr("Filter…"), editor);
    mStepWindowButton = new QPushButton(tr("Window…"), editor);
    mStepWindowButton->setObjectName(QStringLiteral("stepWindow"));
    connect(mStepWindowButton, &QPushButton::clicked, this, &FunnelPage::editStepWindow);
    connect(addButton, &QPushButton::clicked, this, &FunnelPage::addStep);
    connect(removeButton, &QPushButton::clicked, this, &FunnelPage::removeStep);
    connect(mFilterButton, &QPushButton::clicked, this, &FunnelPage::editStepFilter);
    auto *stepButtons = new QHBoxLayout;
    stepButtons->addWidget(removeButton);
    stepButtons->addWidget(mFilterButton);
    stepButtons->addWidget(mStepWindowButton);
    stepButtons->addStretch();
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(mEventPicker, 1);
    addRow->addWidget(addButton);

    mWindow = new QSpinBox(editor);
    mWindow->setRange(1, 527040);
    mWindow->setValue(7);
    mWindowUnit = new QComboBox(editor);
    mWindowUnit->addItems({tr("minutes"), tr("hours"), tr("days")});
    mWindowUnit->setCurrentIndex(2);
    auto *windowRow = new QHBoxLayout;
    windowRow->addWidget(mWindow);
    windowRow->addWidget(mWindowUnit, 1);
    mOrder = new QComboBox(editor);
    // Short names that fit the editor in every language; what each means in its tooltip.
    mOrder->addItems({tr("In order"), tr("Strictly in a row"), tr("In any order")});
    mOrder->setItemData(0, tr("The steps in this order; other events may come between them"), Qt::ToolTipRole);
    mOrder->setItemData(1, tr("The steps one right after the other, with no other event between"), Qt::ToolTipRole);
    mOrder->setItemData(2, tr("Every step within the window, in any order"), Qt::ToolTipRole);
    mOrder->setObjectName(QStringLiteral("order"));
    mCount = new QComboBox(editor);
    mCount->setObjectName(QStringLiteral("count"));
    mCount->addItems({tr("People"), tr("Sessions"), tr("Every attempt (totals)")});
    mBreakdown = new QComboBox(editor);
    mBreakdown->setObjectName(QStringLiteral("breakdown"));
    mTopN = new QSpinBox(editor);
    mTopN->setRange(1, 50);
    mTopN->setValue(Preferences::instance().funnelTopN());
    mTopN->setPrefix(tr("top "));
    auto *breakdownRow = new QHBoxLayout;
    breakdownRow->addWidget(mBreakdown, 1);
    breakdownRow->addWidget(mTopN);
    mBins = new QLineEdit(editor);
    mBins->setObjectName(QStringLiteral("bins"));
    mBins->setPlaceholderText(tr("e.g. 0,20,50,100 or quartiles"));
    mHold = new QComboBox(editor);
    mHold->setObjectName(QStringLiteral("hold"));
    mHold->setToolTip(tr("Count a chain only when every step's event has step 1's value of this property: "
                         "the same product from view to purchase"));
    mAttribution = new QComboBox(editor);
    mAttribution->setObjectName(QStringLiteral("attribution"));
    mAttribution->addItem(tr("Step 1"), QStringLiteral("step1"));
    mAttribution->addItem(tr("First touch"), QStringLiteral("first-touch"));
    mAttribution->addItem(tr("Last touch"), QStringLiteral("last-touch"));
    mAttribution->setToolTip(tr("Which event gives a person's breakdown value: step 1 of their best chain, their first "
                                "event with a value, or their last one up to the last step they reached"));
    mWhere = new QLineEdit(editor);
    mWhere->setObjectName(QStringLiteral("filters"));
    mWhere->setPlaceholderText(tr("e.g. country = DE; channel != email"));
    mWhere->setToolTip(tr("Keep only events that pass every filter: PROPERTY OP VALUE with OP one of "
                          "= != > >= < <= ~ (contains), separated by semicolons"));
    mUseRange = new QCheckBox(tr("Only step 1 from"), editor);
    mFrom = new QDateEdit(editor);
    mTo = new QDateEdit(editor);
    for (QDateEdit *edit : {mFrom, mTo}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
        // The whole date and the arrow, measured with the font (it was cut: "2026-05-04" → "2026-05-0").
        edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("8888-88-88")) + 40);
    }
    connect(mUseRange, &QCheckBox::toggled, mFrom, &QWidget::setEnabled);
    connect(mUseRange, &QCheckBox::toggled, mTo, &QWidget::setEnabled);
    auto *rangeRow = new QHBoxLayout;
    rangeRow->addWidget(mFrom);
    rangeRow->addWidget(new QLabel(tr("to"), editor));
    rangeRow->addWidget(mTo);
    mCompare = new QCheckBox(tr("Against the period before"), editor);
    mCompare->setObjectName(QStringLiteral("compare"));
    mCompare->setToolTip(tr("The same funnel over the days just before, as many: the change per step and "
                            "whether overall conversion differs (two-proportion test)"));
    mCompare->setEnabled(false);
    connect(mUseRange, &QCheckBox::toggled, mCompare, &QWidget::setEnabled);

    for (QSpinBox *spin : {mWindow, mTopN})
        connect(spin, &QSpinBox::valueChanged, this, &FunnelPage::scheduleCompute);
    for (QComboBox *combo : {mWindowUnit, mOrder, mCount, mBreakdown, mHold, mAttribution})
        connect(combo, &QComboBox::currentIndexChanged, this, &FunnelPage::scheduleCompute);
    connect(mCompare, &QCheckBox::toggled, this, &FunnelPage::scheduleCompute);
    connect(mWhere, &QLineEdit::editingFinished, this, &FunnelPage::scheduleCompute);
    connect(mBins, &QLineEdit::editingFinished, this, &FunnelPage::scheduleCompute);
    connect(mUseRange, &QCheckBox::toggled, this, &FunnelPage::scheduleCompute);
    connect(mFrom, &QDateEdit::dateChanged, this, &FunnelPage::scheduleCompute);
    connect(mTo, &QDateEdit::dateChanged, this, &FunnelPage::scheduleCompute);

    mStatus = new QLabel(editor);
    mStatus->setWordWrap(true);
    mBusy = new QProgressBar(editor);
    mBusy->setRange(0, 0); // busy: a report has no steps to count
    mBusy->setMaximumHeight(mBusy->fontMetrics().height() / 2 + 4);
    mBusy->setTextVisible(false);
    mBusy->hide();
    connect(&mWorker, &WorkerBase::busyChanged, mBusy, &QWidget::setVisible);

    auto *form = new QFormLayout;
    form->addRow(tr("Within:"), windowRow);
    form->addRow(tr("Steps:"), mOrder);
    form->addRow(tr("Count:"), mCount);
    form->addRow(tr("Same value of:"), mHold);
    form->addRow(tr("Break down by:"), breakdownRow);
    form->addRow(tr("In bins:"), mBins);
    form->addRow(tr("Attribute to:"), mAttribution);
    form->addRow(tr("Filters:"), mWhere);
    form->addRow(mUseRange, rangeRow);
    form->addRow(QString(), mCompare);

    auto *layout = new QVBoxLayout(editor);
    layout->setContentsMargins(0, 0, 6, 0);
    layout->addWidget(mSaved);
    layout->addWidget(new QLabel(tr("<b>Steps</b>"), editor));
    layout->addWidget(mSteps, 1);
    layout->addLayout(addRow);
    layout->addLayout(stepButtons);
    layout->addLayout(form);
    layout->addWidget(mBusy);
    layout->addWidget(mStatus);
    return editor;
}

QWidget *FunnelPage::createResults()
{
    auto *results = new QWidget(this);
    auto *exportButton = new QPushButton(tr("Export…"), results);
    exportButton->setToolTip(tr("Save the chart as PNG or SVG, or the table as CSV"));
    auto *droppedButton = mDroppedButton = new QPushButton(tr("Export Dropped Users…"), results);
    droppedButton->setToolTip(tr("Save who stopped before the last step, with their last step and its "
                                 "time, as CSV for remarketing"));
    connect(exportButton, &QPushButton::clicked, this, &FunnelPage::exportInteractively);
    connect(droppedButton, &QPushButton::clicked, this, &FunnelPage::exportDroppedUsers);
    connect(this, &FunnelPage::droppedUsersExported, this, [this](const QString &, const QString &error) {
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Export Dropped Users"), error);
    });
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(droppedButton);
    buttons->addWidget(exportButton);

    mChart = makeChartView(results);
    mChart->setAccessibleName(tr("Funnel chart"));
    mTableView = new QTableView(results);
    mTableView->setAccessibleName(tr("Funnel table"));
    mTableView->setModel(mTable);
    mTableView->verticalHeader()->hide();
    mTableView->setAlternatingRowColors(true);
    mTableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *stepsTab = new QSplitter(Qt::Vertical, results);
    stepsTab->addWidget(mChart);
    stepsTab->addWidget(mTableView);
    stepsTab->setStretchFactor(0, 3);
    stepsTab->setStretchFactor(1, 2);
    stepsTab->setSizes({420, 220});

    mHistogram = makeChartView(results);
    mHistogram->setAccessibleName(tr("Time to convert chart"));
    mTrend = makeChartView(results);
    mTrend->setAccessibleName(tr("Conversion by week chart"));
    mTrend->setContextMenuPolicy(Qt::CustomContextMenu);
    mTrend->setToolTip(tr("Right-click a week to annotate it"));
    connect(mTrend, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        QChart *chart = mTrend->chart();
        if (!chart || mShown.result.trend.isEmpty())
            return;
        const QPointF value = chart->mapToValue(mTrend->mapToScene(at));
        const QDate day = FunnelTrendChart::dayAt(value.x());
        QMenu menu(this);
        QAction *add = menu.addAction(tr("Add Annotation on %1…").arg(QLocale().toString(day, QLocale::ShortFormat)));
        if (menu.exec(mTrend->mapToGlobal(at)) == add)
            Q_EMIT annotationRequested(day);
    });
    mTabs = new QTabWidget(results);
    mTabs->setAccessibleName(tr("Funnel results"));
    mTabs->addTab(stepsTab, tr("Steps"));
    mTabs->addTab(mHistogram, tr("Time to Convert"));
    mTabs->addTab(mTrend, tr("Trend"));

    auto *layout = new QVBoxLayout(results);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(mTabs, 1);
    return results;
}

void FunnelPage::setSummary(const WorkspaceSummary &summary)
{
    const bool otherWorkspace = summary.path != mWorkspacePath;
    mWorkspacePath = summary.path;
    mWorkspaceName = summary.name;
    mTimezone = summary.timezone.isEmpty() ? QByteArrayLiteral("UTC") : summary.timezone.toUtf8();

    mLoading = true;
    mEventPicker->clear();
    const QLocale locale;
    for (const auto &type : summary.eventTypes)
        mEventPicker->addItem(tr("%1 (%2)").arg(type.name, locale.toString(type.count)), type.name);
    const QString breakdown = mBreakdown->currentData().toString();
    mBreakdown->clear();
    mBreakdown->addItem(tr("Nothing"), QString());
    for (const QString &field : EventTable::fieldColumns())
        mBreakdown->addItem(field, field);
    mBreakdown->addItem(tr("new vs returning"), FunnelQuery::newVsReturning());
    // Properties of the session each event is in (EventTable::sessionProperties()).
    mBreakdown->addItem(tr("session_channel (the session's first channel)"), QStringLiteral("session_channel"));
    const bool pages = std::any_of(EventTable::pageProperties().begin(), EventTable::pageProperties().end(),
                                   [&summary](const QString &page) { return summary.properties.contains(page); });
    if (pages)
        mBreakdown->addItem(tr("landing_page (the session's first page)"), QStringLiteral("landing_page"));
    if (!summary.properties.isEmpty())
        mBreakdown->insertSeparator(mBreakdown->count());
    for (const QString &property : summary.properties)
        mBreakdown->addItem(property, property);
    mBreakdown->setCurrentIndex(qMax(0, mBreakdown->findData(breakdown)));
    const QVariant held = mHold->currentData();
    mHold->clear();
    mHold->addItem(tr("Any (not held)"), QStringList());
    for (const QString &field : EventTable::fieldColumns())
        mHold->addItem(field, QStringList{field});
    for (const QString &property : summary.properties)
        mHold->addItem(property, QStringList{property});
    mHold->setCurrentIndex(qMax(0, mHold->findData(held)));
    // What a "user" is, as Preferences set it for this workspace.
    if (summary.identities.stitching) {
        mCount->setItemText(0, tr("People"));
        mCount->setItemData(0, tr("Each person once: a known user with every anonymous visit linked to them "
                                  "(identity stitching, in Preferences)"), Qt::ToolTipRole);
    } else {
        mCount->setItemText(0, tr("Ids (stitching off)"));
        mCount->setItemData(0, tr("Each user or anonymous id apart: identity stitching is off for this "
                                  "workspace (Preferences)"), Qt::ToolTipRole);
    }
    if (summary.first.isValid()) {
        mFrom->setDate(summary.first.date());
        mTo->setDate(summary.last.date());
    }
    if (otherWorkspace || mSteps->count() == 0) {
        // A first funnel: the checkout funnel where its events exist, else the top events.
        mSteps->clear();
        QStringList names;
        for (const auto &type : summary.eventTypes)
            names.append(type.name);
        const QStringList steps = FunnelQuery::defaultSteps(names);
        for (const QString &step : steps) {
            auto *item = new QListWidgetItem(mSteps);
            item->setData(Qt::UserRole, step);
        }
        renumberSteps();
    }
    updateCapabilities();
    mLoading = false;
    mSaved->setWorkspace(mWorkspacePath); // a file's, or a server's (WorkspaceTables)
    scheduleCompute();
}

FunnelQuery FunnelPage::query() const
{
    FunnelQuery query;
    for (int row = 0; row < mSteps->count(); ++row) {
        const QListWidgetItem *item = mSteps->item(row);
        FunnelQuery::Step step{item->data(Qt::UserRole).toString(), {}};
        const QStringList filters = item->data(Qt::UserRole + 1).toStringList();
        for (const QString &filter : filters) {
            if (const std::optional<Condition> condition = Condition::parse(filter))
                step.filters.append(*condition);
        }
        step.windowMs = row > 0 ? item->data(stepWindowRole).toLongLong() : 0;
        query.steps.append(step);
    }
    query.windowMs = qint64(mWindow->value()) * unitsMs[qBound(0, mWindowUnit->currentIndex(), 2)];
    query.hold = mHold->currentData().toStringList();
    query.setAttribution(mAttribution->currentData().toString());
    query.order = FunnelQuery::Order(qMax(0, mOrder->currentIndex()));
    query.count = FunnelQuery::Count(qMax(0, mCount->currentIndex()));
    query.breakdown = mBreakdown->currentData().toString();
    if (!query.breakdown.isEmpty() && !mBins->text().trimmed().isEmpty()) {
        if (const auto bins = FunnelQuery::parseBins(query.breakdown + QLatin1Char('=') + mBins->text().trimmed()))
            query.bins = {*bins};
    }
    query.topN = mTopN->value();
    query.where = Condition::parseList(mWhere->text()).value_or(QList<Condition>());
    if (mUseRange->isChecked()) {
        query.setDays(mFrom->date(), mTo->date(), mTimezone); // the workspace's days, as `funnel --from/--to`
        if (mCompare->isChecked())
            query.compare = FunnelQuery::Compare::Previous;
    }
    return query;
}

void FunnelPage::setQuery(const FunnelQuery &query)
{
    mLoading = true;
    mSteps->clear();
    for (const FunnelQuery::Step &step : query.steps) {
        QStringList filters;
        for (const Condition &condition : step.filters)
            filters.append(condition.toString());
        auto *item = new QListWidgetItem(mSteps);
        item->setData(Qt::UserRole, step.event);
        item->setData(Qt::UserRole + 1, filters);
        item->setData(stepWindowRole, step.windowMs);
    }
    renumberSteps();
    int hold = mHold->findData(query.hold);
    if (hold < 0) {
        mHold->addItem(query.hold.join(QLatin1String(", ")), query.hold); // as saved, or from the command line
        hold = mHold->count() - 1;
    }
    mHold->setCurrentIndex(hold);
    mAttribution->setCurrentIndex(qMax(0, mAttribution->findData(query.attributionText())));
    QString binsText;
    if (const FunnelQuery::Bins *bins = query.binsOf(query.breakdown)) {
        QStringList edges;
        for (double edge : bins->edges)
            edges.append(QString::number(edge, 'g', 12));
        binsText = bins->quartiles ? QStringLiteral("quartiles") : edges.join(QLatin1Char(','));
    }
    mBins->setText(binsText);
    int unit = 0;
    for (int u = 2; u >= 0; --u) {
        if (query.windowMs % unitsMs[u] == 0) {
            unit = u;
            break;
        }
    }
    mWindowUnit->setCurrentIndex(unit);
    mWindow->setValue(int(query.windowMs / unitsMs[unit]));
    mOrder->setCurrentIndex(int(query.order));
    mCount->setCurrentIndex(int(query.count));
    int breakdown = mBreakdown->findData(query.breakdown);
    if (breakdown < 0 && !query.breakdown.isEmpty()) {
        mBreakdown->addItem(query.breakdown, query.breakdown);
        breakdown = mBreakdown->count() - 1;
    }
    mBreakdown->setCurrentIndex(qMax(0, breakdown));
    mTopN->setValue(query.topN);
    QStringList wheres;
    for (const Condition &condition : query.where)
        wheres.append(condition.toString());
    mWhere->setText(wheres.join(QLatin1String("; ")));
    mUseRange->setChecked(query.fromMs.has_value());
    mCompare->setChecked(query.compare != FunnelQuery::Compare::None);
    if (query.fromMs)
        mFrom->setDate(query.firstDay());
    if (query.toMs)
        mTo->setDate(query.lastDay());
    mLoading = false;
    scheduleCompute();
}

void FunnelPage::scheduleCompute()
{
    if (!mLoading && !mWorkspacePath.isEmpty())
        mDebounce.start();
}

void FunnelPage::compute()
{
    const FunnelQuery request = query();
    if (!mBackend)
        return;
    // A new workspace: say what to do, not that a funnel of no steps is not a funnel.
    if (mEventPicker->count() == 0) {
        mStatus->setText(tr("No events yet: import an export (File ▸ Import Events…) to build a funnel."));
        return;
    }
    if (QString error; !Condition::parseList(mWhere->text(), &error)) {
        mStatus->setText(error);
        return;
    }
    if (!mBins->text().trimmed().isEmpty() && !FunnelQuery::parseBins(QStringLiteral("x=") + mBins->text().trimmed())) {
        mStatus->setText(tr("Bins: “%1” is neither rising numbers separated by commas (0,20,50) nor quartiles.").arg(mBins->text()));
        return;
    }
    mStatus->setText(tr("Computing…"));
    mWorker.start([request, backend = mBackend](const TaskContext &task) {
        return Computed{request, backend->run(request, task)};
    }, [this](const Outcome<Computed> &outcome) { showOutcome(outcome); });
}

void FunnelPage::showOutcome(const Outcome<Computed> &outcome)
{
    if (!outcome.ok()) {
        mStatus->setText(QStringLiteral("<span style='color:#b3261e'>%1</span>")
                             .arg(outcome.error().toHtmlEscaped()));
        Q_EMIT computed();
        return;
    }
    mShown = outcome.value();
    const FunnelResult &result = mShown.result;
    const QLocale locale;
    mStatus->setText(result.steps.isEmpty()
                         ? QString()
                         : tr("%1 of %2 converted (%3).")
                               .arg(locale.toString(result.steps.last().count),
                                    locale.toString(result.steps.first().count),
                                    locale.toString(result.steps.last().conversion * 100, 'f', 1) + locale.percent()));
    if (result.comparison && !result.steps.isEmpty()) {
        const FunnelResult::Comparison &compare = *result.comparison;
        const double points = compare.deltaPoints.last();
        mStatus->setText(mStatus->text() + QLatin1Char(' ')
                         + tr("%1 – %2: %3 (%4 points; %5).")
                               .arg(compare.firstDay.toString(Qt::ISODate), compare.lastDay.toString(Qt::ISODate),
                                    locale.toString(compare.steps.last().conversion * 100, 'f', 1) + locale.percent(),
                                    Figures::points(points),
                                    compare.tooFew ? tr("too few to test")
                                    : compare.pValue < 0.05 ? tr("a real change, %1").arg(Figures::pValue(compare.pValue))
                                                            : tr("within chance, %1").arg(Figures::pValue(compare.pValue))));
    }
    // On screen the editor beside the chart says what the funnel is; exports carry a title.
    QChart *chart = FunnelChart::create(mShown.query, result, QString(), true);
    if (result.segments.isEmpty())
        chart->setTitle(QString());
    const auto axes = chart->axes(Qt::Horizontal);
    for (QAbstractAxis *axis : axes) {
        QFont font = axis->labelsFont();
        font.setPointSizeF(font.pointSizeF() * 0.9);
        axis->setLabelsFont(font);
    }
    // A click on a step's bar asks where those who stopped before the next step went.
    const bool dropOffs = mShown.query.count == FunnelQuery::Count::Users && mBackend && mBackend->capabilities().paths;
    const auto series = chart->series();
    for (QAbstractSeries *each : series) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(each)) {
            connect(bars, &QAbstractBarSeries::clicked, this, [this, dropOffs](int index) {
                if (dropOffs && index >= 0 && index + 1 < mShown.query.steps.size())
                    Q_EMIT dropOffsRequested(mShown.query, index + 1);
            });
        }
    }
    mChart->setToolTip(dropOffs
                           ? tr("Click a step's bar to see where those who stopped there went (Journeys)")
                           : QString());
    QChart *old = mChart->chart();
    Theme::style(chart);
    mChart->setChart(chart);
    delete old;
    mTable->setResult(result);
    updateHistogramAndTrend();
    Q_EMIT computed();
}

void FunnelPage::updateCapabilities()
{
    // Options the backend cannot answer are shown, greyed, with why.
    const ReportCapabilities can = mBackend ? mBackend->capabilities() : ReportCapabilities();
    setItemAvailable(mOrder, int(FunnelQuery::Order::Strict), can.strictOrder);
    setItemAvailable(mOrder, int(FunnelQuery::Order::Any), can.anyOrder);
    setItemAvailable(mCount, int(FunnelQuery::Count::Sessions), can.sessions);
    setItemAvailable(mCount, int(FunnelQuery::Count::Totals), can.totals);
    for (int index = 1; index < mBreakdown->count(); ++index) {
        const QString property = mBreakdown->itemData(index).toString();
        if (property.isEmpty())
            continue; // the separator
        const bool available = property == FunnelQuery::newVsReturning()
                                   ? can.newVsReturning
                                   : can.canUse(property);
        setItemAvailable(mBreakdown, index, available);
    }
    for (int index = 1; index < mHold->count(); ++index)
        setItemAvailable(mHold, index, can.hold);
    for (int index = 1; index < mAttribution->count(); ++index)
        setItemAvailable(mAttribution, index, can.attributions);
    const auto enable = [](QWidget *widget, bool available, const QString &why) {
        widget->setEnabled(available);
        widget->setToolTip(available ? why : notAvailableText());
    };
    enable(mBins, can.bins, tr("Cut a numeric breakdown into bins: rising edges separated by commas, or quartiles"));
    enable(mFilterButton, can.stepFilters, tr("Count this step's event only where its properties pass a filter"));
    enable(mStepWindowButton, can.stepWindows,
           tr("How long after the previous step this step may come, besides the funnel's window"));
    mDroppedButton->setEnabled(can.droppedPersons);
}

void FunnelPage::updateHistogramAndTrend()
{
    // Time to convert: step 1 to the last step, for those who converted.
    auto *histogram = new QChart;
    histogram->setLocalizeNumbers(true);
    histogram->setTitle(tr("Time from %1 to %2, for those who converted")
                            .arg(mShown.query.steps.value(0).event, mShown.query.steps.value(mShown.query.steps.size() - 1).event)
                            .toHtmlEscaped());
    auto *bars = new QBarSeries;
    auto *set = new QBarSet(tr("Converted"));
    set->setColor(QColor(0x00, 0x72, 0xB2));
    QStringList bins;
    for (const FunnelResult::Bin &bin : std::as_const(mShown.result.histogram)) {
        set->append(double(bin.count));
        const qint64 seconds = qint64(bin.toSeconds);
        bins.append(seconds < 3600    ? tr("%1 min").arg(seconds / 60)
                    : seconds < 86400 ? tr("%1 h").arg(seconds / 3600)
                                      : tr("%1 d").arg(seconds / 86400));
    }
    bars->append(set);
    histogram->addSeries(bars);
    auto *binAxis = new QBarCategoryAxis;
    binAxis->append(bins);
    binAxis->setTitleText(tr("Converted within (each bar: longer than the bar before, up to this)"));
    histogram->addAxis(binAxis, Qt::AlignBottom);
    bars->attachAxis(binAxis);
    auto *countAxis = new QValueAxis;
    countAxis->setLabelFormat(QStringLiteral("%.0f"));
    histogram->addAxis(countAxis, Qt::AlignLeft);
    bars->attachAxis(countAxis);
    countAxis->applyNiceNumbers();
    histogram->legend()->hide();
    QChart *old = mHistogram->chart();
    Theme::style(histogram);
    mHistogram->setChart(histogram);
    delete old;
    updateTrend();
}

void FunnelPage::updateTrend()
{
    // Conversion of the units that entered each week, with the annotations.
    QChart *trend = FunnelTrendChart::create(mShown.result, mAnnotations);
    QChart *old = mTrend->chart();
    Theme::style(trend);
    mTrend->setChart(trend);
    delete old;
}

void FunnelPage::setAnnotations(const QList<Annotation> &annotations)
{
    mAnnotations = annotations;
    if (!mShown.result.steps.isEmpty())
        updateTrend(); // the time to convert does not change
}

void FunnelPage::addStep()
{
    const QString event = mEventPicker->currentData().toString();
    if (event.isEmpty())
        return;
    if (mSteps->count() >= FunnelQuery::maxSteps) {
        mStatus->setText(tr("A funnel has at most %1 steps.").arg(FunnelQuery::maxSteps));
        return;
    }
    auto *item = new QListWidgetItem(mSteps);
    item->setData(Qt::UserRole, event);
    renumberSteps();
    scheduleCompute();
}

void FunnelPage::removeStep()
{
    delete mSteps->currentItem();
    renumberSteps();
    scheduleCompute();
}

void FunnelPage::editStepFilter()
{
    QListWidgetItem *item = mSteps->currentItem();
    if (!item)
        return;
    const QString event = item->data(Qt::UserRole).toString();
    bool ok = false;
    const QString text = QInputDialog::getText(
        this, tr("Filter Step"),
        tr("Count “%1” only where (PROPERTY OP VALUE; several separated by semicolons):").arg(event),
        QLineEdit::Normal, item->data(Qt::UserRole + 1).toStringList().join(QLatin1String("; ")), &ok);
    if (!ok)
        return;
    QStringList filters;
    for (const QString &part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        QString error;
        if (!Condition::parse(part.trimmed(), &error)) {
            QMessageBox::warning(this, tr("Filter Step"), error);
            return;
        }
        filters.append(part.trimmed());
    }
    item->setData(Qt::UserRole, event);
    item->setData(Qt::UserRole + 1, filters);
    renumberSteps();
    scheduleCompute();
}

void FunnelPage::editStepWindow()
{
    QListWidgetItem *item = mSteps->currentItem();
    const int row = item ? mSteps->row(item) : -1;
    if (row < 1) {
        QMessageBox::information(this, tr("Step Window"), tr("Choose a step after the first: its window counts from the step before it."));
        return;
    }
    const qint64 current = item->data(stepWindowRole).toLongLong();
    bool ok = false;
    const QString text = QInputDialog::getText(
        this, tr("Step Window"),
        tr("Step %1 (%2) within how long after step %3? Write 30m, 2h or 1d; leave empty for the funnel's window only.")
            .arg(row + 1)
            .arg(item->data(Qt::UserRole).toString())
            .arg(row),
        QLineEdit::Normal, current > 0 ? Duration::compact(current) : QString(), &ok);
    if (!ok)
        return;
    qint64 window = 0;
    if (!text.trimmed().isEmpty()) {
        const std::optional<qint64> parsed = Duration::parse(text);
        if (!parsed || *parsed < FunnelQuery::minWindow || *parsed > FunnelQuery::maxWindow) {
            QMessageBox::warning(this, tr("Step Window"),
                                 tr("“%1” is not a duration from 1 minute to 366 days (write 30m, 2h or 1d).").arg(text));
            return;
        }
        window = *parsed;
    }
    item->setData(stepWindowRole, window);
    renumberSteps();
    scheduleCompute();
}

void FunnelPage::renumberSteps()
{
    for (int row = 0; row < mSteps->count(); ++row) {
        QListWidgetItem *item = mSteps->item(row);
        const QString event = item->data(Qt::UserRole).toString();
        const QStringList filters = item->data(Qt::UserRole + 1).toStringList();
        QString text = QStringLiteral("%1.  %2").arg(row + 1).arg(event);
        if (!filters.isEmpty())
            text += QStringLiteral("   [%1]").arg(filters.join(QLatin1String("; ")));
        const qint64 window = row > 0 ? item->data(stepWindowRole).toLongLong() : 0;
        if (window > 0)
            text += QStringLiteral("   ≤ %1").arg(Duration::compact(window));
        item->setText(text);
        item->setToolTip(window > 0 ? tr("Within %1 after step %2").arg(Duration::compact(window)).arg(row) : QString());
    }
}

void FunnelPage::saveFunnelAs(const QString &name)
{
    mSaved->saveAs(name, query().toJson());
}

QString FunnelPage::exportTo(const QString &path)
{
    // What is shown, with the query it answers: never a newer request still computing.
    if (mShown.result.steps.isEmpty())
        return tr("There is no funnel to export yet.");
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (TableFile::handles(path))
        return TableFile::write(path, FunnelExport::table(mShown.result), ExportPrompt::excelCsv());
    if ((suffix == QLatin1String("png") || suffix == QLatin1String("svg")) && mTabs->currentWidget() == mTrend)
        return FunnelTrendChart::save(mShown.result, mAnnotations,
                                      FunnelTrendChart::title(FunnelChart::title(mShown.query, mWorkspaceName)), path);
    if (suffix == QLatin1String("png") || suffix == QLatin1String("svg"))
        return FunnelChart::save(mShown.query, mShown.result, FunnelChart::title(mShown.query, mWorkspaceName), path);
    return tr("Choose a file ending in .png, .svg, .csv or .xlsx.");
}

void FunnelPage::exportDroppedUsersTo(const QString &path)
{
    if (mShown.result.steps.isEmpty() || !mBackend) {
        Q_EMIT droppedUsersExported(path, tr("There is no funnel to export yet."));
        return;
    }
    FunnelQuery query = mShown.query;
    query.listDropped = true;
    mDroppedWorker.start([query, backend = mBackend, path, excelCsv = ExportPrompt::excelCsv()](const TaskContext &task) {
        const QString error = TableFile::write(path, FunnelExport::droppedTable(query, backend->run(query, task)), excelCsv);
        if (!error.isEmpty())
            throw MessageError(error);
        return Done();
    }, [this, path](const Outcome<Done> &outcome) { Q_EMIT droppedUsersExported(path, outcome.ok() ? QString() : outcome.error()); });
}

void FunnelPage::exportInteractively()
{
    ExportPrompt::run(this, tr("Export Funnel"), tr("funnel.png"), ExportPrompt::chartFilters(),
                      [this](const QString &path) { return exportTo(path); });
}

void FunnelPage::exportDroppedUsers()
{
    if (mShown.result.steps.isEmpty())
        return;
    const QString path = ExportPrompt::askPath(this, tr("Export Dropped Users"), tr("dropped-users.csv"), ExportPrompt::tableFilters());
    if (!path.isEmpty())
        exportDroppedUsersTo(path);
}


QWidget *FunnelPage::currentChart() const
{
    if (mShown.result.steps.isEmpty())
        return nullptr;
    auto *chart = qobject_cast<QChartView *>(mTabs->currentWidget());
    return chart ? chart : mChart;
}

} // namespace Funnelscope
