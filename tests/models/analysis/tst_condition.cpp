// Filters as people type them in a page's Filters box: several separated by semicolons,
// each wrong one said.
#include "analysis/condition.h"

#include <QTest>

using namespace Funnelscope;

class tst_Condition : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filtersSeparatedBySemicolons()
    {
        const std::optional<QList<Condition>> two = Condition::parseList(QStringLiteral(" device = mobile ; price>=10;"));
        QVERIFY(two);
        QCOMPARE(two->size(), 2);
        QCOMPARE(two->at(0).property, QStringLiteral("device"));
        QVERIFY(two->at(0).matches(u"mobile"));
        QVERIFY(!two->at(1).matches(u"9.5"));
        QVERIFY(two->at(1).matches(u"10"));
        // Nothing typed: no filter, not an error.
        QVERIFY(Condition::parseList(QString()) && Condition::parseList(QString())->isEmpty());
        // A wrong one stops all, and says which (every wrong one, a line each).
        QString error;
        QVERIFY(!Condition::parseList(QStringLiteral("device = mobile; mobile; = x"), &error));
        QCOMPARE(error.count(QLatin1Char('\n')), 1);
        QVERIFY2(error.contains(QLatin1String("mobile")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(tst_Condition)
#include "tst_condition.moc"
