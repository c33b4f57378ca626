#include "maturityradar.h"

#include "drawingexport.h"

#include <QCategoryAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPolarChart>
#include <QValueAxis>

#include <memory>

namespace Funnelscope {

QString MaturityRadar::label(const QString &name)
{
    // Axis labels are rich text, and the polar plot shrinks by the width of the labels on
    // its sides: a long name ("Identität & Zusammenführung") goes on two lines, escaped.
    constexpr qsizetype lineLength = 14;
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList lines;
    for (const QString &word : words) {
        if (!lines.isEmpty() && lines.last().size() + 1 + word.size() <= lineLength)
            lines.last() += QLatin1Char(' ') + word;
        else
            lines.append(word);
    }
    for (QString &line : lines)
        line = line.toHtmlEscaped();
    return lines.join(QLatin1String("<br>"));
}

QChart *MaturityRadar::create(const MaturityMatrix &matrix, const Assessment &assessment, const QString &title)
{
    auto *chart = new QPolarChart;
    chart->setTitle(title.toHtmlEscaped());
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true);
    const int count = int(matrix.dimensions.size());
    // A dimension not assessed yet has no point (not a 0 at the centre, which reads as
    // "assessed as nothing"): each line runs over the assessed neighbours and breaks at
    // the others. Point i = count is dimension 0 again at 360°, closing the ring.
    QList<QLineSeries *> lines;
    const auto series = [&](const QString &name, const QColor &colour, bool target) {
        QPen pen(colour);
        pen.setWidthF(target ? 2 : 3);
        if (target)
            pen.setStyle(Qt::DashLine);
        QList<QLineSeries *> runs;
        QLineSeries *run = nullptr;
        for (int i = 0; i <= count; ++i) {
            const Assessment::Score *score = assessment.score(matrix.dimensions[i % count].id);
            const double value = score ? (target ? score->target : score->current) : 0;
            // Dimension 0 again at 360° only closes a line coming from the last dimension.
            if (value <= 0 || (i == count && !run)) {
                run = nullptr;
                continue;
            }
            if (!run) {
                run = new QLineSeries;
                run->setName(name);
                run->setPen(pen);
                run->setPointsVisible(true);
                chart->addSeries(run);
                runs.append(run);
            }
            run->append(360.0 * i / count, value);
        }
        if (runs.isEmpty()) { // still in the legend, so the colours are explained
            auto *empty = new QLineSeries;
            empty->setName(name);
            empty->setPen(pen);
            chart->addSeries(empty);
            runs.append(empty);
        }
        lines += runs;
        return runs;
    };
    const QList<QLineSeries *> current = series(tr("Current"), QColor(0x00, 0x72, 0xB2), false);
    const QList<QLineSeries *> target = series(tr("Target"), QColor(0xD5, 0x5E, 0x00), true);

    auto *angular = new QCategoryAxis;
    angular->setRange(0, 360);
    angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int i = 0; i < count; ++i) {
        const Assessment::Score *score = assessment.score(matrix.dimensions[i].id);
        QString text = label(MaturityMatrix::translated(matrix.dimensions[i].name));
        if (!score || score->current <= 0)
            text = QStringLiteral("<span style='color:#767676'>%1<br>%2</span>").arg(text, tr("(not assessed)").toHtmlEscaped());
        angular->append(text, 360.0 * i / count);
    }
    QFont font = angular->labelsFont();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    angular->setLabelsFont(font);
    chart->addAxis(angular, QPolarChart::PolarOrientationAngular);
    auto *radial = new QValueAxis;
    radial->setRange(0, matrix.stageCount());
    radial->setTickCount(matrix.stageCount() + 1);
    radial->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(radial, QPolarChart::PolarOrientationRadial);
    for (QLineSeries *line : std::as_const(lines)) {
        line->attachAxis(angular);
        line->attachAxis(radial);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    // One legend entry a line, not one a run.
    for (const QList<QLineSeries *> &runs : {current, target})
        for (qsizetype i = 1; i < runs.size(); ++i)
            for (QLegendMarker *marker : chart->legend()->markers(runs.at(i)))
                marker->setVisible(false);
    chart->setMargins(QMargins(8, 8, 8, 8));
    return chart;
}

QString MaturityRadar::save(const MaturityMatrix &matrix, const Assessment &assessment, const QString &title,
                            const QString &path)
{
    const std::unique_ptr<QChart> chart(create(matrix, assessment, title));
    return DrawingExport::saveChart(*chart, QSize(900, 760), title, path);
}

} // namespace Funnelscope
