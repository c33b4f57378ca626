#pragma once

#include "command.h"

#include "analysis/funnelquery.h"

#include <optional>

namespace Funnelscope {

/** `funnelscope funnel`: computes a funnel and writes it as JSON, CSV, PNG or SVG. */
class FunnelCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::FunnelCommand)

public:
    QString name() const override { return QStringLiteral("funnel"); }
    QString summary() const override;
    bool needsWidgets(const QStringList &arguments) const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;

private:
    /** --compare: previous, or D1..D2 (days in @p zone); a UsageError naming it otherwise. */
    static void setCompare(FunnelQuery &query, const QString &text, const QByteArray &zone);
};

} // namespace Funnelscope
