// The Insights page offscreen on the demo shop: the table is the engine's answer, the
// drill-down is the same question at every threshold, exports, Add as Funnel Step, Mark as
// Tier-One (a dictionary edit whose change-log reason is the evidence, undoable), saved
// insights and the maturity evidence they feed, and the chart's colours for both directions.
#include "insightspage.h"

#include "analysis/localbackend.h"
#include "demo/demoshop.h"
#include "document/workspacedocument.h"
#include "export/insightsexport.h"
#include "governance/changelog.h"
#include "insightschart.h"
#include "maturity/maturityevidence.h"
#include "store/savedreports.h"
#include "store/workspace.h"
#include "store/workspacesummary.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Funnelscope;

namespace {

bool sameCells(const InsightsSignal &x, const InsightsSignal &y)
{
    return x.label() == y.label() && x.table.a == y.table.a && x.table.b == y.table.b && x.table.c == y.table.c
        && x.table.d == y.table.d;
}

QPushButton *button(QWidget &page, const QString &text)
{
    const auto buttons = page.findChildren<QPushButton *>();
    for (QPushButton *each : buttons) {
        if (each->text() == text)
            return each;
    }
    return nullptr;
}

} // namespace

class tst_InsightsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("FunnelscopeTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_insightspage"));
        QVERIFY(mDir.isValid());
        mPath = mDir.filePath(QStringLiteral("shop.funnelscope"));
        DemoShop::createWorkspace(mPath, {3000, 4});
    }

    void tableIsTheEnginesAndTheDrillDownEachThreshold()
    {
        InsightsPage page;
        page.resize(1366, 720);
        page.show();
        QSignalSpy computed(&page, &InsightsPage::computed);
        page.setBackend(LocalBackend::forWorkspace(WorkspaceSummary::load(mPath)));
        page.setSummary(WorkspaceSummary::load(mPath));
        QVERIFY(computed.wait(30000));

        // What the page shows is what the engine answers for the page's own question.
        const InsightsQuery query = page.query();
        QCOMPARE(query.target, QStringLiteral("purchase"));
        QCOMPARE(query.withinDays, 30);
        LocalBackend backend(mPath, QString());
        const InsightsResult expected = backend.run(query);
        QCOMPARE(page.result().persons, expected.persons);

        QCOMPARE(page.result().converted, expected.converted);
        QCOMPARE(page.result().signalList.size(), expected.signalList.size());
        for (qsizetype i = 0; i < expected.signalList.size(); ++i)
            QVERIFY2(sameCells(page.result().signalList[i], expected.signalList[i]), qPrintable(expected.signalList[i].label()));
        // The strongest first, selected: the drill-down follows it.
        QCOMPARE(page.selectedEvent(), expected.signalList.first().event);

        page.selectCandidate(QStringLiteral("add_to_cart"));
        QCOMPARE(page.selectedEvent(), QStringLiteral("add_to_cart"));
        InsightsQuery everyThreshold = query;
        everyThreshold.thresholds = true;
        const InsightsResult thresholds = backend.run(everyThreshold);
        const QList<InsightsSignal> rows = page.drillDown();
        QCOMPARE(rows.size(), 5);
        qint64 previous = std::numeric_limits<qint64>::max();
        for (int i = 0; i < rows.size(); ++i) {
            QCOMPARE(rows[i].minTimes, InsightsQuery::thresholdLevels[i]);
            const auto found = std::find_if(thresholds.signalList.begin(), thresholds.signalList.end(),
                                            [&](const InsightsSignal &each) { return each.label() == rows[i].label(); });
            QVERIFY(found != thresholds.signalList.end());
            QVERIFY(sameCells(rows[i], *found));
            // Doing it more often is a subset of doing it at all.
            QVERIFY(rows[i].exposed() <= previous);
            previous = rows[i].exposed();
        }

        // Exports: PNG at twice the size, SVG with the event names, CSV with every candidate.
        const QString png = mDir.filePath(QStringLiteral("insights.png"));
        QCOMPARE(page.exportTo(png), QString());
        QVERIFY(QImage(png).width() >= 1800);
        const QString svg = mDir.filePath(QStringLiteral("insights.svg"));
        QCOMPARE(page.exportTo(svg), QString());
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        QVERIFY(svgFile.readAll().contains("add_to_cart"));
        const QString csv = mDir.filePath(QStringLiteral("insights.csv"));
        QCOMPARE(page.exportTo(csv), QString());
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly | QIODevice::Text));
        const QList<QByteArray> lines = csvFile.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), expected.signalList.size() + 1);
        QVERIFY(lines.first().startsWith("event,property,value,min_times"));
        QVERIFY(page.exportTo(mDir.filePath(QStringLiteral("insights.txt"))).contains(QLatin1String(".png")));

        // Add as Funnel Step asks for the chosen event before the target.
        QSignalSpy step(&page, &InsightsPage::funnelStepRequested);
        QPushButton *add = button(page, QStringLiteral("Add as Funnel Step"));
        QVERIFY(add && add->isEnabled());
        add->click();
        QCOMPARE(step.size(), 1);
        QCOMPARE(step.first().value(0).toString(), QStringLiteral("add_to_cart"));
        QCOMPARE(step.first().value(1).toString(), QStringLiteral("purchase"));

        // The chart with the keyboard: each bar's figures for a screen reader, Enter selects it.
        auto *chart = page.findChild<InsightsChart *>();
        QVERIFY(chart);
        const QList<InsightsSignal> bars = InsightsChart::shownSignals(page.result());
        QVERIFY(bars.size() >= 2);
        chart->setFocus();
        QTest::keyClick(chart, Qt::Key_Down);
        QVERIFY2(chart->accessibleDescription().startsWith(bars.at(1).label() + QStringLiteral(": ")), qPrintable(chart->accessibleDescription()));
        QVERIFY(bars.at(1).tooFew || chart->accessibleDescription().contains(QLocale().toString(bars.at(1).phi, 'f', 2)));
        QSignalSpy clicked(chart, &InsightsChart::candidateClicked);
        QTest::keyClick(chart, Qt::Key_Return);
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked.first().first().toString(), bars.at(1).label());
    }

    void markTierOneKeepsTheEvidenceAndFeedsTheMaturityHint()
    {
        const QString path = mDir.filePath(QStringLiteral("mark.funnelscope"));
        QVERIFY(QFile::copy(mPath, path));
        WorkspaceDocument document;
        QVERIFY(document.open(path).ok());
        InsightsPage page(&document);
        QSignalSpy computed(&page, &InsightsPage::computed);
        page.setBackend(LocalBackend::forWorkspace(WorkspaceSummary::load(path)));
        page.setSummary(WorkspaceSummary::load(path));
        QVERIFY(computed.wait(30000));

        // Before: nothing says insights are used.
        const auto analyticsHint = [&path] {
            const auto workspace = Workspace::open(path);
            for (const MaturityEvidence::Hint &hint : MaturityEvidence::suggest(workspace->connection())) {
                if (hint.dimension == QLatin1String("analytics"))
                    return hint;
            }
            return MaturityEvidence::Hint{};
        };
        const MaturityEvidence::Hint before = analyticsHint();
        QVERIFY(!before.reason.contains(QLatin1String("Insights")));

        QCOMPARE(page.markTierOne(QStringLiteral("newsletter_signup")), QString());
        const int index = document.dictionary().indexOf(QStringLiteral("newsletter_signup"));
        QVERIFY(index >= 0);
        QCOMPARE(document.dictionary().at(index).tier, 1);
        // The change log keeps the evidence, with the figures on screen.
        const QList<ChangeEntry> log = ChangeLog::list(*document.connection());
        QVERIFY(!log.isEmpty());
        const ChangeEntry &last = log.last();
        QCOMPARE(last.field, QStringLiteral("tier"));
        QCOMPARE(last.newValue, QStringLiteral("1"));
        QVERIFY2(last.reason.startsWith(QLatin1String(InsightsExport::evidencePrefix)), qPrintable(last.reason));
        QVERIFY2(last.reason.contains(QLatin1String("newsletter_signup")) && last.reason.contains(QLatin1String("weak")),
                 qPrintable(last.reason));
        QVERIFY(ChangeLog::verify(*document.connection()).intact);
        // Marking again says so and changes nothing.
        QVERIFY(page.markTierOne(QStringLiteral("newsletter_signup")).contains(QLatin1String("already")));
        QCOMPARE(ChangeLog::list(*document.connection()).size(), log.size());

        const MaturityEvidence::Hint after = analyticsHint();
        QCOMPARE(after.stage, before.stage + 0.5);
        QVERIFY2(after.reason.contains(QLatin1String("events marked tier one from their evidence: 1")), qPrintable(after.reason));

        // Undo takes the mark back (the dictionary edit is an ordinary one).
        document.undoStack()->undo();
        QCOMPARE(document.dictionary().indexOf(QStringLiteral("newsletter_signup")), -1);

        // Saved insights come back as they were asked and count as evidence too.
        InsightsQuery asked = page.query();
        asked.withinDays = 14;
        asked.properties = {QStringLiteral("device")};
        page.setQuery(asked);
        QSignalSpy saved(&page, &InsightsPage::savedChanged);
        page.saveInsightsAs(QStringLiteral("Buyers in two weeks"));
        QVERIFY(saved.wait(10000));
        const auto workspace = Workspace::open(path);
        const QList<SavedReports::Report> reports = SavedReports::list(workspace->connection(), QStringLiteral("insights"));
        QCOMPARE(reports.size(), 1);
        const InsightsQuery back = InsightsQuery::fromJson(reports.first().query);
        QCOMPARE(back.cacheKey(), page.query().cacheKey());
        QCOMPARE(back.withinDays, 14);
        QVERIFY2(analyticsHint().reason.contains(QLatin1String("saved insights: 1;")), qPrintable(analyticsHint().reason));
    }

    void chartColoursBothDirections()
    {
        // Doing it goes with converting: blue, to the right; against: orange, to the left.
        InsightsResult result;
        result.target = QStringLiteral("purchase");
        result.persons = 1000;
        InsightsSignal up;
        up.event = QStringLiteral("add_to_cart");
        up.phi = 0.5;
        up.pAdjusted = 0.001;
        InsightsSignal down;
        down.event = QStringLiteral("return_request");
        down.phi = -0.35;
        down.pAdjusted = 0.001;
        result.signalList = {up, down};
        const QSize size = InsightsChart::preferredSize(2, 800);
        QImage image(size, QImage::Format_RGB32);
        QPainter painter(&image);
        InsightsChart::paint(painter, QRectF(QPointF(0, 0), size), result, QStringLiteral("t"));
        painter.end();
        int blueLeft = size.width();
        int orangeRight = 0;
        int blueRight = 0;
        int orangeLeft = size.width();
        for (int y = 0; y < size.height(); ++y) {
            for (int x = 0; x < size.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (c == QColor(0x00, 0x72, 0xB2)) {
                    blueLeft = std::min(blueLeft, x);
                    blueRight = std::max(blueRight, x);
                } else if (c == QColor(0xD5, 0x5E, 0x00)) {
                    orangeLeft = std::min(orangeLeft, x);
                    orangeRight = std::max(orangeRight, x);
                }
            }
        }
        QVERIFY2(orangeRight > 0 && blueRight > 0, "both bars are drawn");
        // The bars meet at zero (the legend's blue box sits at the far left, so use the bar's right end).
        QVERIFY(orangeRight <= blueRight);
        QVERIFY(orangeLeft < blueRight - (blueRight - orangeRight) * 1.2);
        // Longer bar for the stronger signal: 0.5 against 0.35.
        QVERIFY(orangeRight - orangeLeft < blueRight - orangeRight);
    }

private:
    QTemporaryDir mDir;
    QString mPath;
};

QTEST_MAIN(tst_InsightsPage)
#include "tst_insightspage.moc"
