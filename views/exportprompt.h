#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

namespace Funnelscope {

/**
 * The one way a page asks where to export: a save dialog that starts in the export folder
 * the Preferences remember (and remembers the new one), then @p write, then a warning that
 * names the failure. Pages keep their exportTo(path), which tests and the menu share.
 */
class ExportPrompt
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::ExportPrompt)

public:
    /** @p write returns an error message, or empty. */
    static void run(QWidget *parent, const QString &title, const QString &fileName, const QString &filters,
                    const std::function<QString(const QString &path)> &write);
    /** PNG (2x, for slides), SVG, CSV: a chart and its table. */
    static QString chartFilters();
};

} // namespace Funnelscope
