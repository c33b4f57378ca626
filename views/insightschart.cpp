#include "insightschart.h"

#include "itemmodels/figures.h"

#include <QKeyEvent>

#include "drawingexport.h"
#include "theme.h"

#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace Funnelscope {

namespace {

constexpr int margin = 14;
// Okabe–Ito blue and vermillion: safe for colour-blind readers, apart in grey print.
const QColor positive(0x00, 0x72, 0xB2);
const QColor negative(0xD5, 0x5E, 0x00);
const QColor ink(0x33, 0x33, 0x33);
const QColor faint(0x88, 0x88, 0x88);
constexpr double guides[] = {0.2, 0.3, 0.4};

int rowHeight(const QFontMetricsF &metrics)
{
    return int(std::ceil(metrics.height() * 1.75));
}

/** Where things go: computed from the font and the candidates, shared by paint and clicks. */
struct Geometry
{
    QRectF titleBox;
    QRectF plot;      ///< the bars' area (rows top to bottom)
    double labelRight = 0;
    double zero = 0;  ///< x of phi = 0
    double scale = 0; ///< pixels per unit of phi
    double low = 0;   ///< the axis' range of phi
    double high = 0;
    double row = 0;
    double axisY = 0;
    double legendY = 0;

    Geometry(const QRectF &area, const QList<InsightsSignal> &list, const QFont &font, bool titled)
    {
        const QFontMetricsF metrics(Theme::chartFont(font));
        const QFontMetricsF titleMetrics(Theme::chartFont(font, true, 14));
        row = rowHeight(metrics);
        double y = area.top() + margin;
        if (titled) {
            titleBox = QRectF(area.left() + margin, y, area.width() - 2 * margin, titleMetrics.height() * 1.6);
            y = titleBox.bottom();
        }
        y += metrics.height() * 2.4; // the guides' names, on two lines
        double widest = 0;
        double lowest = 0;
        double highest = 0;
        for (const InsightsSignal &signal : list) {
            widest = std::max(widest, metrics.horizontalAdvance(signal.label()));
            lowest = std::min(lowest, signal.phi);
            highest = std::max(highest, signal.phi);
        }
        labelRight = area.left() + margin + std::min(widest, area.width() * 0.38) + 10;
        // Whole tenths, wide enough for the guides on the side the data is on.
        high = std::max(0.5, std::ceil(highest * 10 - 1e-9) / 10);
        low = lowest < 0 ? -std::max(0.5, std::ceil(-lowest * 10 - 1e-9) / 10) : -0.1;
        const double valueRoom = metrics.horizontalAdvance(QStringLiteral("−0.00 ★")) + 8;
        const double left = labelRight + (low < -0.1 ? valueRoom : 4);
        const double right = area.right() - margin - valueRoom;
        scale = (right - left) / (high - low);
        zero = left - low * scale;
        plot = QRectF(left, y, right - left, row * std::max<qsizetype>(1, list.size()));
        axisY = plot.bottom() + 4;
        legendY = axisY + metrics.height() * 2.2;
    }

    double x(double phi) const { return zero + phi * scale; }
};

QString valueText(const InsightsSignal &signal)
{
    return QLocale().toString(signal.phi, 'f', 2) + (signal.significant() ? QStringLiteral(" ★") : QString());
}

} // namespace

InsightsChart::InsightsChart(QWidget *parent)
    : QWidget(parent)
    , mCursor(this, {[this] { return int(shownSignals(mResult).size()); }, [](int) { return 1; },
                     [this](int row, int) { return describe(shownSignals(mResult).at(row)); },
                     [this](int row, int) {
                         const QList<InsightsSignal> list = shownSignals(mResult);
                         const Geometry g(rect(), list, font(), false);
                         return QRectF(rect().left() + 2, g.plot.top() + row * g.row, rect().width() - 4, g.row);
                     },
                     [this](int row, int) { Q_EMIT candidateClicked(shownSignals(mResult).at(row).label()); }})
{
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setMouseTracking(false);
    setAccessibleName(tr("Insights chart"));
}

QString InsightsChart::describe(const InsightsSignal &signal)
{
    const QLocale locale;
    if (signal.tooFew)
        return tr("%1: too few persons to say (%2)").arg(signal.label(), locale.toString(signal.exposed()));
    return tr("%1: phi %2; %3 of the %4 persons who did it converted, %5 of the others; %6")
        .arg(signal.label(), locale.toString(signal.phi, 'f', 2), Figures::percent(signal.ppv), locale.toString(signal.exposed()),
             Figures::percent(signal.restConversion), Figures::pValue(signal.pAdjusted));
}

void InsightsChart::keyPressEvent(QKeyEvent *event)
{
    if (!mCursor.keyPress(event))
        QWidget::keyPressEvent(event);
}

void InsightsChart::focusInEvent(QFocusEvent *event)
{
    mCursor.moveTo(mCursor.row(), 0);
    QWidget::focusInEvent(event);
}

void InsightsChart::setResult(const InsightsResult &result)
{
    mResult = result;
    mCursor.reset();
    setMinimumHeight(preferredSize(int(shownSignals(result).size())).height());
    updateGeometry();
    update();
}

void InsightsChart::setSelected(const QString &label)
{
    mSelected = label;
    update();
}

QList<InsightsSignal> InsightsChart::shownSignals(const InsightsResult &result)
{
    QList<InsightsSignal> list;
    for (const InsightsSignal &signal : result.signalList) {
        if (!signal.tooFew)
            list.append(signal);
    }
    std::stable_sort(list.begin(), list.end(),
                     [](const InsightsSignal &a, const InsightsSignal &b) { return std::abs(a.phi) > std::abs(b.phi); });
    if (list.size() > maxBars)
        list.resize(maxBars);
    std::stable_sort(list.begin(), list.end(), [](const InsightsSignal &a, const InsightsSignal &b) { return a.phi > b.phi; });
    return list;
}

QSize InsightsChart::preferredSize(int bars, int width)
{
    const QFontMetricsF metrics(Theme::chartFont(QFont()));
    const QFontMetricsF titleMetrics(Theme::chartFont(QFont(), true, 14));
    const double height = 2 * margin + titleMetrics.height() * 1.6 + metrics.height() * 2.4
        + rowHeight(metrics) * std::max(1, bars) + 4 + metrics.height() * 2.2 + metrics.height() * 3.8;
    return QSize(width, int(std::ceil(height)));
}

QSize InsightsChart::sizeHint() const
{
    return preferredSize(int(shownSignals(mResult).size()));
}

QString InsightsChart::title(const InsightsResult &result, const QString &workspaceName)
{
    return tr("What predicts “%1” within %n days · %2 persons · %3", nullptr, result.withinDays)
        .arg(result.target, QLocale().toString(result.persons), workspaceName);
}

void InsightsChart::paint(QPainter &painter, const QRectF &area, const InsightsResult &result, const QString &title,
                          const QString &selected)
{
    const QLocale locale;
    const QList<InsightsSignal> list = shownSignals(result);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(area, Qt::white);
    const QFont font = Theme::chartFont(painter.font());
    const QFontMetricsF metrics(font);
    const Geometry g(area, list, painter.font(), !title.isEmpty());

    if (!title.isEmpty()) {
        painter.setFont(Theme::chartFont(painter.font(), true, 14));
        painter.setPen(ink);
        painter.drawText(g.titleBox, Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetricsF(painter.font()).elidedText(title, Qt::ElideRight, g.titleBox.width()));
    }
    painter.setFont(font);
    if (list.isEmpty()) {
        painter.setPen(faint);
        painter.drawText(g.plot.adjusted(-g.plot.left() + area.left() + margin, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                         tr("No candidate has enough persons to rank."));
        painter.restore();
        return;
    }

    // Guides: Compass's thresholds, named above the plot on two staggered lines (weak and
    // strong above, moderate below), each centred on its guide, so neighbours never collide.
    QPen guide(QColor(0xbb, 0xbb, 0xbb), 1, Qt::DashLine);
    const char *names[] = {QT_TR_NOOP("weak"), QT_TR_NOOP("moderate"), QT_TR_NOOP("strong")};
    for (int i = 0; i < 3; ++i) {
        for (const double sign : {1.0, -1.0}) {
            const double phi = sign * guides[i];
            if (phi < g.low || phi > g.high)
                continue;
            const double x = g.x(phi);
            const double line = i == 1 ? 1.1 : 2.2;
            painter.setPen(guide);
            painter.drawLine(QPointF(x, g.plot.top() - metrics.height() * (line - 1.0)), QPointF(x, g.plot.bottom()));
            painter.setPen(faint);
            const QString name = tr(names[i]);
            const double w = metrics.horizontalAdvance(name) + 2;
            painter.drawText(QRectF(x - w / 2, g.plot.top() - metrics.height() * line, w, metrics.height()),
                             Qt::AlignCenter, name);
        }
    }

    // Bars.
    for (qsizetype i = 0; i < list.size(); ++i) {
        const InsightsSignal &signal = list.at(i);
        const double top = g.plot.top() + double(i) * g.row;
        if (signal.label() == selected)
            painter.fillRect(QRectF(area.left() + margin / 2.0, top, area.width() - margin, g.row), QColor(0xe8, 0xf1, 0xfa));
        painter.setPen(ink);
        painter.drawText(QRectF(area.left() + margin, top, g.labelRight - area.left() - margin - 10, g.row),
                         Qt::AlignRight | Qt::AlignVCenter, metrics.elidedText(signal.label(), Qt::ElideMiddle, g.labelRight - area.left() - margin - 10));
        const QColor colour = signal.phi >= 0 ? positive : negative;
        const double x0 = g.x(0);
        const double x1 = g.x(signal.phi);
        const QRectF bar(std::min(x0, x1), top + g.row * 0.22, std::max(1.0, std::abs(x1 - x0)), g.row * 0.56);
        if (signal.significant()) {
            painter.fillRect(bar, colour);
        } else {
            QColor pale = colour;
            pale.setAlphaF(0.28f);
            painter.fillRect(bar, pale);
            painter.setPen(QPen(colour, 1));
            painter.drawRect(bar.adjusted(0.5, 0.5, -0.5, -0.5));
        }
        painter.setPen(ink);
        const QString value = valueText(signal);
        const double w = metrics.horizontalAdvance(value) + 2;
        painter.drawText(QRectF(signal.phi >= 0 ? bar.right() + 4 : bar.left() - 4 - w, top, w, g.row),
                         Qt::AlignVCenter | (signal.phi >= 0 ? Qt::AlignLeft : Qt::AlignRight), value);
    }

    // The axis: zero, and a tick every tenth.
    painter.setPen(QPen(ink, 1));
    painter.drawLine(QPointF(g.x(0), g.plot.top() - 2), QPointF(g.x(0), g.axisY));
    painter.drawLine(QPointF(g.x(g.low), g.axisY), QPointF(g.x(g.high), g.axisY));
    for (int tenth = int(std::round(g.low * 10)); tenth <= int(std::round(g.high * 10)); ++tenth) {
        const double x = g.x(tenth / 10.0);
        painter.drawLine(QPointF(x, g.axisY), QPointF(x, g.axisY + 4));
        const QString text = locale.toString(tenth / 10.0, 'f', 1);
        const double w = metrics.horizontalAdvance(text);
        painter.drawText(QRectF(x - w / 2 - 1, g.axisY + 5, w + 2, metrics.height()), Qt::AlignCenter, text);
    }

    // Legend: what solid and pale mean, and the scale's source.
    double x = area.left() + margin;
    const double y = g.legendY;
    const double box = metrics.height() * 0.8;
    painter.fillRect(QRectF(x, y + (metrics.height() - box) / 2, box, box), positive);
    x += box + 5;
    const QString significant = tr("★ significant (Holm-adjusted p < %1)").arg(locale.toString(0.05, 'f', 2));
    painter.setPen(ink);
    painter.drawText(QPointF(x, y + metrics.ascent()), significant);
    x += metrics.horizontalAdvance(significant) + 16;
    QColor pale = positive;
    pale.setAlphaF(0.28f);
    painter.fillRect(QRectF(x, y + (metrics.height() - box) / 2, box, box), pale);
    painter.setPen(positive);
    painter.drawRect(QRectF(x, y + (metrics.height() - box) / 2, box, box));
    x += box + 5;
    painter.setPen(ink);
    painter.drawText(QPointF(x, y + metrics.ascent()), tr("not significant"));
    painter.setPen(faint);
    const QString scale = tr("Bars: phi between doing it before converting and converting; blue goes with converting, "
                             "orange against. Strong ≥ %1, moderate ≥ %2, weak ≥ %3 (Amplitude Compass's scale).")
                              .arg(locale.toString(0.4, 'f', 1), locale.toString(0.3, 'f', 1), locale.toString(0.2, 'f', 1));
    painter.drawText(QRectF(area.left() + margin, y + metrics.height() * 1.2, area.width() - 2 * margin, metrics.height() * 2.4),
                     Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, scale);
    painter.restore();
}

QString InsightsChart::save(const QString &path, const InsightsResult &result, const QString &title)
{
    const QSize size = preferredSize(int(shownSignals(result).size()), 1000);
    return DrawingExport::save(path, size, title, [&](QPainter &painter) {
        paint(painter, QRectF(QPointF(0, 0), size), result, title);
    });
}

void InsightsChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paint(painter, rect(), mResult, QString(), mSelected);
    mCursor.paint(painter);
}

void InsightsChart::mousePressEvent(QMouseEvent *event)
{
    const QList<InsightsSignal> list = shownSignals(mResult);
    const Geometry g(rect(), list, font(), false);
    const double y = event->position().y();
    if (y < g.plot.top() || y >= g.plot.bottom())
        return;
    const int index = int((y - g.plot.top()) / g.row);
    if (index >= 0 && index < list.size())
        Q_EMIT candidateClicked(list.at(index).label());
}

} // namespace Funnelscope
