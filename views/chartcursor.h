#pragma once

#include <QCoreApplication>
#include <QRectF>
#include <QString>

#include <functional>

class QKeyEvent;
class QPainter;
class QWidget;

namespace Funnelscope {

/**
 * The keyboard's way through a painted chart (the heatmap's cells, the insights' bars,
 * the paths' nodes): arrows move a cursor over its items, Enter or Space acts on the one
 * under it as a click would, and each move tells assistive technology what is there (the
 * widget's accessible description, e.g. "Cohort of 3 Aug 2026, week 2: 19.6%, 176 of
 * 898 people"), so the numbers of a drawing are read out as its table's would be.
 *
 * Items are in rows and columns; Up/Down change the row and Left/Right the column, or the
 * other way round when the rows run across (the paths' steps).
 */
class ChartCursor
{
public:
    struct Items
    {
        std::function<int()> rows;
        std::function<int(int row)> columns;
        std::function<QString(int row, int column)> describe;
        std::function<QRectF(int row, int column)> rect;
        std::function<void(int row, int column)> activate;
        bool rowsAcross = false;
    };

    ChartCursor(QWidget *owner, Items items);

    /** Handles a key; false when it is not the cursor's (Tab, shortcuts). */
    bool keyPress(QKeyEvent *event);
    /** Draws the focus frame around the current item while the chart has the focus. */
    void paint(QPainter &painter) const;
    /** Starts again at the first item (the chart's data changed), and says what is there. */
    void reset();
    int row() const { return mRow; }
    int column() const { return mColumn; }
    void moveTo(int row, int column);

private:
    void announce();

    QWidget *mOwner;
    Items mItems;
    int mRow = 0;
    int mColumn = 0;
};

} // namespace Funnelscope
