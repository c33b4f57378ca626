// Tests of the demo shop: the same seed gives the same events, and the shop tells the
// stories the reports are meant to show (falling funnel, returning users, mobile
// converting worse than desktop, email better than paid social).
#include "demo/demoshop.h"
#include "store/annotations.h"
#include "store/eventtexts.h"
#include "store/savedreports.h"
#include "maturity/assessment.h"
#include "governance/trackingplan.h"
#include "governance/changelog.h"
#include "governance/eventdictionary.h"
#include "store/connection.h"
#include "store/importlog.h"
#include "store/statement.h"
#include "store/workspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Funnelscope;

namespace {

/** A digest of every event with its strings resolved, in a stable order. */
QByteArray eventsDigest(Connection &db)
{
    const EventTexts::Function eventKey(db);
    const EventTexts::Function eventProperties(db, EventTexts::Kind::Properties);
    Statement s(db,
                "SELECT e.ts, u.key, t.name, se.key, d.value, c.value, co.value, p.value, "
                "ca.value, e.price, e.revenue, event_key(e.id), event_properties(e.id) "
                "FROM events e JOIN users u ON u.id = e.user_id "
                "JOIN event_types t ON t.id = e.event_type_id "
                "LEFT JOIN sessions se ON se.id = e.session_id "
                "LEFT JOIN dimension_values d ON d.id = e.device_id "
                "LEFT JOIN dimension_values c ON c.id = e.channel_id "
                "LEFT JOIN dimension_values co ON co.id = e.country_id "
                "LEFT JOIN dimension_values p ON p.id = e.product_id "
                "LEFT JOIN dimension_values ca ON ca.id = e.category_id "
                "ORDER BY e.id");
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (s.step()) {
        for (int column = 0; column < s.columnCount(); ++column) {
            const std::string_view value = s.utf8(column);
            hash.addData(QByteArrayView(value.data(), qsizetype(value.size())));
            hash.addData(QByteArrayView("\x1f", 1));
        }
    }
    return hash.result().toHex();
}

qint64 usersWith(Connection &db, const char *event)
{
    Statement s(db, "SELECT count(DISTINCT user_id) FROM events e JOIN event_types t "
                    "ON t.id = e.event_type_id WHERE t.name = ?");
    s.bindText(1, event);
    s.step();
    return s.int64(0);
}

/** Share of the users whose first event came through @p field = @p value who purchased. */
double purchaseRate(Connection &db, const char *field, const char *value)
{
    const std::string column = std::string(field) + "_id";
    Statement s(db,
                "WITH first AS (SELECT user_id, min(id) AS id FROM events GROUP BY user_id), "
                "cohort AS (SELECT f.user_id FROM first f JOIN events e ON e.id = f.id "
                "  JOIN dimension_values v ON v.id = e." + column + " WHERE v.value = ?), "
                "buyers AS (SELECT DISTINCT user_id FROM events WHERE event_type_id = "
                "  (SELECT id FROM event_types WHERE name = 'purchase')) "
                "SELECT (SELECT count(*) FROM cohort WHERE user_id IN buyers) * 1.0 / "
                "(SELECT count(*) FROM cohort)");
    s.bindText(1, value);
    s.step();
    return s.real(0);
}

} // namespace

class tst_DemoShop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(mDir.isValid());
        mShop = Workspace::create(mDir.filePath(QStringLiteral("shop.funnelscope")));
        mResult = DemoShop::generate(*mShop, {4000, 42});
    }

    void sameSeedGivesTheSameEvents()
    {
        const QString a = mDir.filePath(QStringLiteral("a.funnelscope"));
        const QString b = mDir.filePath(QStringLiteral("b.funnelscope"));
        const QString c = mDir.filePath(QStringLiteral("c.funnelscope"));
        DemoShop::createWorkspace(a, {500, 7});
        DemoShop::createWorkspace(b, {500, 7});
        DemoShop::createWorkspace(c, {500, 8});
        const QByteArray digestA = eventsDigest(Workspace::open(a)->connection());
        QCOMPARE(eventsDigest(Workspace::open(b)->connection()), digestA);
        QVERIFY(eventsDigest(Workspace::open(c)->connection()) != digestA);
    }

    void hasTheShopsShape()
    {
        Connection &db = mShop->connection();
        QCOMPARE(mResult.users, 4000);
        QCOMPARE(db.queryInt("SELECT count(*) FROM events"), mResult.events);
        QCOMPARE(db.queryInt("SELECT count(*) FROM users WHERE anonymous = 0"), 4000);
        // Each shopper browses with one anonymous id, linked to them.
        QCOMPARE(db.queryInt("SELECT count(*) FROM users WHERE anonymous = 1"), 4000);
        QCOMPARE(db.queryInt("SELECT count(DISTINCT alias_id) FROM identity_links"), 4000);
        QCOMPARE(db.queryInt("SELECT count(*) FROM sessions"), mResult.sessions);
        QVERIFY(mResult.sessions > mResult.users); // people come back

        QStringList names;
        Statement types(db, "SELECT name FROM event_types ORDER BY name");
        while (types.step())
            names.append(types.text(0));
        QStringList expected = DemoShop::eventNames();
        expected.sort();
        QCOMPARE(names, expected);

        QCOMPARE(db.queryInt("SELECT count(DISTINCT value) FROM dimension_values WHERE field = 'device'"), 3);
        QCOMPARE(db.queryInt("SELECT count(DISTINCT value) FROM dimension_values WHERE field = 'channel'"), 6);

        // Revenue sits on purchases only, and every purchase has some.
        QCOMPARE(db.queryInt("SELECT count(*) FROM events e JOIN event_types t ON t.id = "
                             "e.event_type_id WHERE (t.name = 'purchase') <> (e.revenue > 0)"),
                 0);
        // Every event falls inside the shop's 26 weeks.
        const qint64 start = DemoShop::firstDay().toMSecsSinceEpoch();
        const qint64 end = DemoShop::firstDay().addDays(7 * DemoShop::weeks()).toMSecsSinceEpoch();
        QVERIFY(db.queryInt("SELECT min(ts) FROM events") >= start);
        QVERIFY(db.queryInt("SELECT max(ts) FROM events") < end);

        const QList<ImportRecord> imports = ImportLog::list(db);
        QCOMPARE(imports.size(), 1);
        QCOMPARE(imports.first().source.format, QStringLiteral("demo"));
        QCOMPARE(imports.first().counts.imported, mResult.events);
    }

    void funnelFallsStepByStep()
    {
        Connection &db = mShop->connection();
        const char *steps[] = {"product_view", "add_to_cart", "begin_checkout",
                               "add_shipping_info", "add_payment_info", "purchase"};
        qint64 previous = std::numeric_limits<qint64>::max();
        for (const char *step : steps) {
            const qint64 users = usersWith(db, step);
            QVERIFY2(users > 0 && users < previous, step);
            previous = users;
        }
        const double purchaseShare = double(usersWith(db, "purchase")) / 4000.0;
        QVERIFY2(purchaseShare > 0.03 && purchaseShare < 0.35, qPrintable(QString::number(purchaseShare)));
    }

    void weekOneRetentionIsPlausible()
    {
        Connection &db = mShop->connection();
        // Weeks counted from the shop's first Monday; cohorts whose next week is complete.
        Statement s(db,
                    "WITH w AS (SELECT user_id, (ts - ?1) / 604800000 AS week FROM events), "
                    "first AS (SELECT user_id, min(week) AS cohort FROM w GROUP BY user_id), "
                    "back AS (SELECT DISTINCT f.user_id FROM first f JOIN w "
                    "  ON w.user_id = f.user_id AND w.week = f.cohort + 1) "
                    "SELECT (SELECT count(*) FROM back b JOIN first f ON f.user_id = b.user_id "
                    "  WHERE f.cohort < ?2) * 1.0 / (SELECT count(*) FROM first WHERE cohort < ?2)");
        s.bind(1, DemoShop::firstDay().toMSecsSinceEpoch());
        s.bind(2, DemoShop::weeks() - 1);
        QVERIFY(s.step());
        const double retention = s.real(0);
        QVERIFY2(retention >= 0.05 && retention <= 0.60, qPrintable(QString::number(retention)));
    }

    void mobileConvertsWorseThanDesktop()
    {
        Connection &db = mShop->connection();
        const double desktop = purchaseRate(db, "device", "desktop");
        const double mobile = purchaseRate(db, "device", "mobile");
        QVERIFY2(mobile < desktop * 0.8,
                 qPrintable(QStringLiteral("mobile %1, desktop %2").arg(mobile).arg(desktop)));
    }

    void emailConvertsBetterThanPaidSocial()
    {
        Connection &db = mShop->connection();
        const double email = purchaseRate(db, "channel", "email");
        const double social = purchaseRate(db, "channel", "paid_social");
        QVERIFY2(email > social * 1.5,
                 qPrintable(QStringLiteral("email %1, paid_social %2").arg(email).arg(social)));
    }

    void cancelLeavesNothingBehind()
    {
        const QString file = mDir.filePath(QStringLiteral("cancelled.funnelscope"));
        int calls = 0;
        const DemoShop::Result result = DemoShop::createWorkspace(file, {2000, 1}, [&calls](int) {
            return ++calls < 10;
        });
        QVERIFY(result.cancelled);
        QVERIFY(!QFile::exists(file));

        // Cancelling inside an existing workspace rolls the whole generation back.
        const QString kept = mDir.filePath(QStringLiteral("kept.funnelscope"));
        auto workspace = Workspace::create(kept);
        QVERIFY(DemoShop::generate(*workspace, {2000, 1}, [](int percent) { return percent < 50; })
                    .cancelled);
        QCOMPARE(workspace->connection().queryInt("SELECT count(*) FROM events"), 0);
        QCOMPARE(workspace->connection().queryInt("SELECT count(*) FROM imports"), 0);
    }

    // The window's first-start demo: every page has something to show, and what it shows
    // holds together (the change log proves itself, the dates fall inside the data).
    void furnishedForTheFirstStart()
    {
        const QString file = mDir.filePath(QStringLiteral("furnished.funnelscope"));
        DemoShop::Options options{500, 9};
        options.furnished = true;
        DemoShop::createWorkspace(file, options);
        const auto workspace = Workspace::open(file);
        Connection &db = workspace->connection();
        const EventDictionary dictionary = EventDictionary::load(db);
        QCOMPARE(dictionary.count(), int(TrackingPlan::starter().events.size()));
        for (const EventDefinition &event : dictionary.events())
            QVERIFY2(!event.description.isEmpty(), qPrintable(event.name));
        QCOMPARE(dictionary.at(dictionary.indexOf(QStringLiteral("purchase"))).owner, QStringLiteral("Checkout squad"));
        QCOMPARE(dictionary.at(dictionary.indexOf(QStringLiteral("add_to_cart"))).tier, 1);
        const QList<ChangeEntry> log = ChangeLog::list(db);
        QVERIFY(log.size() > dictionary.count());
        QVERIFY(ChangeLog::verify(db).intact);
        QCOMPARE(log.last().reason, QStringLiteral("Reviewed after the search box outage"));
        const qint64 first = db.queryInt("SELECT min(ts) FROM events");
        const qint64 last = db.queryInt("SELECT max(ts) FROM events");
        const QList<Annotation> annotations = Annotations::list(db);
        QCOMPARE(annotations.size(), 2);
        for (const Annotation &annotation : annotations)
            QVERIFY(annotation.fromMs >= first && annotation.toMs <= last + 86'400'000);
        QCOMPARE(Assessment::history(db).size(), 1);
        QVERIFY(Assessment::history(db).first().overall() > 1);
        QCOMPARE(SavedReports::list(db, QStringLiteral("funnel")).size(), 1);

        // Without being asked, a demo is the data alone (the tests' and the benchmark's).
        const QString bare = mDir.filePath(QStringLiteral("bare.funnelscope"));
        DemoShop::createWorkspace(bare, {300, 9});
        QCOMPARE(EventDictionary::load(Workspace::open(bare)->connection()).count(), 0);
    }

private:
    QTemporaryDir mDir;
    std::unique_ptr<Workspace> mShop;
    DemoShop::Result mResult;
};

QTEST_GUILESS_MAIN(tst_DemoShop)
#include "tst_demoshop.moc"
