#pragma once

#include "chartcursor.h"

#include "analysis/insightsquery.h"
#include "analysis/insightsresult.h"

#include <QWidget>

namespace Funnelscope {

/**
 * Insights as a diverging bar chart: one bar of phi per candidate (the strongest by |phi|,
 * at most maxBars), to the right when doing it goes with converting, to the left when it
 * goes against; solid when significant (Holm-adjusted p < 0.05), pale when not; dashed
 * guides at Compass's 0.2, 0.3 and 0.4 named weak, moderate, strong. Text is measured with
 * the font, so translated labels fit. The same painting serves the window and the
 * PNG/SVG/PDF exports.
 */
class InsightsChart : public QWidget
{
    Q_OBJECT

public:
    static constexpr int maxBars = 20;

    explicit InsightsChart(QWidget *parent = nullptr);

    void setResult(const InsightsResult &result);
    /** Highlights the candidate labelled @p label (InsightsSignal::label()). */
    void setSelected(const QString &label);

    QSize sizeHint() const override;
    /** The candidates drawn, by phi, strongest positive first. */
    static QList<InsightsSignal> shownSignals(const InsightsResult &result);
    /** The size the chart needs for @p bars bars, in logical pixels, at @p width. */
    static QSize preferredSize(int bars, int width = 760);
    static void paint(QPainter &painter, const QRectF &area, const InsightsResult &result, const QString &title,
                      const QString &selected = QString());
    /** PNG (2x) or SVG by suffix; an error message, or empty. */
    static QString save(const QString &path, const InsightsResult &result, const QString &title);
    /** "What predicts “purchase” within 30 days · 3,000 persons · shop" */
    static QString title(const InsightsResult &result, const QString &workspaceName);

Q_SIGNALS:
    /** A bar was clicked: its candidate's label. */
    void candidateClicked(const QString &label);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    /** What a screen reader says of a bar: the candidate, phi, both conversions, the test. */
    static QString describe(const InsightsSignal &signal);

    InsightsResult mResult;
    QString mSelected;
    ChartCursor mCursor;
};

} // namespace Funnelscope
