#pragma once

#include "chartcursor.h"

#include "analysis/pathsresult.h"

#include <QPainterPath>
#include <QWidget>

namespace Funnelscope {

/**
 * Paths as a Sankey diagram (Qt Charts has none): a column per step, a node per event
 * whose height is its persons, and bands from each node to the next step's nodes as thick
 * as the persons they carry; the same event has the same colour at every step, "(other)"
 * is grey and the end is pale. Text is measured with the font. The same painting serves
 * the window (tooltips on nodes and bands, a click on a node) and the PNG/SVG/PDF exports.
 */
class PathsChart : public QWidget
{
    Q_OBJECT

public:
    explicit PathsChart(QWidget *parent = nullptr);

    void setResult(const PathsResult &result);
    /** Highlights the node @p node of step @p step (-1: none). */
    void setSelected(int step, int node);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    /** The size the chart wants for @p result, in logical pixels. */
    static QSize preferredSize(const PathsResult &result);
    static void paint(QPainter &painter, const QRectF &area, const PathsResult &result, const QString &title,
                      int selectedStep = -1, int selectedNode = -1);
    /** PNG (2x) or SVG by suffix; an error message, or empty. */
    static QString save(const QString &path, const PathsResult &result, const QString &title);
    /** A node's name for people: events as they are, "(other)" and the end in the reader's language. */
    static QString displayName(const PathsNode &node, bool backward);
    /** "Paths after add_to_cart · 5 steps · 3,000 persons · shop" */
    static QString title(const PathsResult &result, const QString &workspaceName);

Q_SIGNALS:
    void nodeClicked(int step, int node);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    /** What a screen reader says of a node: its step, event, persons and share of the start. */
    QString describe(int step, int node) const;

    PathsResult mResult;
    int mSelectedStep = -1;
    int mSelectedNode = -1;
    ChartCursor mCursor;
};

} // namespace Funnelscope
