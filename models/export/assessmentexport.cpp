#include "assessmentexport.h"

#include "csvwriter.h"
#include "ingest/csvreader.h"
#include "ingest/ingesterror.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace Funnelscope {

namespace {

QString stage(double value)
{
    return value > 0 ? QString::number(value, 'f', 1) : QString();
}

} // namespace

QList<QStringList> AssessmentExport::table(const MaturityMatrix &matrix, const Assessment &assessment,
                                           const QList<MaturityEvidence::Hint> &hints)
{
    QList<QStringList> rows;
    rows.append({QStringLiteral("dimension"), QStringLiteral("current_stage"), QStringLiteral("target_stage"),
                 QStringLiteral("gap"), QStringLiteral("note"), QStringLiteral("evidence"),
                 QStringLiteral("data_suggests"), QStringLiteral("data_reason"), QStringLiteral("taken_at"),
                 QStringLiteral("taken_by")});
    for (const MaturityMatrix::Dimension &dimension : matrix.dimensions) {
        const Assessment::Score *score = assessment.score(dimension.id);
        QString suggested;
        QString reason;
        for (const MaturityEvidence::Hint &hint : hints) {
            if (hint.dimension == dimension.id) {
                suggested = stage(hint.stage);
                reason = hint.reason;
            }
        }
        const double current = score ? score->current : 0;
        const double target = score ? score->target : 0;
        rows.append({dimension.id, stage(current), stage(target),
                     current > 0 && target > 0 ? QString::number(target - current, 'f', 1) : QString(),
                     score ? score->note : QString(), score ? score->evidence : QString(), suggested, reason,
                     assessment.takenAt.isValid() ? assessment.takenAt.toString(Qt::ISODate) : QString(),
                     assessment.takenBy});
    }
    return rows;
}

std::optional<Assessment> AssessmentExport::read(const QString &path, const MaturityMatrix &matrix, QString *error)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read “%1”: %2.").arg(path, file.errorString());
        return std::nullopt;
    }
    Assessment assessment = Assessment::blank(matrix);
    QStringList ids;
    for (const MaturityMatrix::Dimension &dimension : matrix.dimensions)
        ids.append(dimension.id);
    try {
        CsvReader reader(file, name, 0);
        SourceRecord record;
        QHash<QString, int> columns;
        QSet<QString> seen;
        while (reader.next(record)) {
            if (columns.isEmpty()) {
                for (size_t column = 0; column < reader.header().size(); ++column)
                    columns.insert(QString::fromStdString(reader.header()[column]).trimmed().toLower(), int(column));
                for (const char *required : {"dimension", "current_stage"}) {
                    if (!columns.contains(QLatin1String(required))) {
                        *error = tr("%1, line 1: there is no “%2” column (the columns of an exported assessment: "
                                    "dimension, current_stage, target_stage, note, evidence).").arg(name, QLatin1String(required));
                        return std::nullopt;
                    }
                }
            }
            if (!record.rejection.empty()) {
                *error = tr("%1, line %2: %3").arg(name).arg(record.line).arg(QString::fromUtf8(record.rejection.data(), qsizetype(record.rejection.size())));
                return std::nullopt;
            }
            const auto cell = [&](const char *key) {
                const int column = columns.value(QLatin1String(key), -1);
                if (column < 0 || size_t(column) >= record.values.size())
                    return QString();
                const std::string_view value = record.values[size_t(column)];
                return CsvWriter::unguard(QString::fromUtf8(value.data(), qsizetype(value.size()))).trimmed();
            };
            const QString id = cell("dimension");
            if (id.isEmpty())
                continue; // a blank line a spreadsheet left
            Assessment::Score *score = assessment.score(id);
            if (!score) {
                *error = tr("%1, line %2: “%3” is no dimension of the matrix (its dimensions: %4).")
                             .arg(name).arg(record.line).arg(id, ids.join(QLatin1String(", ")));
                return std::nullopt;
            }
            if (seen.contains(id)) {
                *error = tr("%1, line %2: “%3” is there twice.").arg(name).arg(record.line).arg(id);
                return std::nullopt;
            }
            seen.insert(id);
            const auto stage = [&](const char *key, double *value) {
                QString text = cell(key);
                if (text.isEmpty() || text == QLatin1String("–") || text == QLatin1String("-")) {
                    *value = 0;
                    return true;
                }
                text.replace(QLatin1Char(','), QLatin1Char('.'));
                bool ok = false;
                const double parsed = text.toDouble(&ok);
                if (!ok || !Assessment::isValidStage(parsed, matrix.stageCount())) {
                    *error = tr("%1, line %2: %3 “%4” is not a stage from 1 to %5 in half steps.")
                                 .arg(name).arg(record.line).arg(QLatin1String(key), cell(key)).arg(matrix.stageCount());
                    return false;
                }
                *value = parsed;
                return true;
            };
            if (!stage("current_stage", &score->current) || !stage("target_stage", &score->target))
                return std::nullopt;
            score->note = cell("note");
            score->evidence = cell("evidence");
        }
        if (columns.isEmpty()) {
            *error = tr("%1 is empty.").arg(name);
            return std::nullopt;
        }
    } catch (const IngestError &failure) {
        *error = failure.message();
        return std::nullopt;
    }
    return assessment;
}

} // namespace Funnelscope
