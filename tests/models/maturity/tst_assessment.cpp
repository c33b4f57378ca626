// Assessments: half steps, the overall score and weakest dimension, recommendations by
// gap, and the saved history with what moved.
#include "maturity/assessment.h"
#include "maturity/maturitymatrix.h"
#include "store/workspace.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Funnelscope;

class tst_Assessment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void halfSteps()
    {
        QVERIFY(Assessment::isValidStage(1, 3));
        QVERIFY(Assessment::isValidStage(2.5, 3));
        QVERIFY(!Assessment::isValidStage(2.25, 3));
        QVERIFY(!Assessment::isValidStage(0.5, 3));
        QVERIFY(!Assessment::isValidStage(3.5, 3));
    }

    void scoresAndRecommendations()
    {
        const MaturityMatrix matrix = MaturityMatrix::builtIn();
        Assessment assessment = Assessment::blank(matrix);
        QCOMPARE(assessment.scores.size(), 6);
        QCOMPARE(assessment.overall(), 0.0);
        const auto set = [&assessment](const char *dimension, double current, double target) {
            Assessment::Score *score = assessment.score(QLatin1String(dimension));
            score->current = current;
            score->target = target;
        };
        set("data_collection", 2, 3);
        set("identity", 1, 3);
        set("analytics", 1.5, 2);
        set("activation", 2, 2);
        QCOMPARE(assessment.overall(), (2 + 1 + 1.5 + 2) / 4.0); // unanswered dimensions do not count
        QCOMPARE(assessment.weakest(), QStringLiteral("identity"));

        const QList<Assessment::Recommendation> next = assessment.recommendations(matrix);
        QCOMPARE(next.size(), 3); // activation is at its target
        QCOMPARE(next[0].dimension, QStringLiteral("identity")); // the largest gap first
        QCOMPARE(next[0].nextStage, 2);
        QCOMPARE(next[0].nextStep, QStringLiteral("Known users stitched across sessions, partial anonymous-to-known linking."));
        QCOMPARE(next[1].dimension, QStringLiteral("data_collection"));
        QCOMPARE(next[1].nextStage, 3);
        QCOMPARE(next[2].dimension, QStringLiteral("analytics"));
        QCOMPARE(next[2].nextStage, 2); // between stages: the stage above is next
    }

    void historyShowsWhatMoved()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::create(dir.filePath(QStringLiteral("w.funnelscope")));
        const MaturityMatrix matrix = MaturityMatrix::builtIn();
        Assessment first = Assessment::blank(matrix);
        first.takenBy = QStringLiteral("Ana");
        first.takenAt = QDateTime(QDate(2026, 11, 1), QTime(9, 0), QTimeZone::utc());
        first.score(QStringLiteral("identity"))->current = 1;
        first.score(QStringLiteral("analytics"))->current = 1.5;
        first.score(QStringLiteral("analytics"))->note = QStringLiteral("funnels in spreadsheets");
        Assessment::save(workspace->connection(), first);
        Assessment second = first;
        second.takenAt = first.takenAt.addDays(7);
        second.score(QStringLiteral("identity"))->current = 2;
        second.score(QStringLiteral("activation"))->current = 1;
        Assessment::save(workspace->connection(), second);
        QVERIFY(second.id > first.id);

        const QList<Assessment> history = Assessment::history(workspace->connection());
        QCOMPARE(history.size(), 2);
        QCOMPARE(history[0].takenBy, QStringLiteral("Ana"));
        QCOMPARE(history[0].takenAt, first.takenAt);
        QCOMPARE(history[0].score(QStringLiteral("analytics"))->note, QStringLiteral("funnels in spreadsheets"));
        const QList<Assessment::Change> moved = history[1].changesSince(history[0]);
        QCOMPARE(moved.size(), 2);
        for (const Assessment::Change &change : moved) {
            if (change.dimension == QLatin1String("identity")) {
                QCOMPARE(change.before, 1.0);
                QCOMPARE(change.after, 2.0);
            } else {
                QCOMPARE(change.dimension, QStringLiteral("activation"));
                QCOMPARE(change.before, 0.0);
            }
        }
    }
};

QTEST_GUILESS_MAIN(tst_Assessment)
#include "tst_assessment.moc"
