#include "maturityradar.h"

#include "drawingexport.h"

#include <QCategoryAxis>
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
    const auto series = [&](const QString &name, const QColor &colour, bool target) {
        auto *line = new QLineSeries;
        line->setName(name);
        QPen pen(colour);
        pen.setWidthF(target ? 2 : 3);
        if (target)
            pen.setStyle(Qt::DashLine);
        line->setPen(pen);
        line->setPointsVisible(true);
        for (int i = 0; i <= count; ++i) {
            const MaturityMatrix::Dimension &dimension = matrix.dimensions[i % count];
            const Assessment::Score *score = assessment.score(dimension.id);
            const double value = score ? (target ? score->target : score->current) : 0;
            line->append(360.0 * i / count, value);
        }
        chart->addSeries(line);
        return line;
    };
    QLineSeries *current = series(tr("Current"), QColor(0x00, 0x72, 0xB2), false);
    QLineSeries *target = series(tr("Target"), QColor(0xD5, 0x5E, 0x00), true);

    auto *angular = new QCategoryAxis;
    angular->setRange(0, 360);
    angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int i = 0; i < count; ++i)
        angular->append(label(MaturityMatrix::translated(matrix.dimensions[i].name)), 360.0 * i / count);
    QFont font = angular->labelsFont();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    angular->setLabelsFont(font);
    chart->addAxis(angular, QPolarChart::PolarOrientationAngular);
    auto *radial = new QValueAxis;
    radial->setRange(0, matrix.stageCount());
    radial->setTickCount(matrix.stageCount() + 1);
    radial->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(radial, QPolarChart::PolarOrientationRadial);
    for (QLineSeries *line : {current, target}) {
        line->attachAxis(angular);
        line->attachAxis(radial);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
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
