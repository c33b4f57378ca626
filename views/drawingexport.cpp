#include "drawingexport.h"

#include <QChart>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

namespace Funnelscope {

QString DrawingExport::save(const QString &path, const QSize &size, const QString &title,
                            const std::function<void(QPainter &)> &paint)
{
    if (QFileInfo(path).suffix().toLower() == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(title);
        QPainter painter;
        if (!painter.begin(&svg))
            return tr("Cannot write “%1”.").arg(path);
        paint(painter);
        return painter.end() ? QString() : tr("Cannot write “%1”.").arg(path);
    }
    QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    paint(painter);
    painter.end();
    return image.save(path) ? QString() : tr("Cannot write “%1”.").arg(path);
}

QString DrawingExport::saveChart(QChart &chart, const QSize &size, const QString &title, const QString &path)
{
    QGraphicsScene *home = chart.scene();
    const QSizeF before = chart.size();
    if (home)
        home->removeItem(&chart);
    QGraphicsScene scene;
    scene.addItem(&chart);
    chart.resize(size);
    scene.setSceneRect(QRectF(QPointF(0, 0), size));
    // Charts lay out their labels on posted layout requests: deliver them before drawing.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QString error = save(path, size, title, [&scene, size](QPainter &painter) {
        scene.render(&painter, QRectF(QPointF(0, 0), size), scene.sceneRect());
    });
    scene.removeItem(&chart);
    if (home) {
        home->addItem(&chart);
        chart.resize(before);
    }
    return error;
}

} // namespace Funnelscope
