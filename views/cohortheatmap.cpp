#include "cohortheatmap.h"

#include "export/cohorttext.h"

#include "drawingexport.h"

#include "analysis/localcalendar.h"

#include <QLocale>
#include <QMouseEvent>
#include <QKeyEvent>
#include <climits>
#include <QPainter>

#include <cmath>

namespace Funnelscope {

namespace {

constexpr int titleHeight = 34;
constexpr int legendHeight = 40;
constexpr int margin = 12;
constexpr int annotationWidth = 220; ///< room for the texts of annotated cohorts

// ColorBrewer "Blues" (9 classes): sequential and safe for colour-blind readers.
const QColor blues[] = {QColor(0xf7, 0xfb, 0xff), QColor(0xde, 0xeb, 0xf7), QColor(0xc6, 0xdb, 0xef),
                        QColor(0x9e, 0xca, 0xe1), QColor(0x6b, 0xae, 0xd6), QColor(0x42, 0x92, 0xc6),
                        QColor(0x21, 0x71, 0xb5), QColor(0x08, 0x51, 0x9c), QColor(0x08, 0x30, 0x6b)};

QColor shade(double fraction)
{
    // NaN passes std::clamp unchanged and made blues[INT_MIN]: no number is the palest.
    fraction = std::isfinite(fraction) ? std::clamp(fraction, 0.0, 1.0) : 0.0;
    const double position = fraction * 8;
    const int low = int(std::floor(position));
    const int high = std::min(8, low + 1);
    const double t = position - low;
    const QColor a = blues[low];
    const QColor b = blues[high];
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t), float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

/** A cell's text: the count, the revenue or the percentage, "*" when the period is not over. */
QString cellText(const CohortRow &row, int k, bool revenue, bool counts)
{
    const QLocale locale;
    const double value = row.values[k].value_or(0);
    QString text;
    if (counts && row.counts.value(k))
        text = locale.toString(*row.counts[k]);
    else if (revenue)
        text = locale.toString(value, 'f', value < 100 ? 2 : 0);
    else
        text = locale.toString(value, 'f', value < 10 ? 1 : 0) + locale.percent();
    if (row.incomplete.value(k))
        text += QLatin1Char('*');
    return text;
}

} // namespace

CohortHeatmap::CohortHeatmap(QWidget *parent)
    : QWidget(parent)
    , mCursor(this, {[this] { return mGrid.cohorts.isEmpty() ? 0 : int(mGrid.cohorts.size()) + 1; },
                     [this](int) { return mQuery.periods; },
                     [this](int row, int column) { return describeCell(row, column); },
                     [this](int row, int column) { return cellRect(row, column); },
                     [this](int row, int) {
                         if (row > 0)
                             Q_EMIT cohortClicked(row - 1);
                     }})
{
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setAccessibleName(tr("Cohort grid"));
}

QString CohortHeatmap::describeCell(int row, int column) const
{
    // Row 0 is the average, as drawn; then the cohorts.
    const CohortRow &cohort = row == 0 ? mGrid.average : mGrid.cohorts.at(row - 1);
    const QLocale locale;
    const QString who = row == 0 ? tr("Average of %Ln people", nullptr, int(std::min<qint64>(cohort.size, INT_MAX)))
                                 : tr("Cohort of %1, %Ln people", nullptr, int(std::min<qint64>(cohort.size, INT_MAX)))
                                       .arg(locale.toString(cohort.start, QLocale::ShortFormat));
    const QString period = CohortText::periodLabel(mQuery.period, column);
    if (column >= cohort.values.size() || !cohort.values[column])
        return tr("%1; %2: no data yet").arg(who, period);
    QString value = cellText(cohort, column, mRevenue, false);
    if (cohort.counts.value(column))
        value = tr("%1 (%2 people)").arg(value, locale.toString(*cohort.counts[column]));
    if (cohort.incomplete.value(column))
        value = tr("%1, the period is not over").arg(value);
    return tr("%1; %2: %3").arg(who, period, value);
}

QRectF CohortHeatmap::cellRect(int row, int column) const
{
    const Layout columns = layout(mGrid, mQuery, mRevenue, mShowCounts);
    return QRectF(margin + columns.labelWidth + columns.sizeWidth + column * columns.cellWidth,
                  margin + columns.headerHeight + row * columns.rowHeight, columns.cellWidth, columns.rowHeight);
}

void CohortHeatmap::keyPressEvent(QKeyEvent *event)
{
    if (!mCursor.keyPress(event))
        QWidget::keyPressEvent(event);
}

void CohortHeatmap::focusInEvent(QFocusEvent *event)
{
    mCursor.moveTo(mCursor.row(), mCursor.column());
    QWidget::focusInEvent(event);
}

void CohortHeatmap::focusOutEvent(QFocusEvent *event)
{
    update();
    QWidget::focusOutEvent(event);
}

QFont CohortHeatmap::cellFont(bool bold)
{
    QFont font;
    font.setPixelSize(12);
    font.setBold(bold);
    return font;
}

CohortHeatmap::Layout CohortHeatmap::layout(const CohortGrid &grid, const CohortQuery &query, bool revenue, bool counts)
{
    // Measured with the fonts the grid is drawn in: "Utilisateurs", "Semaine 10" or
    // "Personen" and the widest figure each get their room in any language.
    const QFontMetricsF plain(cellFont());
    const QFontMetricsF bold(cellFont(true));
    const QLocale locale;
    Layout layout;
    layout.labelWidth = std::max({bold.horizontalAdvance(tr("Cohort")), bold.horizontalAdvance(tr("Average")),
                                  plain.horizontalAdvance(QStringLiteral("2026-12-28"))})
        + 16;
    double sizes = bold.horizontalAdvance(tr("People"));
    double cells = 54;
    for (int k = 0; k < query.periods; ++k)
        cells = std::max(cells, bold.horizontalAdvance(CohortText::periodLabel(query.period, k)));
    QList<const CohortRow *> rows{&grid.average};
    for (const CohortRow &row : grid.cohorts)
        rows.append(&row);
    for (const CohortRow *row : std::as_const(rows)) {
        sizes = std::max(sizes, bold.horizontalAdvance(locale.toString(row->size)));
        for (int k = 0; k < query.periods && k < row->values.size(); ++k)
            if (row->values[k])
                cells = std::max(cells, bold.horizontalAdvance(cellText(*row, k, revenue, counts)));
    }
    layout.sizeWidth = std::ceil(sizes) + 20;
    layout.cellWidth = std::ceil(cells) + 12;
    layout.rowHeight = std::max(26.0, std::ceil(plain.height()) + 10);
    layout.headerHeight = layout.rowHeight;
    return layout;
}

void CohortHeatmap::setGrid(const CohortGrid &grid, const CohortQuery &query, bool revenue)
{
    mGrid = grid;
    mQuery = query;
    mRevenue = revenue;
    mCursor.reset();
    setMinimumSize(preferredSize(grid, query, revenue, mShowCounts));
    updateGeometry();
    update();
}

void CohortHeatmap::setShowCounts(bool counts)
{
    mShowCounts = counts;
    setMinimumSize(preferredSize(mGrid, mQuery, mRevenue, mShowCounts));
    updateGeometry();
    update();
}

QSize CohortHeatmap::preferredSize(const CohortGrid &grid, const CohortQuery &query, bool revenue, bool counts, bool annotated)
{
    const Layout columns = layout(grid, query, revenue, counts);
    return QSize(int(std::ceil(margin * 2 + columns.labelWidth + columns.sizeWidth + columns.cellWidth * query.periods
                               + (annotated ? annotationWidth : 0))),
                 int(std::ceil(margin * 2 + titleHeight + columns.headerHeight + columns.rowHeight * double(grid.cohorts.size() + 1)
                               + legendHeight)));
}

QSize CohortHeatmap::sizeHint() const
{
    return preferredSize(mGrid, mQuery, mRevenue, mShowCounts, !mAnnotations.isEmpty());
}

void CohortHeatmap::setAnnotations(const QList<Annotation> &annotations)
{
    mAnnotations = annotations;
    updateGeometry();
    update();
}

QList<Annotation> CohortHeatmap::annotationsOf(const CohortRow &row, const CohortQuery &query, const QList<Annotation> &annotations)
{
    QList<Annotation> found;
    if (!row.start.isValid())
        return found;
    const QDate end = query.period == LocalCalendar::Period::Day    ? row.start.addDays(1)
                      : query.period == LocalCalendar::Period::Week ? row.start.addDays(7)
                                                                     : row.start.addMonths(1);
    const qint64 fromMs = LocalCalendar::dayStartMs(row.start, query.timezone);
    const qint64 toMs = LocalCalendar::dayStartMs(end, query.timezone);
    for (const Annotation &annotation : annotations) {
        if (annotation.fromMs < toMs && annotation.toMs > fromMs)
            found.append(annotation);
    }
    return found;
}

QString CohortHeatmap::title(const CohortQuery &query, const QString &workspaceName, const QString &segment,
                             bool netOfRefunds)
{
    QString what = query.metric == CohortQuery::Metric::Revenue
        ? (query.cumulative ? tr("Cumulative revenue per user") : tr("Revenue per user"))
        : tr("Retention");
    if (query.metric == CohortQuery::Metric::Revenue && netOfRefunds)
        what = tr("%1 (net of refunds)").arg(what);
    // Whole clauses for translators (no "by %1 of %2" built from pieces: German read
    // "nach Woche von erstes Ereignis"): who is in a cohort, and what counts as a return.
    QString cohorts;
    const bool anyStart = query.startEvent.isEmpty();
    switch (query.period) {
    case LocalCalendar::Period::Day:
        cohorts = anyStart ? tr("cohorts by the day of their first event") : tr("cohorts by the day of their first %1").arg(query.startEvent);
        break;
    case LocalCalendar::Period::Week:
        cohorts = anyStart ? tr("cohorts by the week of their first event") : tr("cohorts by the week of their first %1").arg(query.startEvent);
        break;
    case LocalCalendar::Period::Month:
        cohorts = anyStart ? tr("cohorts by the month of their first event") : tr("cohorts by the month of their first %1").arg(query.startEvent);
        break;
    }
    const bool anyReturn = query.returnEvent.isEmpty();
    const QString returning = query.mode == CohortQuery::Mode::OnOrAfter
        ? (anyReturn ? tr("a return is any event in that period or later") : tr("a return is %1 in that period or later").arg(query.returnEvent))
        : (anyReturn ? tr("a return is any event in that period") : tr("a return is %1 in that period").arg(query.returnEvent));
    QString text = QStringList{what, cohorts, returning, workspaceName}.join(QStringLiteral(" · "));
    if (!segment.isEmpty())
        text += tr(" · %1 = %2").arg(query.breakdown, segment);
    return text;
}

void CohortHeatmap::paint(QPainter &painter, const QRectF &area, const CohortGrid &grid,
                          const CohortQuery &query, bool revenue, bool counts, const QString &title,
                          const QList<Annotation> &annotations)
{
    const QLocale locale;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(area, Qt::white);
    const QFont font = cellFont();
    const QFont bold = cellFont(true);
    const Layout columns = layout(grid, query, revenue, counts);
    const double labelWidth = columns.labelWidth;
    const double sizeWidth = columns.sizeWidth;
    const double cellWidth = columns.cellWidth;
    const double rowHeight = columns.rowHeight;
    const double headerHeight = columns.headerHeight;
    const double left = area.left() + margin;
    double y = area.top() + margin;

    if (!title.isEmpty()) { // the window shows no title: the controls above say it all
        QFont titleFont = bold;
        titleFont.setPixelSize(14);
        painter.setFont(titleFont);
        painter.setPen(QColor(0x33, 0x33, 0x33));
        painter.drawText(QRectF(left, y, area.width() - 2 * margin, titleHeight), Qt::AlignLeft | Qt::AlignVCenter, title);
        y += titleHeight;
    }

    // The scale: revenue by the largest cell; retention by the largest cell after period 0,
    // so the decay stays visible when period 0 is 100%.
    double top = 0;
    for (const CohortRow &row : grid.cohorts) {
        for (qsizetype k = revenue ? 0 : 1; k < row.values.size(); ++k) {
            if (row.values[k] && std::isfinite(*row.values[k]))
                top = std::max(top, *row.values[k]);
        }
    }
    if (top <= 0)
        top = revenue ? 1 : 100;

    painter.setFont(bold);
    painter.drawText(QRectF(left, y, labelWidth, headerHeight), Qt::AlignLeft | Qt::AlignVCenter, tr("Cohort"));
    painter.drawText(QRectF(left + labelWidth, y, sizeWidth - 8, headerHeight), Qt::AlignRight | Qt::AlignVCenter, tr("People"));
    for (int k = 0; k < query.periods; ++k)
        painter.drawText(QRectF(left + labelWidth + sizeWidth + k * cellWidth, y, cellWidth, headerHeight),
                         Qt::AlignCenter, CohortText::periodLabel(query.period, k));
    y += headerHeight;

    const auto drawRow = [&](const CohortRow &row, const QString &label, bool average) {
        painter.setFont(average ? bold : font);
        painter.setPen(QColor(0x33, 0x33, 0x33));
        painter.drawText(QRectF(left, y, labelWidth, rowHeight), Qt::AlignLeft | Qt::AlignVCenter, label);
        painter.drawText(QRectF(left + labelWidth, y, sizeWidth - 8, rowHeight), Qt::AlignRight | Qt::AlignVCenter,
                         locale.toString(row.size));
        for (int k = 0; k < query.periods && k < row.values.size(); ++k) {
            const QRectF cell(left + labelWidth + sizeWidth + k * cellWidth + 1, y + 1, cellWidth - 2, rowHeight - 2);
            if (!row.values[k])
                continue; // past the end of the data: blank, not 0
            const double value = *row.values[k];
            const double fraction = revenue ? value / top : (k == 0 ? 1.0 : value / top);
            const QColor background = shade(fraction);
            painter.fillRect(cell, background);
            if (row.incomplete[k]) {
                painter.fillRect(cell, QBrush(QColor(255, 255, 255, 150), Qt::BDiagPattern));
            }
            const QString text = cellText(row, k, revenue, counts);
            painter.setPen(fraction > 0.55 ? Qt::white : QColor(0x1a, 0x1a, 0x1a));
            painter.drawText(cell, Qt::AlignCenter, text);
        }
        y += rowHeight;
    };
    drawRow(grid.average, tr("Average"), true);
    painter.setPen(QColor(0xbb, 0xbb, 0xbb));
    painter.drawLine(QPointF(left, y), QPointF(left + labelWidth + sizeWidth + query.periods * cellWidth, y));
    const double cellsEnd = left + labelWidth + sizeWidth + query.periods * cellWidth;
    for (const CohortRow &row : grid.cohorts) {
        // A cohort that started while something was annotated: a stripe in its colour, its text beside.
        const QList<Annotation> marks = annotationsOf(row, query, annotations);
        if (!marks.isEmpty()) {
            const Annotation &mark = marks.first();
            const QColor colour(mark.shownColour());
            painter.fillRect(QRectF(left - 7, y + 2, 4, rowHeight - 4), colour);
            QStringList texts;
            for (const Annotation &each : marks)
                texts.append(each.text);
            painter.setFont(font);
            painter.setPen(colour.darker(130));
            const QRectF room(cellsEnd + 8, y, std::max(0.0, area.right() - margin - cellsEnd - 8), rowHeight);
            painter.drawText(room, Qt::AlignLeft | Qt::AlignVCenter,
                             painter.fontMetrics().elidedText(texts.join(QLatin1String(" · ")), Qt::ElideRight, int(room.width())));
        }
        drawRow(row, row.start.toString(Qt::ISODate), false);
    }

    // The legend: the scale and what the marks mean.
    y += 10;
    painter.setFont(font);
    const double barWidth = 180;
    for (int i = 0; i < 60; ++i)
        painter.fillRect(QRectF(left + i * barWidth / 60, y, barWidth / 60 + 1, 12), shade(i / 59.0));
    painter.setPen(QColor(0x33, 0x33, 0x33));
    const QString high = revenue ? locale.toString(top, 'f', 2) : locale.toString(top, 'f', 0) + locale.percent();
    painter.drawText(QRectF(left + barWidth + 8, y - 4, area.width() - barWidth - 2 * margin - 8, 20),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     tr("0 – %1 · * incomplete period (hatched) · blank: no data yet").arg(high));
    painter.restore();
}

QString CohortHeatmap::save(const QString &path, const CohortGrid &grid, const CohortQuery &query,
                            bool revenue, bool counts, const QString &title, const QList<Annotation> &annotations)
{
    bool annotated = false;
    for (const CohortRow &row : grid.cohorts)
        annotated = annotated || !annotationsOf(row, query, annotations).isEmpty();
    QSize size = preferredSize(grid, query, revenue, counts, annotated);
    size.setWidth(std::max(size.width(), 900));
    return DrawingExport::save(path, size, title, [&](QPainter &painter) {
        paint(painter, QRectF(QPointF(0, 0), size), grid, query, revenue, counts, title, annotations);
    });
}

void CohortHeatmap::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paint(painter, rect(), mGrid, mQuery, mRevenue, mShowCounts, QString(), mAnnotations);
    mCursor.paint(painter);
}

void CohortHeatmap::mousePressEvent(QMouseEvent *event)
{
    const Layout columns = layout(mGrid, mQuery, mRevenue, mShowCounts);
    const int row = int((event->position().y() - margin - columns.headerHeight) / columns.rowHeight) - 1;
    if (row >= 0 && row < mGrid.cohorts.size())
        Q_EMIT cohortClicked(row);
}

} // namespace Funnelscope
