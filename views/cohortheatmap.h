#pragma once

#include <QFont>

#include "analysis/cohortquery.h"
#include "analysis/cohortresult.h"
#include "store/annotations.h"
#include "chartcursor.h"

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
    /** Cohorts whose period overlaps an annotation's days get its colour and text beside them. */
    void setAnnotations(const QList<Annotation> &annotations);
    void setShowCounts(bool counts);

    QSize sizeHint() const override;
    /** The size the grid needs, in logical pixels. */
    /** Column widths and row heights, measured with the fonts the grid is drawn in (never fixed pixels). */
    struct Layout
    {
        double labelWidth = 0;
        double sizeWidth = 0;
        double cellWidth = 0;
        double rowHeight = 0;
        double headerHeight = 0;
    };
    static Layout layout(const CohortGrid &grid, const CohortQuery &query, bool revenue, bool counts);
    /** The grid's font (12 px), bold for headers and the average. */
    static QFont cellFont(bool bold = false);
    static QSize preferredSize(const CohortGrid &grid, const CohortQuery &query, bool revenue, bool counts = false,
                               bool annotated = false);
    static void paint(QPainter &painter, const QRectF &area, const CohortGrid &grid,
                      const CohortQuery &query, bool revenue, bool counts, const QString &title,
                      const QList<Annotation> &annotations = {});
    /** PNG (2x) or SVG by suffix; an error message, or empty. */
    static QString save(const QString &path, const CohortGrid &grid, const CohortQuery &query,
                        bool revenue, bool counts, const QString &title, const QList<Annotation> &annotations = {});
    /** The annotations whose days overlap @p row's period (in the query's time zone). */
    static QList<Annotation> annotationsOf(const CohortRow &row, const CohortQuery &query, const QList<Annotation> &annotations);
    /** @p netOfRefunds: a revenue grid that counted refunds (CohortResult::netOfRefunds) says so. */
    static QString title(const CohortQuery &query, const QString &workspaceName, const QString &segment,
                         bool netOfRefunds = false);

Q_SIGNALS:
    /** A cohort row was clicked (index into the grid's cohorts). */
    void cohortClicked(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    /** What a screen reader says of a cell: its cohort, size, period and figure. */
    QString describeCell(int row, int column) const;
    QRectF cellRect(int row, int column) const;

    CohortGrid mGrid;
    CohortQuery mQuery;
    bool mRevenue = false;
    bool mShowCounts = false;
    QList<Annotation> mAnnotations;
    ChartCursor mCursor;
};

} // namespace Funnelscope
