#pragma once

#include "command.h"

namespace Funnelscope {

/** `funnelscope assess export`: the latest saved self-assessment as CSV and a radar PNG/SVG. */
class AssessCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::AssessCommand)

public:
    QString name() const override { return QStringLiteral("assess"); }
    QString summary() const override;
    bool needsWidgets(const QStringList &arguments) const override { return asksForChart(arguments); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;
};

} // namespace Funnelscope
