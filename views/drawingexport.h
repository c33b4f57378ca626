#pragma once

#include <QCoreApplication>
#include <QSize>
#include <QString>

#include <functional>

class QChart;
class QPainter;

namespace Funnelscope {

/**
 * Saves a drawing for slides and documents: PNG at twice the size on white, or SVG, by
 * the file's suffix. Every chart, heatmap and grid export goes through it.
 */
class DrawingExport
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::DrawingExport)

public:
    /** Calls @p paint with a painter whose area is @p size; an error message, or empty. */
    static QString save(const QString &path, const QSize &size, const QString &title,
                        const std::function<void(QPainter &)> &paint);
    /**
     * A chart laid out at @p size. A chart shown in a view is lent and put back as it
     * was; a chart of no scene stays the caller's.
     */
    static QString saveChart(QChart &chart, const QSize &size, const QString &title, const QString &path);
};

} // namespace Funnelscope
