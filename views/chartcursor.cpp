#include "chartcursor.h"

#include <QAccessible>
#include <QKeyEvent>
#include <QPainter>
#include <QPalette>
#include <QWidget>

#include <algorithm>

namespace Funnelscope {

ChartCursor::ChartCursor(QWidget *owner, Items items)
    : mOwner(owner)
    , mItems(std::move(items))
{
    mOwner->setFocusPolicy(Qt::StrongFocus);
}

void ChartCursor::reset()
{
    mRow = 0;
    mColumn = 0;
    announce();
}

void ChartCursor::moveTo(int row, int column)
{
    const int rows = mItems.rows();
    if (rows <= 0)
        return;
    mRow = std::clamp(row, 0, rows - 1);
    const int columns = mItems.columns(mRow);
    mColumn = columns > 0 ? std::clamp(column, 0, columns - 1) : 0;
    announce();
    mOwner->update();
}

bool ChartCursor::keyPress(QKeyEvent *event)
{
    if (mItems.rows() <= 0)
        return false;
    const int rowStep = mItems.rowsAcross ? 0 : 1;
    switch (event->key()) {
    case Qt::Key_Up:
        moveTo(mRow - rowStep, mColumn - (1 - rowStep));
        return true;
    case Qt::Key_Down:
        moveTo(mRow + rowStep, mColumn + (1 - rowStep));
        return true;
    case Qt::Key_Left:
        moveTo(mRow - (1 - rowStep), mColumn - rowStep);
        return true;
    case Qt::Key_Right:
        moveTo(mRow + (1 - rowStep), mColumn + rowStep);
        return true;
    case Qt::Key_Home:
        moveTo(0, 0);
        return true;
    case Qt::Key_End:
        moveTo(mItems.rows() - 1, mItems.columns(mItems.rows() - 1) - 1);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (mItems.activate)
            mItems.activate(mRow, mColumn);
        return true;
    default:
        return false;
    }
}

void ChartCursor::paint(QPainter &painter) const
{
    if (!mOwner->hasFocus() || mItems.rows() <= 0)
        return;
    painter.save();
    QPen pen(mOwner->palette().color(QPalette::Highlight));
    pen.setWidthF(2.5);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(mItems.rect(mRow, mColumn).adjusted(1, 1, -1, -1));
    painter.restore();
}

void ChartCursor::announce()
{
    const QString text = mItems.rows() > 0 ? mItems.describe(mRow, mColumn) : QString();
    if (mOwner->accessibleDescription() == text)
        return;
    mOwner->setAccessibleDescription(text);
    QAccessibleEvent changed(mOwner, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&changed);
}

} // namespace Funnelscope
