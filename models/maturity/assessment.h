#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Funnelscope {

class Connection;
class MaturityMatrix;

/**
 * One self-assessment against a maturity matrix: for each dimension the current stage
 * (half steps allowed: 1, 1.5, 2, ...; 0 when not answered), the target, a note and the
 * evidence. Saved assessments form the history a team compares over time.
 */
struct Assessment
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::Assessment)

public:
    struct Score
    {
        QString dimension; ///< the matrix's dimension id
        double current = 0;
        double target = 0;
        QString note;
        QString evidence;
    };

    struct Recommendation
    {
        QString dimension;
        int nextStage = 0; ///< 1-based
        double gap = 0;    ///< target − current
        QString nextStep;  ///< the next stage's description
    };

    struct Change
    {
        QString dimension;
        double before = 0;
        double after = 0;
    };

    qint64 id = 0;
    QDateTime takenAt;
    QString takenBy;
    QString matrixId;
    QString notes;
    QList<Score> scores;

    /** A blank assessment with a row per dimension of @p matrix. */
    static Assessment blank(const MaturityMatrix &matrix);
    static bool isValidStage(double stage, int stages);

    Score *score(const QString &dimension);
    const Score *score(const QString &dimension) const;
    /** The mean current stage of the answered dimensions (0 when none is). */
    double overall() const;
    /** The answered dimension with the lowest current stage (the first among equals). */
    QString weakest() const;
    /** For each dimension below its target: the next stage's description, largest gap first. */
    QList<Recommendation> recommendations(const MaturityMatrix &matrix) const;
    /** What moved from @p earlier to this one (dimensions whose current stage changed). */
    QList<Change> changesSince(const Assessment &earlier) const;

    /** Saves a new assessment (the history is append-only); sets id. */
    static void save(Connection &connection, Assessment &assessment);
    /** Every saved assessment, oldest first. */
    static QList<Assessment> history(Connection &connection);
};

} // namespace Funnelscope
