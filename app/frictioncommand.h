#pragma once

#include "command.h"

namespace Funnelscope {

/** `funnelscope friction`: cart loops, search struggles, stalled checkouts and high-value abandonment, per week and person. */
class FrictionCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::FrictionCommand)

public:
    QString name() const override { return QStringLiteral("friction"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;
};

} // namespace Funnelscope
