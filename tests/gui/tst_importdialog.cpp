// The import dialog offscreen, as a person would use it: add a file, see what was
// detected and the first rows, import, cancel a long import, fix a mapping by hand.
#include "testpaths.h"

#include "importdialog.h"

#include "itemmodels/mappingmodel.h"
#include "itemmodels/previewmodel.h"
#include "store/connection.h"
#include "store/workspace.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Funnelscope;

class tst_ImportDialog : public QObject
{
    Q_OBJECT

private:
    QString newWorkspace()
    {
        const QString path = mDir.filePath(QStringLiteral("w%1.funnelscope").arg(++mCounter));
        Workspace::create(path);
        return path;
    }

    static qint64 count(const QString &path, const char *table)
    {
        return Workspace::open(path)->connection().queryInt(std::string("SELECT count(*) FROM ") + table);
    }

    /** Saves what the dialog shows when FUNNELSCOPE_SCREENSHOTS names a folder. */
    static void screenshot(QWidget &widget, const char *name)
    {
        const QString folder = qEnvironmentVariable("FUNNELSCOPE_SCREENSHOTS");
        if (!folder.isEmpty())
            widget.grab().save(folder + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = mDir.filePath(name);
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(bytes);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("FunnelscopeTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_importdialog"));
        QVERIFY(mDir.isValid());
    }

    void detectsPreviewsAndImports()
    {
        const QString workspace = newWorkspace();
        ImportDialog dialog(workspace);
        dialog.show();
        QSignalSpy planned(&dialog, &ImportDialog::planned);
        dialog.addFiles({QStringLiteral(FUNNELSCOPE_TEST_DATA "/import/retailrocket/input.csv")});
        QVERIFY(planned.wait(10000));
        QVERIFY(dialog.isPlanned());
        QVERIFY2(dialog.detectedText().contains(QLatin1String("Retailrocket events")), qPrintable(dialog.detectedText()));
        QVERIFY(dialog.detectedText().contains(QLatin1String("Unix time in milliseconds")));
        auto *preview = dialog.findChild<PreviewModel *>();
        QCOMPARE(preview->rowCount(), 4);
        QCOMPARE(preview->headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("timestamp\n→ timestamp"));
        QCOMPARE(preview->headerData(4, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("transactionid"));

        QSignalSpy imported(&dialog, &ImportDialog::imported);
        QSignalSpy finished(&dialog, &ImportDialog::finished);
        dialog.startImport();
        QVERIFY(finished.wait(30000));
        screenshot(dialog, "import-done");
        QCOMPARE(imported.size(), 1);
        QCOMPARE(imported.first().first().value<ImportReport>().counts.imported, 4);
        QCOMPARE(count(workspace, "events"), 4);
    }

    void cancelLeavesTheWorkspaceAsItWas()
    {
        QByteArray csv = "user_id,event,timestamp,note\n";
        for (int i = 0; i < 400000; ++i)
            csv += "u" + QByteArray::number(i % 5000) + ",view,2024-01-01T00:00:00Z,some words to make it longer\n";
        const QString file = writeFile(QStringLiteral("big.csv"), csv);
        const QString workspace = newWorkspace();
        ImportDialog dialog(workspace);
        dialog.show();
        QSignalSpy planned(&dialog, &ImportDialog::planned);
        dialog.addFiles({file});
        QVERIFY(planned.wait(10000));
        QSignalSpy finished(&dialog, &ImportDialog::finished);
        QSignalSpy imported(&dialog, &ImportDialog::imported);
        // Cancel as soon as the progress shows rows on their way into the workspace.
        auto *bar = dialog.findChild<QProgressBar *>();
        connect(bar, &QProgressBar::valueChanged, &dialog, [&dialog](int value) {
            if (value > 0 && dialog.isImporting()) {
                screenshot(dialog, "import-progress");
                dialog.cancelImport();
            }
        });
        dialog.startImport();
        QVERIFY(dialog.isImporting());
        QVERIFY(finished.wait(30000));
        QCOMPARE(imported.size(), 0);
        QCOMPARE(count(workspace, "events"), 0);
        QCOMPARE(count(workspace, "imports"), 0);
        QCOMPARE(count(workspace, "users"), 0);
    }

    // Around the reading the bar has nothing to count: it shows it is busy and says what
    // the import does (an append first reads the workspace's shoppers); while it saves,
    // Cancel is off, as a cancel could no longer put the workspace back. (That a cancel
    // while sorting still puts it back: tst_importer, cancelLeavesTheWorkspaceAsBefore.)
    void theStagesAroundTheReadingAreShown()
    {
        QByteArray csv = "user_id,event,timestamp\n";
        for (int i = 0; i < 20000; ++i)
            csv += "u" + QByteArray::number(i % 900) + ",view,2024-01-02T00:00:00Z\n";
        const QString workspace = newWorkspace();
        {
            const QString first = writeFile(QStringLiteral("first.csv"), "user_id,event,timestamp\nu1,view,2024-01-01T00:00:00Z\n");
            ImportDialog dialog(workspace);
            QSignalSpy planned(&dialog, &ImportDialog::planned);
            dialog.addFiles({first});
            QVERIFY(planned.wait(10000));
            QSignalSpy finished(&dialog, &ImportDialog::finished);
            dialog.startImport();
            QVERIFY(finished.wait(30000));
        }
        const QString file = writeFile(QStringLiteral("day.csv"), csv);
        ImportDialog dialog(workspace);
        dialog.show();
        QSignalSpy planned(&dialog, &ImportDialog::planned);
        dialog.addFiles({file});
        QVERIFY(planned.wait(10000));
        auto *bar = dialog.findChild<QProgressBar *>();
        QAbstractButton *cancel = nullptr;
        for (QAbstractButton *button : dialog.findChildren<QAbstractButton *>()) {
            if (button->text() == QLatin1String("Cancel"))
                cancel = button;
        }
        QVERIFY(cancel);
        struct Shown
        {
            QString status;
            bool busy;
            bool cancellable;
            QString text;
        };
        QList<Shown> shown;
        connect(&dialog, &ImportDialog::statusShown, &dialog, [&](const QString &status) {
            QString text;
            for (const QLabel *label : dialog.findChildren<QLabel *>()) {
                if (label->isVisible() && label->text() == status)
                    text = label->text();
            }
            shown.append({status, bar->maximum() == 0, cancel->isEnabled(), text});
            if (status == QStringLiteral("Sorting the events for the reports…"))
                screenshot(dialog, "import-sorting");
        });
        QSignalSpy finished(&dialog, &ImportDialog::finished);
        QSignalSpy imported(&dialog, &ImportDialog::imported);
        dialog.startImport();
        QVERIFY(finished.wait(30000));
        QStringList statuses;
        for (const Shown &one : std::as_const(shown))
            statuses.append(one.status);
        QCOMPARE(statuses, (QStringList{QStringLiteral("Reading the workspace’s shoppers and sessions…"), QString(),
                                        QStringLiteral("Sorting the events for the reports…"),
                                        QStringLiteral("Saving the workspace…")}));
        for (const Shown &one : std::as_const(shown)) {
            QCOMPARE(one.busy, !one.status.isEmpty()); // a stage without a measure: a busy bar
            if (!one.status.isEmpty())
                QCOMPARE(one.text, one.status); // and it says which
        }
        QVERIFY(shown[2].cancellable);
        QVERIFY(!shown[3].cancellable);
        QCOMPARE(imported.size(), 1);
        QCOMPARE(count(workspace, "events"), 20001);
        // The result: Close, which works again.
        QVERIFY(cancel->isEnabled());
        QCOMPARE(cancel->text(), QStringLiteral("Close"));
    }

    void aBadFileIsExplainedAndAMappingCanBeFixed()
    {
        const QString file = writeFile(QStringLiteral("odd.csv"), "who,what,at\nann,visit,2024-05-01 09:00:00\n");
        const QString workspace = newWorkspace();
        ImportDialog dialog(workspace);
        dialog.show();
        QSignalSpy planned(&dialog, &ImportDialog::planned);
        dialog.addFiles({file});
        QVERIFY(planned.wait(10000));
        QVERIFY(!dialog.isPlanned());
        QLabel *warning = nullptr;
        const auto labels = dialog.findChildren<QLabel *>();
        for (QLabel *label : labels) {
            if (label->text().contains(QLatin1String("no column holds the time")))
                warning = label;
        }
        QVERIFY(warning && warning->isVisible());
        screenshot(dialog, "import-bad-file");

        // The person names the columns in the mapping table.
        auto *mapping = dialog.findChild<MappingModel *>();
        QVERIFY(mapping);
        const auto set = [mapping](Field field, const char *column) {
            mapping->setData(mapping->index(int(field), MappingModel::SourceColumn), QString::fromLatin1(column));
        };
        set(Field::Timestamp, "at");
        set(Field::UserId, "who");
        set(Field::Event, "what");
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isPlanned(), 10000);
        QSignalSpy finished(&dialog, &ImportDialog::finished);
        dialog.startImport();
        QVERIFY(finished.wait(30000));
        QCOMPARE(count(workspace, "events"), 1);
    }

    void importingAFileAgainAsksFirst()
    {
        const QString workspace = newWorkspace();
        const QString file = QStringLiteral(FUNNELSCOPE_TEST_DATA "/import/retailrocket/input.csv");
        {
            ImportDialog dialog(workspace);
            QSignalSpy planned(&dialog, &ImportDialog::planned);
            dialog.addFiles({file});
            QVERIFY(planned.wait(10000));
            QSignalSpy finished(&dialog, &ImportDialog::finished);
            dialog.startImport();
            QVERIFY(finished.wait(30000));
        }
        ImportDialog dialog(workspace);
        dialog.show();
        QSignalSpy planned(&dialog, &ImportDialog::planned);
        dialog.addFiles({file});
        QVERIFY(planned.wait(10000));
        QString asked;
        QTimer::singleShot(50, this, [&asked] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                asked = box->text();
                box->button(QMessageBox::No)->click();
            }
        });
        dialog.startImport();
        QVERIFY2(asked.contains(QLatin1String("was imported into this workspace before")), qPrintable(asked));
        QVERIFY(!dialog.isImporting());
        QCOMPARE(count(workspace, "imports"), 1);
    }

private:
    QTemporaryDir mDir;
    int mCounter = 0;
};

QTEST_MAIN(tst_ImportDialog)
#include "tst_importdialog.moc"
