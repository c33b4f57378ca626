#include "pathschart.h"

#include <QKeyEvent>

#include "drawingexport.h"
#include "theme.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace Funnelscope {

namespace {

constexpr int margin = 14;
constexpr double nodeWidth = 14;
constexpr double nodeGap = 10;
constexpr int columnWidth = 190;
const QColor ink(0x33, 0x33, 0x33);
const QColor faint(0x88, 0x88, 0x88);
// Okabe–Ito without its yellow (too pale on white), then Paul Tol's muted colours: safe for
// colour-blind readers. An event keeps its colour at every step of a diagram.
const QColor palette[] = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73),
                          QColor(0xCC, 0x79, 0xA7), QColor(0x56, 0xB4, 0xE9), QColor(0xD5, 0x5E, 0x00),
                          QColor(0x88, 0x22, 0x55), QColor(0x44, 0xAA, 0x99), QColor(0x99, 0x99, 0x33),
                          QColor(0x33, 0x22, 0x88)};

/** Each event's colour, by the order events first appear (the start's first). */
QHash<QString, QColor> eventColours(const PathsResult &result)
{
    QHash<QString, QColor> colours;
    for (const auto &column : result.steps) {
        for (const PathsNode &node : column) {
            const QString event = node.name.section(QStringLiteral(" · "), 0, 0);
            if (node.kind == PathsNode::Kind::Event && !colours.contains(event))
                colours.insert(event, palette[colours.size() % qsizetype(std::size(palette))]);
        }
    }
    return colours;
}

QColor colourOf(const PathsNode &node, const QHash<QString, QColor> &colours)
{
    if (node.kind == PathsNode::Kind::Other)
        return QColor(0xa0, 0xa0, 0xa0);
    if (node.kind == PathsNode::Kind::End)
        return QColor(0xd8, 0xd8, 0xd8);
    return colours.value(node.name.section(QStringLiteral(" · "), 0, 0));
}

/** Where every node and band goes, shared by painting and pointing. */
struct Layout
{
    QRectF titleBox;
    QList<QList<QRectF>> nodes;
    QList<QPainterPath> bands; ///< one per PathsResult::edges entry

    Layout(const QRectF &area, const PathsResult &result, const QFont &font, bool titled)
    {
        const QFontMetricsF titleMetrics(Theme::chartFont(font, true, 14));
        double top = area.top() + margin;
        if (titled) {
            titleBox = QRectF(area.left() + margin, top, area.width() - 2 * margin, titleMetrics.height() * 1.6);
            top = titleBox.bottom() + 4;
        }
        const double bottom = area.bottom() - margin - QFontMetricsF(Theme::chartFont(font)).height() * 1.5;
        const int columns = int(result.steps.size());
        const double step = columns > 1 ? (area.width() - 2 * margin - columnWidth * 0.85) / (columns - 1) : 0;
        // One scale for every column: the start's persons and its gaps fill the height.
        qsizetype mostNodes = 1;
        for (const auto &column : result.steps)
            mostNodes = std::max(mostNodes, column.size());
        const double usable = std::max(40.0, bottom - top - nodeGap * double(mostNodes - 1));
        const double scale = result.persons > 0 ? usable / double(result.persons) : 0;
        for (int c = 0; c < columns; ++c) {
            QList<QRectF> rects;
            double y = top;
            const double x = area.left() + margin + step * c;
            for (const PathsNode &node : result.steps[c]) {
                const double height = std::max(2.0, double(node.persons) * scale);
                rects.append(QRectF(x, y, nodeWidth, height));
                y += height + nodeGap;
            }
            nodes.append(rects);
        }
        // Bands leave a node in the order of their targets and arrive in the order of their sources.
        QList<QList<double>> outUsed;
        QList<QList<double>> inUsed;
        for (const auto &column : nodes) {
            outUsed.append(QList<double>(column.size(), 0));
            inUsed.append(QList<double>(column.size(), 0));
        }
        for (const PathsEdge &edge : result.edges) {
            const QRectF from = nodes[edge.step - 1][edge.from];
            const QRectF to = nodes[edge.step][edge.to];
            const double thickness = std::max(1.0, double(edge.persons) * scale);
            const double y0 = from.top() + outUsed[edge.step - 1][edge.from];
            const double y1 = to.top() + inUsed[edge.step][edge.to];
            outUsed[edge.step - 1][edge.from] += thickness;
            inUsed[edge.step][edge.to] += thickness;
            const double x0 = from.right();
            const double x1 = to.left();
            const double middle = (x0 + x1) / 2;
            QPainterPath band(QPointF(x0, y0));
            band.cubicTo(QPointF(middle, y0), QPointF(middle, y1), QPointF(x1, y1));
            band.lineTo(x1, y1 + thickness);
            band.cubicTo(QPointF(middle, y1 + thickness), QPointF(middle, y0 + thickness), QPointF(x0, y0 + thickness));
            band.closeSubpath();
            bands.append(band);
        }
    }
};

QString share(qint64 part, qint64 whole)
{
    return QLocale().toString(whole > 0 ? 100.0 * double(part) / double(whole) : 0.0, 'f', 1) + QStringLiteral(" %");
}

} // namespace

PathsChart::PathsChart(QWidget *parent)
    : QWidget(parent)
    , mCursor(this, {[this] { return int(mResult.steps.size()); },
                     [this](int step) { return step < mResult.steps.size() ? int(mResult.steps[step].size()) : 0; },
                     [this](int step, int node) { return describe(step, node); },
                     [this](int step, int node) {
                         const Layout layout(rect(), mResult, font(), false);
                         return layout.nodes.value(step).value(node).adjusted(-4, -2, 4, 2);
                     },
                     [this](int step, int node) { Q_EMIT nodeClicked(step, node); }, true})
{
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setAccessibleName(tr("Paths diagram"));
}

QString PathsChart::describe(int step, int node) const
{
    const PathsNode &n = mResult.steps[step][node];
    const QString where = step == 0 ? tr("Start") : tr("Step %1").arg(step);
    return tr("%1: %2, %3 persons, %4 of the start").arg(where, displayName(n, mResult.backward),
                                                         QLocale().toString(n.persons), share(n.persons, mResult.persons));
}

void PathsChart::keyPressEvent(QKeyEvent *event)
{
    if (!mCursor.keyPress(event))
        QWidget::keyPressEvent(event);
}

void PathsChart::focusInEvent(QFocusEvent *event)
{
    mCursor.moveTo(mCursor.row(), mCursor.column());
    QWidget::focusInEvent(event);
}

void PathsChart::setResult(const PathsResult &result)
{
    mResult = result;
    mSelectedStep = -1;
    mSelectedNode = -1;
    mCursor.reset();
    updateGeometry();
    update();
}

void PathsChart::setSelected(int step, int node)
{
    mSelectedStep = step;
    mSelectedNode = node;
    update();
}

QSize PathsChart::preferredSize(const PathsResult &result)
{
    return QSize(2 * margin + columnWidth * int(std::max<qsizetype>(2, result.steps.size())), 520);
}

QSize PathsChart::sizeHint() const
{
    return preferredSize(mResult);
}

QSize PathsChart::minimumSizeHint() const
{
    return QSize(400, 300);
}

QString PathsChart::displayName(const PathsNode &node, bool backward)
{
    switch (node.kind) {
    case PathsNode::Kind::Other: return tr("(other)");
    case PathsNode::Kind::End: return backward ? tr("(start)") : tr("(end)");
    case PathsNode::Kind::Event: break;
    }
    return node.name;
}

QString PathsChart::title(const PathsResult &result, const QString &workspaceName)
{
    const QString persons = QLocale().toString(result.persons);
    const int steps = int(result.steps.size()) - 1;
    return result.backward ? tr("Paths before %1 · %n steps · %2 persons · %3", nullptr, steps).arg(result.start, persons, workspaceName)
                           : tr("Paths after %1 · %n steps · %2 persons · %3", nullptr, steps).arg(result.start, persons, workspaceName);
}

void PathsChart::paint(QPainter &painter, const QRectF &area, const PathsResult &result, const QString &title,
                       int selectedStep, int selectedNode)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(area, Qt::white);
    const QFont font = Theme::chartFont(painter.font());
    const QFontMetricsF metrics(font);
    const Layout layout(area, result, painter.font(), !title.isEmpty());
    if (!title.isEmpty()) {
        painter.setFont(Theme::chartFont(painter.font(), true, 14));
        painter.setPen(ink);
        painter.drawText(layout.titleBox, Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetricsF(painter.font()).elidedText(title, Qt::ElideRight, layout.titleBox.width()));
    }
    painter.setFont(font);
    if (result.persons == 0) {
        painter.setPen(faint);
        painter.drawText(area.adjusted(margin, margin * 4, -margin, -margin), Qt::AlignLeft | Qt::AlignTop,
                         tr("Nobody did the start event in this range."));
        painter.restore();
        return;
    }
    const QHash<QString, QColor> colours = eventColours(result);
    // Bands first, under the nodes, in the colour of where they come from.
    for (qsizetype i = 0; i < result.edges.size(); ++i) {
        const PathsEdge &edge = result.edges[i];
        QColor colour = colourOf(result.steps[edge.step - 1][edge.from], colours);
        const bool selected = (edge.step - 1 == selectedStep && edge.from == selectedNode)
            || (edge.step == selectedStep && edge.to == selectedNode);
        colour.setAlphaF(selected ? 0.55f : 0.28f);
        painter.fillPath(layout.bands[i], colour);
    }
    // Nodes and their labels: name and persons, beside the node, elided to the column.
    const double labelWidth = result.steps.size() > 1 && layout.nodes.size() > 1 && !layout.nodes[1].isEmpty()
        ? layout.nodes[1][0].left() - layout.nodes[0][0].right() - 12
        : columnWidth - nodeWidth - 8;
    for (int step = 0; step < result.steps.size(); ++step) {
        for (int node = 0; node < result.steps[step].size(); ++node) {
            const PathsNode &n = result.steps[step][node];
            const QRectF rect = layout.nodes[step][node];
            painter.fillRect(rect, colourOf(n, colours));
            if (step == selectedStep && node == selectedNode) {
                painter.setPen(QPen(ink, 2));
                painter.drawRect(rect.adjusted(-1, -1, 1, 1));
            }
            if (rect.height() < metrics.height() * 0.6 && n.kind != PathsNode::Kind::End && step > 0)
                continue; // too thin to label; the tooltip has it
            const QString text = QStringLiteral("%1  %2").arg(displayName(n, result.backward), QLocale().toString(n.persons));
            const double w = step + 1 == result.steps.size() ? area.right() - rect.right() - margin - 6 : labelWidth;
            painter.setPen(n.kind == PathsNode::Kind::Event ? ink : faint);
            painter.drawText(QRectF(rect.right() + 6, rect.top(), w, std::max(rect.height(), metrics.height())),
                             Qt::AlignLeft | Qt::AlignTop, metrics.elidedText(text, Qt::ElideMiddle, w));
        }
    }
    // The steps' numbers under the columns.
    painter.setPen(faint);
    for (int step = 0; step < layout.nodes.size(); ++step) {
        if (layout.nodes[step].isEmpty())
            continue;
        const QString text = step == 0 ? tr("start") : result.backward ? tr("%1 before").arg(step) : tr("step %1").arg(step);
        painter.drawText(QPointF(layout.nodes[step][0].left(), area.bottom() - margin), text);
    }
    painter.restore();
}

QString PathsChart::save(const QString &path, const PathsResult &result, const QString &title)
{
    const QSize size = preferredSize(result);
    return DrawingExport::save(path, size, title, [&](QPainter &painter) {
        paint(painter, QRectF(QPointF(0, 0), size), result, title);
    });
}

void PathsChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paint(painter, rect(), mResult, QString(), mSelectedStep, mSelectedNode);
    mCursor.paint(painter);
}

void PathsChart::mousePressEvent(QMouseEvent *event)
{
    const Layout layout(rect(), mResult, font(), false);
    for (int step = 0; step < layout.nodes.size(); ++step) {
        for (int node = 0; node < layout.nodes[step].size(); ++node) {
            if (layout.nodes[step][node].adjusted(-4, 0, 4, 0).contains(event->position())) {
                Q_EMIT nodeClicked(step, node);
                return;
            }
        }
    }
}

bool PathsChart::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    const auto *help = static_cast<QHelpEvent *>(event);
    const Layout layout(rect(), mResult, font(), false);
    const QLocale locale;
    for (int step = 0; step < layout.nodes.size(); ++step) {
        for (int node = 0; node < layout.nodes[step].size(); ++node) {
            if (layout.nodes[step][node].adjusted(-4, 0, 4, 0).contains(help->pos())) {
                const PathsNode &n = mResult.steps[step][node];
                QToolTip::showText(help->globalPos(), tr("%1: %2 persons, %3 of the start. Click to list them.")
                                                          .arg(displayName(n, mResult.backward), locale.toString(n.persons),
                                                               share(n.persons, mResult.persons)),
                                   this);
                return true;
            }
        }
    }
    for (qsizetype i = layout.bands.size() - 1; i >= 0; --i) {
        if (layout.bands[i].contains(help->pos())) {
            const PathsEdge &edge = mResult.edges[i];
            const PathsNode &from = mResult.steps[edge.step - 1][edge.from];
            QToolTip::showText(help->globalPos(), tr("%1 → %2: %3 persons, %4 of %1")
                                                      .arg(displayName(from, mResult.backward),
                                                           displayName(mResult.steps[edge.step][edge.to], mResult.backward),
                                                           locale.toString(edge.persons), share(edge.persons, from.persons)),
                               this);
            return true;
        }
    }
    QToolTip::hideText();
    event->ignore();
    return true;
}

} // namespace Funnelscope
