#pragma once

#include "command.h"

namespace Funnelscope {

/** `funnelscope annotate add|list|remove`: the days marked with campaigns and site changes. */
class AnnotateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::AnnotateCommand)

public:
    QString name() const override { return QStringLiteral("annotate"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;
};

} // namespace Funnelscope
