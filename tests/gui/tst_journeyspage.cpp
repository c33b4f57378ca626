// The Journeys page offscreen on the demo shop: the Sankey is the engine's answer, a node
// lists its persons, a funnel's drop-offs start where the funnel engine says they stopped,
// exports, the friction table, and one person's timeline.
#include "journeyspage.h"

#include "analysis/funnelengine.h"
#include "analysis/localbackend.h"
#include "demo/demoshop.h"
#include "pathschart.h"
#include "store/workspacesummary.h"
#include "timelinedialog.h"

#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Funnelscope;

class tst_JourneysPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("FunnelscopeTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_journeyspage"));
        QVERIFY(mDir.isValid());
        mPath = mDir.filePath(QStringLiteral("shop.funnelscope"));
        DemoShop::createWorkspace(mPath, {2000, 6});
    }

    void pathsNodesDropOffsAndTimeline()
    {
        JourneysPage page;
        page.resize(1366, 720);
        page.show();
        QSignalSpy computed(&page, &JourneysPage::computed);
        page.setBackend(LocalBackend::forWorkspace(WorkspaceSummary::load(mPath)));
        page.setSummary(WorkspaceSummary::load(mPath));
        QVERIFY(computed.wait(30000));

        // The diagram with the keyboard: Right goes to the next step, Enter lists the node's persons.
        auto *diagram = page.findChild<PathsChart *>();
        QVERIFY(diagram);
        diagram->setFocus();
        QTest::keyClick(diagram, Qt::Key_Right);
        QVERIFY2(diagram->accessibleDescription().startsWith(QStringLiteral("Step 1: ")), qPrintable(diagram->accessibleDescription()));
        QVERIFY(diagram->accessibleDescription().contains(QStringLiteral(" persons, ")));
        QSignalSpy nodeClicked(diagram, &PathsChart::nodeClicked);
        QTest::keyClick(diagram, Qt::Key_Return);
        QCOMPARE(nodeClicked.size(), 1);
        QCOMPARE(nodeClicked.first().at(0).toInt(), 1);

        // The page's question (paths after add_to_cart) and the engine's answer.
        const PathsQuery query = page.query();
        QCOMPARE(query.event, QStringLiteral("add_to_cart"));
        LocalBackend backend(mPath, QString());
        const PathsResult expected = backend.run(query);
        QCOMPARE(page.result().persons, expected.persons);
        QCOMPARE(page.result().edges.size(), expected.edges.size());
        for (int step = 0; step < expected.steps.size(); ++step) {
            QCOMPARE(page.result().steps[step].size(), expected.steps[step].size());
            for (int node = 0; node < expected.steps[step].size(); ++node)
                QCOMPARE(page.result().steps[step][node].persons, expected.steps[step][node].persons);
        }

        // A node lists its persons.
        page.selectNode(1, 0);
        QCOMPARE(qint64(page.listedPersons().size()), page.result().steps[1][0].persons);
        QCOMPARE(page.listedPersons(), expected.personsAt(1, 0));
        const QString persons = mDir.filePath(QStringLiteral("persons.csv"));
        QCOMPARE(page.exportPersonsTo(persons), QString());
        QFile list(persons);
        QVERIFY(list.open(QIODevice::ReadOnly | QIODevice::Text));
        QCOMPARE(qint64(list.readAll().trimmed().count('\n')), page.result().steps[1][0].persons);

        // Exports.
        QCOMPARE(page.exportTo(mDir.filePath(QStringLiteral("paths.png"))), QString());
        QVERIFY(QImage(mDir.filePath(QStringLiteral("paths.png"))).width() >= 1000);
        QCOMPARE(page.exportTo(mDir.filePath(QStringLiteral("paths.svg"))), QString());
        QCOMPARE(page.exportTo(mDir.filePath(QStringLiteral("paths.csv"))), QString());

        // Friction: the table has a row a week, the latest first, and adds up to the hits.
        auto *table = page.findChild<QTableView *>();
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), page.friction().weeks.size());
        QVERIFY(!page.friction().hits.isEmpty());
        // A cell lists that week's persons with that signal: as many as the week counts.
        const FrictionWeek &week = page.friction().weeks.last();
        const auto stalled = size_t(FrictionQuery::Signal::StalledCheckout);
        QVERIFY(week.persons[stalled] > 0);
        page.selectFriction(FrictionQuery::Signal::StalledCheckout, week.monday);
        QCOMPARE(qint64(page.listedPersons().size()), week.persons[stalled]);
        QCOMPARE(page.exportPersonsTo(persons), QString());

        // Where the drop-offs went: those at add_to_cart and not begin_checkout, from their cart.
        FunnelQuery funnel;
        funnel.steps = {{QStringLiteral("product_view"), {}}, {QStringLiteral("add_to_cart"), {}}, {QStringLiteral("begin_checkout"), {}}};
        page.showDropOffs(funnel, 2);
        QVERIFY(computed.wait(30000));
        qint64 dropped = 0;
        const FunnelResult funnelResult = backend.run(funnel);
        for (const DroppedUnit &unit : funnelResult.dropped)
            dropped += unit.lastStep == 2 ? 1 : 0;
        QCOMPARE(page.result().persons, dropped);
        QCOMPARE(page.result().steps[0].first().name, QStringLiteral("add_to_cart"));
        QCOMPARE(funnelResult.steps[1].count - funnelResult.steps[2].count, dropped);

        // One person's timeline.
        page.selectNode(0, 0);
        const QString person = page.listedPersons().value(0);
        QVERIFY(!person.isEmpty());
        TimelineDialog dialog(mPath, person);
        QSignalSpy loaded(&dialog, &TimelineDialog::loaded);
        QVERIFY(loaded.wait(10000));
        QVERIFY(dialog.timeline().eventCount() > 0);
        bool carted = false;
        bool viewedAPage = false; // a page view shows its page: a property kept beside the rows
        for (const auto &session : dialog.timeline().sessions) {
            for (const TimelineEvent &event : session) {
                carted = carted || event.event == QLatin1String("add_to_cart");
                viewedAPage = viewedAPage || (event.event == QLatin1String("page_view")
                                              && event.properties.value(QStringLiteral("page")).toString().startsWith(QLatin1Char('/')));
            }
        }
        QVERIFY(carted);
        QVERIFY(viewedAPage);
        QCOMPARE(dialog.exportTo(mDir.filePath(QStringLiteral("timeline.csv"))), QString());
    }

private:
    QTemporaryDir mDir;
    QString mPath;
};

QTEST_MAIN(tst_JourneysPage)
#include "tst_journeyspage.moc"
