// Each evidence rule on a workspace built by hand, and the demo shop's hints.
#include "demo/demoshop.h"
#include "maturity/maturityevidence.h"
#include "store/connection.h"
#include "ingest/importwriter.h"
#include "store/importlog.h"
#include "store/savedreports.h"
#include "store/transaction.h"
#include "store/workspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Funnelscope;

namespace {

struct Event
{
    const char *user;
    const char *event;
    const char *anonymous = "";
    const char *device = "";
    const char *properties = "";
};

std::unique_ptr<Workspace> workspaceWith(QTemporaryDir &dir, std::initializer_list<Event> events)
{
    static int counter = 0;
    auto workspace = Workspace::create(dir.filePath(QStringLiteral("w%1.funnelscope").arg(++counter)));
    Connection &db = workspace->connection();
    Transaction transaction(db);
    ImportWriter writer(db, ImportLog::begin(db, {QStringLiteral("t"), {}, 0, {}, QStringLiteral("csv"), {}, {}}));
    qint64 ts = 0;
    for (const Event &event : events) {
        EventRecord record;
        record.timestampMs = ++ts;
        record.user = event.user;
        record.event = event.event;
        record.anonymousId = event.anonymous;
        record.device = event.device;
        record.properties = event.properties;
        writer.write(record);
    }
    writer.finish(); // the ids' range and the texts beside the rows (EventTexts)
    transaction.commit();
    return workspace;
}

double hint(const QList<MaturityEvidence::Hint> &hints, const char *dimension, QString *reason = nullptr)
{
    for (const MaturityEvidence::Hint &hint : hints) {
        if (hint.dimension == QLatin1String(dimension)) {
            if (reason)
                *reason = hint.reason;
            return hint.stage;
        }
    }
    return 0;
}

} // namespace

class tst_MaturityEvidence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onlyPagesAndPurchases()
    {
        QTemporaryDir dir;
        auto workspace = workspaceWith(dir, {{"a", "page_view"}, {"a", "purchase"}, {"b", "page_view"}});
        QString reason;
        QCOMPARE(hint(MaturityEvidence::suggest(workspace->connection()), "data_collection", &reason), 1.0);
        QCOMPARE(reason, QStringLiteral("Only page and purchase events are tracked (page_view, purchase)."));
        QCOMPARE(hint(MaturityEvidence::suggest(workspace->connection()), "identity"), 1.0);
    }

    void stepsWithContextAndLinkedIdentities()
    {
        QTemporaryDir dir;
        auto workspace = workspaceWith(dir, {{"u1", "product_view", "anon-1", "mobile"},
                                             {"u1", "add_to_cart", "anon-1", "mobile"},
                                             {"anon-2", "product_view", "anon-2", "desktop"}});
        const auto hints = MaturityEvidence::suggest(workspace->connection());
        QCOMPARE(hint(hints, "data_collection"), 2.0);
        QString reason;
        QCOMPARE(hint(hints, "identity", &reason), 2.0);
        QCOMPARE(reason, QStringLiteral("1 of 1 known users have anonymous ids linked to them."));
    }

    void savedReportsAndExperiments()
    {
        QTemporaryDir dir;
        auto workspace = workspaceWith(dir, {{"a", "page_view", "", "", R"({"experiment":"checkout-v2"})"}});
        QCOMPARE(hint(MaturityEvidence::suggest(workspace->connection()), "analytics"), 1.0);
        QCOMPARE(hint(MaturityEvidence::suggest(workspace->connection()), "experimentation"), 1.5);
        SavedReports::save(workspace->connection(), QStringLiteral("funnel"), QStringLiteral("checkout"), "{}");
        QCOMPARE(hint(MaturityEvidence::suggest(workspace->connection()), "analytics"), 1.5);
        SavedReports::save(workspace->connection(), QStringLiteral("cohort"), QStringLiteral("weekly"), "{}");
        QCOMPARE(hint(MaturityEvidence::suggest(workspace->connection()), "analytics"), 2.0);
    }

    void theDemoShop()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::create(dir.filePath(QStringLiteral("demo.funnelscope")));
        DemoShop::generate(*workspace, {300, 1});
        const auto hints = MaturityEvidence::suggest(workspace->connection());
        QCOMPARE(hint(hints, "data_collection"), 2.0); // steps, all with device and channel
        QCOMPARE(hint(hints, "identity"), 2.0);        // anonymous cookies linked to customer ids
    }
};

QTEST_GUILESS_MAIN(tst_MaturityEvidence)
#include "tst_maturityevidence.moc"
