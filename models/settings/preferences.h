#pragma once

#include <QObject>
#include <QString>

namespace Funnelscope {

/**
 * The person's preferences that more than one place reads, typed, declared once, with a
 * signal when they change (the keys live in QSettings; SettingsKey declares the ones a
 * single class owns next to it).
 */
class Preferences : public QObject
{
    Q_OBJECT

public:
    static Preferences &instance();

    /** Where exports of charts and tables were last written (every page's Export… starts there). */
    QString exportFolder() const;
    void setExportFolder(const QString &folder);
    /** How many breakdown values a new funnel shows before "other". */
    int funnelTopN() const;
    void setFunnelTopN(int topN);
    /** Whether exported CSV starts with a UTF-8 byte-order mark, as Excel needs (the save dialog's "CSV for Excel"). */
    bool csvForExcel() const;
    void setCsvForExcel(bool forExcel);

Q_SIGNALS:
    void exportFolderChanged(const QString &folder);
    void funnelTopNChanged(int topN);

private:
    Preferences() = default;
};

} // namespace Funnelscope
