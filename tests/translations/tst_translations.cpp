// Every user-facing string is translated into every language Funnelscope ships: lupdate
// run over the sources finds no string the .ts files lack, no translation is unfinished
// or empty, and each keeps its source's placeholders (%1, %n).
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <QTranslator>
#include <QLocale>
#include "ingest/importreport.h"

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one per numerus form
    QString type;             // "unfinished", "vanished", "obsolete" or empty
    bool numerus = false;     // a %n message: a form per plural
};

QList<Message> readTs(const QString &path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == QLatin1String("message"))
                messages.append(current);
            continue;
        }
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            current = Message();
            current.context = context;
            current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (xml.name() == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (xml.attributes().value(QLatin1String("type")).isEmpty() && xml.readNext() == QXmlStreamReader::Characters
                && !xml.isWhitespace())
                current.translations.append(xml.text().toString());
        } else if (xml.name() == QLatin1String("numerusform")) {
            current.translations.append(xml.readElementText());
        }
    }
    return messages;
}

QStringList placeholders(const QString &text)
{
    QStringList found;
    const QRegularExpression marker(QStringLiteral("%(\\d+|n)"));
    for (auto it = marker.globalMatch(text); it.hasNext();) {
        const QString match = it.next().captured();
        if (!found.contains(match))
            found.append(match);
    }
    found.sort();
    return found;
}

QString key(const Message &message)
{
    return message.context + QLatin1Char('\x1f') + message.source;
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QDir dir(QStringLiteral(FUNNELSCOPE_SOURCE_DIR "/translations"));
        mFiles = dir.entryList({QStringLiteral("funnelscope_*.ts")});
        mFiles.removeAll(QStringLiteral("funnelscope_en.ts")); // plural forms only: englishPluralsAreComplete()
        QVERIFY2(mFiles.size() >= 3, "German, French and Spanish at least");
        for (QString &file : mFiles)
            file = dir.filePath(file);

        // What the sources hold today, by lupdate itself.
        const QString lupdate = QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lupdate");
        QVERIFY2(QFile::exists(lupdate), qPrintable(lupdate + QStringLiteral(" is missing (Debian package qt6-l10n-tools)")));
        QVERIFY(mDir.isValid());
        const QString fresh = mDir.filePath(QStringLiteral("fresh.ts"));
        QProcess process;
        process.start(lupdate, {QStringLiteral(FUNNELSCOPE_SOURCE_DIR "/models"), QStringLiteral(FUNNELSCOPE_SOURCE_DIR "/views"),
                                QStringLiteral(FUNNELSCOPE_SOURCE_DIR "/app"), QStringLiteral("-locations"), QStringLiteral("none"),
                                QStringLiteral("-silent"), QStringLiteral("-ts"), fresh});
        QVERIFY(process.waitForFinished(120000));
        QCOMPARE(process.exitCode(), 0);
        mSources = readTs(fresh);
        QVERIFY2(mSources.size() > 500, "lupdate should find the program's strings");
    }

    void everyStringIsTranslated_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &file : std::as_const(mFiles))
            QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
    }

    void everyStringIsTranslated()
    {
        QFETCH(QString, file);
        const QList<Message> messages = readTs(file);
        QHash<QString, Message> byKey;
        for (const Message &message : messages)
            byKey.insert(key(message), message);
        QStringList problems;
        for (const Message &source : std::as_const(mSources)) {
            const auto found = byKey.constFind(key(source));
            if (found == byKey.cend()) {
                problems.append(QStringLiteral("missing: [%1] %2").arg(source.context, source.source));
                continue;
            }
            if (!found->type.isEmpty() || found->translations.isEmpty()) {
                problems.append(QStringLiteral("unfinished: [%1] %2").arg(source.context, source.source));
                continue;
            }
            for (const QString &translation : found->translations) {
                QStringList expected = placeholders(source.source);
                QStringList got = placeholders(translation);
                // A singular form may say "one" instead of %n.
                if (found->translations.size() > 1)
                    expected.removeAll(QStringLiteral("%n")), got.removeAll(QStringLiteral("%n"));
                if (translation.trimmed().isEmpty() && !source.source.trimmed().isEmpty())
                    problems.append(QStringLiteral("empty: [%1] %2").arg(source.context, source.source));
                else if (got != expected)
                    problems.append(QStringLiteral("placeholders %1 instead of %2: %3").arg(got.join(u','), expected.join(u','), source.source));
            }
        }
        for (const Message &message : messages) {
            if (message.type == QLatin1String("vanished") || message.type == QLatin1String("obsolete"))
                problems.append(QStringLiteral("no longer in the sources: [%1] %2").arg(message.context, message.source));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problems; run `cmake --build build -t update_translations` "
                                                               "and translate:\n").arg(problems.size())
                                                + problems.mid(0, 20).join(QLatin1Char('\n'))));
    }

    // English says "1 duplicate skipped", not "1 duplicates skipped": its .ts holds a
    // singular and a plural form for every %n message of the sources, and the program uses them.
    void englishPluralsAreComplete()
    {
        const QString file = QStringLiteral(FUNNELSCOPE_SOURCE_DIR "/translations/funnelscope_en.ts");
        QHash<QString, Message> byKey;
        for (const Message &message : readTs(file))
            byKey.insert(key(message), message);
        QStringList problems;
        int numerus = 0;
        for (const Message &source : std::as_const(mSources)) {
            if (!source.numerus)
                continue;
            ++numerus;
            const auto found = byKey.constFind(key(source));
            if (found == byKey.cend() || !found->type.isEmpty() || found->translations.size() != 2
                || found->translations.first().trimmed().isEmpty() || found->translations.last() != source.source)
                problems.append(QStringLiteral("[%1] %2").arg(source.context, source.source));
        }
        QVERIFY(numerus > 20);
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("run `cmake --build build -t update_plurals` and give the singular:\n")
                                                + problems.join(QLatin1Char('\n'))));

        QTranslator english;
        QVERIFY(english.load(QStringLiteral(":/i18n/funnelscope_en.qm")));
        QCoreApplication::installTranslator(&english);
        Funnelscope::ImportReport report;
        report.counts.rowsRead = 1;
        report.counts.imported = 1;
        report.counts.duplicates = 1;
        report.users = 1;
        QCOMPARE(report.countsText(), QStringLiteral("1 row read, 1 event imported, 0 rejected, 1 duplicate skipped, 1 user"));
        report.counts.rowsRead = 12345;
        report.counts.duplicates = 2;
        QVERIFY(report.countsText().startsWith(QStringLiteral("%1 rows read").arg(QLocale().toString(12345))));
        QVERIFY(report.countsText().contains(QStringLiteral("2 duplicates skipped")));
        QCoreApplication::removeTranslator(&english);
    }

private:
    QTemporaryDir mDir;
    QStringList mFiles;
    QList<Message> mSources;
};

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
