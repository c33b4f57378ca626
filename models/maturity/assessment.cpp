#include "assessment.h"

#include "maturitymatrix.h"
#include "store/connection.h"
#include "store/statement.h"
#include "store/transaction.h"

#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace Funnelscope {

Assessment Assessment::blank(const MaturityMatrix &matrix)
{
    Assessment assessment;
    assessment.matrixId = matrix.id;
    for (const MaturityMatrix::Dimension &dimension : matrix.dimensions)
        assessment.scores.append({dimension.id, 0, 0, {}, {}});
    return assessment;
}

bool Assessment::isValidStage(double stage, int stages)
{
    return stage >= 1 && stage <= stages && std::fmod(stage * 2, 1.0) == 0;
}

Assessment::Score *Assessment::score(const QString &dimension)
{
    for (Score &score : scores) {
        if (score.dimension == dimension)
            return &score;
    }
    return nullptr;
}

const Assessment::Score *Assessment::score(const QString &dimension) const
{
    return const_cast<Assessment *>(this)->score(dimension);
}

double Assessment::overall() const
{
    double sum = 0;
    int answered = 0;
    for (const Score &score : scores) {
        if (score.current > 0) {
            sum += score.current;
            ++answered;
        }
    }
    return answered > 0 ? sum / answered : 0;
}

QString Assessment::weakest() const
{
    const Score *weakest = nullptr;
    for (const Score &score : scores) {
        if (score.current > 0 && (!weakest || score.current < weakest->current))
            weakest = &score;
    }
    return weakest ? weakest->dimension : QString();
}

QList<Assessment::Recommendation> Assessment::recommendations(const MaturityMatrix &matrix) const
{
    QList<Recommendation> list;
    for (const Score &score : scores) {
        if (score.current <= 0 || score.target <= score.current)
            continue;
        const MaturityMatrix::Dimension *dimension = matrix.dimension(score.dimension);
        if (!dimension)
            continue;
        // Between stages (1.5) the next step is the stage above; at a stage, the one after it.
        const int next = std::min(matrix.stageCount(), int(std::floor(score.current)) + 1);
        list.append({score.dimension, next, score.target - score.current,
                     MaturityMatrix::translated(dimension->stages.value(next - 1))});
    }
    std::stable_sort(list.begin(), list.end(), [](const Recommendation &a, const Recommendation &b) {
        return a.gap > b.gap;
    });
    return list;
}

QList<Assessment::Change> Assessment::changesSince(const Assessment &earlier) const
{
    QList<Change> list;
    for (const Score &score : scores) {
        const Score *before = earlier.score(score.dimension);
        const double was = before ? before->current : 0;
        if (was != score.current)
            list.append({score.dimension, was, score.current});
    }
    return list;
}

void Assessment::save(Connection &connection, Assessment &assessment)
{
    Transaction transaction(connection);
    if (!assessment.takenAt.isValid())
        assessment.takenAt = QDateTime::currentDateTimeUtc();
    Statement insert(connection, "INSERT INTO assessments (taken_at, taken_by, matrix_id, notes) VALUES (?, ?, ?, ?)");
    insert.bind(1, assessment.takenAt.toMSecsSinceEpoch());
    insert.bind(2, assessment.takenBy);
    insert.bind(3, assessment.matrixId);
    insert.bind(4, assessment.notes);
    insert.exec();
    assessment.id = connection.lastInsertRowId();
    Statement score(connection,
                    "INSERT INTO assessment_scores (assessment_id, dimension, current_stage, target_stage, note, evidence) "
                    "VALUES (?, ?, ?, ?, ?, ?)");
    for (const Score &entry : std::as_const(assessment.scores)) {
        score.bind(1, assessment.id);
        score.bind(2, entry.dimension);
        score.bind(3, entry.current);
        score.bind(4, entry.target);
        score.bind(5, entry.note);
        score.bind(6, entry.evidence);
        score.exec();
    }
    transaction.commit();
}

QList<Assessment> Assessment::history(Connection &connection)
{
    QList<Assessment> list;
    Statement select(connection, "SELECT id, taken_at, taken_by, matrix_id, notes FROM assessments ORDER BY taken_at, id");
    while (select.step()) {
        Assessment assessment;
        assessment.id = select.int64(0);
        assessment.takenAt = QDateTime::fromMSecsSinceEpoch(select.int64(1), QTimeZone::utc());
        assessment.takenBy = select.text(2);
        assessment.matrixId = select.text(3);
        assessment.notes = select.text(4);
        list.append(assessment);
    }
    Statement scores(connection, "SELECT dimension, current_stage, target_stage, note, evidence FROM assessment_scores "
                                 "WHERE assessment_id = ?");
    for (Assessment &assessment : list) {
        scores.bind(1, assessment.id);
        while (scores.step())
            assessment.scores.append({scores.text(0), scores.real(1), scores.real(2), scores.text(3), scores.text(4)});
        scores.reset();
    }
    return list;
}

} // namespace Funnelscope
