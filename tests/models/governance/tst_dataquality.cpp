// Each data-quality finding on a workspace built by hand, the volume baseline against a
// slow reference, and the demo shop's planted tracking incidents.
#include "demo/demoshop.h"
#include "governance/dataquality.h"
#include "governance/eventdictionary.h"
#include "governance/plandiff.h"
#include "governance/trackingplan.h"
#include "store/connection.h"
#include "ingest/importwriter.h"
#include "store/importlog.h"
#include "store/transaction.h"
#include "store/workspace.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

#include <cmath>

using namespace Funnelscope;

namespace {

constexpr qint64 day = 24 * 3600 * 1000LL;
const qint64 start = QDateTime(QDate(2026, 6, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();

struct Row
{
    qint64 ts;
    std::string event;
    std::string properties;
    std::optional<double> price = std::nullopt;
};

void write(Workspace &workspace, const std::vector<Row> &rows)
{
    Connection &db = workspace.connection();
    Transaction transaction(db);
    ImportWriter writer(db, ImportLog::begin(db, {QStringLiteral("t"), {}, 0, {}, QStringLiteral("csv"), {}, {}}));
    for (const Row &row : rows) {
        EventRecord record;
        record.timestampMs = row.ts;
        record.user = "u1";
        record.event = row.event;
        record.properties = row.properties;
        record.price = row.price;
        writer.write(record);
    }
    writer.finish(); // the ids' range and the texts beside the rows (EventTexts)
    transaction.commit();
}

EventDefinition defined(const char *name, QList<ParameterDefinition> parameters = {}, const char *status = "active")
{
    EventDefinition definition;
    definition.name = QLatin1String(name);
    definition.status = QLatin1String(status);
    definition.parameters = parameters;
    return definition;
}

ParameterDefinition parameter(const char *name, const char *type, bool required, QStringList allowed = {},
                              const char *pattern = "")
{
    ParameterDefinition definition;
    definition.name = QLatin1String(name);
    definition.type = QLatin1String(type);
    definition.required = required;
    definition.allowedValues = allowed;
    definition.pattern = QLatin1String(pattern);
    return definition;
}

EventDictionary adopt(Connection &db, const QList<EventDefinition> &events)
{
    EventDictionary::Context context;
    context.who = QStringLiteral("test");
    return EventDictionary::load(db).applied(
        db, PlanDiff::compute(EventDictionary::load(db), TrackingPlan::withAllFields(events), PlanDiff::Removals::Keep),
        context);
}

const QualityFinding *find(const QList<QualityFinding> &findings, QualityFinding::Kind kind, const QString &event,
                           const QString &parameter = {})
{
    for (const QualityFinding &finding : findings) {
        if (finding.kind == kind && finding.event == event && finding.parameter == parameter)
            return &finding;
    }
    return nullptr;
}

/** The slow reference: every day against the sorted window before it. */
QList<DataQuality::VolumeRun> referenceRuns(const QList<qint64> &counts, const DataQuality::Options &options)
{
    const auto medianOf = [](std::vector<double> values) {
        std::sort(values.begin(), values.end());
        const size_t n = values.size();
        return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    };
    QList<DataQuality::VolumeRun> runs;
    for (int d = 0; d < counts.size(); ++d) {
        std::vector<double> window;
        for (int i = std::max(0, d - options.baselineDays); i < d; ++i)
            window.push_back(double(counts[i]));
        if (int(window.size()) < options.minimumHistoryDays)
            continue;
        const double m = medianOf(window);
        if (m < options.minimumBaseline)
            continue;
        std::vector<double> deviations;
        for (double v : window)
            deviations.push_back(std::fabs(v - m));
        const double sigma = std::max({1.4826 * medianOf(deviations), std::sqrt(m), 1.0});
        const double x = double(counts[d]);
        const bool drop = (x - m) / sigma <= -options.threshold && x <= 0.5 * m;
        const bool spike = (x - m) / sigma >= options.threshold && x >= 2.0 * m;
        if (!drop && !spike)
            continue;
        if (!runs.isEmpty() && runs.last().last == d - 1 && runs.last().drop == drop) {
            runs.last().last = d;
            runs.last().observed += counts[d];
            runs.last().expected += m;
        } else {
            runs.append({d, d, drop, counts[d], m});
        }
    }
    return runs;
}

} // namespace

class tst_DataQuality : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachFindingOnAHandBuiltWorkspace()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::create(dir.filePath(QStringLiteral("q.funnelscope")));
        std::vector<Row> rows;
        for (int d = 0; d < 40; ++d) {
            const qint64 at = start + d * day + 3600 * 1000;
            // add_to_cart: 30 a day, except days 30-32 when tracking broke (2 a day).
            const int carts = d >= 30 && d <= 32 ? 2 : 30;
            for (int i = 0; i < carts; ++i) {
                std::string properties = R"({"quantity":1,"form":"footer"})";
                if (d >= 20 && i == 0)
                    properties = R"({"form":"footer"})"; // quantity missing, from day 20
                if (d == 25 && i == 1)
                    properties = R"({"quantity":"two","form":"footer"})"; // wrong type
                if (d == 26 && i == 1)
                    properties = R"({"quantity":1,"form":"sidebar"})"; // not allowed
                rows.push_back({at + i * 1000, "add_to_cart", properties, 19.5});
            }
            rows.push_back({at, "page_view", R"({"page":"/"})"});
            rows.push_back({at, "old_checkout", "{}"});
        }
        // A price that is not a number cannot come through the price column, so a
        // pattern on it is what catches an odd value.
        write(*workspace, rows);
        Connection &db = workspace->connection();
        const EventDictionary dictionary = adopt(db, {
            defined("add_to_cart", {parameter("quantity", "integer", true), parameter("form", "string", false, {QStringLiteral("footer"), QStringLiteral("popup")}),
                                  parameter("price", "number", true, {}, "\\d+\\.\\d")}),
            defined("purchase"),
            defined("old_checkout", {}, "deprecated"),
            defined("legacy_event", {}, "deprecated"),
        });
        const QList<QualityFinding> findings = DataQuality::check(db, dictionary, {});

        const QualityFinding *unplanned = find(findings, QualityFinding::Unplanned, QStringLiteral("page_view"));
        QVERIFY(unplanned);
        QCOMPARE(unplanned->rows, 40);
        QCOMPARE(unplanned->since.date(), QDate(2026, 6, 1));
        QCOMPARE(unplanned->example, QStringLiteral("{\"page\":\"/\"}"));

        const QualityFinding *never = find(findings, QualityFinding::NeverSeen, QStringLiteral("purchase"));
        QVERIFY(never);
        QVERIFY(!find(findings, QualityFinding::NeverSeen, QStringLiteral("legacy_event"))); // deprecated: expected

        const QualityFinding *deprecated = find(findings, QualityFinding::DeprecatedSent, QStringLiteral("old_checkout"));
        QVERIFY(deprecated);
        QCOMPARE(deprecated->rows, 40);

        const QualityFinding *missing = find(findings, QualityFinding::MissingRequired, QStringLiteral("add_to_cart"), QStringLiteral("quantity"));
        QVERIFY(missing);
        QCOMPARE(missing->rows, 20);
        QCOMPARE(missing->total, 30 * 37 + 2 * 3);
        QCOMPARE(missing->since.date(), QDate(2026, 6, 21));

        const QualityFinding *wrongType = find(findings, QualityFinding::TypeMismatch, QStringLiteral("add_to_cart"), QStringLiteral("quantity"));
        QVERIFY(wrongType);
        QCOMPARE(wrongType->rows, 1);
        QCOMPARE(wrongType->example, QStringLiteral("two"));
        QCOMPARE(wrongType->since.date(), QDate(2026, 6, 26));

        const QualityFinding *notAllowed = find(findings, QualityFinding::NotAllowed, QStringLiteral("add_to_cart"), QStringLiteral("form"));
        QVERIFY(notAllowed);
        QCOMPARE(notAllowed->rows, 1);
        QCOMPARE(notAllowed->example, QStringLiteral("sidebar"));

        // price comes from the store's column: 19.5 matches the pattern, so no finding.
        QVERIFY(!find(findings, QualityFinding::NotAllowed, QStringLiteral("add_to_cart"), QStringLiteral("price")));
        QVERIFY(!find(findings, QualityFinding::MissingRequired, QStringLiteral("add_to_cart"), QStringLiteral("price")));

        const QualityFinding *drop = find(findings, QualityFinding::VolumeDrop, QStringLiteral("add_to_cart"));
        QVERIFY(drop);
        QCOMPARE(drop->since.date(), QDate(2026, 7, 1));
        QCOMPARE(drop->until, QDate(2026, 7, 3));
        QCOMPARE(drop->rows, 6);
        QCOMPARE(drop->total, 90);
        QVERIFY(!find(findings, QualityFinding::VolumeSpike, QStringLiteral("add_to_cart")));
        QCOMPARE(drop->message(), QStringLiteral("“add_to_cart” fell to 2 a day from 1 Jul 2026 to 3 Jul 2026, against a usual 30 a day."));

        // Worst first.
        QCOMPARE(findings.first().severity(), QualityFinding::Severity::Error);
        QCOMPARE(findings.last().kind, QualityFinding::NeverSeen);
    }

    void volumeBaselineMatchesReference()
    {
        QRandomGenerator random(42);
        DataQuality::Options options;
        int flagged = 0;
        for (int round = 0; round < 300; ++round) {
            QList<qint64> counts;
            const int days = random.bounded(10, 90);
            const int level = random.bounded(0, 200);
            for (int d = 0; d < days; ++d) {
                qint64 value = level + random.bounded(-level / 5 - 1, level / 5 + 1);
                if (random.bounded(20) == 0)
                    value = random.bounded(2) ? 0 : level * 3;
                counts.append(std::max<qint64>(0, value));
            }
            const QList<DataQuality::VolumeRun> got = DataQuality::volumeAnomalies(counts, options);
            const QList<DataQuality::VolumeRun> want = referenceRuns(counts, options);
            QCOMPARE(got.size(), want.size());
            for (int i = 0; i < got.size(); ++i) {
                QCOMPARE(got[i].first, want[i].first);
                QCOMPARE(got[i].last, want[i].last);
                QCOMPARE(got[i].drop, want[i].drop);
                QCOMPARE(got[i].observed, want[i].observed);
                QCOMPARE(got[i].expected, want[i].expected);
            }
            flagged += int(got.size());
        }
        QVERIFY2(flagged > 50, "the random series should contain anomalies");
    }

    void demoShopIncidentsAreFound()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.funnelscope"));
        DemoShop::createWorkspace(path, {20000, 11});
        auto workspace = Workspace::open(path);
        Connection &db = workspace->connection();
        const EventDictionary dictionary = adopt(db, TrackingPlan::starter().events);
        const QList<QualityFinding> findings = DataQuality::check(db, dictionary, {});

        QVERIFY(find(findings, QualityFinding::Unplanned, QStringLiteral("page_view")));
        const QualityFinding *payment = find(findings, QualityFinding::MissingRequired, QStringLiteral("add_payment_info"), QStringLiteral("payment_type"));
        QVERIFY(payment);
        QCOMPARE(payment->since.date(), QDate(2026, 10, 5));
        QVERIFY(payment->rate() > 0.05 && payment->rate() < 0.2);
        const QualityFinding *search = find(findings, QualityFinding::VolumeDrop, QStringLiteral("search"));
        QVERIFY(search);
        QCOMPARE(search->since.date(), QDate(2026, 8, 10));
        QCOMPARE(search->until, QDate(2026, 8, 14));
        QCOMPARE(search->rows, 0);
        // Nothing else is wrong with the demo's tracking.
        for (const QualityFinding &finding : findings) {
            const bool expected = finding.event == QLatin1String("page_view") || finding.event == QLatin1String("add_payment_info")
                || finding.event == QLatin1String("search");
            QVERIFY2(expected, qPrintable(finding.message()));
        }
    }
};

QTEST_GUILESS_MAIN(tst_DataQuality)
#include "tst_dataquality.moc"
