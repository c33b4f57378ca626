#include "commanddocs.h"

#include "command.h"
#include "commandline.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace Funnelscope {

namespace {

/** Text safe in roff: backslashes doubled, a line never starting with a control character. */
QString roff(const QString &text)
{
    QStringList lines = QString(text).replace(QLatin1Char('\\'), QLatin1String("\\e")).split(QLatin1Char('\n'));
    for (QString &line : lines) {
        if (line.startsWith(QLatin1Char('.')) || line.startsWith(QLatin1Char('\'')))
            line.prepend(QLatin1String("\\&"));
        line.replace(QLatin1Char('-'), QLatin1String("\\-"));
    }
    return lines.join(QLatin1Char('\n'));
}

/** The options part of a command's --help (after its "Options:" line). */
QString optionsOf(const QString &help)
{
    const qsizetype start = help.indexOf(QLatin1String("\nOptions:\n"));
    if (start < 0)
        return QString();
    QString options = help.mid(start + 10);
    while (options.endsWith(QLatin1Char('\n')))
        options.chop(1);
    return options;
}

} // namespace

QString CommandDocs::manualPage(const CommandLine &commandLine)
{
    QString page;
    page += QStringLiteral(".TH FUNNELSCOPE 1 \"\" \"funnelscope %1\" \"User Commands\"\n").arg(QCoreApplication::applicationVersion());
    page += QStringLiteral(".SH NAME\nfunnelscope \\- micro\\-conversion analytics for e\\-commerce event exports\n");
    page += QStringLiteral(".SH SYNOPSIS\n.B funnelscope\n[\\fIWORKSPACE\\fR.funnelscope] [\\fB\\-\\-workspace\\fR \\fIFILE\\fR] [\\fB\\-\\-import\\fR \\fIFILE\\fR]\n"
                           ".br\n.B funnelscope\n\\fICOMMAND\\fR [\\fIoptions\\fR]\n");
    page += QStringLiteral(".SH DESCRIPTION\n")
        + roff(QStringLiteral("Funnelscope imports e-commerce event exports (CSV, JSON, NDJSON, compressed or not, from GA4, "
                              "Segment, Mixpanel, Amplitude, RudderStack or a shop's own files) into one SQLite workspace "
                              "file and counts people: anonymous browsing and the logged-in purchase are one shopper. It "
                              "shows funnels, cohort grids, insights, journeys, a tracking maturity self-assessment and an "
                              "event dictionary with a provable change log."))
        + QStringLiteral("\n.PP\n")
        + roff(QStringLiteral("Without a command it opens the window on the workspace named (created when --import is "
                              "given and it does not exist), else on the last one, or on the demo shop. With a command it "
                              "runs without a display: results on standard output, messages on standard error, a progress "
                              "line on standard error only when that is a terminal."))
        + QLatin1Char('\n');
    page += QStringLiteral(".SH COMMANDS\n");
    for (const Command *command : commandLine.commands()) {
        page += QStringLiteral(".SS \"funnelscope %1\"\n").arg(command->name()) + roff(command->summary()) + QLatin1Char('\n');
        const QString options = optionsOf(commandLine.helpText(*command));
        if (!options.isEmpty())
            page += QStringLiteral(".PP\n.nf\n") + roff(options) + QStringLiteral("\n.fi\n");
    }
    page += QStringLiteral(".SH EXIT STATUS\n.TP\n.B 0\nSuccess.\n.TP\n.B 1\n")
        + roff(QStringLiteral("A bad argument or input: the message names the file, line or argument, and nothing was changed."))
        + QStringLiteral("\n.TP\n.B 2\nAn internal failure.\n");
    page += QStringLiteral(".SH ENVIRONMENT\n.TP\n.B FUNNELSCOPE_CLICKHOUSE_PASSWORD\n")
        + roff(QStringLiteral("The password for a clickhouse:// or clickhouses:// workspace (never part of the address). "
                              "Without it, the password the window kept in the system keychain, if any."))
        + QLatin1Char('\n');
    page += QStringLiteral(".SH FILES\n.TP\n.I ~/.config/Funnelscope/Funnelscope.conf\n")
        + roff(QStringLiteral("The window's preferences (language, export folder, recent workspaces)."))
        + QStringLiteral("\n.TP\n.I ~/.local/share/Funnelscope/demo.funnelscope\n")
        + roff(QStringLiteral("The demo shop the window opens on first start.")) + QLatin1Char('\n');
    page += QStringLiteral(".SH SEE ALSO\n.BR sqlite3 (1)\n");
    return page;
}

QString CommandDocs::bashCompletion(const CommandLine &commandLine)
{
    static const QRegularExpression option(QStringLiteral("(?:^|, )(--[a-z][a-z0-9-]*)( <[^>]+>)?"), QRegularExpression::MultilineOption);
    QStringList names;
    QString cases;
    QSet<QString> valued;
    for (const Command *command : commandLine.commands()) {
        names.append(command->name());
        QStringList options;
        const QString help = optionsOf(commandLine.helpText(*command));
        for (const QString &line : help.split(QLatin1Char('\n'))) {
            auto match = option.globalMatch(line.trimmed());
            while (match.hasNext()) {
                const QRegularExpressionMatch found = match.next();
                options.append(found.captured(1));
                if (!found.captured(2).isEmpty())
                    valued.insert(found.captured(1));
            }
        }
        cases += QStringLiteral("        %1) options=\"%2\" ;;\n").arg(command->name(), options.join(QLatin1Char(' ')));
    }
    QStringList valuedList(valued.cbegin(), valued.cend());
    valuedList.sort();
    return QStringLiteral(
               "# bash completion for funnelscope, written by `funnelscope --bash-completion`.\n"
               "_funnelscope()\n"
               "{\n"
               "    local cur=\"${COMP_WORDS[COMP_CWORD]}\" prev=\"${COMP_WORDS[COMP_CWORD-1]}\" options\n"
               "    if [[ $COMP_CWORD -eq 1 ]]; then\n"
               "        COMPREPLY=($(compgen -W \"%1 --help --version --workspace --import\" -- \"$cur\") $(compgen -f -X '!*.funnelscope' -- \"$cur\"))\n"
               "        return\n"
               "    fi\n"
               "    case \"$prev\" in\n"
               "        %2)\n"
               "            COMPREPLY=($(compgen -f -- \"$cur\"))\n"
               "            compopt -o filenames 2>/dev/null\n"
               "            return ;;\n"
               "    esac\n"
               "    case \"${COMP_WORDS[1]}\" in\n"
               "%3"
               "        *) options=\"--workspace --import\" ;;\n"
               "    esac\n"
               "    if [[ $cur == -* ]]; then\n"
               "        COMPREPLY=($(compgen -W \"$options --help\" -- \"$cur\"))\n"
               "    else\n"
               "        COMPREPLY=($(compgen -f -- \"$cur\"))\n"
               "        compopt -o filenames 2>/dev/null\n"
               "    fi\n"
               "}\n"
               "complete -F _funnelscope funnelscope\n")
        .arg(names.join(QLatin1Char(' ')), valuedList.join(QLatin1Char('|')), cases);
}

} // namespace Funnelscope
