// Installing like a desktop program: the desktop entry and the AppStream metainfo pass
// their validators, and `cmake --install` into a temporary DESTDIR gives a program that
// runs from there, with its icons and translations where a Linux desktop looks.
#include "testpaths.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QScopeGuard>

#include <sqlite3.h>

namespace {

struct Run
{
    int exitCode = -1;
    QString output;
};

Run run(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    Run result;
    if (!process.waitForFinished(300000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.output = QString::fromUtf8(process.readAll());
    return result;
}

QString tool(const char *name)
{
    return QStandardPaths::findExecutable(QLatin1String(name));
}

} // namespace

class tst_Packaging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void desktopEntryIsValid()
    {
        const QString validator = tool("desktop-file-validate");
        QVERIFY2(!validator.isEmpty(), "desktop-file-validate is missing (Debian package desktop-file-utils)");
        const Run result = run(validator, {QStringLiteral(FUNNELSCOPE_SOURCE_DIR "/resources/org.funnelscope.Funnelscope.desktop")});
        QVERIFY2(result.exitCode == 0 && result.output.trimmed().isEmpty(), qPrintable(result.output));
    }

    void metainfoIsValid()
    {
        const QString validator = tool("appstreamcli");
        QVERIFY2(!validator.isEmpty(), "appstreamcli is missing (Debian package appstream)");
        const Run result = run(validator, {QStringLiteral("validate"), QStringLiteral("--no-net"),
                                           QStringLiteral(FUNNELSCOPE_SOURCE_DIR "/resources/org.funnelscope.Funnelscope.metainfo.xml")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.output));
    }

    // One licence everywhere: the LICENSE at the top, the package's copyright, the metainfo.
    void theLicenceIsOneLicence()
    {
        QFile license(QStringLiteral(FUNNELSCOPE_SOURCE_DIR "/LICENSE"));
        QVERIFY(license.open(QIODevice::ReadOnly));
        const QByteArray text = license.readAll();
        QVERIFY(text.startsWith("MIT License\n"));
        QFile copyright(QStringLiteral(FUNNELSCOPE_SOURCE_DIR "/packaging/copyright"));
        QVERIFY(copyright.open(QIODevice::ReadOnly));
        const QByteArray debian = copyright.readAll();
        QVERIFY(debian.contains("License: Expat\n")); // Debian's name for MIT
        // The same permission text, line for line.
        const QList<QByteArray> lines = text.split('\n');
        for (qsizetype i = 4; i < lines.size(); ++i)
            if (!lines.at(i).trimmed().isEmpty())
                QVERIFY2(debian.contains(' ' + lines.at(i).trimmed()), lines.at(i).constData());
        QFile metainfo(QStringLiteral(FUNNELSCOPE_SOURCE_DIR "/resources/org.funnelscope.Funnelscope.metainfo.xml"));
        QVERIFY(metainfo.open(QIODevice::ReadOnly));
        const QByteArray appstream = metainfo.readAll();
        QVERIFY(appstream.contains("<project_license>MIT</project_license>"));
        QVERIFY(appstream.contains("<screenshot type=\"default\">"));
    }

    void installsAndRunsFromDestdir()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString destdir = dir.filePath(QStringLiteral("root"));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("DESTDIR"), destdir);
        const QString cmake = tool("cmake");
        QVERIFY(!cmake.isEmpty());
        const Run install = run(cmake, {QStringLiteral("--install"), QStringLiteral(FUNNELSCOPE_BINARY_DIR),
                                        QStringLiteral("--prefix"), QStringLiteral("/usr")}, environment);
        QVERIFY2(install.exitCode == 0, qPrintable(install.output));

        const QDir root(destdir + QStringLiteral("/usr"));
        for (const char *file : {"bin/funnelscope", "share/applications/org.funnelscope.Funnelscope.desktop",
                                 "share/metainfo/org.funnelscope.Funnelscope.metainfo.xml",
                                 "share/icons/hicolor/scalable/apps/org.funnelscope.Funnelscope.svg",
                                 "share/icons/hicolor/48x48/apps/org.funnelscope.Funnelscope.png",
                                 "share/icons/hicolor/256x256/apps/org.funnelscope.Funnelscope.png",
                                 "share/mime/packages/org.funnelscope.Funnelscope.xml",
                                 "share/man/man1/funnelscope.1.gz",
                                 "share/bash-completion/completions/funnelscope",
                                 "share/doc/funnelscope/copyright", "share/doc/funnelscope/changelog.gz"})
            QVERIFY2(QFile::exists(root.filePath(QLatin1String(file))), file);
        // Translations are in the program, not installed beside it as well.
        QVERIFY(!QFileInfo::exists(root.filePath(QStringLiteral("share/funnelscope/translations"))));

        // The installed program runs from there, without the build tree.
        const QString program = root.filePath(QStringLiteral("bin/funnelscope"));
        const Run version = run(program, {QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.output.trimmed(), QStringLiteral("funnelscope " FUNNELSCOPE_VERSION));
        QProcessEnvironment german = QProcessEnvironment::systemEnvironment();
        german.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
        german.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
        german.remove(QStringLiteral("LC_ALL"));
        const Run help = run(program, {QStringLiteral("funnel"), QStringLiteral("--help")}, german);
        QVERIFY2(help.output.contains(QStringLiteral("Einen Funnel berechnen")), qPrintable(help.output.left(200)));

        // The manual page lists every command with its options; the completion knows them too.
        const Run manual = run(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("gzip -dc '%1'").arg(root.filePath(QStringLiteral("share/man/man1/funnelscope.1.gz")))});
        QCOMPARE(manual.exitCode, 0);
        QVERIFY(manual.output.startsWith(QStringLiteral(".TH FUNNELSCOPE 1")));
        for (const char *command : {"demo", "import", "funnel", "cohort", "insights", "paths", "friction", "timeline", "annotate",
                                    "identities", "dictionary", "assess", "report"})
            QVERIFY2(manual.output.contains(QStringLiteral(".SS \"funnelscope %1\"").arg(QLatin1String(command))), command);
        QVERIFY(manual.output.contains(QStringLiteral("\\-\\-xlsx <file>")));
        const Run completion = run(QStringLiteral("/bin/bash"), {QStringLiteral("-c"), QStringLiteral(
            "source '%1'; COMP_WORDS=(funnelscope funnel --xl); COMP_CWORD=2; _funnelscope; echo \"${COMPREPLY[*]}\"")
            .arg(root.filePath(QStringLiteral("share/bash-completion/completions/funnelscope")))});
        QCOMPARE(completion.output.trimmed(), QStringLiteral("--xlsx"));
        const QString workspace = dir.filePath(QStringLiteral("demo.funnelscope"));
        const Run demo = run(program, {QStringLiteral("demo"), QStringLiteral("--workspace"), workspace,
                                       QStringLiteral("--users"), QStringLiteral("300")});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.output));
        QVERIFY(QFile::exists(workspace));

        // The extension for sqlite3 (README, "Reading a workspace with SQL") is installed in
        // the program's own folder of the libraries, and loads from there into a plain
        // connection (as `.load` does in the shell): every demo event has its dedup key.
        QDirIterator found(root.filePath(QStringLiteral("lib")), {QStringLiteral("funnelscope_events.so")}, QDir::Files,
                           QDirIterator::Subdirectories);
        QVERIFY(found.hasNext());
        const QString extension = found.next();
        QVERIFY2(extension.endsWith(QStringLiteral("/funnelscope/funnelscope_events.so")), qPrintable(extension));
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open_v2(workspace.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
        const auto closeDb = qScopeGuard([db] { sqlite3_close(db); });
        sqlite3_enable_load_extension(db, 1);
        char *error = nullptr;
        QVERIFY2(sqlite3_load_extension(db, extension.toUtf8().constData(), nullptr, &error) == SQLITE_OK, error);
        sqlite3_stmt *count = nullptr;
        QCOMPARE(sqlite3_prepare_v2(db, "SELECT count(*), count(event_key(id)) FROM events", -1, &count, nullptr), SQLITE_OK);
        QCOMPARE(sqlite3_step(count), SQLITE_ROW);
        QVERIFY(sqlite3_column_int64(count, 0) > 1000);
        QCOMPARE(sqlite3_column_int64(count, 1), sqlite3_column_int64(count, 0));
        sqlite3_finalize(count);

        // The desktop entry's command is the installed program's name.
        QFile entry(root.filePath(QStringLiteral("share/applications/org.funnelscope.Funnelscope.desktop")));
        QVERIFY(entry.open(QIODevice::ReadOnly));
        const QByteArray desktop = entry.readAll();
        QVERIFY(desktop.contains("\nExec=funnelscope %F\n"));
        QVERIFY(desktop.contains("\nMimeType=application/x-funnelscope;\n"));
    }
};

QTEST_GUILESS_MAIN(tst_Packaging)
#include "tst_packaging.moc"
