#include "clipboardcopy.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QImage>
#include <QKeyEvent>
#include <QMimeData>
#include <QPainter>
#include <QTableView>
#include <QTreeView>

#include <algorithm>

namespace Funnelscope {

namespace {

QHeaderView *horizontalHeaderOf(const QAbstractItemView &view)
{
    if (const auto *table = qobject_cast<const QTableView *>(&view))
        return table->horizontalHeader();
    if (const auto *tree = qobject_cast<const QTreeView *>(&view))
        return tree->header();
    return nullptr;
}

bool rowHidden(const QAbstractItemView &view, int row)
{
    if (const auto *table = qobject_cast<const QTableView *>(&view))
        return table->isRowHidden(row);
    return false;
}

/** A cell's text on one line, as a tab-separated cell must be. */
QString plainCell(const QString &text)
{
    QString cell = text;
    cell.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    return cell;
}

} // namespace

ClipboardCopy::ClipboardCopy(QObject *parent)
    : QObject(parent)
{
}

QAbstractItemView *ClipboardCopy::tableOf(QWidget *widget)
{
    auto *view = qobject_cast<QAbstractItemView *>(widget);
    if (!view || !view->model())
        return nullptr;
    // A combo box's popup list is a view too: its keys are the combo's.
    for (QObject *ancestor = view->parent(); ancestor; ancestor = ancestor->parent())
        if (qobject_cast<QComboBox *>(ancestor))
            return nullptr;
    return view;
}

QMimeData *ClipboardCopy::tableData(const QAbstractItemView &view)
{
    const QAbstractItemModel *model = view.model();
    const QModelIndex root = view.rootIndex();
    QModelIndexList cells = view.selectionModel() ? view.selectionModel()->selectedIndexes() : QModelIndexList();
    if (cells.isEmpty()) {
        for (int row = 0; row < model->rowCount(root); ++row)
            for (int column = 0; column < model->columnCount(root); ++column)
                cells.append(model->index(row, column, root));
    }
    const QHeaderView *header = horizontalHeaderOf(view);
    // Rows in the order shown (the model's order: sorting happens in a proxy the view shows),
    // columns in their visual order, hidden ones left out.
    QList<int> rows;
    QList<int> columns;
    for (const QModelIndex &index : std::as_const(cells)) {
        if (rowHidden(view, index.row()) || (header && header->isSectionHidden(index.column())))
            continue;
        if (!rows.contains(index.row()))
            rows.append(index.row());
        if (!columns.contains(index.column()))
            columns.append(index.column());
    }
    std::sort(rows.begin(), rows.end());
    std::sort(columns.begin(), columns.end(), [header](int a, int b) {
        return header ? header->visualIndex(a) < header->visualIndex(b) : a < b;
    });
    QSet<std::pair<int, int>> selected;
    for (const QModelIndex &index : std::as_const(cells))
        selected.insert({index.row(), index.column()});

    QString text;
    QString html = QStringLiteral("<table>");
    const bool withHeader = header && !header->isHidden() && (rows.size() > 1 || columns.size() > 1);
    if (withHeader) {
        QStringList names;
        html += QStringLiteral("<tr>");
        for (int column : std::as_const(columns)) {
            const QString name = model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
            names.append(plainCell(name));
            html += QStringLiteral("<th>%1</th>").arg(name.toHtmlEscaped());
        }
        html += QStringLiteral("</tr>");
        text += names.join(QLatin1Char('\t')) + QLatin1Char('\n');
    }
    for (int row : std::as_const(rows)) {
        QStringList values;
        html += QStringLiteral("<tr>");
        for (int column : std::as_const(columns)) {
            const QString value = selected.contains({row, column})
                ? model->index(row, column, root).data(Qt::DisplayRole).toString()
                : QString();
            values.append(plainCell(value));
            html += QStringLiteral("<td>%1</td>").arg(value.toHtmlEscaped());
        }
        html += QStringLiteral("</tr>");
        text += values.join(QLatin1Char('\t')) + QLatin1Char('\n');
    }
    html += QStringLiteral("</table>");
    auto *data = new QMimeData;
    data->setText(text);
    data->setHtml(html);
    return data;
}

void ClipboardCopy::copyTable(const QAbstractItemView &view)
{
    QGuiApplication::clipboard()->setMimeData(tableData(view));
}

bool ClipboardCopy::copyChart(QWidget *chart)
{
    if (!chart || chart->size().isEmpty())
        return false;
    QImage image(chart->size() * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2);
    image.fill(Qt::white);
    chart->render(&image, QPoint(), QRegion(), QWidget::DrawChildren);
    QGuiApplication::clipboard()->setImage(image);
    return true;
}

bool ClipboardCopy::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    const bool copy = key->matches(QKeySequence::Copy);
    const bool selectAll = key->matches(QKeySequence::SelectAll);
    if (!copy && !selectAll)
        return false;
    QAbstractItemView *view = tableOf(qobject_cast<QWidget *>(watched));
    if (!view)
        return false;
    // Claim the keys before the window's Edit ▸ Copy, then act on the key press.
    event->accept();
    if (event->type() == QEvent::KeyPress) {
        if (copy)
            copyTable(*view);
        else
            view->selectAll();
    }
    return event->type() == QEvent::KeyPress;
}

} // namespace Funnelscope
