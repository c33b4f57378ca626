#include "drawingexport.h"

#include "store/outputfile.h"

#include <QChart>
#include <QDir>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

namespace Funnelscope {

QString DrawingExport::save(const QString &path, const QSize &size, const QString &title,
                            const std::function<void(QPainter &)> &paint)
{
    // Written through OutputFile: a failed export leaves an earlier file whole, and an
    // open workspace is never written over.
    OutputFile file(path);
    if (!file.begin())
        return file.errorMessage();
    const QString failed = tr("Cannot write “%1”.").arg(QDir::toNativeSeparators(path));
    if (QFileInfo(path).suffix().toLower() == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        // Titles come from tracked data (event names): QSvgGenerator writes them unescaped.
        svg.setTitle(title.toHtmlEscaped());
        QPainter painter;
        if (!painter.begin(&svg))
            return failed;
        paint(painter);
        if (!painter.end())
            return failed;
        return file.finish() ? QString() : file.errorMessage();
    }
    QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    paint(painter);
    painter.end();
    if (!image.save(&file, "PNG"))
        return failed;
    return file.finish() ? QString() : file.errorMessage();
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
