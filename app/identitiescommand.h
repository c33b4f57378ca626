#pragma once

#include "command.h"

namespace Funnelscope {

/**
 * `funnelscope identities`: how a workspace's ids became persons (IdentitySummary), and
 * `--stitching on|off` to count persons or ids.
 */
class IdentitiesCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::IdentitiesCommand)

public:
    QString name() const override { return QStringLiteral("identities"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;
};

} // namespace Funnelscope
