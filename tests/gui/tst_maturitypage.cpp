// The Maturity page offscreen: fill an assessment on the demo shop, see the data's hints
// and the next steps, save, change two answers a week later, see what moved, export.
#include "maturitypage.h"

#include "demo/demoshop.h"
#include "store/workspace.h"
#include "store/workspacesummary.h"

#include <QFile>
#include <QImage>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Funnelscope;

class tst_MaturityPage : public QObject
{
    Q_OBJECT

private:
    static QString labelsText(QWidget &page)
    {
        QString text;
        const auto labels = page.findChildren<QLabel *>();
        for (const QLabel *label : labels)
            text += label->text() + QLatin1Char('\n');
        return text;
    }

private Q_SLOTS:
    void fillSaveChangeAndExport()
    {
        QStandardPaths::setTestModeEnabled(true);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shop.funnelscope"));
        DemoShop::createWorkspace(path, {500, 3});

        MaturityPage page;
        page.resize(1200, 800);
        page.show();
        QSignalSpy loaded(&page, &MaturityPage::loaded);
        page.setSummary(WorkspaceSummary::load(path));
        QVERIFY(loaded.wait(30000));
        double collection = 0;
        for (const MaturityEvidence::Hint &hint : page.hints()) {
            if (hint.dimension == QLatin1String("data_collection"))
                collection = hint.stage;
        }
        QCOMPARE(collection, 2.0);

        const char *dimensions[] = {"data_collection", "identity", "analytics", "activation", "experimentation", "decision_making"};
        const double current[] = {2, 1.5, 2, 1, 1, 1.5};
        for (int i = 0; i < 6; ++i)
            page.setStage(QLatin1String(dimensions[i]), current[i], 3);
        QCOMPARE(page.assessment().weakest(), QStringLiteral("activation"));
        QVERIFY(labelsText(page).contains(QLatin1String("Next steps")));
        QVERIFY(labelsText(page).contains(QLatin1String("Segmented cart, browse and price-drop triggers.")));
        QSignalSpy saved(&page, &MaturityPage::saved);
        page.save(QStringLiteral("Ana"));
        QVERIFY(saved.wait(30000));
        QCOMPARE(saved.last().at(0).toString(), QString());

        // A week later two answers change.
        page.setStage(QStringLiteral("activation"), 2, 3);
        page.setStage(QStringLiteral("experimentation"), 1.5, 3);
        const QString text = labelsText(page);
        QVERIFY2(text.contains(QStringLiteral("Activation 1 → 2")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Experimentation 1 → 1.5")), qPrintable(text));
        page.save(QStringLiteral("Ana"));
        QVERIFY(saved.wait(30000));
        QCOMPARE(saved.last().at(0).toString(), QString());
        QCOMPARE(Assessment::history(Workspace::open(path)->connection()).size(), 2);

        const QString png = dir.filePath(QStringLiteral("radar.png"));
        const QString csv = dir.filePath(QStringLiteral("scores.csv"));
        QCOMPARE(page.exportTo(png), QString());
        QCOMPARE(page.exportTo(csv), QString());
        QCOMPARE(QImage(png).width(), 1800);
        QVERIFY(QImage(dir.filePath(QStringLiteral("radar-grid.png"))).width() > 1000);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray scores = file.readAll();
        QVERIFY(scores.startsWith("dimension,current_stage,target_stage,gap"));
        QVERIFY(scores.contains("\r\nactivation,2.0,3.0,1.0,"));
        const QString shots = qEnvironmentVariable("FUNNELSCOPE_SCREENSHOTS");
        if (!shots.isEmpty())
            page.grab().save(shots + QStringLiteral("/maturity-page.png"));
    }
};

QTEST_MAIN(tst_MaturityPage)
#include "tst_maturitypage.moc"
