#include "analysis/memorypolicy.h"
#include "commandline.h"
#include "translations.h"
#include "theme.h"
#include "mainwindow.h"
#include "store/workspace.h"
#include "store/connection.h"
#include "clickhouse/clickhouseurl.h"
#include "document/workspacesession.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>
#include <cstdlib>

namespace {

const char noDisplayMessage[] =
    "funnelscope: no display found, so the window cannot open.\n"
    "Run it on a desktop, under a virtual display (xvfb-run funnelscope), or use the command "
    "line, which needs no display (funnelscope --help).\n";

/** The window needs a display. Without one Qt aborts (exit 134) after a page about platform
 *  plugins; say it in one sentence and exit 1 instead. */
bool displayIsMissing()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    return false;
#endif
}

QtMessageHandler previousMessageHandler = nullptr;

/** While the window's QApplication starts: a display that is named but cannot be reached
 *  makes Qt give up on every platform plugin with a fatal message; end with ours. */
void startupMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtFatalMsg && message.contains(QLatin1String("platform plugin"))) {
        std::fputs(noDisplayMessage, stderr);
        std::fflush(stderr);
        std::_Exit(1);
    }
    if (previousMessageHandler)
        previousMessageHandler(type, context, message);
}

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Funnelscope"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("funnelscope.example.org"));
    QCoreApplication::setApplicationName(QStringLiteral("Funnelscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FUNNELSCOPE_VERSION));
}

QStringList rawArguments(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

int runHeadless(int argc, char **argv, const QStringList &arguments,
                Funnelscope::CommandLine &commandLine)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (commandLine.needsWidgets(arguments)) {
        // Charts are drawn with Widgets; no display is needed for that.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Without a desktop session Qt warns about a missing runtime folder; give it one.
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            const QString runtime = QDir::tempPath() + QStringLiteral("/funnelscope-runtime-")
                + QString::number(QCoreApplication::applicationPid());
            if (QDir().mkpath(runtime)) {
                QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
                qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
            }
        }
        QApplication app(argc, argv);
        Funnelscope::Translations::install(app);
        return commandLine.run(arguments, out, err);
    }
    QCoreApplication app(argc, argv);
    Funnelscope::Translations::install(app);
    return commandLine.run(arguments, out, err);
}

} // namespace

int main(int argc, char **argv)
{
    Funnelscope::MemoryPolicy::apply();
    describeApplication();
    const QStringList arguments = rawArguments(argc, argv);
    Funnelscope::CommandLine commandLine;
    if (commandLine.isHeadless(arguments))
        return runHeadless(argc, argv, arguments, commandLine);

    if (displayIsMissing()) {
        std::fputs(noDisplayMessage, stderr);
        return 1;
    }
    previousMessageHandler = qInstallMessageHandler(startupMessageHandler);
    QApplication app(argc, argv);
    qInstallMessageHandler(previousMessageHandler);
    QApplication::setApplicationDisplayName(QStringLiteral("Funnelscope"));
    Funnelscope::Connection::setWindowThread(app.thread());
    QApplication::setDesktopFileName(QStringLiteral("org.funnelscope.Funnelscope"));
    Funnelscope::Translations::install(app);
    Funnelscope::Theme::apply(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Micro-conversion analytics for e-commerce. Run “funnelscope --help” for the "
                "commands."));
    const QCommandLineOption workspace(QStringLiteral("workspace"),
                                       QApplication::translate("main", "Open this workspace."),
                                       QApplication::translate("main", "file"));
    parser.addOption(workspace);
    const QCommandLineOption import(QStringLiteral("import"),
                                    QApplication::translate("main", "Open the import dialog with this file."),
                                    QApplication::translate("main", "file"));
    parser.addOption(import);
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QApplication::translate("main", "A workspace to open (a file, or a clickhouse:// address), or event files to import."),
                                 QStringLiteral("[files…]"));
    if (!parser.parse(app.arguments())) {
        std::fprintf(stderr, "funnelscope: %s\n", qPrintable(parser.errorText()));
        return 1;
    }

    // The desktop passes files (Exec=funnelscope %F): a workspace is opened, others imported.
    QString workspacePath = parser.value(workspace);
    QStringList files = parser.values(import);
    for (const QString &file : parser.positionalArguments()) {
        if (workspacePath.isEmpty()
            && (file.endsWith(QLatin1Char('.') + QLatin1String(Funnelscope::Workspace::fileSuffix))
                || Funnelscope::ClickHouseUrl::isUrl(file)))
            workspacePath = file;
        else
            files.append(file);
    }

    Funnelscope::MainWindow window;
    window.show();
    // A workspace to import into is created, as `funnelscope import` does.
    if (!files.isEmpty() && !workspacePath.isEmpty() && !QFileInfo::exists(workspacePath)
        && !Funnelscope::ClickHouseUrl::isUrl(workspacePath))
        window.createWorkspace(workspacePath);
    else
        window.openAtStart(workspacePath);
    if (!files.isEmpty()) {
        // Once the workspace is open, so the dialog knows where to import.
        QObject::connect(window.session(), &Funnelscope::WorkspaceSession::opened, &window,
                         [&window, files] { window.importFiles(files); }, Qt::SingleShotConnection);
    }
    return app.exec();
}
