#include "commandline.h"

#include "commanddocs.h"

#include "serverkeychain.h"

#include "clickhouse/clickhouseurl.h"
#include "store/workspace.h"

#include "annotatecommand.h"
#include "command.h"
#include "democommand.h"
#include "assesscommand.h"
#include "cohortcommand.h"
#include "funnelcommand.h"
#include "identitiescommand.h"
#include "importcommand.h"
#include "insightscommand.h"
#include "pathscommand.h"
#include "frictioncommand.h"
#include "timelinecommand.h"
#include "dictionarycommand.h"
#include "reportcommand.h"
#include "store/connection.h"
#include "store/protectedfiles.h"
#include "store/storeerror.h"
#include "tasks/validationerror.h"

#include <QCommandLineParser>
#include <QRegularExpression>
#include <QCoreApplication>
#include <QDir>

#include <cstdio>
#include <QTextStream>

namespace Funnelscope {

namespace {

bool isHelp(const QString &argument)
{
    return argument == QLatin1String("-h") || argument == QLatin1String("--help")
        || argument == QLatin1String("help") || argument == QLatin1String("-?");
}

bool isVersion(const QString &argument)
{
    return argument == QLatin1String("-v") || argument == QLatin1String("--version");
}

/** A parser for @p command: its summary, -h/--help, its options. */
void prepare(QCommandLineParser &parser, const Command &command)
{
    parser.setApplicationDescription(command.summary());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")}, CommandLine::tr("Show this help.")));
    command.addOptions(parser);
}

/** @p parser's help, its first line Qt's "Usage: PROGRAM [options]" in the user's language
 *  ("Aufruf:"): keep its word, name the command as it is typed. */
QString helpOf(const QCommandLineParser &parser, const Command &command)
{
    QString text = parser.helpText();
    text.replace(QRegularExpression(QStringLiteral("^([^:\\n]+): \\S+")), QStringLiteral("\\1: funnelscope %1").arg(command.name()));
    return text;
}

/** The build's own arguments: they print the manual page and the bash completion. */
bool isDocs(const QString &argument)
{
    return argument == QLatin1String("--manual-page") || argument == QLatin1String("--bash-completion");
}

} // namespace

CommandLine::CommandLine()
{
    mCommands.push_back(std::make_unique<DemoCommand>());
    mCommands.push_back(std::make_unique<ImportCommand>());
    mCommands.push_back(std::make_unique<FunnelCommand>());
    mCommands.push_back(std::make_unique<CohortCommand>());
    mCommands.push_back(std::make_unique<InsightsCommand>());
    mCommands.push_back(std::make_unique<PathsCommand>());
    mCommands.push_back(std::make_unique<FrictionCommand>());
    mCommands.push_back(std::make_unique<TimelineCommand>());
    mCommands.push_back(std::make_unique<AnnotateCommand>());
    mCommands.push_back(std::make_unique<IdentitiesCommand>());
    mCommands.push_back(std::make_unique<DictionaryCommand>());
    mCommands.push_back(std::make_unique<AssessCommand>());
    mCommands.push_back(std::make_unique<ReportCommand>());
}

CommandLine::~CommandLine() = default;

QList<const Command *> CommandLine::commands() const
{
    QList<const Command *> list;
    for (const auto &command : mCommands)
        list.append(command.get());
    return list;
}

QString CommandLine::helpText(const Command &command) const
{
    QCommandLineParser parser;
    prepare(parser, command);
    return helpOf(parser, command);
}

Command *CommandLine::find(const QString &name) const
{
    for (const auto &command : mCommands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

bool CommandLine::isHeadless(const QStringList &arguments) const
{
    if (arguments.size() < 2)
        return false;
    const QString &first = arguments.at(1);
    // "funnelscope shop.funnelscope" (the desktop's Exec=funnelscope %F) opens the window.
    if (!find(first) && (first.endsWith(QLatin1Char('.') + QLatin1String(Workspace::fileSuffix)) || first.contains(QLatin1Char('/'))))
        return false;
    return !first.startsWith(QLatin1Char('-')) || isHelp(first) || isVersion(first) || isDocs(first);
}

bool CommandLine::needsWidgets(const QStringList &arguments) const
{
    if (arguments.size() < 2)
        return false;
    const Command *command = find(arguments.at(1));
    return command && command->needsWidgets(arguments);
}

QString CommandLine::overview() const
{
    QString text = tr("Usage: funnelscope [WORKSPACE.funnelscope] [--workspace FILE] [--import FILE]\n"
                      "       funnelscope COMMAND [options]\n\n"
                      "Without a command, opens the window on the workspace named (created when "
                      "--import is given and it does not exist), else on the last one (or the demo "
                      "shop).\n\nCommands:\n");
    for (const auto &command : mCommands)
        text += QStringLiteral("  %1  %2\n").arg(command->name().leftJustified(11), command->summary());
    text += tr("\nRun “funnelscope COMMAND --help” for a command's options.\n"
               "Exit codes: 0 success, 1 a bad argument or input, 2 an internal failure.\n");
    return text;
}

int CommandLine::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString first = arguments.value(1);
    if (isHelp(first)) {
        out << overview();
        return Command::Success;
    }
    if (first == QLatin1String("--manual-page")) {
        out << CommandDocs::manualPage(*this);
        return Command::Success;
    }
    if (first == QLatin1String("--bash-completion")) {
        out << CommandDocs::bashCompletion(*this);
        return Command::Success;
    }
    if (isVersion(first)) {
        out << QStringLiteral("funnelscope %1").arg(QCoreApplication::applicationVersion())
            << Qt::endl;
        return Command::Success;
    }
    Command *command = find(first);
    if (!command) {
        err << tr("funnelscope: unknown command “%1”. Run “funnelscope --help” for the list.")
                   .arg(first)
            << Qt::endl;
        return Command::BadInput;
    }

    QCommandLineParser parser;
    prepare(parser, *command);
    QStringList commandArguments = arguments;
    commandArguments.removeAt(1);
    const QString prefix = QStringLiteral("funnelscope %1: ").arg(command->name());
    if (!parser.parse(commandArguments)) {
        err << prefix << parser.errorText() << Qt::endl;
        return Command::BadInput;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << helpOf(parser, *command);
        return Command::Success;
    }
    // Opening an older workspace may rewrite it: said before and after.
    Workspace::setUpgradeNotifier([](const QString &message) {
        const QByteArray line = message.toUtf8() + '\n';
        std::fputs(line.constData(), stderr);
        std::fflush(stderr);
    });
    // A second writer waits for the first, and says so.
    Connection::setBusyNotifier([](const QString &path) {
        const QByteArray line = tr("Waiting for another import or edit of %1 to finish…").arg(QDir::toNativeSeparators(path)).toUtf8() + '\n';
        std::fputs(line.constData(), stderr);
        std::fflush(stderr);
    });
    try {
        // No output of the command may overwrite its workspace (or its -wal, -shm, -journal).
        const QStringList options = parser.optionNames();
        const QString workspace = options.contains(QStringLiteral("workspace")) ? parser.value(QStringLiteral("workspace")) : QString();
        const ProtectedFiles::Guard guard(workspace);
        // A server's password: the environment's, else the one the window kept in the keychain.
        if (ClickHouseUrl::isUrl(workspace) && !qEnvironmentVariableIsSet("FUNNELSCOPE_CLICKHOUSE_PASSWORD")) {
            if (const std::optional<QString> kept = ServerKeychain::passwordOf(workspace))
                ClickHouseUrl::rememberPassword(workspace, *kept);
        }
        return command->run(parser, out, err);
    } catch (const Command::UsageError &error) {
        err << prefix << error.message() << Qt::endl;
        return Command::BadInput;
    } catch (const ValidationError &error) {
        err << prefix << error.message() << Qt::endl;
        return Command::BadInput;
    } catch (const StoreError &error) {
        err << prefix << error.message() << Qt::endl;
        return error.kind() == StoreError::Kind::Internal ? Command::InternalFailure
                                                          : Command::BadInput;
    } catch (const std::exception &error) {
        err << prefix << tr("internal error: %1").arg(QString::fromUtf8(error.what())) << Qt::endl;
        return Command::InternalFailure;
    }
}

} // namespace Funnelscope
