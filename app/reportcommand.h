#pragma once

#include "command.h"

namespace Funnelscope {

/**
 * `funnelscope report --workspace W --pdf F`: the PDF report (funnel, cohort grid,
 * maturity radar, data quality) as File ▸ Export Report… writes it, headless.
 */
class ReportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::ReportCommand)

public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override;
    bool needsWidgets(const QStringList &arguments) const override
    {
        Q_UNUSED(arguments);
        return true;
    }
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;
};

} // namespace Funnelscope
