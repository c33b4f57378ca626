#pragma once

#include "command.h"

#include <QList>

namespace Funnelscope {

/**
 * A subcommand of DESIGN.md whose feature is not in this build yet. It parses and
 * documents its options (so `--help` shows the agreed interface) and says plainly that
 * it is not available, with exit code 2, instead of doing something half-way.
 */
class PlannedCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::PlannedCommand)

public:
    PlannedCommand(const QString &name, const QString &summary, const QString &positional,
                   const QList<QCommandLineOption> &options);

    QString name() const override { return mName; }
    QString summary() const override { return mSummary; }
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;

private:
    QString mName;
    QString mSummary;
    QString mPositional;
    QList<QCommandLineOption> mOptions;
};

} // namespace Funnelscope
