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
    const QString path = askPath(parent, title, fileName, filters);
    if (path.isEmpty())
        return;
    const QString error = write(path);
    if (!error.isEmpty())
        QMessageBox::warning(parent, title, error);
}

QString ExportPrompt::askPath(QWidget *parent, const QString &title, const QString &fileName, const QString &filters)
{
    // A table export starts on the CSV flavour chosen last; a chart export on its image.
    QString selected = fileName.endsWith(QLatin1String(".csv")) && excelCsv() ? excelCsvFilter() : QString();
    const QString path = QFileDialog::getSaveFileName(
        parent, title, QDir(Preferences::instance().exportFolder()).filePath(fileName), filters, &selected);
    if (path.isEmpty())
        return path;
    Preferences::instance().setExportFolder(QFileInfo(path).absolutePath());
    if (selected == excelCsvFilter())
        Preferences::instance().setCsvForExcel(true);
    else if (selected == csvFilter())
        Preferences::instance().setCsvForExcel(false);
    return path;
}

QString ExportPrompt::chartFilters()
{
    return tr("PNG image, 2x for slides (*.png);;SVG image (*.svg)") + QLatin1String(";;") + tableFilters();
}

QString ExportPrompt::tableFilters()
{
    return csvFilter() + QLatin1String(";;") + excelCsvFilter() + QLatin1String(";;") + tr("Excel workbook (*.xlsx)");
}

QString ExportPrompt::csvFilter()
{
    return tr("CSV table (*.csv)");
}

QString ExportPrompt::excelCsvFilter()
{
    return tr("CSV for Excel, with a byte-order mark (*.csv)");
}

bool ExportPrompt::excelCsv()
{
    return Preferences::instance().csvForExcel();
}

} // namespace Funnelscope
