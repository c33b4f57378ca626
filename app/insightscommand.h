#pragma once

#include "command.h"

namespace Funnelscope {

/** `funnelscope insights`: which events, done before converting, predict it (JSON or CSV). */
class InsightsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::InsightsCommand)

public:
    QString name() const override { return QStringLiteral("insights"); }
    QString summary() const override;
    bool needsWidgets(const QStringList &arguments) const override { return asksForChart(arguments); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;
};

} // namespace Funnelscope
