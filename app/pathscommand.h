#pragma once

#include "command.h"

namespace Funnelscope {

/** `funnelscope paths`: what people did after (or before) an event, or after dropping off a funnel. */
class PathsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::PathsCommand)

public:
    QString name() const override { return QStringLiteral("paths"); }
    QString summary() const override;
    bool needsWidgets(const QStringList &arguments) const override { return asksForChart(arguments); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;
};

} // namespace Funnelscope
