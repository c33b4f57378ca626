// Annotations: stored as days in the workspace's zone, listed for a period, added and
// removed undoably through the window's document, refused with a reason.
#include "analysis/localcalendar.h"
#include "document/workspacedocument.h"
#include "export/annotationsexport.h"
#include "store/annotations.h"
#include "store/workspace.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Funnelscope;

namespace {

Annotation day(const QDate &first, const QDate &last, const QString &text, const QByteArray &zone,
               const QString &category = QStringLiteral("campaign"))
{
    Annotation annotation;
    annotation.fromMs = LocalCalendar::dayStartMs(first, zone);
    annotation.toMs = LocalCalendar::dayStartMs(last.addDays(1), zone);
    annotation.text = text;
    annotation.category = category;
    return annotation;
}

} // namespace

class tst_Annotations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(mDir.isValid()); }

    // Listed by time, and only those overlapping the period asked for.
    void addListAndPeriods()
    {
        const auto workspace = Workspace::create(mDir.filePath(QStringLiteral("list.funnelscope")));
        Connection &db = workspace->connection();
        const QByteArray zone = "Europe/Berlin";
        Annotations::add(db, day(QDate(2026, 8, 10), QDate(2026, 8, 14), QStringLiteral("Search broken"), zone,
                                 QStringLiteral("tracking_change")));
        Annotations::add(db, day(QDate(2026, 7, 20), QDate(2026, 7, 20), QStringLiteral("Summer sale"), zone));
        QList<Annotation> all = Annotations::list(db);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.first().text, QStringLiteral("Summer sale")); // by time
        // A period from 2026-08-14 (Berlin) on overlaps the range's last day, not the sale.
        const QList<Annotation> august = Annotations::list(db, LocalCalendar::dayStartMs(QDate(2026, 8, 14), zone));
        QCOMPARE(august.size(), 1);
        QCOMPARE(august.first().text, QStringLiteral("Search broken"));
        // The JSON names the days as they were given, in the workspace's zone.
        const QJsonObject json = AnnotationsExport::toJson(august, zone).first().toObject();
        QCOMPARE(json.value(QStringLiteral("from")).toString(), QStringLiteral("2026-08-10"));
        QCOMPARE(json.value(QStringLiteral("to")).toString(), QStringLiteral("2026-08-14"));
        QCOMPARE(json.value(QStringLiteral("category")).toString(), QStringLiteral("tracking_change"));
        QVERIFY(Annotations::remove(db, all.first().id));
        QVERIFY(!Annotations::remove(db, all.first().id));
        QCOMPARE(Annotations::list(db).size(), 1);
    }

    void refusedWithAReason_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("days");
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("colour");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no text") << QStringLiteral("  ") << 1 << QStringLiteral("other") << QString() << QStringLiteral("needs a text");
        QTest::newRow("backwards") << QStringLiteral("x") << 0 << QStringLiteral("other") << QString() << QStringLiteral("before its first");
        QTest::newRow("category") << QStringLiteral("x") << 1 << QStringLiteral("promo") << QString() << QStringLiteral("“promo” is not a category");
        QTest::newRow("colour") << QStringLiteral("x") << 1 << QStringLiteral("other") << QStringLiteral("red") << QStringLiteral("“red” is not a colour");
    }

    void refusedWithAReason()
    {
        QFETCH(QString, text);
        QFETCH(int, days);
        QFETCH(QString, category);
        QFETCH(QString, colour);
        QFETCH(QString, reason);
        Annotation annotation;
        annotation.fromMs = 0;
        annotation.toMs = qint64(days) * 86'400'000;
        annotation.text = text;
        annotation.category = category;
        annotation.colour = colour;
        QVERIFY2(Annotations::validate(annotation).contains(reason), qPrintable(Annotations::validate(annotation)));
        const auto workspace = Workspace::create(mDir.filePath(QStringLiteral("refused-%1.funnelscope").arg(++mFiles)));
        QVERIFY_THROWS_EXCEPTION(std::exception, Annotations::add(workspace->connection(), annotation));
        QCOMPARE(Annotations::list(workspace->connection()).size(), 0); // nothing written
    }

    // Through the window's document: undo removes what was added, redo brings it back
    // under the same id, and a removal is undone as well.
    void undoAndRedo()
    {
        const QString path = mDir.filePath(QStringLiteral("undo.funnelscope"));
        Workspace::create(path);
        WorkspaceDocument document;
        QVERIFY(document.open(path).ok());
        int changes = 0;
        connect(&document, &WorkspaceDocument::annotationsChanged, this, [&changes] { ++changes; });
        QVERIFY(document.addAnnotation(day(QDate(2026, 8, 3), QDate(2026, 8, 3), QStringLiteral("Launch"), "UTC")).ok());
        const auto listed = [&path] { return Annotations::list(Workspace::open(path)->connection()); };
        QCOMPARE(listed().size(), 1);
        const qint64 id = listed().first().id;
        QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Add Annotation “Launch”"));
        document.undoStack()->undo();
        QCOMPARE(listed().size(), 0);
        document.undoStack()->redo();
        QCOMPARE(listed().size(), 1);
        QCOMPARE(listed().first().id, id);
        QVERIFY(document.removeAnnotation(id).ok());
        QCOMPARE(listed().size(), 0);
        document.undoStack()->undo();
        QCOMPARE(listed().size(), 1);
        QCOMPARE(listed().first().text, QStringLiteral("Launch"));
        QCOMPARE(changes, 5);
        // Refused: said, and nothing on the stack.
        const int steps = document.undoStack()->count();
        QVERIFY(!document.addAnnotation(day(QDate(2026, 8, 3), QDate(2026, 8, 3), QString(), "UTC")).ok());
        QVERIFY(!document.removeAnnotation(9999).ok());
        QCOMPARE(document.undoStack()->count(), steps);
    }

private:
    QTemporaryDir mDir;
    int mFiles = 0;
};

QTEST_GUILESS_MAIN(tst_Annotations)
#include "tst_annotations.moc"
