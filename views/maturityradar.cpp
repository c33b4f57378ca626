#include "maturityradar.h"

#include <QCategoryAxis>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QImage>
#include <QLineSeries>
#include <QPainter>
#include <QPolarChart>
#include <QSvgGenerator>
#include <QValueAxis>

namespace Funnelscope {

QChart *MaturityRadar::create(const MaturityMatrix &matrix, const Assessment &assessment, const QString &title)
{
    auto *chart = new QPolarChart;
    chart->setTitle(title.toHtmlEscaped());
    chart->setAnimationOptions(QChart::NoAnimation);
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
        angular->append(MaturityMatrix::translated(matrix.dimensions[i].name), 360.0 * i / count);
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
    const QSizeF size(900, 760);
    QGraphicsScene scene;
    QChart *chart = create(matrix, assessment, title);
    scene.addItem(chart);
    chart->resize(size);
    scene.setSceneRect(QRectF(QPointF(0, 0), size));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    if (QFileInfo(path).suffix().toLower() == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size.toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), size));
        QPainter painter;
        if (!painter.begin(&svg))
            return tr("Cannot write “%1”.").arg(path);
        scene.render(&painter);
        return QString();
    }
    QImage image(size.toSize() * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), size), scene.sceneRect());
    painter.end();
    return image.save(path) ? QString() : tr("Cannot write “%1”.").arg(path);
}

} // namespace Funnelscope
