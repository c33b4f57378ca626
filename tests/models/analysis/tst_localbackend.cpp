// The report seam on a real workspace file: LocalBackend loads the events once and keeps
// them while the workspace's contents are the same, extends them with properties without
// touching tables in use, says which property or event the data lacks, stops when
// cancelled; CachingBackend answers a query asked again without computing it again.
#include "testpaths.h"

#include "analysis/cachingbackend.h"
#include "analysis/eventtablecache.h"
#include "analysis/funnelengine.h"
#include "analysis/localbackend.h"
#include "demo/demoshop.h"
#include "ingest/importer.h"
#include "store/workspace.h"
#include "store/workspacesummary.h"
#include "tasks/validationerror.h"

#include <QFile>
#include <QSet>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace Funnelscope;

namespace {

/** A backend around a real one that counts what it was asked to compute. */
class CountingBackend : public ReportBackend
{
public:
    explicit CountingBackend(std::shared_ptr<ReportBackend> inner)
        : mInner(std::move(inner))
    {
    }
    QString dataStamp() const override { return mInner->dataStamp(); }
    ReportCapabilities capabilities() const override { return mInner->capabilities(); }
    QStringList properties(const TaskContext &task) override { return mInner->properties(task); }
    FunnelResult run(const FunnelQuery &query, const TaskContext &task) override
    {
        ++runs;
        return mInner->run(query, task);
    }
    CohortResult run(const CohortQuery &query, const TaskContext &task) override
    {
        ++runs;
        return mInner->run(query, task);
    }
    InsightsResult run(const InsightsQuery &query, const TaskContext &task) override
    {
        ++runs;
        return mInner->run(query, task);
    }
    PathsResult run(const PathsQuery &query, const TaskContext &task) override
    {
        ++runs;
        return mInner->run(query, task);
    }
    FrictionResult run(const FrictionQuery &query, const TaskContext &task) override
    {
        ++runs;
        return mInner->run(query, task);
    }
    std::atomic<int> runs{0};

private:
    std::shared_ptr<ReportBackend> mInner;
};

FunnelQuery checkout()
{
    FunnelQuery funnel;
    for (const char *event : {"product_view", "add_to_cart", "purchase"})
        funnel.steps.append({QString::fromLatin1(event), {}});
    return funnel;
}

QList<qint64> counts(const FunnelResult &result)
{
    QList<qint64> list;
    for (const FunnelStepResult &step : result.steps)
        list.append(step.count);
    return list;
}

void importOneMore(const QString &path, const QString &csv)
{
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("user_id,event,timestamp\nnewcomer,product_view,2024-03-01T10:00:00Z\n");
    file.close();
    const auto workspace = Workspace::open(path);
    const ImportOptions options;
    Importer::run(*workspace, Importer::plan(csv, options), options);
}

} // namespace

class tst_LocalBackend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keptUntilTheEventsChange()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.funnelscope"));
        DemoShop::createWorkspace(path, {200, 2});
        EventTableCache cache(path);
        const auto first = cache.table({}, nullptr);
        QCOMPARE(cache.table({}, nullptr).get(), first.get()); // another page, same data

        // A property is added to a copy: the table a report holds does not change under it.
        QStringList missing;
        const auto extended = cache.table({QStringLiteral("product_name")}, &missing);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char(','))));
        QVERIFY(extended->hasColumn(QStringLiteral("product_name")));
        QVERIFY(!first->hasColumn(QStringLiteral("product_name")));
        cache.table({QStringLiteral("colour")}, &missing);
        QCOMPARE(missing, QStringList{QStringLiteral("colour")});

        // The window's backend is the same while the data is, a new one after an import.
        const std::shared_ptr<ReportBackend> backend = LocalBackend::forWorkspace(WorkspaceSummary::load(path));
        QCOMPARE(LocalBackend::forWorkspace(WorkspaceSummary::load(path), backend).get(), backend.get());
        {
            const auto workspace = Workspace::open(path);
            const ImportOptions options;
            Importer::run(*workspace, Importer::plan(QStringLiteral(FUNNELSCOPE_TEST_DATA "/import/retailrocket/input.csv"), options), options);
        }
        QVERIFY(LocalBackend::forWorkspace(WorkspaceSummary::load(path), backend).get() != backend.get());
        EventTableCache reloaded(path);
        QCOMPARE(reloaded.table({}, nullptr)->size(), first->size() + 4);
    }

    // A query asked again on the same data is answered from the result kept the first
    // time; another query, or the same one after an import, is computed.
    void reportsAskedAgainUntilTheEventsChange()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.funnelscope"));
        DemoShop::createWorkspace(path, {300, 3});
        auto counting = std::make_shared<CountingBackend>(
            std::make_shared<LocalBackend>(path, WorkspaceSummary::load(path).contentStamp()));
        CachingBackend cache(counting);
        const FunnelQuery funnel = checkout();
        const FunnelResult first = cache.run(funnel);
        QVERIFY(first.steps.first().count > 0);
        const FunnelResult again = cache.run(funnel);
        QCOMPARE(counts(again), counts(first));
        QCOMPARE(again.dropped.size(), first.dropped.size());
        QCOMPARE(counting->runs.load(), 1);

        // Another window is another query: fewer users convert within a minute.
        FunnelQuery quick = funnel;
        quick.windowMs = FunnelQuery::minute;
        QVERIFY(cache.run(quick).steps.last().count < first.steps.last().count);
        QCOMPARE(counting->runs.load(), 2);

        // A cohort query is kept apart from the funnel's.
        const CohortQuery cohort;
        const CohortResult grid = cache.run(cohort);
        QVERIFY(!grid.grids.isEmpty());
        CohortQuery monthly = cohort;
        monthly.period = LocalCalendar::Period::Month;
        QVERIFY(cache.run(monthly).grids.first().cohorts.size() < grid.grids.first().cohorts.size());
        QCOMPARE(cache.run(cohort).grids.first().cohorts.size(), grid.grids.first().cohorts.size());
        QCOMPARE(counting->runs.load(), 4);

        // One more user views a product: the backend of the new data counts them.
        importOneMore(path, dir.filePath(QStringLiteral("more.csv")));
        const std::shared_ptr<ReportBackend> afterImport = LocalBackend::forWorkspace(WorkspaceSummary::load(path));
        QCOMPARE(afterImport->run(funnel).steps.first().count, first.steps.first().count + 1);
    }

    // What the data lacks is named; the result names people by key, not by a row number.
    void problemsAreNamedAndPeopleByKey()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.funnelscope"));
        DemoShop::createWorkspace(path, {300, 3});
        LocalBackend backend(path, QString());
        FunnelQuery byColour = checkout();
        byColour.breakdown = QStringLiteral("colour");
        try {
            backend.run(byColour);
            QFAIL("a breakdown by a property no event has ran");
        } catch (const ValidationError &error) {
            QVERIFY2(error.message().startsWith(QStringLiteral("No event has a property “colour”")), qPrintable(error.message()));
            QVERIFY2(error.message().contains(QStringLiteral("product_name")), qPrintable(error.message())); // what exists
        }
        FunnelQuery unknownStep = checkout();
        unknownStep.steps[1].event = QStringLiteral("add_to_wishlist");
        QVERIFY_THROWS_EXCEPTION(ValidationError, backend.run(unknownStep));
        QVERIFY(backend.properties().contains(QStringLiteral("product_name")));

        const FunnelResult result = backend.run(checkout());
        QVERIFY(!result.dropped.isEmpty());
        const auto workspace = Workspace::open(path);
        const EventTable table = EventTable::load(workspace->connection());
        QSet<QString> people;
        for (int user = 0; user < table.userCount(); ++user)
            people.insert(table.userKeys()->at(user));
        for (qsizetype i = 0; i < result.dropped.size(); ++i)
            QVERIFY2(people.contains(result.personOf(i)), qPrintable(result.personOf(i)));
    }

    // Session properties: landing_page is the page of a session's first event with one,
    // session_channel its channel; a session is the source's id, else a 30-minute pause.
    void landingPageAndSessionChannel()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("sessions.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // ana: one session from the home page by email, buys. ben: lands on a product page
        // (paid_social), views; 2 hours later (a new session, no ids) lands on /sale and buys.
        // cy: a session id, its first event has no page (the next one's counts), no purchase.
        file.write("user_id,event,timestamp,session_id,channel,page\n"
                   "ana,page_view,2024-03-01T10:00:00Z,a1,email,/\n"
                   "ana,product_view,2024-03-01T10:01:00Z,a1,,/p/1\n"
                   "ana,purchase,2024-03-01T10:05:00Z,a1,,/checkout\n"
                   "ben,page_view,2024-03-01T09:00:00Z,,paid_social,/p/2\n"
                   "ben,product_view,2024-03-01T09:00:30Z,,,/p/2\n"
                   "ben,page_view,2024-03-01T11:00:00Z,,organic,/sale\n"
                   "ben,product_view,2024-03-01T11:01:00Z,,,/p/3\n"
                   "ben,purchase,2024-03-01T11:03:00Z,,,/checkout\n"
                   "cy,product_view,2024-03-01T12:00:00Z,c1,direct,\n"
                   "cy,page_view,2024-03-01T12:00:10Z,c1,,/category/shoes\n");
        file.close();
        const QString path = dir.filePath(QStringLiteral("s.funnelscope"));
        {
            const auto workspace = Workspace::create(path);
            const ImportOptions options;
            Importer::run(*workspace, Importer::plan(csv, options), options);
        }
        LocalBackend backend(path, QString());
        FunnelQuery funnel;
        funnel.steps = {{QStringLiteral("product_view"), {}}, {QStringLiteral("purchase"), {}}};
        const auto segments = [&backend](FunnelQuery query) {
            QMap<QString, QList<qint64>> found;
            for (const FunnelSegment &segment : backend.run(query).segments)
                found.insert(segment.value, {segment.steps[0].count, segment.steps[1].count});
            return found;
        };
        // By the start of each person's best chain: ben's first view, in his first session.
        funnel.breakdown = QStringLiteral("landing_page");
        funnel.topN = 10;
        QCOMPARE(segments(funnel), (QMap<QString, QList<qint64>>{{QStringLiteral("/"), {1, 1}}, {QStringLiteral("/p/2"), {1, 1}},
                                                                 {QStringLiteral("/category/shoes"), {1, 0}}}));
        // By the last touch: ben's purchase came in his second session, which landed on /sale.
        QVERIFY(funnel.setAttribution(QStringLiteral("last-touch")));
        QCOMPARE(segments(funnel), (QMap<QString, QList<qint64>>{{QStringLiteral("/"), {1, 1}}, {QStringLiteral("/sale"), {1, 1}},
                                                                 {QStringLiteral("/category/shoes"), {1, 0}}}));
        funnel.breakdown = QStringLiteral("session_channel");
        QCOMPARE(segments(funnel), (QMap<QString, QList<qint64>>{{QStringLiteral("email"), {1, 1}}, {QStringLiteral("organic"), {1, 1}},
                                                                 {QStringLiteral("direct"), {1, 0}}}));
        QVERIFY(funnel.setAttribution(QStringLiteral("step1")));
        QCOMPARE(segments(funnel), (QMap<QString, QList<qint64>>{{QStringLiteral("email"), {1, 1}}, {QStringLiteral("paid_social"), {1, 1}},
                                                                 {QStringLiteral("direct"), {1, 0}}}));
        // As a filter too: purchases of sessions that landed on /sale.
        funnel.breakdown.clear();
        funnel.where = {*Condition::parse(QStringLiteral("landing_page = /sale"))};
        QCOMPARE(counts(backend.run(funnel)), (QList<qint64>{1, 1}));
    }

    // A cancelled report stops (between ranges of users) instead of finishing its work.
    void aCancelledReportStops()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.funnelscope"));
        DemoShop::createWorkspace(path, {300, 3});
        LocalBackend backend(path, QString());
        TaskContext task;
        task.cancel();
        QVERIFY_THROWS_EXCEPTION(Cancelled, backend.run(checkout(), task));
        QVERIFY_THROWS_EXCEPTION(Cancelled, backend.run(CohortQuery(), task));
        // The engines themselves check too, not only the backend's door.
        const auto workspace = Workspace::open(path);
        const EventTable table = EventTable::load(workspace->connection());
        QVERIFY_THROWS_EXCEPTION(Cancelled, FunnelEngine::run(table, checkout(), task));
    }
};

QTEST_GUILESS_MAIN(tst_LocalBackend)
#include "tst_localbackend.moc"
