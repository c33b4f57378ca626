#include "journeyspage.h"

#include "export/tablefile.h"

#include "analysis/eventtable.h"
#include "analysis/reportbackend.h"
#include "analysis/localcalendar.h"
#include "export/pathsexport.h"
#include "exportprompt.h"
#include "export/frictionexport.h"
#include "itemmodels/frictionweeksmodel.h"
#include "pathschart.h"
#include "store/workspacesummary.h"
#include "timelinedialog.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStringListModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Funnelscope {

JourneysPage::JourneysPage(QWidget *parent)
    : QWidget(parent)
    , mDirection(new QComboBox(this))
    , mEvent(new QComboBox(this))
    , mSteps(new QSpinBox(this))
    , mTop(new QSpinBox(this))
    , mExpand(new QComboBox(this))
    , mWhere(new QLineEdit(this))
    , mDropOff(new QLabel(this))
    , mClearDropOff(new QPushButton(tr("Back to Paths"), this))
    , mStatus(new QLabel(this))
    , mBusy(new QProgressBar(this))
    , mCancel(new QPushButton(tr("Cancel"), this))
    , mChart(new PathsChart(this))
    , mPersonsTitle(new QLabel(this))
    , mPersons(new QStringListModel(this))
    , mPersonList(new QListView(this))
    , mTimeline(new QPushButton(tr("Timeline…"), this))
    , mExportPersons(new QPushButton(tr("Export Table…"), this))
    , mFrictionModel(new FrictionWeeksModel(this))
    , mFrictionTable(new QTableView(this))
    , mFrictionSummary(new QLabel(this))
    , mWatch(new QLabel(this))
{
    mDebounce.setSingleShot(true);
    mDebounce.setInterval(150);
    connect(&mDebounce, &QTimer::timeout, this, &JourneysPage::compute);
    connect(&mWorker, &WorkerBase::busyChanged, mBusy, &QWidget::setVisible);
    connect(&mWorker, &WorkerBase::busyChanged, mCancel, &QWidget::setVisible);
    connect(mCancel, &QPushButton::clicked, this, [this] {
        mWorker.cancel();
        mStatus->setText(tr("Cancelled. Change a setting to compute again."));
    });

    mDirection->addItems({tr("Paths after"), tr("Paths before")});
    for (QComboBox *combo : {mEvent, mExpand}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
    }
    mSteps->setRange(1, PathsQuery::maxSteps);
    mSteps->setValue(5);
    mTop->setRange(1, PathsQuery::maxTop);
    mTop->setValue(5);
    mTop->setToolTip(tr("Events shown at each step; the rest are “(other)”"));
    mWhere->setObjectName(QStringLiteral("filters"));
    mWhere->setPlaceholderText(tr("e.g. device = mobile; channel != email"));
    mBusy->setRange(0, 0);
    mBusy->setTextVisible(false);
    mBusy->setMaximumWidth(100);
    mBusy->hide();
    mCancel->hide();
    mDropOff->hide();
    mClearDropOff->hide();
    mWatch->hide();
    auto *exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setToolTip(tr("Save the diagram as PNG or SVG, or its edges as CSV"));
    connect(exportButton, &QPushButton::clicked, this, &JourneysPage::exportInteractively);
    connect(mClearDropOff, &QPushButton::clicked, this, [this] {
        mFunnel.reset();
        mDropOff->hide();
        mClearDropOff->hide();
        mDirection->setEnabled(true);
        mEvent->setEnabled(true);
        scheduleCompute();
    });
    for (QComboBox *combo : {mDirection, mEvent, mExpand})
        connect(combo, &QComboBox::currentIndexChanged, this, &JourneysPage::scheduleCompute);
    for (QSpinBox *spin : {mSteps, mTop})
        connect(spin, &QSpinBox::valueChanged, this, &JourneysPage::scheduleCompute);
    connect(mWhere, &QLineEdit::editingFinished, this, &JourneysPage::scheduleCompute);
    connect(mChart, &PathsChart::nodeClicked, this, &JourneysPage::selectNode);

    const auto label = [this](const QString &text) { return new QLabel(text, this); };
    auto *first = new QHBoxLayout;
    first->addWidget(mDirection);
    first->addWidget(mEvent);
    first->addWidget(label(tr("Steps:")));
    first->addWidget(mSteps);
    first->addWidget(label(tr("Top:")));
    first->addWidget(mTop);
    first->addWidget(label(tr("Per value of")));
    first->addWidget(mExpand);
    first->addStretch(1);
    first->addWidget(mBusy);
    first->addWidget(mCancel);
    first->addWidget(exportButton);
    auto *second = new QHBoxLayout;
    second->addWidget(label(tr("Filters:")));
    second->addWidget(mWhere, 1);
    second->addWidget(mDropOff);
    second->addWidget(mClearDropOff);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(mChart);
    scroll->setWidgetResizable(true);
    scroll->setBackgroundRole(QPalette::Base);

    mPersonList->setModel(mPersons);
    mPersonList->setAccessibleName(tr("Persons"));
    mPersonList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mPersonList->setUniformItemSizes(true);
    connect(mPersonList, &QListView::doubleClicked, this, &JourneysPage::openTimeline);
    connect(mTimeline, &QPushButton::clicked, this, &JourneysPage::openTimeline);
    connect(mExportPersons, &QPushButton::clicked, this, [this] {
        ExportPrompt::run(this, tr("Export Persons"), tr("persons.csv"), ExportPrompt::tableFilters(),
                          [this](const QString &path) { return exportPersonsTo(path); });
    });
    mPersonsTitle->setWordWrap(true);
    auto *personsBox = new QWidget(this);
    auto *personsLayout = new QVBoxLayout(personsBox);
    personsLayout->setContentsMargins(0, 0, 0, 0);
    personsLayout->addWidget(mPersonsTitle);
    personsLayout->addWidget(mPersonList, 1);
    auto *personButtons = new QHBoxLayout;
    personButtons->addWidget(mTimeline);
    personButtons->addWidget(mExportPersons);
    personButtons->addStretch(1);
    personsLayout->addLayout(personButtons);

    mFrictionTable->setModel(mFrictionModel);
    mFrictionTable->setAccessibleName(tr("Friction by week"));
    mFrictionTable->verticalHeader()->hide();
    mFrictionTable->setAlternatingRowColors(true);
    mFrictionTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mFrictionTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    mFrictionTable->setToolTip(tr("Click a number to list those persons (then Timeline… or Export Table…)"));
    connect(mFrictionTable, &QTableView::clicked, this, [this](const QModelIndex &index) {
        if (index.column() != FrictionWeeksModel::Week)
            selectFriction(FrictionWeeksModel::signalOf(index.column()), mFrictionModel->mondayAt(index.row()));
    });
    mFrictionSummary->setWordWrap(true);
    auto *frictionBox = new QWidget(this);
    auto *frictionLayout = new QVBoxLayout(frictionBox);
    frictionLayout->setContentsMargins(0, 0, 0, 0);
    frictionLayout->addWidget(mFrictionSummary);
    frictionLayout->addWidget(mFrictionTable, 1);
    frictionLayout->addWidget(mWatch);

    auto *lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(personsBox);
    lower->addWidget(frictionBox);
    lower->setStretchFactor(0, 1);
    lower->setStretchFactor(1, 2);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(scroll);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    mStatus->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(first);
    layout->addLayout(second);
    layout->addWidget(mStatus);
    layout->addWidget(splitter, 1);
    selectNode(-1, -1);
}

JourneysPage::~JourneysPage() = default;

void JourneysPage::setSummary(const WorkspaceSummary &summary)
{
    mWorkspacePath = summary.path;
    mWorkspaceName = summary.name;
    mTimezone = summary.timezone.isEmpty() ? QByteArrayLiteral("UTC") : summary.timezone.toUtf8();
    mLoading = true;
    const QString event = mEvent->currentData().toString();
    const QString expand = mExpand->currentData().toString();
    mEvent->clear();
    for (const auto &type : summary.eventTypes)
        mEvent->addItem(type.name, type.name);
    int chosen = mEvent->findData(event.isEmpty() ? QStringLiteral("add_to_cart") : event);
    mEvent->setCurrentIndex(qMax(0, chosen));
    mExpand->clear();
    mExpand->addItem(tr("nothing"), QString());
    for (const QString &field : EventTable::fieldColumns())
        mExpand->addItem(field, field);
    for (const QString &name : summary.properties)
        mExpand->addItem(name, name);
    mExpand->setCurrentIndex(qMax(0, mExpand->findData(expand)));
    mLoading = false;
    scheduleCompute();
}

PathsQuery JourneysPage::query() const
{
    PathsQuery query;
    query.direction = mDirection->currentIndex() == 1 ? PathsQuery::Direction::Backward : PathsQuery::Direction::Forward;
    query.event = mEvent->currentData().toString();
    query.steps = mSteps->value();
    query.top = mTop->value();
    query.expand = mExpand->currentData().toString();
    query.timezone = mTimezone;
    query.where = Condition::parseList(mWhere->text()).value_or(QList<Condition>());
    if (mFunnel) {
        query.funnel = *mFunnel;
        query.funnel->where = query.where;
        query.droppedAfter = mDroppedAfter;
        query.direction = PathsQuery::Direction::Forward;
    }
    return query;
}

void JourneysPage::setQuery(const PathsQuery &query)
{
    mLoading = true;
    mDirection->setCurrentIndex(query.direction == PathsQuery::Direction::Backward ? 1 : 0);
    const int event = mEvent->findData(query.event);
    if (event >= 0)
        mEvent->setCurrentIndex(event);
    mSteps->setValue(query.steps);
    mTop->setValue(query.top);
    mExpand->setCurrentIndex(qMax(0, mExpand->findData(query.expand)));
    mLoading = false;
    scheduleCompute();
}

void JourneysPage::showDropOffs(const FunnelQuery &funnel, int step)
{
    if (step < 1 || step >= funnel.steps.size())
        return;
    mFunnel = funnel;
    mDroppedAfter = step;
    QStringList steps;
    for (const FunnelQuery::Step &each : funnel.steps)
        steps.append(each.event);
    mDropOff->setText(tr("Where those who reached %1 and not %2 went (funnel %3)")
                          .arg(funnel.steps[step - 1].event, funnel.steps[step].event, steps.join(QStringLiteral(" → "))));
    mDropOff->show();
    mClearDropOff->show();
    mDirection->setEnabled(false);
    mEvent->setEnabled(false);
    scheduleCompute();
}

void JourneysPage::scheduleCompute()
{
    if (!mLoading && !mWorkspacePath.isEmpty())
        mDebounce.start();
}

void JourneysPage::compute()
{
    if (QString error; !Condition::parseList(mWhere->text(), &error)) {
        mStatus->setText(error);
        return;
    }
    const PathsQuery request = query();
    if (!mBackend || request.anchorEvent().isEmpty())
        return;
    FrictionQuery friction;
    friction.where = request.where;
    friction.timezone = mTimezone;
    mStatus->setText(tr("Computing…"));
    mWorker.start([request, friction, backend = mBackend](const TaskContext &task) {
        return Computed{request, backend->run(request, task), backend->run(friction, task)};
    }, [this](const Outcome<Computed> &outcome) { showOutcome(outcome); });
}

void JourneysPage::showOutcome(const Outcome<Computed> &outcome)
{
    if (!outcome.ok()) {
        mStatus->setText(QStringLiteral("<span style='color:#b3261e'>%1</span>").arg(outcome.error().toHtmlEscaped()));
        Q_EMIT computed();
        return;
    }
    mShown = outcome.value();
    const QLocale locale;
    const PathsResult &paths = mShown.paths;
    mStatus->setText(tr("%1 persons; every number is persons, and each node's persons go on to the next step or end there "
                        "(their session ended). Click a node to list its persons.")
                         .arg(locale.toString(paths.persons)));
    mChart->setResult(paths);
    const FrictionResult &friction = mShown.friction;
    mFrictionModel->setResult(friction);
    QString summary = tr("<b>Friction</b>: %1 Hover a column for its rule.").arg(FrictionExport::summary(friction).toHtmlEscaped());
    // The trend: the latest week against the four before it.
    QStringList trends;
    for (int s = 0; s < FrictionQuery::signalCount; ++s) {
        const auto signal = FrictionQuery::Signal(s);
        if (const std::optional<double> change = mFrictionModel->trend(signal))
            trends.append(tr("%1 %2 %3 %").arg(FrictionWeeksModel::signalName(signal), *change >= 0 ? QStringLiteral("↑") : QStringLiteral("↓"),
                                              locale.toString(std::abs(*change) * 100, 'f', 0)));
    }
    if (!trends.isEmpty())
        summary += QStringLiteral("<br>") + tr("Latest week against the four before: %1.").arg(trends.join(QStringLiteral(", ")));
    if (!friction.missingRoles.isEmpty())
        summary += QLatin1Char(' ') + tr("No event plays %1.").arg(friction.missingRoles.join(QLatin1String(", ")));
    mFrictionSummary->setText(summary);
    selectNode(-1, -1);
    Q_EMIT computed();
}

void JourneysPage::selectNode(int step, int node)
{
    const PathsResult &paths = mShown.paths;
    const bool valid = step >= 0 && step < paths.steps.size() && node >= 0 && node < paths.steps[step].size();
    mSelectedStep = valid ? step : -1;
    mSelectedNode = valid ? node : -1;
    mChart->setSelected(mSelectedStep, mSelectedNode);
    mPersons->setStringList(valid ? paths.personsAt(step, node) : QStringList());
    mListName = valid ? QStringLiteral("%1 · %2").arg(step).arg(paths.steps[step][node].name) : QString();
    mTimeline->setEnabled(valid);
    mExportPersons->setEnabled(valid);
    mPersonsTitle->setText(valid ? tr("<b>%1</b> at %2: %n persons", nullptr, int(paths.steps[step][node].persons))
                                       .arg(PathsChart::displayName(paths.steps[step][node], paths.backward).toHtmlEscaped(),
                                            step == 0 ? tr("the start") : tr("step %1").arg(step))
                                 : tr("Click a node of the diagram to list its persons; double-click one for their timeline."));
    if (valid && mPersons->rowCount() > 0)
        mPersonList->setCurrentIndex(mPersons->index(0));
}

void JourneysPage::selectFriction(FrictionQuery::Signal signal, const QDate &monday)
{
    const FrictionResult &friction = mShown.friction;
    const LocalCalendar calendar(LocalCalendar::zoneNamed(mTimezone));
    const qint64 week = LocalCalendar::periodOf(monday, LocalCalendar::Period::Week);
    QSet<QString> persons;
    for (qsizetype i = 0; i < friction.hits.size(); ++i) {
        const FrictionHit &hit = friction.hits[i];
        if (hit.signal == signal && calendar.period(hit.sessionStartMs, LocalCalendar::Period::Week) == week)
            persons.insert(friction.personOf(i));
    }
    QStringList list = persons.values();
    list.sort();
    mSelectedStep = -1;
    mSelectedNode = -1;
    mChart->setSelected(-1, -1);
    mPersons->setStringList(list);
    mListName = QStringLiteral("%1 · %2").arg(FrictionQuery::signalKey(signal), monday.toString(Qt::ISODate));
    mTimeline->setEnabled(!list.isEmpty());
    mExportPersons->setEnabled(!list.isEmpty());
    mPersonsTitle->setText(tr("<b>%1</b> in the week from %2: %n persons", nullptr, int(list.size()))
                               .arg(FrictionWeeksModel::signalName(signal).toHtmlEscaped(),
                                    QLocale().toString(monday, QLocale::ShortFormat)));
    if (!list.isEmpty())
        mPersonList->setCurrentIndex(mPersons->index(0));
}

QStringList JourneysPage::listedPersons() const
{
    return mPersons->stringList();
}

void JourneysPage::openTimeline()
{
    const QModelIndex current = mPersonList->currentIndex();
    if (!current.isValid() || mWorkspacePath.isEmpty())
        return;
    auto *dialog = new TimelineDialog(mWorkspacePath, current.data().toString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

QString JourneysPage::exportTo(const QString &path)
{
    if (mShown.paths.steps.isEmpty())
        return tr("There are no paths to export yet.");
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (TableFile::handles(path))
        return TableFile::write(path, PathsExport::table(mShown.paths), ExportPrompt::excelCsv());
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg"))
        return tr("Choose a file ending in .png, .svg, .csv or .xlsx.");
    return PathsChart::save(path, mShown.paths, PathsChart::title(mShown.paths, mWorkspaceName));
}

void JourneysPage::exportInteractively()
{
    ExportPrompt::run(this, tr("Export Paths"), tr("paths.png"), ExportPrompt::chartFilters(),
                      [this](const QString &path) { return exportTo(path); });
}

QString JourneysPage::exportPersonsTo(const QString &path) const
{
    if (mListName.isEmpty())
        return tr("Click a node first.");
    // One person a row with what they are on the list for: ready for a remarketing audience.
    QList<QStringList> rows{{QStringLiteral("person"), QStringLiteral("list")}};
    const QStringList persons = mPersons->stringList();
    for (const QString &person : persons)
        rows.append({person, mListName});
    return TableFile::write(path, rows, ExportPrompt::excelCsv());
}

void JourneysPage::setWatchStatus(const QString &text)
{
    mWatch->setText(text);
    mWatch->setVisible(!text.isEmpty());
}

QWidget *JourneysPage::currentChart() const
{
    return mChart->isVisible() && !mShown.paths.steps.isEmpty() ? mChart : nullptr;
}

} // namespace Funnelscope
