#include "assesscommand.h"

#include "document/workspacetables.h"
#include "export/assessmentexport.h"
#include "export/tablefile.h"
#include "maturity/maturityevidence.h"
#include "maturityradar.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

namespace Funnelscope {

QString AssessCommand::summary() const
{
    return tr("Fill in or export the maturity self-assessment (set a dimension, import the CSV, export scores and radar).");
}

void AssessCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("action"), tr("What to do: export, set, or import FILE.csv."),
                                 QStringLiteral("export|set|import [FILE.csv]"));
    parser.addOptions({
        {QStringLiteral("workspace"), tr("The workspace."), tr("file")},
        {QStringLiteral("dimension"), tr("set: the dimension's id (data_collection, identity, analytics, activation, "
                                         "experimentation, decision_making)."), tr("id")},
        {QStringLiteral("current"), tr("set: the stage the team is at (1 to 3, half steps allowed)."), tr("stage")},
        {QStringLiteral("target"), tr("set: the stage the team aims for (default: as it was, at least the current)."), tr("stage")},
        {QStringLiteral("note"), tr("set: a note on this dimension."), tr("text")},
        {QStringLiteral("evidence"), tr("set: what shows this stage (a report, a tool, a link)."), tr("text")},
        {QStringLiteral("who"), tr("set, import: who answers (default: the OS user)."), tr("name")},
        {QStringLiteral("png"), tr("Write the radar of current against target as PNG (2x)."), tr("file")},
        {QStringLiteral("svg"), tr("Write the radar as SVG."), tr("file")},
        {QStringLiteral("json"), tr("export: print the latest assessment as JSON on standard output.")},
    });
    parser.addOptions(tableOptions(tr("the scores, with the data's hints")));
}

int AssessCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const bool import = action == QLatin1String("import");
    if (!(positional == QStringList{QStringLiteral("export")} || positional == QStringList{QStringLiteral("set")}
          || (import && positional.size() == 2)))
        throw UsageError(import ? tr("import: name the CSV to read: “funnelscope assess import FILE.csv --workspace W”.")
                                : tr("say what to do: export, set or import (“funnelscope assess export --workspace W --csv F”)."));
    const QString path = required(parser, QStringLiteral("workspace"), tr("the workspace of the assessment"));
    const MaturityMatrix matrix = MaturityMatrix::builtIn();
    if (action == QLatin1String("export"))
        return exportLatest(parser, path, matrix, out);

    // set and import: a new assessment in the history, the earlier ones kept.
    Assessment assessment;
    if (import) {
        QString error;
        std::optional<Assessment> read = AssessmentExport::read(positional.at(1), matrix, &error);
        if (!read)
            throw UsageError(error);
        assessment = *read;
    } else {
        assessment = set(parser, path, matrix);
    }
    const QString who = parser.value(QStringLiteral("who")).trimmed();
    assessment.id = 0;
    assessment.takenAt = QDateTime();
    assessment.takenBy = !who.isEmpty() ? who : !qEnvironmentVariable("USER").isEmpty() ? qEnvironmentVariable("USER") : tr("someone");
    const auto tables = WorkspaceTables::open(path);
    Assessment::save(tables->connection(), assessment);
    tables->save();
    const QLocale locale;
    err << tr("Saved the assessment of %1 by %2: overall %3 of %4.")
               .arg(locale.toString(assessment.takenAt.toLocalTime(), QLocale::ShortFormat), assessment.takenBy,
                    locale.toString(assessment.overall(), 'f', 1))
               .arg(matrix.stageCount())
        << Qt::endl;
    return Success;
}

Assessment AssessCommand::set(const QCommandLineParser &parser, const QString &path, const MaturityMatrix &matrix)
{
    const QString id = required(parser, QStringLiteral("dimension"), tr("the dimension to set"));
    if (!matrix.dimension(id)) {
        QStringList ids;
        for (const MaturityMatrix::Dimension &dimension : matrix.dimensions)
            ids.append(dimension.id);
        throw UsageError(tr("--dimension: “%1” is no dimension (the dimensions: %2).").arg(id, ids.join(QLatin1String(", "))));
    }
    const auto stage = [&](const QString &option) {
        QString text = parser.value(option);
        text.replace(QLatin1Char(','), QLatin1Char('.'));
        bool ok = false;
        const double value = text.toDouble(&ok);
        if (!ok || !Assessment::isValidStage(value, matrix.stageCount()))
            throw UsageError(tr("--%1: “%2” is not a stage from 1 to %3 in half steps.").arg(option, parser.value(option)).arg(matrix.stageCount()));
        return value;
    };
    const double current = stage(QStringLiteral("current"));
    // The latest answers, with this one changed: the others stay as they were.
    const QList<Assessment> history = Assessment::history(WorkspaceTables::open(path)->connection());
    Assessment assessment = history.isEmpty() ? Assessment::blank(matrix) : history.last();
    Assessment::Score *score = assessment.score(id);
    if (!score) {
        assessment.scores.append({id, 0, 0, {}, {}});
        score = &assessment.scores.last();
    }
    score->current = current;
    score->target = parser.isSet(QStringLiteral("target")) ? stage(QStringLiteral("target")) : std::max(score->target, current);
    if (parser.isSet(QStringLiteral("note")))
        score->note = parser.value(QStringLiteral("note"));
    if (parser.isSet(QStringLiteral("evidence")))
        score->evidence = parser.value(QStringLiteral("evidence"));
    return assessment;
}

int AssessCommand::exportLatest(const QCommandLineParser &parser, const QString &path, const MaturityMatrix &matrix,
                                QTextStream &out)
{
    const auto tables = WorkspaceTables::open(path);
    const QList<Assessment> history = Assessment::history(tables->connection());
    if (history.isEmpty())
        throw UsageError(tr("no assessment is saved in “%1” yet: fill one in on the Maturity page or with “assess set”.").arg(path));
    const Assessment &latest = history.last();
    const QList<MaturityEvidence::Hint> hints = MaturityEvidence::suggest(*tables);
    const QString title = tr("Micro-journey tracking maturity · %1 · %2")
                              .arg(tables->displayName(), latest.takenAt.date().toString(Qt::ISODate));
    writeFiles(parser, [&] { return AssessmentExport::table(matrix, latest, hints); },
               [&](const QString &file) { return MaturityRadar::save(matrix, latest, title, file); });
    if (parser.isSet(QStringLiteral("json"))) {
        const QJsonObject json{{QStringLiteral("taken_at"), latest.takenAt.toUTC().toString(Qt::ISODate)},
                               {QStringLiteral("taken_by"), latest.takenBy},
                               {QStringLiteral("overall"), latest.overall()},
                               {QStringLiteral("stages"), matrix.stageCount()},
                               {QStringLiteral("weakest"), latest.weakest()},
                               {QStringLiteral("scores"), TableFile::toJson(AssessmentExport::table(matrix, latest, hints))}};
        out << QString::fromUtf8(QJsonDocument(json).toJson());
        return Success;
    }
    const QLocale locale;
    out << tr("Assessment of %1 by %2: overall %3 of %4, weakest: %5.")
               .arg(latest.takenAt.date().toString(Qt::ISODate), latest.takenBy,
                    locale.toString(latest.overall(), 'f', 1))
               .arg(matrix.stageCount())
               .arg(latest.weakest().isEmpty() ? tr("none") : MaturityMatrix::translated(matrix.dimension(latest.weakest())->name))
        << Qt::endl;
    return Success;
}

} // namespace Funnelscope
