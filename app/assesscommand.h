#pragma once

#include "command.h"

#include "maturity/assessment.h"
#include "maturity/maturitymatrix.h"

namespace Funnelscope {

/**
 * `funnelscope assess`: export the latest saved self-assessment (table, radar), or fill one
 * in from the terminal (`set` one dimension) or a spreadsheet (`import` the exported CSV);
 * each fill-in is a new assessment in the history.
 */
class AssessCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::AssessCommand)

public:
    QString name() const override { return QStringLiteral("assess"); }
    QString summary() const override;
    bool needsWidgets(const QStringList &arguments) const override { return asksForChart(arguments); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;

private:
    static Assessment set(const QCommandLineParser &parser, const QString &path, const MaturityMatrix &matrix);
    static int exportLatest(const QCommandLineParser &parser, const QString &path, const MaturityMatrix &matrix,
                            QTextStream &out);
};

} // namespace Funnelscope
