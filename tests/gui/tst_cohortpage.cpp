// The Cohorts page offscreen: the demo shop's weekly grid, the same numbers as the
// engine, counts and revenue, a breakdown by channel, and exports.
#include "cohortpage.h"

#include "analysis/cohortengine.h"
#include "analysis/eventtable.h"
#include "analysis/localcalendar.h"
#include "cohortheatmap.h"
#include "demo/demoshop.h"
#include "store/workspace.h"
#include "analysis/localbackend.h"
#include "store/workspacesummary.h"

#include "ingest/importer.h"

#include <QChartView>
#include <QComboBox>
#include <QValueAxis>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include "languages.h"
#include <QFontMetricsF>
#include "export/cohorttext.h"

using namespace Funnelscope;

class tst_CohortPage : public QObject
{
    Q_OBJECT

private:
    static QComboBox *comboWith(QWidget &page, const QString &text)
    {
        const auto combos = page.findChildren<QComboBox *>();
        for (QComboBox *combo : combos) {
            if (combo->findText(text) >= 0)
                return combo;
        }
        return nullptr;
    }

private Q_SLOTS:

    // A cohort whose week overlaps an annotation's days is marked with it, in the
    // workspace's days: a campaign on Wednesday 22 July marks the week of Monday 20 July.
    void cohortsStartedDuringAnAnnotation()
    {
        CohortQuery query;
        query.period = LocalCalendar::Period::Week;
        query.timezone = "Europe/Berlin";
        Annotation sale;
        sale.fromMs = LocalCalendar::dayStartMs(QDate(2026, 7, 22), query.timezone);
        sale.toMs = LocalCalendar::dayStartMs(QDate(2026, 7, 23), query.timezone);
        sale.text = QStringLiteral("Summer sale");
        CohortRow week;
        week.start = QDate(2026, 7, 20);
        QCOMPARE(CohortHeatmap::annotationsOf(week, query, {sale}).size(), 1);
        week.start = QDate(2026, 7, 27);
        QCOMPARE(CohortHeatmap::annotationsOf(week, query, {sale}).size(), 0);
        // Sunday 26 July in Berlin is still the week of the 20th.
        sale.fromMs = LocalCalendar::dayStartMs(QDate(2026, 7, 26), query.timezone);
        sale.toMs = LocalCalendar::dayStartMs(QDate(2026, 7, 27), query.timezone);
        week.start = QDate(2026, 7, 20);
        QCOMPARE(CohortHeatmap::annotationsOf(week, query, {sale}).size(), 1);
        // A month cohort takes a range that reaches into it.
        query.period = LocalCalendar::Period::Month;
        sale.fromMs = LocalCalendar::dayStartMs(QDate(2026, 6, 28), query.timezone);
        sale.toMs = LocalCalendar::dayStartMs(QDate(2026, 7, 2), query.timezone);
        week.start = QDate(2026, 7, 1);
        QCOMPARE(CohortHeatmap::annotationsOf(week, query, {sale}).size(), 1);
        // Exported, the marked heatmap is wider: room for the text beside the row.
        CohortGrid grid;
        grid.cohorts = {week};
        query.periods = 12;
        QVERIFY(CohortHeatmap::preferredSize(grid, query, false, false, true).width()
                > CohortHeatmap::preferredSize(grid, query, false).width());
    }

    // In every language the headers and figures fit their columns, measured with the font
    // they are drawn in ("Utilisateurs" and "Semaine 0" overlapped in French with fixed widths).
    void headersFitInEveryLanguage_data() { TestLanguages::addRows(); }

    void headersFitInEveryLanguage()
    {
        QFETCH(QString, language);
        const TestLanguages::Scope translation(language);
        QVERIFY(translation.loaded());
        const QLocale previous;
        QLocale::setDefault(QLocale(language));
        CohortQuery query;
        query.periods = 12;
        CohortGrid grid;
        CohortRow row;
        row.start = QDate(2026, 8, 3);
        row.size = 123456;
        for (int k = 0; k < 12; ++k) {
            row.counts.append(123456 - k);
            row.values.append(k == 0 ? 100.0 : 12.5);
            row.incomplete.append(k == 11);
        }
        grid.cohorts = {row};
        grid.average = row;
        const CohortHeatmap::Layout columns = CohortHeatmap::layout(grid, query, false, true);
        const QFontMetricsF bold(CohortHeatmap::cellFont(true));
        QVERIFY2(bold.horizontalAdvance(CohortHeatmap::tr("People")) <= columns.sizeWidth - 8, qPrintable(CohortHeatmap::tr("People")));
        QVERIFY(bold.horizontalAdvance(QLocale().toString(123456)) <= columns.sizeWidth - 8);
        for (int k = 0; k < 12; ++k) {
            const QString header = CohortText::periodLabel(query.period, k);
            QVERIFY2(bold.horizontalAdvance(header) <= columns.cellWidth - 4, qPrintable(header));
        }
        QVERIFY(bold.horizontalAdvance(QLocale().toString(123456) + QLatin1Char('*')) <= columns.cellWidth - 4);
        QVERIFY(bold.horizontalAdvance(CohortHeatmap::tr("Average")) <= columns.labelWidth);
        QLocale::setDefault(previous);
    }
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("FunnelscopeTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_cohortpage"));
        QVERIFY(mDir.isValid());
        mPath = mDir.filePath(QStringLiteral("shop.funnelscope"));
        DemoShop::createWorkspace(mPath, {3000, 4});
    }

    // Data of one day has no complete period yet: the curve's axis runs from 0 to 100%,
    // not from 0 to 1% with its whole-number labels repeated ("0%, 0%, 1%, 1%").
    void aCurveWithoutACompletePeriodKeepsAReadableAxis()
    {
        const QString events = mDir.filePath(QStringLiteral("oneday.csv"));
        QFile file(events);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("timestamp,user_id,event\n2019-10-01T10:00:00Z,u1,view\n2019-10-01T11:00:00Z,u2,view\n");
        file.close();
        const QString path = mDir.filePath(QStringLiteral("oneday.funnelscope"));
        {
            const auto workspace = Workspace::create(path);
            const ImportOptions options;
            Importer::importAll(*workspace, {Importer::plan(events, options)}, options);
        }
        CohortPage page;
        page.resize(1200, 800);
        page.show();
        QSignalSpy computed(&page, &CohortPage::computed);
        page.setBackend(LocalBackend::forWorkspace(WorkspaceSummary::load(path)));
        page.setSummary(WorkspaceSummary::load(path));
        QVERIFY(computed.wait(30000));
        QCOMPARE(page.shownGrid().cohorts.size(), 1);
        const auto views = page.findChildren<QChartView *>();
        QCOMPARE(views.size(), 1);
        const auto vertical = views.first()->chart()->axes(Qt::Vertical);
        QCOMPARE(vertical.size(), 1);
        const auto *axis = static_cast<const QValueAxis *>(vertical.first());
        QCOMPARE(axis->min(), 0.0);
        QCOMPARE(axis->max(), 100.0);
        QCOMPARE(axis->labelFormat(), QStringLiteral("%.0f%"));
        QVERIFY2(views.first()->chart()->title().contains(QStringLiteral("no complete period yet")), qPrintable(views.first()->chart()->title()));
    }

    void weeklyGridRevenueBreakdownAndExports()
    {
        CohortPage page;
        page.resize(1200, 800);
        page.show();
        QSignalSpy computed(&page, &CohortPage::computed);
        page.setBackend(LocalBackend::forWorkspace(WorkspaceSummary::load(mPath)));
        page.setSummary(WorkspaceSummary::load(mPath));
        QVERIFY(computed.wait(30000));

        // The weekly grid on screen is the engine's.
        const CohortQuery query = page.query();
        QCOMPARE(query.period, LocalCalendar::Period::Week);
        const auto workspace = Workspace::open(mPath);
        const EventTable table = EventTable::load(workspace->connection());
        const CohortGrid expected = CohortEngine::run(table, query).grids.first();
        const CohortGrid shown = page.shownGrid();
        QCOMPARE(shown.cohorts.size(), DemoShop::weeks());
        QCOMPARE(shown.cohorts.first().start, DemoShop::firstDay().date());
        QCOMPARE(shown.cohorts.first().counts, expected.cohorts.first().counts);
        QVERIFY(*shown.average.values[1] < *shown.average.values[0]); // people drift away
        QVERIFY(*shown.average.values[4] < *shown.average.values[1]);

        const QString png = mDir.filePath(QStringLiteral("weekly.png"));
        const QString csv = mDir.filePath(QStringLiteral("weekly.csv"));
        QCOMPARE(page.exportTo(png), QString());
        QCOMPARE(page.exportTo(csv), QString());
        QVERIFY(QImage(png).width() >= 1800);
        QVERIFY(QImage(mDir.filePath(QStringLiteral("weekly-curve.png"))).width() == 2000);
        QCOMPARE(page.exportTo(mDir.filePath(QStringLiteral("weekly.svg"))), QString());
        QFile curveSvg(mDir.filePath(QStringLiteral("weekly-curve.svg")));
        QVERIFY(curveSvg.open(QIODevice::ReadOnly));
        QVERIFY(curveSvg.readAll().contains("<svg"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.startsWith("segment,cohort,size,count_0"));
        QVERIFY(text.contains("\r\nall,average,3000,"));
        QVERIFY(text.contains("\r\nall,2026-05-04,"));

        // Revenue per user, cumulative: it never goes down along a row.
        comboWith(page, QStringLiteral("Cumulative revenue per user"))->setCurrentIndex(3);
        QVERIFY(computed.wait(30000));
        QVERIFY(page.result().revenue);
        const CohortRow first = page.shownGrid().cohorts.first();
        for (int k = 1; k < first.values.size(); ++k) {
            if (first.values[k] && first.values[k - 1])
                QVERIFY(*first.values[k] >= *first.values[k - 1]);
        }

        // A grid per channel.
        QComboBox *breakdown = comboWith(page, QStringLiteral("channel"));
        breakdown->setCurrentIndex(breakdown->findText(QStringLiteral("channel")));
        QVERIFY(computed.wait(30000));
        QCOMPARE(page.result().grids.size(), 1 + 5 + 1); // everybody, top 5, other
        QComboBox *segment = comboWith(page, QStringLiteral("everybody"));
        segment->setCurrentIndex(1);
        QVERIFY(!page.shownGrid().value.isEmpty());
        const QString shots = qEnvironmentVariable("FUNNELSCOPE_SCREENSHOTS");
        if (!shots.isEmpty())
            page.grab().save(shots + QStringLiteral("/cohort-page.png"));
    }

private:
    QTemporaryDir mDir;
    QString mPath;
};

QTEST_MAIN(tst_CohortPage)
#include "tst_cohortpage.moc"
