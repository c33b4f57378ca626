// The table models the pages show, checked by QAbstractItemModelTester and for what a
// person reads in them (counts with their shares, imports with their figures).
#include "itemmodels/eventtypesmodel.h"
#include "itemmodels/importsmodel.h"

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
};

QTEST_GUILESS_MAIN(tst_ItemModels)
#include "tst_itemmodels.moc"
