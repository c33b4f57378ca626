// The Funnels page offscreen: the checkout funnel on the demo shop, a breakdown by
// device, exports, saved funnels, and an unknown property explained.
#include "funnelchart.h"
#include "funnelpage.h"

#include "analysis/eventtable.h"
#include "analysis/funnelengine.h"
#include "demo/demoshop.h"
#include "itemmodels/funneltablemodel.h"
#include "store/workspace.h"
#include "store/workspacesummary.h"

#include <QChart>
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
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

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
        page.setSummary(WorkspaceSummary::load(mPath));
        QVERIFY(computed.wait(30000));
        FunnelQuery query;
        query.steps = {{QStringLiteral("search"), {}}, {QStringLiteral("add_to_cart"), {}}};
        query.windowMs = 2 * 60 * FunnelQuery::minute;
        query.order = FunnelQuery::Order::Strict;
        query.breakdown = QStringLiteral("channel");
        page.setQuery(query);
        QVERIFY(computed.wait(30000));
        const FunnelQuery shown = page.query();
        QCOMPARE(shown.toJson(), query.toJson());
        QCOMPARE(FunnelQuery::fromJson(query.toJson()).toJson(), query.toJson());
    }

    void anUnknownPropertyIsExplained()
    {
        FunnelPage page;
        page.show();
        QSignalSpy computed(&page, &FunnelPage::computed);
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

private:
    QTemporaryDir mDir;
    QString mPath;
};

QTEST_MAIN(tst_FunnelPage)
#include "tst_funnelpage.moc"
