#include "assessmentexport.h"

#include "csvwriter.h"

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

} // namespace Funnelscope
