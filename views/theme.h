#pragma once

#include <QCoreApplication>
#include <QFont>

class QApplication;
class QChart;

namespace Funnelscope {

/**
 * The colour theme (Preferences ▸ Theme): the system's, light or dark. Dark uses the
 * Fusion style with a dark palette; charts in the window follow it through style().
 * Exports (PNG, SVG, PDF) stay light, for slides and paper.
 */
class Theme
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::Theme)

public:
    enum class Mode { System, Light, Dark };

    static Mode preference();
    static void setPreference(Mode mode);
    static QString label(Mode mode);
    /** Applies the preference to @p app's style and palette. */
    static void apply(QApplication &app);
    static bool isDark();
    /** @p base at @p pixelSize pixels (charts painted for the window and for export use 12 and 14). */
    static QFont chartFont(const QFont &base, bool bold = false, int pixelSize = 12);
    /** Colours a window chart's background, texts and grid for the current theme. */
    static void style(QChart *chart);
};

} // namespace Funnelscope
