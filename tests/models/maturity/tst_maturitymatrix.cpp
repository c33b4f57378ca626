// The maturity matrix definition: the shipped one, and broken files refused with a
// message that names what is wrong.
#include "maturity/maturitymatrix.h"

#include <QTest>

using namespace Funnelscope;

class tst_MaturityMatrix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theShippedMatrix()
    {
        const MaturityMatrix matrix = MaturityMatrix::builtIn();
        QCOMPARE(matrix.stageNames, (QStringList{QStringLiteral("Basic Funnel"), QStringLiteral("Step-Level Journeys"),
                                                 QStringLiteral("Predictive Micro-Journeys")}));
        QCOMPARE(matrix.dimensions.size(), 6);
        QStringList names;
        for (const MaturityMatrix::Dimension &dimension : matrix.dimensions) {
            names.append(dimension.name);
            QCOMPARE(dimension.stages.size(), 3);
        }
        QCOMPARE(names, (QStringList{QStringLiteral("Data Collection"), QStringLiteral("Identity & Stitching"),
                                     QStringLiteral("Analytics & Reporting"), QStringLiteral("Activation"),
                                     QStringLiteral("Experimentation"), QStringLiteral("Decision-Making")}));
        QCOMPARE(matrix.dimension(QStringLiteral("identity"))->stages.at(2),
                 QStringLiteral("A robust identity graph combining anonymous, known and offline signals."));
    }

    void brokenMatrices_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << QByteArray("{stages: [") << QStringLiteral("The matrix is not valid JSON");
        QTest::newRow("an array") << QByteArray("[]") << QStringLiteral("The matrix must be a JSON object with “id”, “stages” and “dimensions”.");
        QTest::newRow("no id") << QByteArray(R"({"stages":[{"name":"a"},{"name":"b"}],"dimensions":[]})")
                               << QStringLiteral("The matrix has no “id”.");
        QTest::newRow("one stage") << QByteArray(R"({"id":"m","stages":[{"name":"a"}],"dimensions":[]})")
                                   << QStringLiteral("The matrix needs at least two “stages”; it has 1.");
        QTest::newRow("unnamed stage") << QByteArray(R"({"id":"m","stages":[{"name":"a"},{}],"dimensions":[]})")
                                       << QStringLiteral("Stage 2 has no “name”.");
        QTest::newRow("no dimensions") << QByteArray(R"({"id":"m","stages":[{"name":"a"},{"name":"b"}],"dimensions":[]})")
                                       << QStringLiteral("The matrix has no “dimensions”.");
        QTest::newRow("stages missing in a dimension")
            << QByteArray(R"({"id":"m","stages":[{"name":"a"},{"name":"b"}],"dimensions":[{"id":"d","name":"Data","stages":["one"]}]})")
            << QStringLiteral("Dimension “Data” describes 1 stages, but the matrix has 2.");
        QTest::newRow("duplicate dimension")
            << QByteArray(R"({"id":"m","stages":[{"name":"a"},{"name":"b"}],"dimensions":[{"id":"d","name":"Data","stages":["1","2"]},{"id":"d","name":"Again","stages":["1","2"]}]})")
            << QStringLiteral("Two dimensions have the id “d”.");
        QTest::newRow("empty description")
            << QByteArray(R"({"id":"m","stages":[{"name":"a"},{"name":"b"}],"dimensions":[{"id":"d","name":"Data","stages":["1"," "]}]})")
            << QStringLiteral("Dimension “Data” says nothing for stage 2.");
    }

    void brokenMatrices()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!MaturityMatrix::fromJson(json, &error));
        QVERIFY2(error.startsWith(message), qPrintable(error));
    }

    void aTeamsOwnMatrix()
    {
        QString error;
        const auto matrix = MaturityMatrix::fromJson(
            R"({"id":"ours","stages":[{"name":"Crawl"},{"name":"Walk"},{"name":"Run"},{"name":"Fly"}],
                "dimensions":[{"id":"speed","name":"Speed","stages":["a","b","c","d"]}]})", &error);
        QVERIFY2(matrix, qPrintable(error));
        QCOMPARE(matrix->stageCount(), 4);
    }
};

QTEST_GUILESS_MAIN(tst_MaturityMatrix)
#include "tst_maturitymatrix.moc"
