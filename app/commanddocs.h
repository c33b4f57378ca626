#pragma once

#include <QString>

namespace Funnelscope {

class CommandLine;

/**
 * The manual page and the bash completion, written from the commands' own --help, so
 * they never drift from the options: `funnelscope --manual-page` and
 * `funnelscope --bash-completion` print them, and the build installs what they print
 * (share/man/man1/funnelscope.1.gz, share/bash-completion/completions/funnelscope).
 */
class CommandDocs
{
public:
    /** The manual page in roff (man(7)). */
    static QString manualPage(const CommandLine &commandLine);
    /** A bash completion script: commands, each command's options, files after file options. */
    static QString bashCompletion(const CommandLine &commandLine);
};

} // namespace Funnelscope
