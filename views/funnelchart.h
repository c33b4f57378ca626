#pragma once

#include "analysis/funnelquery.h"
#include "analysis/funnelresult.h"

#include <QCoreApplication>
#include <QSize>

class QChart;

namespace Funnelscope {

/**
 * Draws a funnel: without a breakdown, a bar per step (the units that reached it, with
 * the part lost since step 1 stacked in grey) labelled with count and conversion; with a
 * breakdown, grouped bars of conversion from step 1 per segment, significant segments
 * marked in the legend; compared with another period (and no breakdown), grouped bars of
 * conversion from step 1 for both periods. The same chart is shown on the Funnels page and saved by the
 * command line (PNG at twice the size for slides, or SVG), without a display.
 */
class FunnelChart
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::FunnelChart)

public:
    static constexpr QSize exportSize{1200, 680};

    /**
     * A new chart (the caller owns it). @p compact leaves the conversion out of the step
     * labels, for the window where the table beside shows it.
     */
    static QChart *create(const FunnelQuery &query, const FunnelResult &result, const QString &title,
                          bool compact = false);
    /** "Funnel: view → cart → purchase · 7 days · users · shop" */
    static QString title(const FunnelQuery &query, const QString &workspaceName);
    /** The day of @p ms in @p zone, as the periods are named (2026-08-03). */
    static QString day(qint64 ms, const QByteArray &zone);
    /** Saves as PNG or SVG by the file's suffix; an error message, or empty. */
    static QString save(const FunnelQuery &query, const FunnelResult &result, const QString &title,
                        const QString &path);
};

} // namespace Funnelscope
