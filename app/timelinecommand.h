#pragma once

#include "command.h"

namespace Funnelscope {

/** `funnelscope timeline`: every event of one person, over all their ids, by session. */
class TimelineCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::TimelineCommand)

public:
    QString name() const override { return QStringLiteral("timeline"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;
};

} // namespace Funnelscope
