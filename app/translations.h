#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace Funnelscope {

/**
 * The language the program speaks: the preference (Preferences ▸ Language), or the
 * system's. install() sets it as the default QLocale, so numbers and dates follow it,
 * and loads Qt's own translations and Funnelscope's (embedded under ":/i18n").
 */
class Translations
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::Translations)

public:
    /** The languages Funnelscope is translated into, as codes ("de", "es", "fr"), plus "en". */
    static QStringList available();
    /** The preferred language code, or empty for the system's. */
    static QString preference();
    static void setPreference(const QString &code);
    /** The locale the preference stands for. */
    static QLocale locale();
    /** Installs the translators for locale() on @p app; replaces earlier ones. */
    static void install(QCoreApplication &app);
};

} // namespace Funnelscope
