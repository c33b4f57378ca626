#pragma once

#include "analysis/funnelresult.h"
#include "store/annotations.h"

#include <QCoreApplication>
#include <QSize>

class QChart;

namespace Funnelscope {

/**
 * The funnel's weekly trend (conversion of the units that entered each week) with the
 * workspace's annotations on its time axis: a day as a dashed line, a range as a band,
 * each in its category's colour (or its own) with its text at the top, so a change in
 * the line is read next to the campaign or the release that came with it. Shown on the
 * Funnels page, exported from it and by `funnel --trend`.
 */
class FunnelTrendChart
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::FunnelTrendChart)

public:
    static constexpr QSize exportSize{1200, 600};

    /** A new chart (the caller owns it): @p annotations outside the weeks shown are left out. */
    static QChart *create(const FunnelResult &result, const QList<Annotation> &annotations, const QString &title = {});
    /** An export's title: "Conversion by week of step 1 · " and the funnel's (FunnelChart::title()). */
    static QString title(const QString &funnelTitle);
    /** Where the axis puts the instant @p utcMs (the weeks are UTC weeks; Qt's axis names local dates). */
    static double axisValue(qint64 utcMs);
    /** The (UTC) day an axis value names: the inverse of axisValue(), for a click on the chart. */
    static QDate dayAt(double value);
    /** Saves as PNG or SVG by the file's suffix; an error message, or empty. */
    static QString save(const FunnelResult &result, const QList<Annotation> &annotations, const QString &title,
                        const QString &path);
    /** Adds @p annotations to @p chart's time axis (a QDateTimeAxis at the bottom) up to @p top on its value axis. */
    static void addAnnotations(QChart *chart, const QList<Annotation> &annotations, double top);
};

} // namespace Funnelscope
