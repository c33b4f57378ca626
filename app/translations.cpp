#include "translations.h"

#include "settings/settingskey.h"

#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace Funnelscope {

namespace {

const SettingsKey<QString> languageKey("ui/language", {});

} // namespace

QStringList Translations::available()
{
    QStringList codes = {QStringLiteral("en")};
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("funnelscope_*.qm")});
    for (const QString &file : files) {
        const QString code = file.mid(12, file.size() - 12 - 3);
        if (code != QLatin1String("en")) // English's file holds its plural forms only
            codes.append(code);
    }
    return codes;
}

QString Translations::preference()
{
    return languageKey.value();
}

void Translations::setPreference(const QString &code)
{
    if (code.isEmpty())
        languageKey.reset();
    else
        languageKey.setValue(code);
}

QLocale Translations::locale()
{
    const QString code = preference();
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}

void Translations::install(QCoreApplication &app)
{
    const auto translators = app.findChildren<QTranslator *>(QString(), Qt::FindDirectChildrenOnly);
    for (QTranslator *old : translators) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    const QLocale chosen = locale();
    QLocale::setDefault(chosen);
    auto *qt = new QTranslator(&app);
    if (qt->load(chosen, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    // English (and a language we do not speak, or the C locale) gets English's plural forms.
    auto *own = new QTranslator(&app);
    if (own->load(chosen, QStringLiteral("funnelscope"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || own->load(QStringLiteral(":/i18n/funnelscope_en.qm")))
        QCoreApplication::installTranslator(own);
}

} // namespace Funnelscope
