#pragma once

#include "analysis/cohortquery.h"
#include "analysis/cohortresult.h"

#include <QWidget>

namespace Funnelscope {

/**
 * A cohort grid drawn as a heatmap: cohort and size on the left, a column per period,
 * the weighted average on top, each cell coloured on a sequential, colour-blind-safe blue
 * scale (ColorBrewer "Blues") with its number; incomplete periods hatched, periods past
 * the data left blank. The same painting serves the window and the PNG/SVG exports.
 */
class CohortHeatmap : public QWidget
{
    Q_OBJECT

public:
    explicit CohortHeatmap(QWidget *parent = nullptr);

    void setGrid(const CohortGrid &grid, const CohortQuery &query, bool revenue);
    void setShowCounts(bool counts);

    QSize sizeHint() const override;
    /** The size the grid needs, in logical pixels. */
    static QSize preferredSize(const CohortGrid &grid, int periods);
    static void paint(QPainter &painter, const QRectF &area, const CohortGrid &grid,
                      const CohortQuery &query, bool revenue, bool counts, const QString &title);
    /** PNG (2x) or SVG by suffix; an error message, or empty. */
    static QString save(const QString &path, const CohortGrid &grid, const CohortQuery &query,
                        bool revenue, bool counts, const QString &title);
    /** @p netOfRefunds: a revenue grid that counted refunds (CohortResult::netOfRefunds) says so. */
    static QString title(const CohortQuery &query, const QString &workspaceName, const QString &segment,
                         bool netOfRefunds = false);

Q_SIGNALS:
    /** A cohort row was clicked (index into the grid's cohorts). */
    void cohortClicked(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    CohortGrid mGrid;
    CohortQuery mQuery;
    bool mRevenue = false;
    bool mShowCounts = false;
};

} // namespace Funnelscope
