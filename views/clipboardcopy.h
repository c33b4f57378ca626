#pragma once

#include <QObject>

class QAbstractItemView;
class QMimeData;
class QWidget;

namespace Funnelscope {

/**
 * Copy as spreadsheets and mail programs expect it. Installed on the application, it
 * gives every table view Ctrl+C for its whole selection (not Qt's one current cell) as
 * tab-separated text and as an HTML table, with the column headers, in the order shown
 * (sorted, hidden columns left out), and Ctrl+A for select all. copyChart() puts a chart
 * on the clipboard as an image at twice the screen's size, for slides.
 */
class ClipboardCopy : public QObject
{
    Q_OBJECT

public:
    explicit ClipboardCopy(QObject *parent = nullptr);

    /** The selection of @p view (every cell when nothing is selected) as text/plain and text/html. */
    static QMimeData *tableData(const QAbstractItemView &view);
    static void copyTable(const QAbstractItemView &view);
    /** @p chart rendered at 2x as an image on the clipboard; false when there is none. */
    static bool copyChart(QWidget *chart);
    /** The table view that Copy and Select All act on for @p widget (itself, or none; never a combo box's list). */
    static QAbstractItemView *tableOf(QWidget *widget);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace Funnelscope
