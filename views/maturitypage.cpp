#include "maturitypage.h"

#include "document/workspacetables.h"
#include "export/tablefile.h"

#include "exportprompt.h"
#include "theme.h"

#include "drawingexport.h"

#include "export/assessmentexport.h"
#include "maturityradar.h"
#include "store/workspacesummary.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QPainter>
#include <QValueAxis>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace Funnelscope {

namespace {

const QColor currentColour(0xC6, 0xDB, 0xEF); // ColorBrewer Blues, light
const QColor targetColour(0xFD, 0xD0, 0xA2);  // light orange

QString stageText(double stage)
{
    return stage > 0 ? QLocale().toString(stage, 'f', std::fmod(stage, 1.0) == 0 ? 0 : 1) : QStringLiteral("–");
}

} // namespace

MaturityPage::MaturityPage(QWidget *parent)
    : QWidget(parent)
    , mMatrix(MaturityMatrix::builtIn())
    , mAssessment(Assessment::blank(mMatrix))
    , mTable(new QTableWidget(this))
    , mRadar(new QChartView(this))
    , mSummary(new QLabel(this))
    , mNext(new QLabel(this))
    , mHistoryBox(new QComboBox(this))
{
    auto *title = new QLabel(this);
    title->setText(QStringLiteral("<b style='font-size:large'>%1</b>").arg(MaturityMatrix::translated(mMatrix.title).toHtmlEscaped()));
    auto *loadButton = new QPushButton(tr("Load Matrix…"), this);
    loadButton->setToolTip(tr("Use your own matrix definition (JSON)"));
    auto *saveButton = new QPushButton(tr("Save Assessment…"), this);
    auto *exportButton = new QPushButton(tr("Export…"), this);
    connect(loadButton, &QPushButton::clicked, this, &MaturityPage::loadMatrix);
    connect(saveButton, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString who = QInputDialog::getText(this, tr("Save Assessment"), tr("Taken by:"), QLineEdit::Normal,
                                                  qEnvironmentVariable("USER"), &ok);
        if (!ok)
            return;
        save(who);
    });
    connect(this, &MaturityPage::saved, this, [this](const QString &error) {
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Save Assessment"), error);
    });
    connect(exportButton, &QPushButton::clicked, this, &MaturityPage::exportInteractively);
    mHistoryBox->setPlaceholderText(tr("History"));
    mHistoryBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    mHistoryBox->setMinimumContentsLength(16);
    connect(mHistoryBox, &QComboBox::activated, this, &MaturityPage::showHistory);
    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch();
    header->addWidget(mHistoryBox);
    header->addWidget(loadButton);
    header->addWidget(saveButton);
    header->addWidget(exportButton);

    mTable->verticalHeader()->hide();
    mTable->setWordWrap(true);
    mTable->setSelectionMode(QAbstractItemView::NoSelection);
    mTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    // A click changes that row's colours and figures in place: the rows keep their heights
    // (a rebuilt table measured them again, so the second click of a double-click landed on
    // another dimension) and an open editor is never taken from under the view.
    connect(mTable, &QTableWidget::cellClicked, this, [this](int row, int column) {
        if (column >= 1 && column <= mMatrix.stageCount()) {
            Assessment::Score *score = mAssessment.score(mMatrix.dimensions[row].id);
            score->current = column;
            if (score->target < score->current)
                score->target = score->current;
            updateRow(row);
            refresh();
        }
    });
    // The stage names wrap to their columns' widths, measured with the header's font, and
    // the rows fit their texts again when a column changes width.
    connect(mTable->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        if (!mLayoutPending) {
            mLayoutPending = true;
            QTimer::singleShot(0, this, [this] {
                mLayoutPending = false;
                fitHeaders();
            });
        }
    });
    connect(mTable, &QTableWidget::cellChanged, this, [this](int row, int) {
        if (!mUpdating)
            readRow(row);
    });

    mRadar->setRenderHint(QPainter::Antialiasing);
    mRadar->setAccessibleName(tr("Maturity radar: current against target"));
    mTable->setAccessibleName(tr("Maturity matrix"));
    mRadar->setMinimumSize(420, 320); // the polar plot is what the labels on its sides leave
    mRadar->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    mSummary->setWordWrap(true);
    mNext->setWordWrap(true);
    mNext->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    mTrend = new QChartView(this);
    mTrend->setAccessibleName(tr("Overall score over time"));
    mTrend->setRenderHint(QPainter::Antialiasing);
    mTrend->setMinimumHeight(170);
    mTrend->hide();
    sideLayout->addWidget(mSummary);
    sideLayout->addWidget(mNext, 1);
    sideLayout->addWidget(mTrend);
    auto *bottom = new QSplitter(this);
    bottom->addWidget(mRadar);
    bottom->addWidget(side);
    // The radar takes the larger share as the window grows; the text beside it wraps.
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 2);
    bottom->setSizes({600, 400});
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(mTable);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 420});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(splitter, 1);

    rebuildTable();
    refresh();
}

MaturityPage::~MaturityPage() = default;

void MaturityPage::setSummary(const WorkspaceSummary &summary)
{
    mWorkspacePath = summary.path;
    mWorkspaceName = summary.name;
    mLoader.start([path = summary.path](const TaskContext &task) {
        const auto tables = WorkspaceTables::open(path, task);
        return Loaded{MaturityEvidence::suggest(*tables, task), Assessment::history(tables->connection())};
    }, [this](const Outcome<Loaded> &outcome) { showLoaded(outcome); });
}

void MaturityPage::reloadEvidence()
{
    if (mWorkspacePath.isEmpty())
        return;
    mEvidenceLoader.start([path = mWorkspacePath](const TaskContext &task) {
        const auto tables = WorkspaceTables::open(path, task);
        return MaturityEvidence::suggest(*tables, task);
    }, [this](const Outcome<QList<MaturityEvidence::Hint>> &outcome) {
        if (!outcome.ok())
            return; // the hints on screen stay; the next open says what is wrong
        mHints = outcome.value();
        rebuildTable();
        refresh();
        Q_EMIT loaded();
    });
}

void MaturityPage::showLoaded(const Outcome<Loaded> &outcome)
{
    if (!outcome.ok()) {
        // The matrix still works without the data's evidence; say why it is missing.
        mHints.clear();
        mSummary->setText(QStringLiteral("<span style='color:#b3261e'>%1</span>")
                              .arg(tr("The workspace could not be read: %1").arg(outcome.error()).toHtmlEscaped()));
        Q_EMIT loaded();
        return;
    }
    mHints = outcome.value().hints;
    setHistory(outcome.value().history);
    if (!mHistory.isEmpty())
        mAssessment.scores = mHistory.last().scores; // start from the latest answers
    rebuildTable();
    refresh();
    Q_EMIT loaded();
}

void MaturityPage::setHistory(const QList<Assessment> &history)
{
    mHistory = history;
    mHistoryBox->clear();
    const QLocale locale;
    for (const Assessment &entry : std::as_const(mHistory))
        mHistoryBox->addItem(tr("%1 by %2 · overall %3")
                                 .arg(locale.toString(entry.takenAt.toLocalTime(), QLocale::ShortFormat),
                                      entry.takenBy, locale.toString(entry.overall(), 'f', 1)));
}

void MaturityPage::rebuildTable()
{
    mUpdating = true;
    const int stages = mMatrix.stageCount();
    mTable->clear();
    mTable->setRowCount(int(mMatrix.dimensions.size()));
    mTable->setColumnCount(stages + 6);
    QStringList headers = {tr("Dimension")};
    for (int s = 0; s < stages; ++s)
        headers.append(tr("%1. %2").arg(s + 1).arg(MaturityMatrix::translated(mMatrix.stageNames[s])));
    headers += {tr("Current"), tr("Target"), tr("Data suggests"), tr("Note"), tr("Evidence")};
    mTable->setHorizontalHeaderLabels(headers);
    for (int row = 0; row < mMatrix.dimensions.size(); ++row) {
        const MaturityMatrix::Dimension &dimension = mMatrix.dimensions[row];
        const Assessment::Score *score = mAssessment.score(dimension.id);
        auto *name = new QTableWidgetItem(MaturityMatrix::translated(dimension.name));
        QFont bold = name->font();
        bold.setBold(true);
        name->setFont(bold);
        name->setFlags(Qt::ItemIsEnabled);
        mTable->setItem(row, 0, name);
        for (int s = 0; s < stages; ++s) {
            auto *cell = new QTableWidgetItem(MaturityMatrix::translated(dimension.stages[s]));
            cell->setFlags(Qt::ItemIsEnabled);
            cell->setToolTip(tr("Click to choose this stage"));
            mTable->setItem(row, s + 1, cell);
        }
        mTable->setItem(row, stages + 1, new QTableWidgetItem);
        mTable->setItem(row, stages + 2, new QTableWidgetItem);
        auto *hint = new QTableWidgetItem(QStringLiteral("–"));
        hint->setFlags(Qt::ItemIsEnabled);
        for (const MaturityEvidence::Hint &entry : std::as_const(mHints)) {
            if (entry.dimension == dimension.id) {
                hint->setText(stageText(entry.stage));
                hint->setToolTip(entry.reason);
            }
        }
        mTable->setItem(row, stages + 3, hint);
        mTable->setItem(row, stages + 4, new QTableWidgetItem(score ? score->note : QString()));
        mTable->setItem(row, stages + 5, new QTableWidgetItem(score ? score->evidence : QString()));
        mTable->item(row, stages + 5)->setToolTip(tr("What shows this stage: a report, a tool, a link"));
        for (int column = stages + 1; column <= stages + 3; ++column)
            mTable->item(row, column)->setTextAlignment(Qt::AlignCenter);
        updateRow(row);
    }
    QHeaderView *columns = mTable->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    // The dimension column as wide as its longest word in bold (names wrap between words).
    QFont boldFont = mTable->font();
    boldFont.setBold(true);
    const QFontMetrics boldMetrics(boldFont);
    int widest = boldMetrics.horizontalAdvance(tr("Dimension"));
    for (const MaturityMatrix::Dimension &dimension : mMatrix.dimensions)
        for (const QString &word : MaturityMatrix::translated(dimension.name).split(QLatin1Char(' ')))
            widest = std::max(widest, boldMetrics.horizontalAdvance(word));
    mTable->setColumnWidth(0, std::max(150, widest + 24));
    for (int s = 0; s < stages; ++s)
        columns->setSectionResizeMode(s + 1, QHeaderView::Stretch);
    for (int column = stages + 1; column <= stages + 3; ++column)
        columns->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    mTable->setColumnWidth(stages + 4, 140);
    mTable->setColumnWidth(stages + 5, 140);
    mUpdating = false;
    fitHeaders();
}

void MaturityPage::updateRow(int row)
{
    const bool updating = mUpdating;
    mUpdating = true;
    const int stages = mMatrix.stageCount();
    const Assessment::Score *score = mAssessment.score(mMatrix.dimensions[row].id);
    for (int s = 0; s < stages; ++s) {
        const double stage = s + 1;
        QTableWidgetItem *cell = mTable->item(row, s + 1);
        if (score && score->current >= stage)
            cell->setBackground(currentColour);
        else if (score && score->target >= stage)
            cell->setBackground(targetColour);
        else
            cell->setBackground(QBrush());
    }
    const QString current = stageText(score ? score->current : 0);
    const QString target = stageText(score ? score->target : 0);
    if (mTable->item(row, stages + 1)->text() != current)
        mTable->item(row, stages + 1)->setText(current);
    if (mTable->item(row, stages + 2)->text() != target)
        mTable->item(row, stages + 2)->setText(target);
    const QString unset = tr("Not assessed yet: click a stage");
    mTable->item(row, stages + 1)->setToolTip(score && score->current > 0 ? QString() : unset);
    mUpdating = updating;
}

void MaturityPage::fitHeaders()
{
    // Each stage's name wrapped to its column (never cut: "redictive Micro-Journe…"), the
    // header as tall as the longest, the rows as tall as their texts at these widths.
    const int stages = mMatrix.stageCount();
    const QFontMetrics metrics(mTable->horizontalHeader()->font());
    for (int s = 0; s < stages; ++s) {
        QTableWidgetItem *header = mTable->horizontalHeaderItem(s + 1);
        if (!header)
            continue;
        const QString full = tr("%1. %2").arg(s + 1).arg(MaturityMatrix::translated(mMatrix.stageNames[s]));
        const int width = std::max(40, mTable->columnWidth(s + 1) - 12);
        QStringList lines;
        for (const QString &word : full.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!lines.isEmpty() && metrics.horizontalAdvance(lines.last() + QLatin1Char(' ') + word) <= width)
                lines.last() += QLatin1Char(' ') + word;
            else
                lines.append(word);
        }
        const QString wrapped = lines.join(QLatin1Char('\n'));
        if (header->text() != wrapped)
            header->setText(wrapped);
        header->setToolTip(full);
    }
    mTable->resizeRowsToContents();
}

void MaturityPage::readRow(int row)
{
    const int stages = mMatrix.stageCount();
    Assessment::Score *score = mAssessment.score(mMatrix.dimensions[row].id);
    const auto parse = [&](int column, double fallback) {
        bool ok = false;
        const double value = QLocale().toDouble(mTable->item(row, column)->text(), &ok);
        return ok && Assessment::isValidStage(value, stages) ? value : fallback;
    };
    score->current = parse(stages + 1, score->current);
    score->target = parse(stages + 2, score->target);
    score->note = mTable->item(row, stages + 4)->text();
    score->evidence = mTable->item(row, stages + 5)->text();
    // Called while the view commits an editor: the row is updated in place, later, never rebuilt.
    QTimer::singleShot(0, this, [this, row] {
        if (row < mTable->rowCount()) {
            updateRow(row);
            refresh();
        }
    });
}

void MaturityPage::setStage(const QString &dimension, double current, double target)
{
    if (Assessment::Score *score = mAssessment.score(dimension)) {
        score->current = current;
        score->target = target;
    }
    rebuildTable();
    refresh();
}

void MaturityPage::refresh()
{
    QChart *old = mRadar->chart();
    QChart *radar = MaturityRadar::create(mMatrix, mAssessment, QString());
    Theme::style(radar);
    mRadar->setChart(radar);
    delete old;
    const QLocale locale;
    const QString weakest = mAssessment.weakest();
    mSummary->setText(mAssessment.overall() > 0
                          ? tr("<b>Overall %1 of %2</b> · weakest: %3 · blue: where you are, orange: where you aim to be.")
                                .arg(locale.toString(mAssessment.overall(), 'f', 1))
                                .arg(mMatrix.stageCount())
                                .arg(MaturityMatrix::translated(mMatrix.dimension(weakest)->name).toHtmlEscaped())
                          : tr("Click the stage that describes your team in each row; type a target (half steps "
                               "such as 1.5 are fine) in the Target column."));
    QString next;
    const QList<Assessment::Recommendation> steps = mAssessment.recommendations(mMatrix);
    if (!steps.isEmpty()) {
        next += tr("<b>Next steps</b><ol>");
        for (const Assessment::Recommendation &step : steps)
            next += tr("<li><b>%1</b> (stage %2): %3</li>")
                        .arg(MaturityMatrix::translated(mMatrix.dimension(step.dimension)->name).toHtmlEscaped())
                        .arg(step.nextStage)
                        .arg(step.nextStep.toHtmlEscaped());
        next += QStringLiteral("</ol>");
    }
    if (!mHistory.isEmpty()) {
        const QList<Assessment::Change> moved = mAssessment.changesSince(mHistory.last());
        next += tr("<b>Since the assessment of %1</b>: ")
                    .arg(locale.toString(mHistory.last().takenAt.toLocalTime().date(), QLocale::ShortFormat));
        if (moved.isEmpty()) {
            next += tr("nothing moved.");
        } else {
            QStringList changes;
            for (const Assessment::Change &change : moved)
                changes.append(tr("%1 %2 → %3")
                                   .arg(MaturityMatrix::translated(mMatrix.dimension(change.dimension)->name).toHtmlEscaped(),
                                        stageText(change.before), stageText(change.after)));
            next += changes.join(QLatin1String("; ")) + QLatin1Char('.');
        }
    }
    mNext->setText(next);

    // The trend of the overall score over the saved assessments.
    mTrend->setVisible(mHistory.size() >= 2);
    if (mHistory.size() >= 2) {
        auto *chart = new QChart;
        chart->setLocalizeNumbers(true);
        chart->setTitle(tr("Overall score over time"));
        auto *line = new QLineSeries;
        line->setPointsVisible(true);
        line->setColor(QColor(0x00, 0x72, 0xB2));
        for (const Assessment &entry : std::as_const(mHistory))
            line->append(double(entry.takenAt.toMSecsSinceEpoch()), entry.overall());
        chart->addSeries(line);
        auto *time = new QDateTimeAxis;
        time->setFormat(QStringLiteral("yyyy-MM-dd"));
        time->setTickCount(std::min<int>(int(mHistory.size()), 5));
        chart->addAxis(time, Qt::AlignBottom);
        line->attachAxis(time);
        auto *score = new QValueAxis;
        score->setRange(0, mMatrix.stageCount());
        score->setTickCount(mMatrix.stageCount() + 1);
        score->setLabelFormat(QStringLiteral("%.0f"));
        chart->addAxis(score, Qt::AlignLeft);
        line->attachAxis(score);
        chart->legend()->hide();
        QChart *previous = mTrend->chart();
        Theme::style(chart);
        mTrend->setChart(chart);
        delete previous;
    }
}

void MaturityPage::save(const QString &takenBy)
{
    if (mWorkspacePath.isEmpty()) {
        Q_EMIT saved(tr("Open a workspace first."));
        return;
    }
    Assessment copy = mAssessment;
    copy.id = 0;
    copy.takenAt = QDateTime();
    copy.takenBy = takenBy.trimmed().isEmpty() ? tr("someone") : takenBy.trimmed();
    mWriter.start([path = mWorkspacePath, copy](const TaskContext &task) mutable {
        const auto tables = WorkspaceTables::open(path, task);
        Assessment::save(tables->connection(), copy);
        tables->save(task);
        return Assessment::history(tables->connection());
    }, [this](const Outcome<QList<Assessment>> &outcome) {
        if (outcome.ok()) {
            setHistory(outcome.value());
            refresh();
        }
        Q_EMIT saved(outcome.error());
    });
}

void MaturityPage::showHistory(int index)
{
    if (index < 0 || index >= mHistory.size())
        return;
    mAssessment.scores = mHistory[index].scores;
    rebuildTable();
    refresh();
}

void MaturityPage::loadMatrix()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load Matrix"), QString(), tr("Matrix definitions (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    const std::optional<MaturityMatrix> matrix = MaturityMatrix::fromFile(path, &error);
    if (!matrix) {
        QMessageBox::warning(this, tr("Load Matrix"), error);
        return;
    }
    mMatrix = *matrix;
    mAssessment = Assessment::blank(mMatrix);
    rebuildTable();
    refresh();
}

QString MaturityPage::exportTo(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (TableFile::handles(path))
        return TableFile::write(path, AssessmentExport::table(mMatrix, mAssessment, mHints), ExportPrompt::excelCsv());
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg"))
        return tr("Choose a file ending in .png, .svg, .csv or .xlsx.");
    const QString error = MaturityRadar::save(mMatrix, mAssessment,
                                              tr("%1 · %2").arg(MaturityMatrix::translated(mMatrix.title), mWorkspaceName), path);
    if (!error.isEmpty())
        return error;
    // The grid beside the radar (…-grid.png / .svg), drawn at twice the size for PNG.
    const QFileInfo info(path);
    const QString grid = info.dir().filePath(info.completeBaseName() + QStringLiteral("-grid.") + suffix);
    const QSize size(mTable->horizontalHeader()->length() + 4,
                     mTable->horizontalHeader()->height() + mTable->verticalHeader()->length() + 4);
    return DrawingExport::save(grid, size, QString(), [this, size](QPainter &painter) {
        mTable->render(&painter, QPoint(), QRegion(QRect(QPoint(0, 0), size)));
    });
}

void MaturityPage::exportInteractively()
{
    ExportPrompt::run(this, tr("Export Assessment"), tr("maturity.png"),
                      tr("PNG image, 2x (*.png);;SVG image (*.svg);;CSV scores (*.csv)"),
                      [this](const QString &path) { return exportTo(path); });
}

QWidget *MaturityPage::currentChart() const
{
    return mRadar;
}

} // namespace Funnelscope
