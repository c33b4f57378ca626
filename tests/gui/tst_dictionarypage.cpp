// The Dictionary page offscreen, as a governance owner uses it on the demo shop: adopt
// the starter dictionary, rename a parameter, deprecate an event, edit a field by
// typing, see each change in the log with who and when, undo one, export the plan, and
// read the data-quality findings. Every model on the page runs under
// QAbstractItemModelTester meanwhile.
#include "dictionarypage.h"
#include "eventeditor.h"

#include "demo/demoshop.h"
#include "governance/changelog.h"
#include "itemmodels/changelogmodel.h"
#include "itemmodels/dataqualitymodel.h"
#include "itemmodels/dictionarymodel.h"
#include "store/annotations.h"
#include "store/workspace.h"
#include "store/workspacesummary.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialog>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include "languages.h"
#include <QPushButton>
#include <QTimeZone>
#include <QTimer>
#include <QUndoStack>

using namespace Funnelscope;

namespace {

const QualityFinding *find(const QList<QualityFinding> &findings, QualityFinding::Kind kind, const char *event)
{
    for (const QualityFinding &finding : findings) {
        if (finding.kind == kind && finding.event == QLatin1String(event))
            return &finding;
    }
    return nullptr;
}

void acceptNextDialog()
{
    QTimer::singleShot(0, [] {
        if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
            const QString shots = qEnvironmentVariable("FUNNELSCOPE_SCREENSHOTS");
            if (!shots.isEmpty())
                dialog->grab().save(shots + QStringLiteral("/plan-diff-dialog.png"));
            dialog->accept();
        }
    });
}

} // namespace

class tst_DictionaryPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    // A volume alert is annotated as a tracking change over its days, undoably.
    void aVolumeAlertIsAnnotated()
    {
        QStandardPaths::setTestModeEnabled(true);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("alerts.funnelscope"));
        DemoShop::createWorkspace(path, {8000, 5}); // enough searches a day to judge their volume
        DictionaryPage page;
        page.resize(1200, 800);
        page.show();
        QSignalSpy checked(&page, &DictionaryPage::qualityChecked);
        page.setSummary(WorkspaceSummary::load(path));
        QVERIFY(checked.wait(30000));
        // The demo's search box went untracked for five days.
        const QList<QualityFinding> &findings = page.quality()->findings();
        const QualityFinding *drop = find(findings, QualityFinding::VolumeDrop, "search");
        QVERIFY(drop);
        QTableView *view = nullptr;
        for (QTableView *each : page.findChildren<QTableView *>()) {
            if (each->model() == page.quality())
                view = each;
        }
        QVERIFY(view);
        QPushButton *annotate = nullptr;
        for (QPushButton *button : page.findChildren<QPushButton *>()) {
            if (button->text() == QStringLiteral("Annotate This…"))
                annotate = button;
        }
        QVERIFY(annotate);
        QVERIFY(!annotate->isEnabled());
        view->setCurrentIndex(page.quality()->index(int(drop - findings.data()), 0));
        QVERIFY(annotate->isEnabled());
        acceptNextDialog();
        annotate->click();
        QList<Annotation> annotations = Annotations::list(Workspace::open(path)->connection());
        QCOMPARE(annotations.size(), 1);
        QCOMPARE(annotations.first().category, QStringLiteral("tracking_change"));
        QCOMPARE(annotations.first().text, QStringLiteral("search dropped"));
        QCOMPARE(annotations.first().fromMs, drop->since.toMSecsSinceEpoch());
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(annotations.first().toMs - 1, QTimeZone::utc()).date(), drop->until);
        page.undoStack()->undo();
        QCOMPARE(Annotations::list(Workspace::open(path)->connection()).size(), 0);
    }
    void governanceOwnersDay()
    {
        QStandardPaths::setTestModeEnabled(true);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shop.funnelscope"));
        DemoShop::createWorkspace(path, {3000, 5});

        DictionaryPage page;
        page.resize(1200, 800);
        page.show();
        page.setWho(QStringLiteral("Maria"));
        const QAbstractItemModelTester::FailureReportingMode mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
        QAbstractItemModelTester dictionaryTester(page.model(), mode);
        QAbstractItemModelTester logTester(page.changeLog(), mode);
        QAbstractItemModelTester qualityTester(page.quality(), mode);
        QAbstractItemModelTester parameterTester(page.editor()->parameterView()->model(), mode);
        const auto views = page.findChildren<QTableView *>();
        std::vector<std::unique_ptr<QAbstractItemModelTester>> proxyTesters;
        for (QTableView *view : views)
            proxyTesters.push_back(std::make_unique<QAbstractItemModelTester>(view->model(), mode));

        QSignalSpy checked(&page, &DictionaryPage::qualityChecked);
        page.setSummary(WorkspaceSummary::load(path));
        QVERIFY(checked.wait(30000));
        // No dictionary yet: every event in the data is unplanned.
        QVERIFY(find(page.quality()->findings(), QualityFinding::Unplanned, "purchase"));

        // Adopt the starter dictionary (the diff dialog is accepted as shown).
        acceptNextDialog();
        page.adoptStarter();
        QCOMPARE(page.model()->rowCount(), 9);
        QCOMPARE(page.undoStack()->count(), 1);
        QCOMPARE(page.changeLog()->rowCount(), 9);

        // Rename a parameter in the parameter table.
        page.selectEvent(QStringLiteral("add_to_cart"));
        QCOMPARE(page.editor()->eventName(), QStringLiteral("add_to_cart"));
        QAbstractItemModel *parameters = page.editor()->parameterView()->model();
        int quantity = -1;
        for (int row = 0; row < parameters->rowCount(); ++row) {
            if (parameters->index(row, 0).data().toString() == QLatin1String("quantity"))
                quantity = row;
        }
        QVERIFY(quantity >= 0);
        QVERIFY(parameters->setData(parameters->index(quantity, 0), QStringLiteral("units")));
        QCOMPARE(parameters->index(quantity, 0).data().toString(), QStringLiteral("units"));

        // Deprecate an event, with a reason.
        page.selectEvent(QStringLiteral("remove_from_cart"));
        QVERIFY(page.editor()->commit(EventDefinition::Status, QStringLiteral("deprecated"), QStringLiteral("cart edits are tracked as cart_update")));

        // Type a new display name and leave the field, as a person does.
        page.selectEvent(QStringLiteral("purchase"));
        auto *displayName = page.editor()->findChildren<QLineEdit *>().at(1);
        QCOMPARE(displayName->text(), QStringLiteral("Purchase"));
        displayName->setFocus();
        displayName->selectAll();
        QTest::keyClicks(displayName, QStringLiteral("Order completed"));
        QTest::keyClick(displayName, Qt::Key_Return);
        QCOMPARE(page.model()->dictionary().at(page.model()->dictionary().indexOf(QStringLiteral("purchase"))).displayName,
                 QStringLiteral("Order completed"));

        // Each change is in the log with who, what, old and new.
        const QList<ChangeEntry> &log = page.changeLog()->entries();
        QCOMPARE(log.size(), 12);
        QCOMPARE(log.at(9).action, QStringLiteral("rename"));
        QCOMPARE(log.at(9).entityName, QStringLiteral("add_to_cart.quantity"));
        QCOMPARE(log.at(9).newValue, QStringLiteral("units"));
        QCOMPARE(log.at(10).action, QStringLiteral("deprecate"));
        QCOMPARE(log.at(10).reason, QStringLiteral("cart edits are tracked as cart_update"));
        QCOMPARE(log.at(11).field, QStringLiteral("display_name"));
        QCOMPARE(log.at(11).oldValue, QStringLiteral("Purchase"));
        for (const ChangeEntry &entry : log)
            QCOMPARE(entry.who, QStringLiteral("Maria"));

        // Undo the display name: the field shows the old text and the undo is logged.
        QCOMPARE(page.undoStack()->undoText(), QStringLiteral("Set display_name of purchase to Order completed"));
        page.undoStack()->undo();
        QCOMPARE(displayName->text(), QStringLiteral("Purchase"));
        QCOMPARE(page.changeLog()->rowCount(), 13);
        QCOMPARE(page.changeLog()->entries().last().action, QStringLiteral("undo"));
        QVERIFY(ChangeLog::verify(*page.document()->connection()).intact);

        // A refused edit explains itself and changes nothing.
        QVERIFY(!page.editor()->commit(EventDefinition::Name, QStringLiteral("Order Completed")));
        QCOMPARE(page.changeLog()->rowCount(), 13);

        // Export the plan and the log.
        const QString plan = dir.filePath(QStringLiteral("plan.json"));
        QCOMPARE(page.exportPlan(plan, TrackingPlan::Format::Json), QString());
        QString error;
        const TrackingPlan exported = TrackingPlan::read(plan, TrackingPlan::Format::Json, &error);
        QCOMPARE(exported.events, page.model()->dictionary().events());
        const QString logCsv = dir.filePath(QStringLiteral("log.csv"));
        QCOMPARE(page.exportLog(logCsv), QString());
        QFile csv(logCsv);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll().count('\n'), 14);

        // The findings: the demo's missing payment_type, page_view unplanned, and the
        // deprecated remove_from_cart still sent.
        checked.clear();
        page.checkQuality();
        QVERIFY(checked.wait(30000));
        const QList<QualityFinding> &findings = page.quality()->findings();
        QVERIFY(find(findings, QualityFinding::MissingRequired, "add_payment_info"));
        QVERIFY(find(findings, QualityFinding::Unplanned, "page_view"));
        QVERIFY(find(findings, QualityFinding::DeprecatedSent, "remove_from_cart"));
        QVERIFY(!find(findings, QualityFinding::Unplanned, "purchase"));
        // add_to_cart's quantity is now called units, which the data does not send.
        QVERIFY(find(findings, QualityFinding::MissingRequired, "add_to_cart"));

        // A receipt of the log, copied to keep elsewhere, checks out against the log.
        QPushButton *copyReceipt = nullptr;
        QPushButton *checkReceipt = nullptr;
        for (QPushButton *button : page.findChildren<QPushButton *>()) {
            if (button->text() == QLatin1String("Copy Receipt"))
                copyReceipt = button;
            else if (button->text() == QStringLiteral("Check Receipt…"))
                checkReceipt = button;
        }
        QVERIFY(copyReceipt && checkReceipt);
        copyReceipt->click();
        const QString receipt = QGuiApplication::clipboard()->text();
        QCOMPARE(receipt, ChangeLog::receipt(*page.document()->connection()));
        acceptNextDialog(); // the dialog offers what the clipboard holds
        checkReceipt->click();
        auto *message = page.findChild<QLabel *>(QStringLiteral("message"));
        QVERIFY(message);
        QVERIFY2(message->text().contains(QLatin1String("still holds the 13 entries of the receipt")), qPrintable(message->text()));

        const QString shots = qEnvironmentVariable("FUNNELSCOPE_SCREENSHOTS");
        if (!shots.isEmpty()) {
            page.grab().save(shots + QStringLiteral("/dictionary-page.png"));
            page.findChild<QTabWidget *>()->setCurrentIndex(1);
            page.grab().save(shots + QStringLiteral("/dictionary-quality.png"));
        }
    }

    // At 1366 px wide (the page beside the 124 px sidebar), in every language, no button or
    // combo box is narrower than its text needs ("Revu aujourd'hui" was cut in French).
    void nothingIsCutInAnyLanguage_data() { TestLanguages::addRows(); }

    void nothingIsCutInAnyLanguage()
    {
        QFETCH(QString, language);
        const TestLanguages::Scope translation(language);
        QVERIFY(translation.loaded());
        {
            DictionaryPage page;
            page.resize(1366 - 124, 720);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            QStringList cut;
            const auto buttons = page.findChildren<QPushButton *>();
            for (const QPushButton *button : buttons)
                if (button->isVisibleTo(&page) && button->width() < button->sizeHint().width())
                    cut.append(QStringLiteral("%1 (%2 < %3)").arg(button->text()).arg(button->width()).arg(button->sizeHint().width()));
            QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1String("; "))));
            // The window holds it beside the sidebar at 1366 px, so nothing is squeezed there either.
            QVERIFY2(page.minimumSizeHint().width() <= 1366 - 124 - 16, qPrintable(QString::number(page.minimumSizeHint().width())));
        }
    }
};

QTEST_MAIN(tst_DictionaryPage)
#include "tst_dictionarypage.moc"
