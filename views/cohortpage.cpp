#include "cohortpage.h"

#include "export/tablefile.h"
#include "theme.h"

#include "drawingexport.h"
#include "exportprompt.h"

#include "analysis/eventtable.h"
#include "analysis/reportbackend.h"
#include "cohortheatmap.h"
#include "comboitems.h"
#include "export/cohortexport.h"
#include "export/funneltext.h"
#include "settings/preferences.h"
#include "store/workspacesummary.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLegend>
#include <QLineEdit>
#include <QLineSeries>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QValueAxis>
#include <QVBoxLayout>

namespace Funnelscope {

namespace {

enum Show { RetentionPercent, RetentionCounts, Revenue, CumulativeRevenue };

const QColor curveColours[] = {QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73), QColor(0xCC, 0x79, 0xA7),
                               QColor(0x56, 0xB4, 0xE9), QColor(0xD5, 0x5E, 0x00), QColor(0xF0, 0xE4, 0x42)};

} // namespace

CohortPage::CohortPage(QWidget *parent)
    : QWidget(parent)
    , mPeriod(new QComboBox(this))
    , mStart(new QComboBox(this))
    , mReturn(new QComboBox(this))
    , mMode(new QComboBox(this))
    , mPeriods(new QSpinBox(this))
    , mShow(new QComboBox(this))
    , mBreakdown(new QComboBox(this))
    , mSegment(new QComboBox(this))
    , mWhere(new QLineEdit(this))
    , mStatus(new QLabel(this))
    , mBusy(new QProgressBar(this))
    , mHeatmap(new CohortHeatmap(this))
    , mCurves(new QChartView(this))
{
    mDebounce.setSingleShot(true);
    mDebounce.setInterval(150);
    connect(&mDebounce, &QTimer::timeout, this, &CohortPage::compute);
    connect(&mWorker, &WorkerBase::busyChanged, mBusy, &QWidget::setVisible);

    for (QComboBox *combo : {mPeriod, mStart, mReturn, mMode, mShow, mBreakdown, mSegment}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
    }
    mShow->setMinimumContentsLength(22);
    // The second column has room: its texts are whole in every language ("beliebiges
    // Ereignis", "in diesem Zeitraum oder später").
    mStart->setMinimumContentsLength(18);
    mMode->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    mPeriod->addItems({tr("Day"), tr("Week"), tr("Month")});
    mPeriod->setCurrentIndex(1);
    mMode->addItems({tr("in that period"), tr("in that period or later")});
    mPeriods->setRange(1, CohortQuery::maxPeriods);
    mPeriods->setValue(12);
    mShow->addItems({tr("Retention, %"), tr("Retention, users"), tr("Revenue per user"),
                     tr("Cumulative revenue per user")});
    mWhere->setObjectName(QStringLiteral("filters"));
    mWhere->setPlaceholderText(tr("e.g. channel = email; Quantity > 0"));
    mSegment->setEnabled(false);
    mBusy->setRange(0, 0);
    mBusy->setTextVisible(false);
    mBusy->setMaximumWidth(120);
    mBusy->hide();
    auto *exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setToolTip(tr("Save the heatmap as PNG or SVG (with the curves as PNG), or the grid as CSV"));
    connect(exportButton, &QPushButton::clicked, this, &CohortPage::exportInteractively);

    for (QComboBox *combo : {mPeriod, mStart, mReturn, mMode, mBreakdown})
        connect(combo, &QComboBox::currentIndexChanged, this, &CohortPage::scheduleCompute);
    connect(mShow, &QComboBox::currentIndexChanged, this, [this](int show) {
        // Counts and percentages are one computation; revenue is another.
        const bool revenue = show >= Revenue;
        if (revenue != mShown.result.revenue || (revenue && (show == CumulativeRevenue) != mShown.query.cumulative))
            scheduleCompute();
        else
            showGrid();
    });
    connect(mPeriods, &QSpinBox::valueChanged, this, &CohortPage::scheduleCompute);
    connect(mWhere, &QLineEdit::editingFinished, this, &CohortPage::scheduleCompute);
    connect(mSegment, &QComboBox::currentIndexChanged, this, [this] {
        mSelectedCohorts.clear();
        showGrid();
    });
    connect(mHeatmap, &CohortHeatmap::cohortClicked, this, [this](int index) {
        if (!mSelectedCohorts.remove(index))
            mSelectedCohorts.insert(index);
        updateCurves();
    });

    // Two columns of short rows, so the page fits a small laptop screen.
    auto *controls = new QGridLayout;
    const auto label = [this](const QString &text) { return new QLabel(text, this); };
    controls->addWidget(label(tr("Cohorts by")), 0, 0);
    controls->addWidget(mPeriod, 0, 1);
    controls->addWidget(label(tr("of first")), 0, 2);
    controls->addWidget(mStart, 0, 3);
    controls->addWidget(label(tr("returning with")), 1, 0);
    controls->addWidget(mReturn, 1, 1);
    controls->addWidget(label(tr("counted")), 1, 2);
    controls->addWidget(mMode, 1, 3);
    controls->addWidget(label(tr("Show:")), 2, 0);
    controls->addWidget(mShow, 2, 1);
    controls->addWidget(label(tr("Periods:")), 2, 2);
    controls->addWidget(mPeriods, 2, 3, Qt::AlignLeft);
    controls->addWidget(label(tr("Break down by")), 3, 0);
    controls->addWidget(mBreakdown, 3, 1);
    controls->addWidget(mSegment, 3, 2, 1, 2);
    controls->addWidget(label(tr("Filters:")), 4, 0);
    controls->addWidget(mWhere, 4, 1, 1, 3);
    controls->setColumnStretch(4, 1);
    controls->addWidget(mBusy, 0, 5);
    controls->addWidget(exportButton, 4, 5);

    mCurves->setAccessibleName(tr("Retention curves"));
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(mHeatmap);
    scroll->setWidgetResizable(true);
    scroll->setBackgroundRole(QPalette::Base);
    mCurves->setRenderHint(QPainter::Antialiasing);
    mCurves->setMinimumHeight(220);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(scroll);
    splitter->addWidget(mCurves);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    mStatus->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(mStatus);
    layout->addWidget(splitter, 1);
}

CohortPage::~CohortPage() = default;

void CohortPage::setSummary(const WorkspaceSummary &summary)
{
    mWorkspacePath = summary.path;
    mWorkspaceName = summary.name;
    mTimezone = summary.timezone.isEmpty() ? QByteArrayLiteral("UTC") : summary.timezone.toUtf8();
    mLoading = true;
    const QString start = mStart->currentData().toString();
    const QString back = mReturn->currentData().toString();
    const QString breakdown = mBreakdown->currentData().toString();
    for (QComboBox *combo : {mStart, mReturn}) {
        combo->clear();
        combo->addItem(tr("any event"), QString());
        for (const auto &type : summary.eventTypes)
            combo->addItem(type.name, type.name);
    }
    mStart->setCurrentIndex(qMax(0, mStart->findData(start)));
    mReturn->setCurrentIndex(qMax(0, mReturn->findData(back)));
    mBreakdown->clear();
    mBreakdown->addItem(tr("nothing"), QString());
    for (const QString &field : EventTable::fieldColumns())
        mBreakdown->addItem(field, field);
    for (const QString &property : summary.properties)
        mBreakdown->addItem(property, property);
    mBreakdown->setCurrentIndex(qMax(0, mBreakdown->findData(breakdown)));
    // Options the backend cannot answer are shown, greyed, with why.
    const ReportCapabilities can = mBackend ? mBackend->capabilities() : ReportCapabilities();
    setItemAvailable(mShow, Revenue, can.revenue);
    setItemAvailable(mShow, CumulativeRevenue, can.revenue);
    for (int index = 1; index < mBreakdown->count(); ++index)
        setItemAvailable(mBreakdown, index, can.canUse(mBreakdown->itemData(index).toString()));
    mLoading = false;
    scheduleCompute();
}

CohortQuery CohortPage::query() const
{
    CohortQuery query;
    query.period = LocalCalendar::Period(qMax(0, mPeriod->currentIndex()));
    query.startEvent = mStart->currentData().toString();
    query.returnEvent = mReturn->currentData().toString();
    query.mode = CohortQuery::Mode(qMax(0, mMode->currentIndex()));
    query.periods = mPeriods->value();
    query.metric = mShow->currentIndex() >= Revenue ? CohortQuery::Metric::Revenue : CohortQuery::Metric::Retention;
    query.cumulative = mShow->currentIndex() != Revenue;
    query.breakdown = mBreakdown->currentData().toString();
    query.timezone = mTimezone;
    query.where = Condition::parseList(mWhere->text()).value_or(QList<Condition>());
    return query;
}

void CohortPage::scheduleCompute()
{
    if (!mLoading && !mWorkspacePath.isEmpty())
        mDebounce.start();
}

void CohortPage::compute()
{
    const CohortQuery request = query();
    if (QString error; !Condition::parseList(mWhere->text(), &error)) {
        mStatus->setText(error);
        return;
    }
    if (!mBackend)
        return;
    mWorker.start([request, backend = mBackend](const TaskContext &task) {
        return Computed{request, backend->run(request, task)};
    }, [this](const Outcome<Computed> &outcome) { showOutcome(outcome); });
}

void CohortPage::setAnnotations(const QList<Annotation> &annotations)
{
    mAnnotations = annotations;
    mHeatmap->setAnnotations(mAnnotations);
}

void CohortPage::showOutcome(const Outcome<Computed> &outcome)
{
    if (!outcome.ok()) {
        mStatus->setText(QStringLiteral("<span style='color:#b3261e'>%1</span>").arg(outcome.error().toHtmlEscaped()));
        Q_EMIT computed();
        return;
    }
    mStatus->clear();
    mShown = outcome.value();
    mLoading = true;
    const QString segment = mSegment->currentText();
    mSegment->clear();
    mSegment->addItem(tr("everybody"));
    for (qsizetype g = 1; g < mShown.result.grids.size(); ++g)
        mSegment->addItem(FunnelText::segmentName(mShown.query.breakdown, mShown.result.grids[g].value));
    mSegment->setCurrentIndex(qMax(0, mSegment->findText(segment)));
    mSegment->setEnabled(mShown.result.grids.size() > 1);
    mLoading = false;
    mSelectedCohorts.clear();
    showGrid();
    Q_EMIT computed();
}

CohortGrid CohortPage::shownGrid() const
{
    return mShown.result.grids.value(qMax(0, mSegment->currentIndex()));
}

void CohortPage::showGrid()
{
    mHeatmap->setGrid(shownGrid(), mShown.query, mShown.result.revenue);
    mHeatmap->setShowCounts(mShow->currentIndex() == RetentionCounts);
    updateCurves();
}

void CohortPage::updateCurves()
{
    const CohortGrid grid = shownGrid();
    auto *chart = new QChart;
    chart->setLocalizeNumbers(true);
    if (!mShown.result.revenue)
        chart->setTitle(tr("Retention curve (click cohorts in the grid to add them)"));
    else if (mShown.query.cumulative)
        chart->setTitle(tr("Cumulative revenue per user by period (click cohorts in the grid to add them)"));
    else
        chart->setTitle(tr("Revenue per user by period (click cohorts in the grid to add them)"));
    const auto addLine = [&](const CohortRow &row, const QString &name, const QColor &colour, qreal width) {
        auto *line = new QLineSeries;
        line->setName(name);
        for (qsizetype k = 0; k < row.values.size(); ++k) {
            if (row.values[k] && !row.incomplete[k])
                line->append(double(k), *row.values[k]);
        }
        QPen pen(colour);
        pen.setWidthF(width);
        line->setPen(pen);
        line->setPointsVisible(true);
        chart->addSeries(line);
        return line;
    };
    addLine(grid.average, tr("Average (weighted)"), QColor(0x00, 0x72, 0xB2), 3);
    QList<int> selected = mSelectedCohorts.values();
    std::sort(selected.begin(), selected.end());
    int colour = 0;
    for (int index : std::as_const(selected)) {
        if (index < grid.cohorts.size())
            addLine(grid.cohorts[index], grid.cohorts[index].start.toString(Qt::ISODate),
                    curveColours[colour++ % int(std::size(curveColours))], 1.5);
    }
    chart->createDefaultAxes();
    const auto horizontal = chart->axes(Qt::Horizontal);
    for (QAbstractAxis *axis : horizontal) {
        auto *value = static_cast<QValueAxis *>(axis);
        value->setRange(0, std::max(1, mShown.query.periods - 1));
        value->setTickCount(std::min(mShown.query.periods, 13));
        value->setLabelFormat(QStringLiteral("%d"));
        value->setTitleText(tr("Periods since the cohort's start"));
    }
    // Without a complete period yet there is no point: 0 to 100% (or 0 to 1), not a range
    // of 0 to 1% whose whole-number labels repeat ("0%, 0%, 1%, 1%").
    bool points = false;
    for (const QAbstractSeries *series : chart->series())
        points = points || static_cast<const QLineSeries *>(series)->count() > 0;
    if (!points) // say why the curve is empty
        chart->setTitle(tr("%1 · no complete period yet").arg(chart->title()));
    const auto vertical = chart->axes(Qt::Vertical);
    for (QAbstractAxis *axis : vertical) {
        auto *value = static_cast<QValueAxis *>(axis);
        if (!points)
            value->setRange(0, mShown.result.revenue ? 1 : 100);
        value->setMin(0);
        value->applyNiceNumbers();
        const bool small = value->max() < 10; // 2.5%, not 2% and 3%
        value->setLabelFormat(mShown.result.revenue ? QStringLiteral("%.2f") : small ? QStringLiteral("%.1f%") : QStringLiteral("%.0f%"));
    }
    chart->legend()->setAlignment(Qt::AlignRight);
    QChart *old = mCurves->chart();
    Theme::style(chart);
    mCurves->setChart(chart);
    delete old;
}

QString CohortPage::exportTo(const QString &path)
{
    if (mShown.result.grids.isEmpty())
        return tr("There is no cohort grid to export yet.");
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (TableFile::handles(path))
        return TableFile::write(path, CohortExport::table(mShown.result), ExportPrompt::excelCsv());
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg"))
        return tr("Choose a file ending in .png, .svg, .csv or .xlsx.");
    const CohortGrid grid = shownGrid();
    const QString error = CohortHeatmap::save(path, grid, mShown.query, mShown.result.revenue,
                                              mShow->currentIndex() == RetentionCounts,
                                              CohortHeatmap::title(mShown.query, mWorkspaceName,
                                                                   FunnelText::segmentName(mShown.query.breakdown, grid.value),
                                                                   mShown.result.netOfRefunds),
                                              mAnnotations);
    if (!error.isEmpty())
        return error;
    // The curves beside the heatmap, as they are on screen: PNG at twice the size, or SVG.
    const QFileInfo info(path);
    const QString curves = info.dir().filePath(info.completeBaseName() + QStringLiteral("-curve.") + suffix);
    return DrawingExport::saveChart(*mCurves->chart(), QSize(1000, 500), QString(), curves);
}

void CohortPage::exportInteractively()
{
    ExportPrompt::run(this, tr("Export Cohorts"), tr("cohorts.png"), ExportPrompt::chartFilters(),
                      [this](const QString &path) { return exportTo(path); });
}

QWidget *CohortPage::currentChart() const
{
    return mShown.result.grids.isEmpty() ? nullptr : mHeatmap;
}

} // namespace Funnelscope
