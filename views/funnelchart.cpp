#include "funnelchart.h"

#include "itemmodels/figures.h"

#include "drawingexport.h"

#include "analysis/localcalendar.h"
#include "export/funneltext.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QDateTime>
#include <QLegendMarker>
#include <QFontMetrics>
#include <QLocale>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <cmath>
#include <memory>

namespace Funnelscope {

namespace {

// Okabe-Ito: distinguishable with every common form of colour blindness.
const QColor palette[] = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73),
                          QColor(0xCC, 0x79, 0xA7), QColor(0x56, 0xB4, 0xE9), QColor(0xD5, 0x5E, 0x00),
                          QColor(0xF0, 0xE4, 0x42), QColor(0x99, 0x99, 0x99)};

QString percent(double fraction)
{
    const QLocale locale;
    return locale.toString(fraction * 100, 'f', fraction < 0.1 ? 2 : 1) + locale.percent();
}


/** Grouped bars of conversion from step 1 (in percent), labelled above, on a 0–100% axis. */
void addConversionBars(QChart *chart, QBarSeries *series, QBarCategoryAxis *axisX, QValueAxis *axisY)
{
    series->setLabelsFormat(QStringLiteral("@value%"));
    series->setLabelsPrecision(3);
    series->setLabelsAngle(0);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
    // The axis stops at 100%: conversion goes no higher. The labels of full bars stand
    // above the plot, in the room the chart's top margin keeps for them.
    axisY->setRange(0, 100);
    QMargins margins = chart->margins();
    margins.setTop(std::max(margins.top(), QFontMetrics(series->barSets().isEmpty() ? QFont() : series->barSets().first()->labelFont()).height() + 6));
    chart->setMargins(margins);
    axisY->setTickType(QValueAxis::TicksDynamic);
    axisY->setTickAnchor(0);
    axisY->setTickInterval(20); // 0% … 100%, readable in a small chart too
    axisY->setLabelFormat(QStringLiteral("%.0f%"));
    axisY->setTitleText(QCoreApplication::translate("Funnelscope::FunnelChart", "Conversion from step 1"));
    // Labels only where a bar is as wide as its label ("100%100%" over narrow bars is no
    // figure): decided again whenever the plot is laid out (a window resized, an export's size).
    if (!series->isLabelsVisible() || series->barSets().isEmpty())
        return;
    const int bars = int(series->barSets().size()) * std::max(1, int(axisX->count()));
    const int labelWidth = QFontMetrics(series->barSets().first()->labelFont()).horizontalAdvance(QStringLiteral("88.8%")) + 4;
    QObject::connect(chart, &QChart::plotAreaChanged, series, [series, bars, labelWidth](const QRectF &plot) {
        series->setLabelsVisible(plot.width() * series->barWidth() / bars >= labelWidth);
    });
}

} // namespace

QString FunnelChart::title(const FunnelQuery &query, const QString &workspaceName)
{
    QStringList events;
    for (const FunnelQuery::Step &step : query.steps)
        events.append(step.event);
    static const char *counts[] = {QT_TR_NOOP("people"), QT_TR_NOOP("sessions"), QT_TR_NOOP("attempts")};
    QString text = tr("Funnel: %1 · within %2 · %3 · %4")
                       .arg(events.join(QStringLiteral(" → ")), Figures::duration(query.windowMs),
                            QCoreApplication::translate("Funnelscope::FunnelChart", counts[int(query.count)]),
                            workspaceName);
    if (!query.hold.isEmpty())
        text += tr(" · same %1").arg(query.hold.join(QLatin1String(", ")));
    if (query.hasStepWindows())
        text += tr(" · with step windows");
    if (!query.breakdown.isEmpty())
        text += tr(" · by %1").arg(query.breakdown);
    if (query.fromMs && query.toMs)
        text += tr(" · %1 – %2").arg(day(*query.fromMs, query.timezone), day(*query.toMs - 1, query.timezone));
    return text;
}

QString FunnelChart::day(qint64 ms, const QByteArray &zone)
{
    return QDateTime::fromMSecsSinceEpoch(ms, LocalCalendar::zoneNamed(zone)).date().toString(Qt::ISODate);
}

QChart *FunnelChart::create(const FunnelQuery &query, const FunnelResult &result, const QString &title,
                            bool compact)
{
    auto *chart = new QChart;
    chart->setLocalizeNumbers(true);
    // Chart texts are rich text: escape what comes from the data.
    chart->setTitle(result.segments.isEmpty()
                        ? title.toHtmlEscaped()
                        : tr("%1<br><small>★ this segment converts differently from all the others "
                             "(two-proportion test, p &lt; 0.05)</small>")
                              .arg(title.toHtmlEscaped()));
    QFont titleFont = chart->titleFont();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setAnimationOptions(QChart::NoAnimation);
    const QLocale locale;

    QStringList categories;
    for (qsizetype k = 0; k < result.steps.size(); ++k) {
        const FunnelStepResult &step = result.steps[k];
        // Axis labels are rich text and event names come from tracked data: "a<b" drew "a".
        const QString event = step.event.toHtmlEscaped();
        categories.append(k == 0 || compact ? event : QStringLiteral("%1 · %2").arg(event, percent(step.conversion)));
    }
    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories);
    auto *axisY = new QValueAxis;
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);

    if (result.segments.isEmpty() && result.comparison) {
        // This period against the other: conversion from step 1, side by side.
        const FunnelResult::Comparison &compare = *result.comparison;
        auto *series = new QBarSeries;
        const auto period = [&query](qint64 from, qint64 to) { return tr("%1 – %2").arg(day(from, query.timezone), day(to - 1, query.timezone)); };
        auto *now = new QBarSet(tr("%1 (%2)").arg(query.fromMs && query.toMs ? period(*query.fromMs, *query.toMs) : tr("this period"),
                                                    locale.toString(result.steps.value(0).count)));
        const QString before = tr("%1 – %2").arg(compare.firstDay.toString(Qt::ISODate), compare.lastDay.toString(Qt::ISODate));
        auto *then = new QBarSet(tr("%1 (%2), before").arg(before, locale.toString(compare.steps.value(0).count)));
        now->setColor(palette[0]);
        then->setColor(QColor(0xA6, 0xBD, 0xD7));
        for (qsizetype k = 0; k < result.steps.size(); ++k) {
            now->append(result.steps[k].conversion * 100);
            then->append(compare.steps.value(k).conversion * 100);
        }
        for (QBarSet *set : {now, then})
            set->setLabelColor(QColor(0x33, 0x33, 0x33));
        series->append(now);
        series->append(then);
        series->setLabelsVisible(true);
        addConversionBars(chart, series, axisX, axisY);
        const double points = compare.deltaPoints.value(compare.deltaPoints.size() - 1);
        chart->setTitle(chart->title() + QStringLiteral("<br><small>%1</small>").arg(
            (compare.tooFew ? tr("Overall: %1 points; too few to test")
             : compare.pValue < 0.05 ? tr("Overall: %1 points, a real change (%2)")
                                     : tr("Overall: %1 points, within chance (%2)"))
                .arg(Figures::points(points), Figures::pValue(compare.pValue))
                .toHtmlEscaped()));
    } else if (result.segments.isEmpty()) {
        auto *series = new QStackedBarSeries;
        auto *reached = new QBarSet(tr("Reached the step"));
        auto *lost = new QBarSet(tr("Dropped off since step 1"));
        reached->setColor(palette[0]);
        lost->setColor(QColor(0xD9, 0xD9, 0xD9));
        const qint64 first = result.steps.isEmpty() ? 0 : result.steps.first().count;
        for (const FunnelStepResult &step : result.steps) {
            reached->append(double(step.count));
            lost->append(double(first - step.count));
        }
        series->append(reached);
        series->append(lost);
        // Counts on the reached part only: the lost part's labels are transparent.
        series->setLabelsVisible(true);
        series->setLabelsFormat(QStringLiteral("@value"));
        series->setLabelsPrecision(15); // whole counts: 1.149.215, not 1,14922E+06 (six digits by default)
        series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
        reached->setLabelColor(Qt::white);
        QFont labelFont = reached->labelFont();
        labelFont.setBold(true);
        reached->setLabelFont(labelFont);
        lost->setLabelColor(Qt::transparent);
        chart->addSeries(series);
        series->attachAxis(axisX);
        series->attachAxis(axisY);
        axisY->setRange(0, std::max<double>(1, double(first)));
        axisY->applyNiceNumbers();
        // Counts are whole: a small funnel gets one tick a person (not 0, 1, 1, 2, 2).
        if (axisY->max() <= 10)
            axisY->setTickCount(int(axisY->max()) + 1);
        axisY->setLabelFormat(QStringLiteral("%.0f"));
        static const char *units[] = {QT_TR_NOOP("People"), QT_TR_NOOP("Sessions"), QT_TR_NOOP("Attempts")};
        axisY->setTitleText(QCoreApplication::translate("Funnelscope::FunnelChart", units[int(query.count)]));
    } else {
        auto *series = new QBarSeries;
        int colour = 0;
        for (const FunnelSegment &segment : result.segments) {
            QString name = tr("%1 (%2)").arg(FunnelText::segmentName(result.breakdown, segment.value),
                                             locale.toString(segment.steps.first().count));
            // Beyond three segments the legend has room for the value, its size and the star
            // only (the p-values are in the table); with fewer, each says its test.
            if (result.segments.size() > 3)
                name += segment.significant() ? QStringLiteral(" ★") : QString();
            else if (segment.tooFew)
                name += tr(", too few to test");
            else if (segment.significant())
                name += tr(", %1 ★").arg(Figures::pValue(segment.pValue));
            else
                name += tr(", %1").arg(Figures::pValue(segment.pValue));
            name = name.toHtmlEscaped();
            auto *set = new QBarSet(name);
            set->setColor(palette[colour++ % int(std::size(palette))]);
            set->setLabelColor(QColor(0x33, 0x33, 0x33));
            for (const FunnelStepResult &step : segment.steps)
                set->append(step.conversion * 100);
            series->append(set);
        }
        // Beyond three segments the labels run into each other: the table says the figures.
        series->setLabelsVisible(result.segments.size() <= 3);
        addConversionBars(chart, series, axisX, axisY);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QString FunnelChart::save(const FunnelQuery &query, const FunnelResult &result, const QString &title,
                          const QString &path)
{
    const std::unique_ptr<QChart> chart(create(query, result, title));
    return DrawingExport::saveChart(*chart, exportSize, title, path);
}

} // namespace Funnelscope
