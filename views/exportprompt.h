#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

namespace Funnelscope {

/**
 * The one way a page asks where to export: a save dialog that starts in the export folder
 * the Preferences remember (and remembers the new one), then @p write, then a warning that
 * names the failure. Pages keep their exportTo(path), which tests and the menu share; a
 * table goes through TableFile with excelCsv(), the CSV flavour the dialog remembers.
 */
class ExportPrompt
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::ExportPrompt)

public:
    /** @p write returns an error message, or empty. */
    static void run(QWidget *parent, const QString &title, const QString &fileName, const QString &filters,
                    const std::function<QString(const QString &path)> &write);
    /**
     * The save dialog alone, for an export that writes in a worker: the path chosen (empty
     * when cancelled), the export folder and the CSV flavour remembered.
     */
    static QString askPath(QWidget *parent, const QString &title, const QString &fileName, const QString &filters);
    /** PNG (2x, for slides), SVG, then tableFilters(): a chart and its table. */
    static QString chartFilters();
    /** CSV, CSV for Excel (a byte-order mark first), Excel workbook. */
    static QString tableFilters();
    /** Whether CSV is written for Excel: the filter last chosen (or the Preferences' box). */
    static bool excelCsv();

private:
    static QString csvFilter();
    static QString excelCsvFilter();
};

} // namespace Funnelscope
