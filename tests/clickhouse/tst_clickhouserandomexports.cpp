// The four random exports of ServerComparison::writeRandomFiles() (late logins, a shared
// device, sessions, many events in one millisecond) on a local workspace, the single
// ClickHouse server and the two-shard cluster of the clickhouse fixture: the same funnels
// and cohort grids everywhere, each person's events on one shard, and random funnels with
// windows per step. Apart from tst_clickhousebackend so that ctest -j2 runs the two side
// by side: each spends most of its time waiting on the servers.
#include "servercomparison.h"

#include "analysis/localbackend.h"
#include "clickhouse/clickhousebackend.h"
#include "clickhouse/clickhouseconnection.h"
#include "export/funnelexport.h"
#include "store/statement.h"
#include "store/workspace.h"

#include <QHash>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <array>

using namespace Funnelscope;
using namespace Funnelscope::ServerComparison;

class tst_ClickHouseRandomExports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { ServerComparison::initTestCase(); }

    void sameReportsAsLocal_data()
    {
        addColumns();
        for (quint32 seed = 1; seed <= 4; ++seed)
            addRandomRow(seed);
    }

    void sameReportsAsLocal() { ServerComparison::sameReportsAsLocal(); }

    void eachPersonSitsOnOneShard()
    {
        QTemporaryDir folder;
        const QStringList files = writeRandomFiles(folder.path(), 7);
        const QString local = folder.filePath(QStringLiteral("local.funnelscope"));
        importLocally(local, files);
        const Servers found = servers();
        const QString database = freshDatabase(QStringLiteral("shards"));
        importToServer(found.cluster + database + QStringLiteral("?cluster=") + found.clusterName, files);

        // Per person (the local workspace's view user_persons), how many events.
        QHash<QString, qint64> expected;
        {
            const auto workspace = Workspace::open(local);
            Statement persons(workspace->connection(),
                              "SELECT p.key, p.anonymous, count(*) FROM events e JOIN user_persons up ON up.user_id = e.user_id "
                              "JOIN users p ON p.id = up.person_id GROUP BY up.person_id");
            while (persons.step())
                expected.insert(persons.text(0) + QLatin1Char('/') + QString::number(persons.int64(1)), persons.int64(2));
        }
        QVERIFY(expected.size() > 20);

        QHash<QString, qint64> onShards;
        for (const QString &host : std::as_const(found.shards)) {
            const ClickHouseConnection shard(
                ClickHouseUrl::parse(QStringLiteral("clickhouse://%1:%2/%3").arg(host).arg(found.port).arg(database)));
            const QList<QStringList> rows = shard.rows(
                QStringLiteral("SELECT person, person_anonymous, count() FROM events_local GROUP BY person, person_anonymous"));
            QVERIFY2(rows.size() > 5, "both shards hold persons");
            for (const QStringList &row : rows) {
                const QString person = row[0] + QLatin1Char('/') + row[1];
                QVERIFY2(!onShards.contains(person), qPrintable(person + QStringLiteral(" has events on two shards")));
                onShards.insert(person, row[2].toLongLong());
            }
        }
        QCOMPARE(onShards, expected);
    }


    void windowsPerStepOnRandomFunnels()
    {
        // Random funnels with windows per step (some steps repeated, exclusions, a held
        // value, every count) on random exports: the local engine's figures, whose search
        // tst_funnelengine checks against every chain.
        QTemporaryDir folder;
        const QStringList files = writeRandomFiles(folder.path(), 21);
        const QString local = folder.filePath(QStringLiteral("local.funnelscope"));
        importLocally(local, files);
        const QString url = servers().single + freshDatabase(QStringLiteral("randomwindows"));
        importToServer(url, files);
        LocalBackend localBackend(local, QString());
        ClickHouseBackend backend(ClickHouseUrl::parse(url));
        const QStringList events = {QStringLiteral("product_view"), QStringLiteral("add_to_cart"), QStringLiteral("begin_checkout"),
                                    QStringLiteral("purchase"), QStringLiteral("page_view")};
        static const qint64 minutes[] = {1, 2, 5, 10, 30, 120};
        QRandomGenerator random(2112);
        int bit = 0;
        int converted = 0;
        for (int round = 0; round < 40; ++round) {
            FunnelQuery query;
            const int steps = 2 + int(random.bounded(4));
            for (int k = 0; k < steps; ++k) {
                query.steps.append({events[int(random.bounded(events.size()))], {}});
                if (k > 0 && random.bounded(10) < 6)
                    query.steps[k].windowMs = minutes[random.bounded(6)] * FunnelQuery::minute;
            }
            if (!query.hasStepWindows())
                query.steps[1].windowMs = 5 * FunnelQuery::minute;
            query.order = random.bounded(10) < 7 ? FunnelQuery::Order::Ordered : FunnelQuery::Order::Strict;
            query.count = FunnelQuery::Count(random.bounded(3));
            query.windowMs = std::array{FunnelQuery::minute * 60, FunnelQuery::day, FunnelQuery::day * 7}[random.bounded(3)];
            if (random.bounded(10) < 4)
                query.exclusions.append({events[int(random.bounded(events.size()))], 1 + int(random.bounded(steps - 1))});
            if (random.bounded(10) < 2)
                query.hold = {QStringLiteral("device")};
            const FunnelResult expected = localBackend.run(query);
            QCOMPARE(FunnelExport::toJson(query, backend.run(query), {}), FunnelExport::toJson(query, expected, {}));
            FunnelQuery unbounded = query;
            for (FunnelQuery::Step &step : unbounded.steps)
                step.windowMs = 0;
            bit += localBackend.run(unbounded).steps.last().count > expected.steps.last().count ? 1 : 0;
            converted += expected.steps.last().count > 0 ? 1 : 0;
        }
        QVERIFY2(bit >= 5 && converted >= 20, qPrintable(QStringLiteral("windows bit in %1, converted in %2 of 40").arg(bit).arg(converted)));
    }
};

QTEST_GUILESS_MAIN(tst_ClickHouseRandomExports)
#include "tst_clickhouserandomexports.moc"
