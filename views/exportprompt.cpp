#include "exportprompt.h"

#include "settings/preferences.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace Funnelscope {

void ExportPrompt::run(QWidget *parent, const QString &title, const QString &fileName, const QString &filters,
                       const std::function<QString(const QString &path)> &write)
{
    const QString path = QFileDialog::getSaveFileName(
        parent, title, QDir(Preferences::instance().exportFolder()).filePath(fileName), filters);
    if (path.isEmpty())
        return;
    Preferences::instance().setExportFolder(QFileInfo(path).absolutePath());
    const QString error = write(path);
    if (!error.isEmpty())
        QMessageBox::warning(parent, title, error);
}

QString ExportPrompt::chartFilters()
{
    return tr("PNG image, 2x for slides (*.png);;SVG image (*.svg);;CSV table (*.csv)");
}

} // namespace Funnelscope
