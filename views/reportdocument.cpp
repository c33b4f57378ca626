#include "reportdocument.h"

#include "itemmodels/figures.h"

#include "cohortheatmap.h"
#include "funnelchart.h"
#include "funneltrendchart.h"
#include "insightschart.h"
#include "itemmodels/insightsmodel.h"
#include "maturityradar.h"

#include <QChart>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include "store/outputfile.h"

#include <cmath>
#include <memory>

namespace Funnelscope {

namespace {

// Page coordinates are 1/96 inch; every stroke and glyph goes into the PDF as a vector.
constexpr int resolution = 96;
constexpr double margin = 40;
const QColor ink(0x22, 0x22, 0x22);
const QColor muted(0x66, 0x66, 0x66);

class Pages
{
public:
    Pages(QPdfWriter &writer, QPainter &painter, const QString &footer)
        : mWriter(writer)
        , mPainter(painter)
        , mFooter(footer)
    {
    }

    QRectF area() const
    {
        const QRect page = mWriter.pageLayout().paintRectPixels(resolution);
        return QRectF(margin, margin, page.width() - 2 * margin, page.height() - 2 * margin - 18);
    }

    void newPage()
    {
        footer();
        mWriter.newPage();
        ++mPage;
    }

    void finish() { footer(); }

    double heading(const QString &title, const QString &subtitle, double y)
    {
        QFont font = mPainter.font();
        font.setPixelSize(22);
        font.setBold(true);
        mPainter.setFont(font);
        mPainter.setPen(ink);
        const QRectF box = area();
        mPainter.drawText(QRectF(box.left(), y, box.width(), 30), Qt::AlignLeft | Qt::AlignVCenter, title);
        y += 32;
        if (!subtitle.isEmpty()) {
            font.setPixelSize(12);
            font.setBold(false);
            mPainter.setFont(font);
            mPainter.setPen(muted);
            const QRectF bounds = mPainter.boundingRect(QRectF(box.left(), y, box.width(), 200),
                                                        Qt::AlignLeft | Qt::TextWordWrap, subtitle);
            mPainter.drawText(bounds, Qt::AlignLeft | Qt::TextWordWrap, subtitle);
            y += bounds.height() + 8;
        }
        return y + 6;
    }

    double paragraph(const QString &text, double y, int pixelSize = 12, const QColor &color = ink)
    {
        QFont font = mPainter.font();
        font.setPixelSize(pixelSize);
        font.setBold(false);
        mPainter.setFont(font);
        mPainter.setPen(color);
        const QRectF box = area();
        const QRectF bounds = mPainter.boundingRect(QRectF(box.left(), y, box.width(), box.bottom() - y),
                                                    Qt::AlignLeft | Qt::TextWordWrap, text);
        mPainter.drawText(bounds, Qt::AlignLeft | Qt::TextWordWrap, text);
        return y + bounds.height() + 6;
    }

    /** A table: a bold header row, then rows; columns share the width by @p weights. */
    double table(const QStringList &header, const QList<QStringList> &rows, const QList<double> &weights, double y)
    {
        const QRectF box = area();
        double total = 0;
        for (double weight : weights)
            total += weight;
        QFont font = mPainter.font();
        font.setPixelSize(11);
        const double rowHeight = 20;
        const auto isFigure = [](const QString &cell) {
            return !cell.isEmpty() && (cell.front().isDigit() || cell.front() == QLatin1Char('-'));
        };
        const auto drawRow = [&](const QStringList &cells, bool bold) {
            font.setBold(bold);
            mPainter.setFont(font);
            double x = box.left();
            for (int column = 0; column < cells.size() && column < weights.size(); ++column) {
                const double width = box.width() * weights.at(column) / total;
                // Figures line up on the right, words on the left; a header follows its column.
                const QString &cell = bold && !rows.isEmpty() && column < rows.last().size() ? rows.last().at(column)
                                                                                             : cells.at(column);
                const Qt::Alignment align = column > 0 && (isFigure(cell) || cell.isEmpty()) ? Qt::AlignRight : Qt::AlignLeft;
                mPainter.setPen(ink);
                mPainter.drawText(QRectF(x + 4, y, width - 8, rowHeight), align | Qt::AlignVCenter,
                                  QFontMetricsF(font).elidedText(cells.at(column), Qt::ElideRight, width - 8));
                x += width;
            }
            mPainter.setPen(QColor(0xdd, 0xdd, 0xdd));
            mPainter.drawLine(QPointF(box.left(), y + rowHeight), QPointF(box.right(), y + rowHeight));
            y += rowHeight;
        };
        drawRow(header, true);
        for (const QStringList &row : rows) {
            if (y + rowHeight > box.bottom()) {
                newPage();
                y = area().top();
                drawRow(header, true);
            }
            drawRow(row, false);
        }
        return y + 10;
    }

    void chart(QChart &chart, const QRectF &rect)
    {
        QGraphicsScene scene;
        scene.addItem(&chart);
        chart.resize(rect.size());
        scene.setSceneRect(QRectF(QPointF(0, 0), rect.size()));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        scene.render(&mPainter, rect, scene.sceneRect());
        scene.removeItem(&chart);
    }

    QPainter &painter() { return mPainter; }

private:
    void footer()
    {
        const QRect page = mWriter.pageLayout().paintRectPixels(resolution);
        QFont font = mPainter.font();
        font.setPixelSize(9);
        font.setBold(false);
        mPainter.setFont(font);
        mPainter.setPen(muted);
        mPainter.drawText(QRectF(margin, page.height() - margin, page.width() - 2 * margin, 14),
                          Qt::AlignLeft | Qt::AlignVCenter, mFooter);
        mPainter.drawText(QRectF(margin, page.height() - margin, page.width() - 2 * margin, 14),
                          Qt::AlignRight | Qt::AlignVCenter, ReportDocument::tr("Page %1").arg(mPage));
    }

    QPdfWriter &mWriter;
    QPainter &mPainter;
    QString mFooter;
    int mPage = 1;
};

QString percent(double share)
{
    return QLocale().toString(share * 100, 'f', 1) + QLatin1Char('%');
}

QString duration(double seconds)
{
    if (!std::isfinite(seconds))
        return QString();
    const QLocale locale;
    if (seconds < 120)
        return ReportDocument::tr("%1 s").arg(locale.toString(seconds, 'f', 0));
    if (seconds < 7200)
        return ReportDocument::tr("%1 min").arg(locale.toString(seconds / 60, 'f', 0));
    if (seconds < 172800)
        return ReportDocument::tr("%1 h").arg(locale.toString(seconds / 3600, 'f', 1));
    return ReportDocument::tr("%1 d").arg(locale.toString(seconds / 86400, 'f', 1));
}

void funnelSection(Pages &pages, const ReportContent &content)
{
    const QRectF box = pages.area();
    double y = pages.heading(ReportDocument::tr("Funnel"), FunnelChart::title(content.funnelQuery, content.workspaceName), box.top());
    if (!content.funnel) {
        pages.paragraph(content.funnelProblem, y);
        return;
    }
    const std::unique_ptr<QChart> chart(FunnelChart::create(content.funnelQuery, *content.funnel, QString(), false));
    const QRectF chartRect(box.left(), y, box.width(), box.height() * 0.40);
    pages.chart(*chart, chartRect);
    y = chartRect.bottom() + 6;
    // The weekly trend with the annotations: what happened next to how conversion moved.
    const std::unique_ptr<QChart> trend(FunnelTrendChart::create(*content.funnel, content.annotations));
    const QRectF trendRect(box.left(), y, box.width(), box.height() * 0.32);
    pages.chart(*trend, trendRect);
    y = trendRect.bottom() + 12;
    QList<QStringList> rows;
    const QLocale locale;
    for (int i = 0; i < content.funnel->steps.size(); ++i) {
        const FunnelStepResult &step = content.funnel->steps.at(i);
        rows.append({QStringLiteral("%1. %2").arg(i + 1).arg(step.event), locale.toString(step.count), percent(step.conversion),
                     i == 0 ? QString() : percent(step.conversionFromPrevious), i == 0 ? QString() : locale.toString(step.dropOff),
                     i == 0 ? QString() : duration(step.medianFromPrevious)});
    }
    pages.table({ReportDocument::tr("Step"), ReportDocument::tr("Count"), ReportDocument::tr("Conversion"),
                 ReportDocument::tr("From previous"), ReportDocument::tr("Dropped"), ReportDocument::tr("Median time")},
                rows, {3, 1.2, 1.2, 1.2, 1.2, 1.2}, y);
}

void cohortSection(Pages &pages, const ReportContent &content)
{
    const QRectF box = pages.area();
    const QString title = CohortHeatmap::title(content.cohortQuery, content.workspaceName, QString(),
                                               content.cohorts && content.cohorts->netOfRefunds);
    double y = pages.heading(ReportDocument::tr("Cohorts"), title, box.top());
    if (!content.cohorts || content.cohorts->grids.isEmpty()) {
        pages.paragraph(content.cohortProblem, y);
        return;
    }
    const CohortGrid &grid = content.cohorts->grids.first();
    bool annotated = false;
    for (const CohortRow &row : grid.cohorts)
        annotated = annotated || !CohortHeatmap::annotationsOf(row, content.cohortQuery, content.annotations).isEmpty();
    const QSizeF wanted = CohortHeatmap::preferredSize(grid, content.cohortQuery, content.cohorts->revenue, false, annotated);
    const QRectF space(box.left(), y, box.width(), box.bottom() - y);
    // Vectors scale without loss: fill the page, but keep small grids from looking bloated.
    const double scale = std::min({1.6, space.width() / wanted.width(), space.height() / wanted.height()});
    QPainter &painter = pages.painter();
    painter.save();
    painter.translate(space.topLeft());
    painter.scale(scale, scale);
    CohortHeatmap::paint(painter, QRectF(QPointF(0, 0), wanted), grid, content.cohortQuery, content.cohorts->revenue,
                         false, QString(), content.annotations);
    painter.restore();
}

void insightsSection(Pages &pages, const ReportContent &content)
{
    const QRectF box = pages.area();
    const QString title = content.insights ? InsightsChart::title(*content.insights, content.workspaceName)
                                           : ReportDocument::tr("What predicts “%1”").arg(content.insightsQuery.target);
    double y = pages.heading(ReportDocument::tr("Insights"), title, box.top());
    if (!content.insights) {
        pages.paragraph(content.insightsProblem, y);
        return;
    }
    const InsightsResult &result = *content.insights;
    // The chart on the upper part, scaled as vectors; the ranked figures below.
    const QList<InsightsSignal> shown = InsightsChart::shownSignals(result);
    const int bars = int(std::min<qsizetype>(shown.size(), 12));
    InsightsResult top = result;
    top.signalList = shown.mid(0, bars);
    const QSizeF wanted = InsightsChart::preferredSize(bars, 1000);
    const QRectF space(box.left(), y, box.width(), box.height() * 0.55);
    const double scale = std::min(space.width() / wanted.width(), space.height() / wanted.height());
    QPainter &painter = pages.painter();
    painter.save();
    painter.translate(space.topLeft());
    painter.scale(scale, scale);
    InsightsChart::paint(painter, QRectF(QPointF(0, 0), wanted), top, QString());
    painter.restore();
    y = space.top() + wanted.height() * scale + 10;
    QList<QStringList> rows;
    const QLocale locale;
    for (const InsightsSignal &signal : std::as_const(top.signalList)) {
        rows.append({signal.label(), locale.toString(signal.exposed()), percent(signal.ppv), percent(signal.restConversion),
                     locale.toString(signal.phi, 'f', 2), InsightsModel::strengthText(signal)
                         + (signal.significant() ? QStringLiteral(" ★") : QString()),
                     Figures::pValue(signal.pAdjusted)});
    }
    pages.table({ReportDocument::tr("Did before converting"), ReportDocument::tr("Persons"), ReportDocument::tr("Converted"),
                 ReportDocument::tr("Others converted"), ReportDocument::tr("Phi"), ReportDocument::tr("Predicts"),
                 ReportDocument::tr("Adjusted p")},
                rows, {3, 1.1, 1.1, 1.3, 0.8, 1.6, 1.2}, y);
}

void maturitySection(Pages &pages, const ReportContent &content)
{
    const QRectF box = pages.area();
    if (!content.assessment) {
        double y = pages.heading(ReportDocument::tr("Tracking maturity"), QString(), box.top());
        pages.paragraph(ReportDocument::tr("No self-assessment is saved in this workspace yet: fill one in on the Maturity page."), y);
        return;
    }
    const Assessment &assessment = *content.assessment;
    const QLocale locale;
    const QString subtitle = ReportDocument::tr("%1 · assessed on %2 by %3 · overall %4 of %5")
                                 .arg(MaturityMatrix::translated(content.matrix.title), locale.toString(assessment.takenAt.date(), QLocale::LongFormat),
                                      assessment.takenBy, locale.toString(assessment.overall(), 'f', 1))
                                 .arg(content.matrix.stageCount());
    double y = pages.heading(ReportDocument::tr("Tracking maturity"), subtitle, box.top());
    const std::unique_ptr<QChart> chart(MaturityRadar::create(content.matrix, assessment, QString()));
    const double side = std::min(box.width() * 0.5, box.bottom() - y);
    const QRectF chartRect(box.left(), y, side, side);
    pages.chart(*chart, chartRect);
    // The scores beside the radar.
    QPainter &painter = pages.painter();
    QFont font = painter.font();
    double rowY = y + 10;
    const double x = chartRect.right() + 24;
    const double width = box.right() - x;
    for (const MaturityMatrix::Dimension &row : content.matrix.dimensions) {
        const Assessment::Score *found = assessment.score(row.id);
        if (!found)
            continue;
        const Assessment::Score &score = *found;
        const MaturityMatrix::Dimension *dimension = &row;
        font.setPixelSize(12);
        font.setBold(true);
        painter.setFont(font);
        painter.setPen(ink);
        painter.drawText(QRectF(x, rowY, width, 18), Qt::AlignLeft | Qt::AlignVCenter,
                         ReportDocument::tr("%1: %2 → %3")
                             .arg(MaturityMatrix::translated(dimension->name), locale.toString(score.current, 'f', 1),
                                  locale.toString(score.target, 'f', 1)));
        rowY += 18;
        if (!score.note.isEmpty()) {
            font.setBold(false);
            font.setPixelSize(11);
            painter.setFont(font);
            painter.setPen(muted);
            const QRectF bounds = painter.boundingRect(QRectF(x, rowY, width, 60), Qt::AlignLeft | Qt::TextWordWrap, score.note);
            painter.drawText(bounds, Qt::AlignLeft | Qt::TextWordWrap, score.note);
            rowY += bounds.height();
        }
        rowY += 8;
    }
}

void qualitySection(Pages &pages, const ReportContent &content)
{
    const QRectF box = pages.area();
    int errors = 0;
    int warnings = 0;
    for (const QualityFinding &finding : content.findings) {
        errors += finding.severity() == QualityFinding::Severity::Error ? 1 : 0;
        warnings += finding.severity() == QualityFinding::Severity::Warning ? 1 : 0;
    }
    // Not checked (on a server): no counts that read as "all clear".
    const QString subtitle = !content.qualityProblem.isEmpty()
                                 ? ReportDocument::tr("%1 events in the dictionary").arg(content.dictionaryEvents)
                                 : ReportDocument::tr("%1 events in the dictionary · %2 errors, %3 warnings, %4 notices")
                                       .arg(content.dictionaryEvents)
                                       .arg(errors)
                                       .arg(warnings)
                                       .arg(content.findings.size() - errors - warnings);
    double y = pages.heading(ReportDocument::tr("Data quality"), subtitle, box.top());
    y = pages.paragraph(content.integrity.intact ? ReportDocument::tr("Change log: %1").arg(content.integrity.message)
                                                 : ReportDocument::tr("Change log ALTERED: %1").arg(content.integrity.message),
                        y, 12, content.integrity.intact ? ink : QColor(0xb0, 0x1c, 0x1c));
    if (!content.qualityProblem.isEmpty())
        y = pages.paragraph(content.qualityProblem, y, 12, muted);
    if (content.dictionaryEvents == 0)
        y = pages.paragraph(ReportDocument::tr("The dictionary is empty, so every event counts as unplanned; adopt the starter "
                                               "dictionary on the Dictionary page."), y, 12, muted);
    QList<QStringList> rows;
    for (const QualityFinding &finding : content.findings)
        rows.append({finding.kindLabel(), finding.message()});
    if (!rows.isEmpty())
        pages.table({ReportDocument::tr("Finding"), ReportDocument::tr("Detail")}, rows, {1, 5}, y + 6);
}

} // namespace

QString ReportDocument::writePdf(const QString &path, const ReportContent &content)
{
    OutputFile file(path);
    if (!file.begin())
        return file.errorMessage();
    QPdfWriter writer(&file);
    writer.setResolution(resolution);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0)));
    writer.setTitle(tr("Funnelscope report · %1").arg(content.workspaceName));
    writer.setCreator(QStringLiteral("Funnelscope %1").arg(QCoreApplication::applicationVersion()));
    QPainter painter;
    if (!painter.begin(&writer))
        return tr("Cannot write “%1”.").arg(path);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const QLocale locale;
    const QString date = locale.toString(content.generated, QLocale::LongFormat);
    Pages pages(writer, painter, tr("Funnelscope · %1 · %2").arg(content.workspaceName, date));

    // Cover.
    const QRectF box = pages.area();
    double y = pages.heading(tr("Funnelscope report: %1").arg(content.workspaceName), date, box.top() + box.height() * 0.32);
    y = pages.paragraph(content.first.isValid()
                            ? tr("%1 events from %2 users, %3 to %4.")
                                  .arg(locale.toString(content.events), locale.toString(content.users),
                                       locale.toString(content.first.date(), QLocale::LongFormat),
                                       locale.toString(content.last.date(), QLocale::LongFormat))
                            : tr("The workspace has no events yet."),
                        y, 14);
    pages.paragraph(tr("Contents: the funnel, the cohort grid, what predicts a conversion, the tracking maturity self-assessment, and the data's quality "
                       "against the event dictionary."),
                    y + 6, 12, muted);

    pages.newPage();
    funnelSection(pages, content);
    pages.newPage();
    cohortSection(pages, content);
    pages.newPage();
    insightsSection(pages, content);
    pages.newPage();
    maturitySection(pages, content);
    pages.newPage();
    qualitySection(pages, content);
    pages.finish();
    if (!painter.end())
        return tr("Cannot write “%1”.").arg(path);
    return file.finish() ? QString() : file.errorMessage();
}

} // namespace Funnelscope
