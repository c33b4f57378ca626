#pragma once

#include "command.h"

namespace Funnelscope {

/** `funnelscope cohort`: a retention (or revenue) grid as JSON, CSV, PNG or SVG. */
class CohortCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::CohortCommand)

public:
    QString name() const override { return QStringLiteral("cohort"); }
    QString summary() const override;
    bool needsWidgets(const QStringList &arguments) const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;
};

} // namespace Funnelscope
