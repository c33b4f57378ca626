#pragma once

// The four languages the program speaks, for the tests that look at each of them.
#include <QCoreApplication>
#include <QString>
#include <QTest>
#include <QTranslator>

namespace TestLanguages {

/** A "language" column with a row for en, de, fr and es. */
inline void addRows()
{
    QTest::addColumn<QString>("language");
    for (const char *language : {"en", "de", "fr", "es"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

/** The program's translation of @p language installed while it lives (English: none). */
class Scope
{
public:
    explicit Scope(const QString &language)
        : mLoaded(language == QLatin1String("en")
                  || mTranslator.load(QStringLiteral(":/i18n/funnelscope_%1.qm").arg(language)))
    {
        QCoreApplication::installTranslator(&mTranslator);
    }
    ~Scope() { QCoreApplication::removeTranslator(&mTranslator); }
    Scope(const Scope &) = delete;
    Scope &operator=(const Scope &) = delete;

    bool loaded() const { return mLoaded; }

private:
    QTranslator mTranslator;
    bool mLoaded;
};

} // namespace TestLanguages
