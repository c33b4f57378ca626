#include "funneltrendchart.h"

#include "drawingexport.h"

#include <QAreaSeries>
#include <QChart>
#include <QDateTimeAxis>
#include <QGraphicsSimpleTextItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QTimeZone>
#include <QValueAxis>

#include <algorithm>
#include <memory>

namespace Funnelscope {

namespace {

constexpr qint64 weekMs = 7 * 24 * 3600 * 1000LL;

} // namespace

double FunnelTrendChart::axisValue(qint64 utcMs)
{
    // Qt's date axis names dates in the machine's zone; the weeks are UTC weeks. The axis
    // gets the UTC wall time as local time, so a week's Monday is named as that Monday anywhere.
    const QDateTime utc = QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc());
    return double(QDateTime(utc.date(), utc.time()).toMSecsSinceEpoch());
}

QDate FunnelTrendChart::dayAt(double value)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(value)).date();
}

QChart *FunnelTrendChart::create(const FunnelResult &result, const QList<Annotation> &annotations, const QString &title)
{
    auto *chart = new QChart;
    chart->setLocalizeNumbers(true);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTitle(title.isEmpty() ? tr("Conversion by week of step 1") : title.toHtmlEscaped());
    const QColor blue(0x00, 0x72, 0xB2);
    auto *line = new QLineSeries;
    line->setName(tr("Converted"));
    line->setPointsVisible(true);
    line->setColor(blue);
    // A week the data ends in is drawn apart (dashed, from the last whole week): its
    // figure can still change, and a drop there is not a drop yet.
    auto *partial = new QLineSeries;
    partial->setName(tr("Week not over yet"));
    partial->setPointsVisible(true);
    QPen dashed(blue);
    dashed.setWidthF(1.5);
    dashed.setStyle(Qt::DashLine);
    partial->setPen(dashed);
    double top = 0;
    for (qsizetype i = 0; i < result.trend.size(); ++i) {
        const FunnelResult::Week &week = result.trend.at(i);
        const double percent = week.entered > 0 ? 100.0 * double(week.converted) / double(week.entered) : 0;
        const double x = axisValue(week.weekStartMs);
        if (week.incomplete) {
            if (partial->count() == 0 && line->count() > 0)
                partial->append(line->at(line->count() - 1));
            partial->append(x, percent);
        } else {
            line->append(x, percent);
        }
        top = std::max(top, percent);
    }
    chart->addSeries(line);
    chart->addSeries(partial);
    auto *time = new QDateTimeAxis;
    time->setFormat(QStringLiteral("yyyy-MM-dd"));
    time->setTitleText(tr("Week (Monday)"));
    if (!result.trend.isEmpty()) {
        // Ticks on Mondays: the range is a whole number of steps of whole weeks, so Qt's
        // evenly spread ticks fall on the Mondays they name (at most nine of them).
        const qint64 first = result.trend.first().weekStartMs;
        const qint64 weeks = (result.trend.last().weekStartMs - first) / weekMs + 1;
        const qint64 step = std::max<qint64>(1, (weeks + 7) / 8);
        const qint64 ticks = (weeks + step - 1) / step;
        time->setRange(QDateTime::fromMSecsSinceEpoch(qint64(axisValue(first))),
                       QDateTime::fromMSecsSinceEpoch(qint64(axisValue(first + ticks * step * weekMs))));
        time->setTickCount(int(ticks) + 1);
    }
    chart->addAxis(time, Qt::AlignBottom);
    line->attachAxis(time);
    partial->attachAxis(time);
    auto *share = new QValueAxis;
    // Round ticks: 0, 10, 20 … or 0, 5, 10 …, with room above the line for the annotations' texts.
    share->setRange(0, std::min(100.0, std::max(1.0, top * 1.25)));
    share->applyNiceNumbers();
    top = share->max();
    share->setLabelFormat(QStringLiteral("%.0f%"));
    chart->addAxis(share, Qt::AlignLeft);
    line->attachAxis(share);
    partial->attachAxis(share);
    if (partial->count() == 0) {
        chart->removeSeries(partial);
        delete partial;
        partial = nullptr;
        chart->legend()->hide();
    } else {
        chart->legend()->setAlignment(Qt::AlignBottom);
    }
    addAnnotations(chart, annotations, top);
    // The annotations are named on the chart itself: only the two weeks' kinds in the legend.
    for (QLegendMarker *marker : chart->legend()->markers())
        marker->setVisible(marker->series() == line || marker->series() == partial);
    return chart;
}

void FunnelTrendChart::addAnnotations(QChart *chart, const QList<Annotation> &annotations, double top)
{
    const auto axes = chart->axes(Qt::Horizontal);
    auto *time = axes.isEmpty() ? nullptr : qobject_cast<QDateTimeAxis *>(axes.first());
    const auto values = chart->axes(Qt::Vertical);
    if (!time || values.isEmpty())
        return;
    const qint64 first = time->min().toMSecsSinceEpoch();
    const qint64 last = time->max().toMSecsSinceEpoch();
    struct Label
    {
        QGraphicsSimpleTextItem *item;
        double x;
        int row;
    };
    auto labels = std::make_shared<std::vector<Label>>();
    int row = 0;
    for (const Annotation &annotation : annotations) {
        if (axisValue(annotation.toMs) <= double(first) || axisValue(annotation.fromMs) >= double(last))
            continue;
        const QColor colour(annotation.shownColour());
        const double from = std::max(axisValue(annotation.fromMs), double(first));
        const double to = std::min(axisValue(annotation.toMs), double(last));
        if (annotation.isRange()) {
            // QAreaSeries does not own the lines it spans: the chart does.
            auto *lower = new QLineSeries(chart);
            auto *upper = new QLineSeries(chart);
            lower->append({{from, 0}, {to, 0}});
            upper->append({{from, top}, {to, top}});
            auto *band = new QAreaSeries(upper, lower);
            QColor fill = colour;
            fill.setAlphaF(0.16);
            band->setBrush(fill);
            band->setPen(Qt::NoPen);
            band->setName(annotation.text);
            chart->addSeries(band);
            band->attachAxis(time);
            band->attachAxis(values.first());
        } else {
            auto *mark = new QLineSeries;
            const double middle = (from + to) / 2; // the middle of the day
            mark->append({{middle, 0}, {middle, top}});
            QPen pen(colour);
            pen.setWidthF(1.5);
            pen.setStyle(Qt::DashLine);
            mark->setPen(pen);
            mark->setName(annotation.text);
            chart->addSeries(mark);
            mark->attachAxis(time);
            mark->attachAxis(values.first());
        }
        // Its text at the top, moved with the plot area; rows alternate so neighbours do not overlap.
        auto *text = new QGraphicsSimpleTextItem(annotation.text, chart);
        QFont font = text->font();
        font.setPointSizeF(font.pointSizeF() * 0.85);
        text->setFont(font);
        text->setBrush(colour.darker(130));
        text->setToolTip(QStringLiteral("%1 · %2").arg(Annotations::categoryName(annotation.category), annotation.text));
        labels->push_back({text, annotation.isRange() ? from : (from + to) / 2, row++ % 3});
    }
    if (labels->empty())
        return;
    const auto place = [chart, labels, time] {
        const QRectF plot = chart->plotArea();
        const qint64 first = time->min().toMSecsSinceEpoch();
        const qint64 last = time->max().toMSecsSinceEpoch();
        for (const Label &label : *labels) {
            const double share = last > first ? (label.x - double(first)) / double(last - first) : 0;
            const double x = plot.left() + share * plot.width() + 3;
            const double width = label.item->boundingRect().width();
            label.item->setPos(std::min(x, plot.right() - width), plot.top() + 2 + label.row * label.item->boundingRect().height());
        }
    };
    QObject::connect(chart, &QChart::plotAreaChanged, chart, place);
    place();
}

QString FunnelTrendChart::title(const QString &funnelTitle)
{
    return tr("Conversion by week of step 1 · %1").arg(funnelTitle);
}

QString FunnelTrendChart::save(const FunnelResult &result, const QList<Annotation> &annotations, const QString &title,
                               const QString &path)
{
    const std::unique_ptr<QChart> chart(create(result, annotations, title));
    return DrawingExport::saveChart(*chart, exportSize, title, path);
}

} // namespace Funnelscope
