// The table models the pages show, checked by QAbstractItemModelTester and for what a
// person reads in them (counts with their shares, imports with their figures, a funnel's
// steps and segments, the import's mapping and preview). The dictionary's models are
// checked the same way in tst_dictionarypage, on a page a person edits.
#include "testpaths.h"

#include "ingest/importer.h"
#include "itemmodels/eventtypesmodel.h"
#include "itemmodels/funneltablemodel.h"
#include "itemmodels/importsmodel.h"
#include "itemmodels/mappingmodel.h"
#include "itemmodels/previewmodel.h"

#include <QSignalSpy>

#include <QAbstractItemModelTester>
#include <QTest>
#include <QTimeZone>

using namespace Funnelscope;

class tst_ItemModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void eventTypesShowCountsAndShares()
    {
        EventTypesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEventTypes({{QStringLiteral("view"), 750}, {QStringLiteral("purchase"), 250}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(EventTypesModel::ColumnCount));
        QCOMPARE(model.index(0, EventTypesModel::Name).data().toString(), QStringLiteral("view"));
        QCOMPARE(model.index(0, EventTypesModel::Count).data().toString(), QStringLiteral("750"));
        QCOMPARE(model.index(1, EventTypesModel::Share).data().toString(), QStringLiteral("25.0%"));
        QCOMPARE(model.index(1, EventTypesModel::Count).data(Qt::UserRole).toLongLong(), 250);
        model.setEventTypes({});
        QCOMPARE(model.rowCount(), 0);
    }

    void importsShowTheirFigures()
    {
        ImportsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ImportRecord record;
        record.id = 1;
        record.source.fileName = QStringLiteral("events.csv");
        record.source.filePath = QStringLiteral("/data/events.csv");
        record.source.format = QStringLiteral("csv");
        record.source.fileSize = 2048;
        record.counts = {1200, 1150, 30, 20};
        record.startedAt = QDateTime(QDate(2026, 1, 2), QTime(10, 0), QTimeZone::utc());
        record.finishedAt = record.startedAt.addMSecs(2500);
        model.setImports({record});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ImportsModel::File).data().toString(), QStringLiteral("events.csv"));
        QVERIFY(model.index(0, ImportsModel::File).data(Qt::ToolTipRole).toString().startsWith(
            QLatin1String("/data/events.csv")));
        QCOMPARE(model.index(0, ImportsModel::RowsRead).data().toString(), QStringLiteral("1,200"));
        QCOMPARE(model.index(0, ImportsModel::Size).data().toString(), QStringLiteral("2.00 KiB"));
        QCOMPARE(model.index(0, ImportsModel::Rejected).data().toString(), QStringLiteral("30"));
        QCOMPARE(model.index(0, ImportsModel::Duplicates).data().toString(), QStringLiteral("20"));
        QCOMPARE(model.index(0, ImportsModel::Duration).data().toString(), QStringLiteral("2.5 s"));
        QCOMPARE(model.headerData(ImportsModel::Rejected, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("Rejected"));
    }

    void funnelTableShowsEveryStepThenEachSegment()
    {
        FunnelTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto step = [](const char *event, qint64 count, double conversion, double fromPrevious, qint64 dropOff) {
            FunnelStepResult figures;
            figures.event = QLatin1String(event);
            figures.count = count;
            figures.conversion = conversion;
            figures.conversionFromPrevious = fromPrevious;
            figures.dropOff = dropOff;
            figures.medianFromPrevious = 90;
            return figures;
        };
        FunnelResult result;
        result.breakdown = QStringLiteral("device");
        result.steps = {step("product_view", 1000, 1, 1, 0), step("purchase", 120, 0.12, 0.12, 880)};
        FunnelSegment mobile{QStringLiteral("mobile"), {step("product_view", 600, 1, 1, 0), step("purchase", 48, 0.08, 0.08, 552)}, 0.0004, false};
        FunnelSegment tablet{QStringLiteral("tablet"), {step("product_view", 20, 1, 1, 0), step("purchase", 4, 0.2, 0.2, 16)}, 1, true};
        result.segments = {mobile, tablet};
        model.setResult(result);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.headerData(FunnelTableModel::Segment, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("device"));
        QCOMPARE(model.index(1, FunnelTableModel::Event).data().toString(), QStringLiteral("purchase"));
        QCOMPARE(model.index(1, FunnelTableModel::Count).data().toString(), QStringLiteral("120"));
        QCOMPARE(model.index(1, FunnelTableModel::Conversion).data().toString(), QStringLiteral("12.0%"));
        QCOMPARE(model.index(1, FunnelTableModel::DropOff).data().toString(), QStringLiteral("880"));
        QCOMPARE(model.index(1, FunnelTableModel::MedianTime).data().toString(), QStringLiteral("1.5 min"));
        QCOMPARE(model.index(0, FunnelTableModel::FromPrevious).data().toString(), QString()); // step 1 has none
        QCOMPARE(model.index(2, FunnelTableModel::Segment).data().toString(), QStringLiteral("mobile"));
        QCOMPARE(model.index(3, FunnelTableModel::Conversion).data().toString(), QStringLiteral("8.0%"));
        QCOMPARE(model.index(5, FunnelTableModel::Significance).data().toString(), QStringLiteral("too few"));
        model.setResult({});
        QCOMPARE(model.rowCount(), 0);
    }

    void mappingEditsBecomeImportArguments()
    {
        MappingModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMapping(FieldMapping::guess({QStringLiteral("event_time"), QStringLiteral("event_type"), QStringLiteral("visitor")}));
        QCOMPARE(model.rowCount(), int(fieldCount));
        const int timestamp = int(Field::Timestamp);
        QCOMPARE(model.index(timestamp, MappingModel::FieldColumn).data().toString(), QStringLiteral("timestamp"));
        QCOMPARE(model.index(timestamp, MappingModel::SourceColumn).data().toString(), QStringLiteral("event_time"));
        QVERIFY(!(model.flags(model.index(timestamp, MappingModel::FieldColumn)) & Qt::ItemIsEditable));

        // The person names the user column and gives every row one currency.
        QSignalSpy edited(&model, &MappingModel::edited);
        QVERIFY(model.setData(model.index(int(Field::UserId), MappingModel::SourceColumn), QStringLiteral("visitor")));
        QVERIFY(model.setData(model.index(int(Field::Currency), MappingModel::ConstantColumn), QStringLiteral("EUR")));
        QCOMPARE(edited.count(), 2);
        QVERIFY2(model.maps().contains(QStringLiteral("user_id=visitor")), qPrintable(model.maps().join(QLatin1Char(' '))));
        QCOMPARE(model.constants(), QStringList{QStringLiteral("currency=EUR")});
        QCOMPARE(model.index(int(Field::Currency), MappingModel::SourceColumn).data().toString(), QString());
    }

    void previewShowsTheFileAsParsed()
    {
        PreviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const ImportPlan plan = Importer::plan(QStringLiteral(FUNNELSCOPE_TEST_DATA "/import/retailrocket/input.csv"), ImportOptions());
        model.setPlan(plan);
        QCOMPARE(model.columnCount(), 5);
        QCOMPARE(model.rowCount(), int(plan.previewRows.size()));
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("257597"));
        QCOMPARE(model.headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("timestamp\n→ timestamp"));
        QCOMPARE(model.headerData(1, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("visitorid\n→ user_id"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_ItemModels)
#include "tst_itemmodels.moc"
