#pragma once

#include "command.h"

namespace Funnelscope {

/** `funnelscope demo`: creates a workspace filled with the sample shop. */
class DemoCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::DemoCommand)

public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;
};

} // namespace Funnelscope
