// The Funnels page offscreen: the checkout funnel on the demo shop, a breakdown by
// device, exports, saved funnels, and an unknown property explained.
#include "export/funneltext.h"
#include "funnelchart.h"
#include "funnelpage.h"

#include "analysis/eventtable.h"
#include "analysis/funnelengine.h"
#include "analysis/localbackend.h"
#include "demo/demoshop.h"
#include "itemmodels/funneltablemodel.h"
#include "store/savedreports.h"
#include "store/workspace.h"
#include "store/workspacesummary.h"

#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QValueAxis>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QBarSeries>
#include <QBarSet>
#include <QTableView>
#include <QTemporaryDir>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTest>
#include <QTimeZone>

using namespace Funnelscope;

class tst_FunnelPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("FunnelscopeTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_funnelpage"));
        QVERIFY(mDir.isValid());
        mPath = mDir.filePath(QStringLiteral("shop.funnelscope"));
        DemoShop::createWorkspace(mPath, {3000, 9});
    }

    void checkoutFunnelByDevice()
    {
        FunnelPage page;
        page.resize(1200, 800);
        page.show();
        QSignalSpy computed(&page, &FunnelPage::computed);
        page.setBackend(LocalBackend::forWorkspace(WorkspaceSummary::load(mPath)));
        page.setSummary(WorkspaceSummary::load(mPath));
        QVERIFY(computed.wait(30000));

        // The page opens on the checkout funnel, with the engine's numbers.
        const FunnelQuery query = page.query();
        QCOMPARE(query.steps.size(), 4);
        QCOMPARE(query.steps.first().event, QStringLiteral("product_view"));
        QCOMPARE(query.steps.last().event, QStringLiteral("purchase"));
        const auto workspace = Workspace::open(mPath);
        const EventTable table = EventTable::load(workspace->connection());
        const FunnelResult expected = FunnelEngine::run(table, query);
        QCOMPARE(page.result().steps.last().count, expected.steps.last().count);
        auto *model = page.findChild<FunnelTableModel *>();
        QCOMPARE(model->rowCount(), 4);

        // Break down by device, as a person would pick it.
        auto *breakdown = page.findChildren<QComboBox *>().at(0);
        const auto combos = page.findChildren<QComboBox *>();
        for (QComboBox *combo : combos) {
            if (combo->findData(QStringLiteral("device")) >= 0)
                breakdown = combo;
        }
        breakdown->setCurrentIndex(breakdown->findData(QStringLiteral("device")));
        QVERIFY(computed.wait(30000));
        QCOMPARE(page.result().segments.size(), 3);
        double mobile = -1;
        double desktop = -1;
        for (const FunnelSegment &segment : page.result().segments) {
            if (segment.value == QLatin1String("mobile"))
                mobile = segment.steps.last().conversion;
            if (segment.value == QLatin1String("desktop"))
                desktop = segment.steps.last().conversion;
        }
        QVERIFY2(mobile >= 0 && mobile < desktop, "mobile converts worse than desktop");
        QCOMPARE(model->rowCount(), 4 + 3 * 4);

        // A source property of the step-1 event: the top 5 products and "other".
        const int productName = breakdown->findData(QStringLiteral("product_name"));
        QVERIFY2(productName >= 0, "source properties are offered for breakdowns");
        breakdown->setCurrentIndex(productName);
        QVERIFY(computed.wait(30000));
        QCOMPARE(page.result().segments.size(), 6);
        QCOMPARE(page.result().segments.last().value, QStringLiteral("other"));
        breakdown->setCurrentIndex(breakdown->findData(QStringLiteral("device")));
        QVERIFY(computed.wait(30000));
        const QString shots = qEnvironmentVariable("FUNNELSCOPE_SCREENSHOTS");
        if (!shots.isEmpty()) {
            auto *tabs = page.findChild<QTabWidget *>();
            for (int tab = 0; tab < tabs->count(); ++tab) {
                tabs->setCurrentIndex(tab);
                QTest::qWait(100);
                page.grab().save(shots + QStringLiteral("/funnel-tab%1.png").arg(tab));
            }
            tabs->setCurrentIndex(0);
        }

        // Exports of what is on screen.
        const QString png = mDir.filePath(QStringLiteral("funnel.png"));
        const QString csv = mDir.filePath(QStringLiteral("funnel.csv"));
        QCOMPARE(page.exportTo(png), QString());
        QCOMPARE(page.exportTo(csv), QString());
        QCOMPARE(QImage(png).width(), 2 * 1200);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.startsWith("segment,step,event,count"));
        QVERIFY(text.contains("\r\nmobile,4,purchase,"));
        QVERIFY(page.exportTo(mDir.filePath(QStringLiteral("funnel.txt"))).contains(QLatin1String(".png")));
    }

    void savedFunnelsComeBack()
    {
        FunnelPage page;
        QSignalSpy computed(&page, &FunnelPage::computed);
        QSignalSpy saved(&page, &FunnelPage::savedChanged);
        page.setBackend(LocalBackend::forWorkspace(WorkspaceSummary::load(mPath)));
        page.setSummary(WorkspaceSummary::load(mPath));
        QVERIFY(computed.wait(30000));
        FunnelQuery query;
        query.steps = {{QStringLiteral("search"), {}}, {QStringLiteral("add_to_cart"), {}}};
        query.windowMs = 2 * 60 * FunnelQuery::minute;
        query.order = FunnelQuery::Order::Strict;
        query.breakdown = QStringLiteral("channel");
        query.where = {*Condition::parse(QStringLiteral("device != tablet"))};
        page.setQuery(query);
        QVERIFY(computed.wait(30000));
        const FunnelQuery shown = page.query();
        QCOMPARE(shown.toJson(), query.toJson());

        // Saved under a name, it is in the workspace (read by another connection) ...
        saved.clear();
        page.saveFunnelAs(QStringLiteral("Search to cart"));
        QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty(), 30000);
        const QList<SavedReports::Report> stored = SavedReports::list(Workspace::open(mPath)->connection(), QStringLiteral("funnel"));
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().name, QStringLiteral("Search to cart"));

        // ... and another page (another session) offers it and shows it as it was.
        FunnelPage later;
        QSignalSpy laterComputed(&later, &FunnelPage::computed);
        QSignalSpy laterSaved(&later, &FunnelPage::savedChanged);
        later.setBackend(LocalBackend::forWorkspace(WorkspaceSummary::load(mPath)));
        later.setSummary(WorkspaceSummary::load(mPath));
        QVERIFY(laterComputed.wait(30000));
        QTRY_VERIFY_WITH_TIMEOUT(!laterSaved.isEmpty(), 30000);
        QComboBox *savedBox = nullptr;
        const auto combos = later.findChildren<QComboBox *>();
        for (QComboBox *combo : combos) {
            if (combo->findText(QStringLiteral("Search to cart")) >= 0)
                savedBox = combo;
        }
        QVERIFY(savedBox);
        QVERIFY(later.query().toJson() != query.toJson()); // it opened on the checkout funnel
        savedBox->setCurrentIndex(savedBox->findText(QStringLiteral("Search to cart")));
        Q_EMIT savedBox->activated(savedBox->currentIndex());
        QCOMPARE(later.query().toJson(), query.toJson());
        QVERIFY(laterComputed.wait(30000));
        QCOMPARE(later.result().segments.size(), page.result().segments.size());
        QCOMPARE(later.result().steps.last().count, page.result().steps.last().count);
        SavedReports::remove(Workspace::open(mPath)->connection(), QStringLiteral("funnel"), QStringLiteral("Search to cart"));
    }

    // Funnel depth in the window: the product held by the combo, a step's window, this
    // period against the one before; the page's answer is the engine's, and it comes back.
    void heldProductStepWindowAndComparedPeriod()
    {
        FunnelPage page;
        QSignalSpy computed(&page, &FunnelPage::computed);
        page.setBackend(LocalBackend::forWorkspace(WorkspaceSummary::load(mPath)));
        page.setSummary(WorkspaceSummary::load(mPath));
        QVERIFY(computed.wait(30000));
        const qint64 plain = page.result().steps.last().count;
        auto *hold = page.findChild<QComboBox *>(QStringLiteral("hold"));
        QVERIFY(hold);
        const int product = hold->findText(QStringLiteral("product_id"));
        QVERIFY(product > 0);
        hold->setCurrentIndex(product);
        QVERIFY(computed.wait(30000));
        QCOMPARE(page.query().hold, QStringList{QStringLiteral("product_id")});
        const auto workspace = Workspace::open(mPath);
        EventTable table = EventTable::load(workspace->connection());
        QCOMPARE(page.result().steps.last().count, FunnelEngine::run(table, page.query()).steps.last().count);
        QVERIFY(page.result().steps.last().count < plain); // quick adds of products never viewed

        // A window for step 2, the period and the one before, as a saved funnel would bring them.
        FunnelQuery query = page.query();
        query.steps[1].windowMs = 30 * FunnelQuery::minute;
        query.setDays(QDate(2026, 8, 3), QDate(2026, 8, 30), "UTC");
        query.compare = FunnelQuery::Compare::Previous;
        page.setQuery(query);
        QVERIFY(computed.wait(30000));
        QCOMPARE(page.query().toJson(), query.toJson());
        QVERIFY(page.findChild<QCheckBox *>(QStringLiteral("compare"))->isChecked());
        const FunnelResult expected = FunnelEngine::run(table, query);
        QVERIFY(page.result().comparison);
        QCOMPARE(page.result().comparison->steps.last().count, expected.comparison->steps.last().count);
        QCOMPARE(page.result().steps[1].count, expected.steps[1].count);
        bool said = false;
        for (const QLabel *label : page.findChildren<QLabel *>())
            said = said || label->text().contains(QStringLiteral("2026-07-06"));
        QVERIFY(said); // the status names the period compared with
        // The table lists the other period's steps below, with its test.
        auto *model = page.findChild<FunnelTableModel *>();
        QCOMPARE(model->rowCount(), 8);
        QCOMPARE(model->index(7, FunnelTableModel::Count).data().toString(), QLocale().toString(expected.comparison->steps.last().count));
        QVERIFY(!model->index(7, FunnelTableModel::Significance).data().toString().isEmpty());
        // The chart shows both periods; its CSV has the other period as a segment.
        const QString csv = mDir.filePath(QStringLiteral("compared.csv"));
        QCOMPARE(page.exportTo(csv), QString());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("period 2026-07-06..2026-08-02,4,purchase,"));
    }

    // Bins typed beside the breakdown: the price in ranges, and a typo said, not run.
    void aNumericBreakdownInBins()
    {
        FunnelPage page;
        QSignalSpy computed(&page, &FunnelPage::computed);
        page.setBackend(LocalBackend::forWorkspace(WorkspaceSummary::load(mPath)));
        page.setSummary(WorkspaceSummary::load(mPath));
        QVERIFY(computed.wait(30000));
        FunnelQuery query = page.query();
        query.breakdown = QStringLiteral("price");
        query.bins = {*FunnelQuery::parseBins(QStringLiteral("price=0,20,50,100"))};
        page.setQuery(query);
        QVERIFY(computed.wait(30000));
        auto *bins = page.findChild<QLineEdit *>(QStringLiteral("bins"));
        QCOMPARE(bins->text(), QStringLiteral("0,20,50,100"));
        QStringList values;
        for (const FunnelSegment &segment : page.result().segments)
            values.append(segment.value);
        QCOMPARE(values, (QStringList{QStringLiteral("0–20"), QStringLiteral("20–50"), QStringLiteral("50–100"), QStringLiteral("≥ 100")}));
        bins->setText(QStringLiteral("50,20"));
        Q_EMIT bins->editingFinished();
        // Not run: the typo is said where the status is (after the usual debounce).
        const auto said = [&page] {
            for (const QLabel *label : page.findChildren<QLabel *>()) {
                if (label->text().contains(QStringLiteral("“50,20”")))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(said(), 10000);
    }

    // The window's dates are the workspace's days, as `funnel --from/--to` reads them:
    // in Auckland, 13 hours ahead of UTC, the same dates cover other events than in UTC.
    void datesAreTheWorkspacesDays()
    {
        const QString path = mDir.filePath(QStringLiteral("auckland.funnelscope"));
        DemoShop::createWorkspace(path, {3000, 9});
        Workspace::open(path)->setMeta(QStringLiteral("timezone"), QStringLiteral("Pacific/Auckland"));
        const WorkspaceSummary summary = WorkspaceSummary::load(path);
        QCOMPARE(summary.timezone, QStringLiteral("Pacific/Auckland"));
        // Two days on which the zones disagree (on most days they do; a few differ by nobody).
        const auto workspace = Workspace::open(path);
        const EventTable table = EventTable::load(workspace->connection());
        const QTimeZone auckland("Pacific/Auckland");
        const auto inZone = [](FunnelQuery query, QDate from, QDate to, const QTimeZone &zone) {
            query.fromMs = QDateTime(from, QTime(0, 0), zone).toMSecsSinceEpoch(); // the test's own conversion
            query.toMs = QDateTime(to.addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch();
            return query;
        };
        FunnelQuery checkout;
        for (const char *step : {"product_view", "add_to_cart", "begin_checkout", "purchase"})
            checkout.steps.append({QLatin1String(step), {}});
        QDate from = summary.first.date().addDays(1);
        FunnelResult expected;
        for (; from < summary.last.date().addDays(-2); from = from.addDays(1)) {
            expected = FunnelEngine::run(table, inZone(checkout, from, from.addDays(1), auckland));
            const FunnelResult utc = FunnelEngine::run(table, inZone(checkout, from, from.addDays(1), QTimeZone::utc()));
            if (expected.steps.first().count != utc.steps.first().count)
                break;
        }
        QVERIFY2(from < summary.last.date().addDays(-2), "no day tells the zones apart");
        const QDate to = from.addDays(1);

        FunnelPage page;
        QSignalSpy computed(&page, &FunnelPage::computed);
        page.setBackend(LocalBackend::forWorkspace(summary));
        page.setSummary(summary);
        QVERIFY(computed.wait(30000));
        FunnelQuery query = checkout;
        query.setDays(from, to, "Pacific/Auckland");
        page.setQuery(query);
        QVERIFY(computed.wait(30000));
        QCOMPARE(page.query().firstDay(), from);
        QCOMPARE(page.query().lastDay(), to);

        QCOMPARE(page.result().steps.first().count, expected.steps.first().count);
        QCOMPARE(page.result().steps.last().count, expected.steps.last().count);
    }

    // An export names the steps of the funnel on screen, even while another one is asked
    // for or after it failed: a result carries the query it answers.
    void exportsPairTheResultWithItsQuery()
    {
        FunnelPage page;
        QSignalSpy computed(&page, &FunnelPage::computed);
        page.setBackend(LocalBackend::forWorkspace(WorkspaceSummary::load(mPath)));
        page.setSummary(WorkspaceSummary::load(mPath));
        QVERIFY(computed.wait(30000));
        FunnelQuery shown;
        shown.steps = {{QStringLiteral("product_view"), {}}, {QStringLiteral("add_to_cart"), {}}, {QStringLiteral("purchase"), {}}};
        page.setQuery(shown);
        QVERIFY(computed.wait(30000));
        QCOMPARE(page.resultQuery().toJson(), shown.toJson());

        FunnelQuery broken = shown;
        broken.steps[1].event = QStringLiteral("add_to_wishlist"); // no such event: the run fails
        page.setQuery(broken);
        QVERIFY(computed.wait(30000));
        QCOMPARE(page.resultQuery().toJson(), shown.toJson());

        const QString csv = mDir.filePath(QStringLiteral("dropped-after-failure.csv"));
        QSignalSpy exported(&page, &FunnelPage::droppedUsersExported);
        page.exportDroppedUsersTo(csv);
        QVERIFY(exported.wait(30000));
        QCOMPARE(exported.first().at(1).toString(), QString());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QVERIFY(lines.size() > 2);
        int atStepOne = 0;
        for (const QByteArray &line : lines.mid(1)) {
            const QList<QByteArray> fields = line.trimmed().split(',');
            if (fields.size() < 5)
                continue;
            QVERIFY2(fields[2] != "add_to_wishlist" && fields[4] != "add_to_wishlist", line.constData());
            if (fields[1] == "1") {
                QCOMPARE(fields[4], QByteArray("add_to_cart"));
                ++atStepOne;
            }
        }
        QVERIFY(atStepOne > 0);
    }

    // Options the report backend cannot answer are greyed out, with why, not offered and failed.
    void whatTheBackendLacksIsGreyedOut()
    {
        /** The workspace's own backend, saying it cannot count sessions or name who dropped. */
        class Limited : public ReportBackend
        {
        public:
            explicit Limited(std::shared_ptr<ReportBackend> inner)
                : mInner(std::move(inner))
            {
            }
            QString dataStamp() const override { return mInner->dataStamp(); }
            ReportCapabilities capabilities() const override
            {
                ReportCapabilities can;
                can.sessions = false;
                can.droppedPersons = false;
                return can;
            }
            QStringList properties(const TaskContext &task) override { return mInner->properties(task); }
            FunnelResult run(const FunnelQuery &query, const TaskContext &task) override { return mInner->run(query, task); }
            CohortResult run(const CohortQuery &query, const TaskContext &task) override { return mInner->run(query, task); }
            InsightsResult run(const InsightsQuery &query, const TaskContext &task) override { return mInner->run(query, task); }
            PathsResult run(const PathsQuery &query, const TaskContext &task) override { return mInner->run(query, task); }
            FrictionResult run(const FrictionQuery &query, const TaskContext &task) override { return mInner->run(query, task); }

        private:
            std::shared_ptr<ReportBackend> mInner;
        };
        const WorkspaceSummary summary = WorkspaceSummary::load(mPath);
        FunnelPage page;
        QSignalSpy computed(&page, &FunnelPage::computed);
        page.setBackend(std::make_shared<Limited>(LocalBackend::forWorkspace(summary)));
        page.setSummary(summary);
        QVERIFY(computed.wait(30000));
        QComboBox *count = nullptr;
        const auto combos = page.findChildren<QComboBox *>();
        for (QComboBox *combo : combos) {
            if (combo->count() == 3 && combo->itemText(1) == QLatin1String("Sessions"))
                count = combo;
        }
        QVERIFY(count);
        const auto *items = qobject_cast<QStandardItemModel *>(count->model());
        QVERIFY(items->item(0)->isEnabled());
        QVERIFY(!items->item(1)->isEnabled());
        QVERIFY(!items->item(1)->toolTip().isEmpty());
        QVERIFY(items->item(2)->isEnabled());
        bool droppedOffered = true;
        const auto buttons = page.findChildren<QPushButton *>();
        for (const QPushButton *button : buttons) {
            if (button->text().startsWith(QLatin1String("Export Dropped")))
                droppedOffered = button->isEnabled();
        }
        QVERIFY(!droppedOffered);
    }

    void anUnknownPropertyIsExplained()
    {
        FunnelPage page;
        page.show();
        QSignalSpy computed(&page, &FunnelPage::computed);
        page.setBackend(LocalBackend::forWorkspace(WorkspaceSummary::load(mPath)));
        page.setSummary(WorkspaceSummary::load(mPath));
        QVERIFY(computed.wait(30000));
        auto *where = page.findChild<QLineEdit *>(QStringLiteral("filters"));
        QVERIFY(where);
        where->setText(QStringLiteral("colour = red"));
        Q_EMIT where->editingFinished();
        QVERIFY(computed.wait(30000));
        bool explained = false;
        const auto labels = page.findChildren<QLabel *>();
        for (const QLabel *label : labels)
            explained = explained || label->text().contains(QStringLiteral("No event has a property “colour”"));
        QVERIFY(explained);
    }

    void theChartShowsEventNamesAsWritten()
    {
        // Event names come from tracked data; the chart's labels are rich text.
        FunnelQuery query;
        FunnelResult result;
        const QStringList names{QStringLiteral("<i>view</i>"), QStringLiteral("a<b & c")};
        for (qsizetype k = 0; k < names.size(); ++k) {
            FunnelQuery::Step step0;
            step0.event = names[k];
            query.steps.append(step0);
            FunnelStepResult step;
            step.event = names[k];
            step.count = 2 - k;
            step.conversion = (2.0 - double(k)) / 2;
            result.steps.append(step);
        }
        std::unique_ptr<QChart> chart(FunnelChart::create(query, result, QStringLiteral("t")));
        QGraphicsScene scene;
        scene.addItem(chart.get());
        chart->resize(800, 500);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QStringList shown;
        const auto items = scene.items();
        for (QGraphicsItem *item : items) {
            if (auto *text = dynamic_cast<QGraphicsTextItem *>(item))
                shown.append(text->toPlainText());
        }
        QVERIFY2(shown.contains(QStringLiteral("<i>view</i>")), qPrintable(shown.join(QLatin1Char('|'))));
        QVERIFY2(shown.contains(QStringLiteral("a<b & c · %1").arg(QLocale().toString(50.0, 'f', 1) + QLocale().percent())),
                 qPrintable(shown.join(QLatin1Char('|'))));
        // Two people: ticks at 0, 1 and 2, not 0, 0.5 shown as "1", 1, 1.5 shown as "2", 2.
        const auto axes = chart->axes(Qt::Vertical);
        QCOMPARE(axes.size(), 1);
        QCOMPARE(static_cast<QValueAxis *>(axes.first())->tickCount(), 3);
        scene.removeItem(chart.get());
    }

    void countsOfMillionsAreWrittenOut()
    {
        // 1,149,215 people reached step 1 of a 10M-event shop: the bar says so in full,
        // not "1.14922e+06".
        FunnelQuery query;
        FunnelResult result;
        for (const qint64 count : {qint64(1'149'215), qint64(496'656)}) {
            query.steps.append({QStringLiteral("step%1").arg(query.steps.size()), {}});
            FunnelStepResult step;
            step.event = query.steps.last().event;
            step.count = count;
            step.conversion = double(count) / 1'149'215.0;
            result.steps.append(step);
        }
        std::unique_ptr<QChart> chart(FunnelChart::create(query, result, QStringLiteral("t")));
        QGraphicsScene scene;
        scene.addItem(chart.get());
        chart->resize(800, 500);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QStringList shown;
        const auto items = scene.items();
        for (QGraphicsItem *item : items) {
            if (auto *text = dynamic_cast<QGraphicsTextItem *>(item))
                shown.append(text->toPlainText());
        }
        QVERIFY2(shown.contains(QLocale().toString(1'149'215)), qPrintable(shown.join(QLatin1Char('|'))));
        QVERIFY2(shown.contains(QLocale().toString(496'656)), qPrintable(shown.join(QLatin1Char('|'))));
        scene.removeItem(chart.get());
    }

    void barLabelsOnlyWhereTheyFit()
    {
        // Three segments of four steps: over narrow bars "100%100%" is no figure.
        FunnelQuery query;
        FunnelResult result;
        query.breakdown = FunnelQuery::newVsReturning();
        result.breakdown = query.breakdown;
        for (int k = 0; k < 4; ++k) {
            query.steps.append({QStringLiteral("step%1").arg(k), {}});
            FunnelStepResult step;
            step.event = QStringLiteral("step%1").arg(k);
            step.count = 10 - k;
            step.conversion = (10.0 - k) / 10;
            result.steps.append(step);
        }
        for (const QString &value : {QStringLiteral("new"), QStringLiteral("returning"), QStringLiteral("other")}) {
            FunnelSegment segment;
            segment.value = value;
            segment.steps = result.steps;
            result.segments.append(segment);
        }
        std::unique_ptr<QChart> chart(FunnelChart::create(query, result, QStringLiteral("t")));
        auto *bars = qobject_cast<QBarSeries *>(chart->series().value(0));
        QVERIFY(bars);
        QGraphicsScene scene;
        scene.addItem(chart.get());
        for (const auto &[width, shown] : {std::pair{360, false}, std::pair{1600, true}, std::pair{500, false}}) {
            chart->resize(width, 500);
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            QVERIFY(chart->plotArea().width() < width);
            QCOMPARE(bars->isLabelsVisible(), shown);
        }
        // The legend names the segments in the user's words.
        QStringList names;
        for (const QBarSet *set : bars->barSets())
            names.append(set->label().section(QLatin1Char(' '), 0, 0));
        QCOMPARE(names, (QStringList{FunnelText::segmentName(query.breakdown, QStringLiteral("new")),
                                     FunnelText::segmentName(query.breakdown, QStringLiteral("returning")),
                                     FunnelText::segmentName(query.breakdown, QStringLiteral("other"))}));
        scene.removeItem(chart.get());
    }

private:
    QTemporaryDir mDir;
    QString mPath;
};

QTEST_MAIN(tst_FunnelPage)
#include "tst_funnelpage.moc"
