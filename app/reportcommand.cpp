#include "reportcommand.h"

#include "terminalprogress.h"

#include <memory>

#include "analysis/reportbackend.h"

#include "reportdocument.h"

#include <QFileInfo>
#include <QTextStream>

namespace Funnelscope {

QString ReportCommand::summary() const
{
    return tr("Write the PDF report: funnel, cohorts, insights, maturity and data quality.");
}

void ReportCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOptions({
        {QStringLiteral("workspace"), tr("The workspace: a file, or a ClickHouse URL."), tr("file")},
        {QStringLiteral("pdf"), tr("The PDF file to write."), tr("file")},
        {QStringLiteral("steps"), tr("The funnel's step events (default: the first saved funnel, else the checkout funnel)."),
         QStringLiteral("E1,E2,...")},
    });
}

int ReportCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    Q_UNUSED(out);
    const QString path = required(parser, QStringLiteral("workspace"), tr("the workspace to report on"));
    const QString pdf = required(parser, QStringLiteral("pdf"), tr("the PDF file to write"));
    if (QFileInfo(pdf).isDir())
        throw UsageError(tr("--pdf: “%1” is a folder.").arg(pdf));
    std::optional<FunnelQuery> funnel;
    if (parser.isSet(QStringLiteral("steps"))) {
        FunnelQuery query;
        const QStringList steps = parser.value(QStringLiteral("steps")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &step : steps)
            query.steps.append({step.trimmed(), {}});
        funnel = query;
    }
    const std::unique_ptr<ReportBackend> backend = backendFor(path);
    auto progress = std::make_unique<TerminalProgress>(tr("Writing the report…"));
    progress->ticking();
    const ReportContent content = ReportContent::compute(path, *backend, funnel);
    // Steps asked for on the command line that the workspace cannot answer are a bad
    // argument, not a page of the report that says so.
    if (funnel && !content.funnelProblem.isEmpty())
        throw UsageError(tr("--steps: %1").arg(content.funnelProblem));
    const QString error = ReportDocument::writePdf(pdf, content);
    if (!error.isEmpty())
        throw UsageError(error);
    progress.reset();
    err << tr("Wrote the report on %1 to %2.").arg(content.workspaceName, pdf) << Qt::endl;
    return Success;
}

} // namespace Funnelscope
