#include "preferences.h"

#include "settingskey.h"

namespace Funnelscope {

namespace {

const SettingsKey<QString> exportFolderKey("export/folder", {});
const SettingsKey<int> topNKey("funnel/topN", 5);
const SettingsKey<bool> csvForExcelKey("export/csvForExcel", false);

} // namespace

Preferences &Preferences::instance()
{
    static Preferences preferences;
    return preferences;
}

QString Preferences::exportFolder() const
{
    return exportFolderKey.value();
}

void Preferences::setExportFolder(const QString &folder)
{
    if (folder == exportFolder())
        return;
    exportFolderKey.setValue(folder);
    Q_EMIT exportFolderChanged(folder);
}

int Preferences::funnelTopN() const
{
    return topNKey.value();
}

void Preferences::setFunnelTopN(int topN)
{
    if (topN == funnelTopN())
        return;
    topNKey.setValue(topN);
    Q_EMIT funnelTopNChanged(topN);
}

bool Preferences::csvForExcel() const
{
    return csvForExcelKey.value();
}

void Preferences::setCsvForExcel(bool forExcel)
{
    csvForExcelKey.setValue(forExcel);
}

} // namespace Funnelscope
