// Installing like a desktop program: the desktop entry and the AppStream metainfo pass
// their validators, and `cmake --install` into a temporary DESTDIR gives a program that
// runs from there, with its icons and translations where a Linux desktop looks.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

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
                                 "share/funnelscope/translations/funnelscope_de.qm"})
            QVERIFY2(QFile::exists(root.filePath(QLatin1String(file))), file);

        // The installed program runs from there, without the build tree.
        const QString program = root.filePath(QStringLiteral("bin/funnelscope"));
        const Run version = run(program, {QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.output.trimmed(), QStringLiteral("funnelscope " FUNNELSCOPE_VERSION));
        const QString workspace = dir.filePath(QStringLiteral("demo.funnelscope"));
        const Run demo = run(program, {QStringLiteral("demo"), QStringLiteral("--workspace"), workspace,
                                       QStringLiteral("--users"), QStringLiteral("300")});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.output));
        QVERIFY(QFile::exists(workspace));

        // The desktop entry's command is the installed program's name.
        QFile entry(root.filePath(QStringLiteral("share/applications/org.funnelscope.Funnelscope.desktop")));
        QVERIFY(entry.open(QIODevice::ReadOnly));
        QVERIFY(entry.readAll().contains("\nExec=funnelscope\n"));
    }
};

QTEST_GUILESS_MAIN(tst_Packaging)
#include "tst_packaging.moc"
