#include "assesscommand.h"

#include "export/assessmentexport.h"
#include "maturity/maturityevidence.h"
#include "maturityradar.h"
#include "store/workspace.h"

#include <QLocale>
#include <QTextStream>

namespace Funnelscope {

QString AssessCommand::summary() const
{
    return tr("Export the latest maturity self-assessment (scores as CSV, radar as PNG or SVG).");
}

void AssessCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("export"), tr("What to do: export."));
    parser.addOptions({
        {QStringLiteral("workspace"), tr("The workspace."), tr("file")},
        {QStringLiteral("png"), tr("Write the radar of current against target as PNG (2x)."), tr("file")},
        {QStringLiteral("svg"), tr("Write the radar as SVG."), tr("file")},
    });
    parser.addOptions(tableOptions(tr("the scores, with the data's hints")));
}

int AssessCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    Q_UNUSED(out);
    const QStringList positional = parser.positionalArguments();
    if (positional != QStringList{QStringLiteral("export")})
        throw UsageError(tr("say what to do: “funnelscope assess export --workspace W --csv F”."));
    const QString path = required(parser, QStringLiteral("workspace"), tr("the workspace to read"));
    const auto workspace = Workspace::open(path);
    const QList<Assessment> history = Assessment::history(workspace->connection());
    if (history.isEmpty())
        throw UsageError(tr("no assessment is saved in “%1” yet: fill one in on the Maturity page.").arg(path));
    const Assessment &latest = history.last();
    const MaturityMatrix matrix = MaturityMatrix::builtIn();
    const QList<MaturityEvidence::Hint> hints = MaturityEvidence::suggest(workspace->connection());
    const QString title = tr("Micro-journey tracking maturity · %1 · %2")
                              .arg(workspace->displayName(), latest.takenAt.date().toString(Qt::ISODate));
    writeFiles(parser, [&] { return AssessmentExport::table(matrix, latest, hints); },
               [&](const QString &file) { return MaturityRadar::save(matrix, latest, title, file); });
    const QLocale locale;
    err << tr("Assessment of %1 by %2: overall %3 of %4, weakest: %5.")
               .arg(latest.takenAt.date().toString(Qt::ISODate), latest.takenBy,
                    locale.toString(latest.overall(), 'f', 1))
               .arg(matrix.stageCount())
               .arg(latest.weakest().isEmpty() ? tr("none") : matrix.dimension(latest.weakest())->name)
        << Qt::endl;
    return Success;
}

} // namespace Funnelscope
