#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <vector>

class QTextStream;

namespace Funnelscope {

class Command;

/**
 * The headless side of `funnelscope`: `funnelscope COMMAND [options]`, `--help` and
 * `--version`. Parses with QCommandLineParser per command, prints errors that name the
 * argument and why, and maps failures to the exit codes of DESIGN.md (0 ok, 1 bad
 * argument or input, 2 internal failure). Never prints a stack trace.
 */
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::CommandLine)

public:
    CommandLine();
    ~CommandLine();

    /** Whether @p arguments (with the program name first) ask for a command, not the window. */
    bool isHeadless(const QStringList &arguments) const;
    bool needsWidgets(const QStringList &arguments) const;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
    /** Every command, in the order --help lists them. */
    QList<const Command *> commands() const;
    /** @p command's --help text, with the usage line as it is typed. */
    QString helpText(const Command &command) const;

private:
    Command *find(const QString &name) const;
    QString overview() const;

    std::vector<std::unique_ptr<Command>> mCommands;
};

} // namespace Funnelscope
