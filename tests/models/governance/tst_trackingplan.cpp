// The three plan formats round-trip what they carry, the starter dictionary is valid,
// bad files are refused with their name and line, and a plan's diff is exactly what
// applying it changes.
#include "export/csvwriter.h"
#include "governance/changelog.h"
#include "governance/eventdictionary.h"
#include "governance/plandiff.h"
#include "governance/trackingplan.h"
#include "store/connection.h"
#include "store/workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Funnelscope;

namespace {

/** A random dictionary with awkward text: commas, quotes, pipes, backslashes, formula starts. */
QList<EventDefinition> randomEvents(QRandomGenerator &random)
{
    const QStringList awkward = {QStringLiteral("plain"), QStringLiteral("a, b"), QStringLiteral("say \"hi\""),
                                 QStringLiteral("x|y"), QStringLiteral("back\\slash"), QStringLiteral("=SUM(A1)"),
                                 QStringLiteral("-minus"), QStringLiteral("'=quoted"), QStringLiteral("line\nbreak"),
                                 QStringLiteral("ünïcødé ✓"), QString()};
    const auto pick = [&](const QStringList &list) { return list.at(random.bounded(int(list.size()))); };
    QList<EventDefinition> events;
    const int count = random.bounded(1, 8);
    for (int i = 0; i < count; ++i) {
        EventDefinition event;
        event.name = QStringLiteral("event_%1").arg(i);
        event.displayName = pick(awkward);
        event.description = pick(awkward);
        event.stage = pick(DictionaryRules::stages() + QStringList{QString()});
        event.tier = random.bounded(3);
        event.owner = pick(awkward);
        event.status = pick(DictionaryRules::statuses());
        event.counting = pick(DictionaryRules::countings());
        if (random.bounded(2))
            event.lastReviewed = QDate(2026, 1, 1).addDays(random.bounded(300));
        for (int t = random.bounded(3); t > 0; --t) {
            const QString tag = pick(awkward);
            if (!tag.isEmpty() && !event.tags.contains(tag))
                event.tags.append(tag);
        }
        for (int p = random.bounded(4); p > 0; --p) {
            ParameterDefinition parameter;
            parameter.name = QStringLiteral("param_%1").arg(p);
            parameter.type = pick({QStringLiteral("string"), QStringLiteral("integer"), QStringLiteral("boolean"),
                                   QStringLiteral("number")});
            parameter.required = random.bounded(2);
            if (parameter.type == QLatin1String("integer"))
                parameter.allowedValues = random.bounded(2) ? QStringList{QStringLiteral("1"), QStringLiteral("-2")} : QStringList();
            else if (parameter.type == QLatin1String("string") && random.bounded(2))
                parameter.allowedValues = {pick(awkward) + QLatin1Char('1'), QStringLiteral("x|y"), QStringLiteral("a,b")};
            parameter.pattern = parameter.type == QLatin1String("string") && random.bounded(2) ? QStringLiteral("^-?\\d+|[|]$") : QString();
            parameter.description = pick(awkward);
            if (parameter.type == QLatin1String("boolean"))
                parameter.example = QStringLiteral("true");
            else if (parameter.type == QLatin1String("number"))
                parameter.example = pick({QStringLiteral("39.00"), QStringLiteral("84.5"), QStringLiteral("-3")});
            event.parameters.append(parameter);
        }
        events.append(event);
    }
    return events;
}

QList<EventDefinition> sortedParameters(QList<EventDefinition> events)
{
    for (EventDefinition &event : events)
        std::sort(event.parameters.begin(), event.parameters.end(),
                  [](const ParameterDefinition &a, const ParameterDefinition &b) { return a.name < b.name; });
    return events;
}

/** Only what a Segment plan carries. */
QList<EventDefinition> segmentFields(const QList<EventDefinition> &events)
{
    QList<EventDefinition> result;
    for (const EventDefinition &event : events) {
        EventDefinition kept;
        kept.name = event.name;
        kept.description = event.description;
        kept.parameters = event.parameters;
        result.append(kept);
    }
    return sortedParameters(result);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

class tst_TrackingPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrips_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("json") << int(TrackingPlan::Format::Json);
        QTest::newRow("csv") << int(TrackingPlan::Format::Csv);
        QTest::newRow("segment") << int(TrackingPlan::Format::Segment);
    }

    void roundTrips()
    {
        QFETCH(int, format);
        const auto planFormat = TrackingPlan::Format(format);
        QTemporaryDir dir;
        QRandomGenerator random(20261121 + format);
        for (int round = 0; round < 60; ++round) {
            const QList<EventDefinition> events = randomEvents(random);
            const QString path = dir.filePath(QStringLiteral("plan%1.%2").arg(round).arg(TrackingPlan::formatKey(planFormat)));
            QCOMPARE(TrackingPlan::write(path, TrackingPlan::withAllFields(events, DictionaryRules::Naming::SnakeCase), planFormat), QString());
            QString error;
            const TrackingPlan read = TrackingPlan::read(path, planFormat, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            if (planFormat == TrackingPlan::Format::Segment) {
                // JSON Schema properties are an object: their order is not kept.
                QCOMPARE(sortedParameters(read.events), segmentFields(events));
            } else {
                QCOMPARE(read.events, events);
            }
            QCOMPARE(TrackingPlan::guessFormat(path), planFormat);
        }
    }

    void segmentSchemaShape()
    {
        EventDefinition event;
        event.name = QStringLiteral("purchase");
        ParameterDefinition value{QStringLiteral("value"), QStringLiteral("number"), true, {}, {}, QStringLiteral("Order value"), QStringLiteral("84.5")};
        ParameterDefinition at{QStringLiteral("paid_at"), QStringLiteral("timestamp"), false, {}, {}, {}, {}};
        event.parameters = {value, at};
        const QJsonObject root = QJsonDocument::fromJson(SegmentPlan::toJson(TrackingPlan::withAllFields({event}), QStringLiteral("shop"))).object();
        const QJsonObject rule = root[QStringLiteral("rules")][QStringLiteral("events")][0].toObject();
        QCOMPARE(rule[QStringLiteral("name")].toString(), QStringLiteral("purchase"));
        const QJsonObject properties = rule[QStringLiteral("rules")][QStringLiteral("properties")][QStringLiteral("properties")].toObject();
        QCOMPARE(properties[QStringLiteral("required")].toArray(), QJsonArray{QStringLiteral("value")});
        QCOMPARE(properties[QStringLiteral("properties")][QStringLiteral("value")][QStringLiteral("type")].toString(), QStringLiteral("number"));
        QCOMPARE(properties[QStringLiteral("properties")][QStringLiteral("value")][QStringLiteral("examples")][0].toDouble(), 84.5);
        QCOMPARE(properties[QStringLiteral("properties")][QStringLiteral("paid_at")][QStringLiteral("format")].toString(), QStringLiteral("date-time"));
    }

    void segmentNumbersReadAsWritten()
    {
        // Found by fuzz_plan_segment: an enum value past a 64-bit integer read back as
        // -9223372036854775808 (a cast that is undefined behaviour).
        const QByteArray plan = "{\"rules\": {\"events\": [{\"name\": \"a\", \"rules\": {\"properties\": {\"properties\": "
                                "{\"properties\": {\"p\": {\"type\": \"number\", \"enum\": [1e50, 3, 2.5, -7, 12345678901234567890]}}}}}}]}}";
        QString error;
        const TrackingPlan read = SegmentPlan::fromJson(plan, QStringLiteral("plan.json"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(read.events.size(), 1);
        QCOMPARE(read.events.first().parameters.first().allowedValues,
                 (QStringList{QStringLiteral("1e+50"), QStringLiteral("3"), QStringLiteral("2.5"), QStringLiteral("-7"),
                              QStringLiteral("12345678901234567000")}));

        // Values that are no number of their type are written as text, not as 0.
        EventDefinition event;
        event.name = QStringLiteral("a");
        ParameterDefinition count{QStringLiteral("count"), QStringLiteral("integer"), false,
                                  {QStringLiteral("99999999999999999999"), QStringLiteral("4")}, {}, {}, {}};
        ParameterDefinition price{QStringLiteral("price"), QStringLiteral("number"), false, {QStringLiteral("n/a"), QStringLiteral("2.5")}, {}, {}, {}};
        event.parameters = {count, price};
        const TrackingPlan back = SegmentPlan::fromJson(SegmentPlan::toJson(TrackingPlan::withAllFields({event}), QStringLiteral("shop")),
                                                        QStringLiteral("shop.json"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(back.events.first().parameters.at(0).allowedValues, count.allowedValues);
        QCOMPARE(back.events.first().parameters.at(1).allowedValues, price.allowedValues);
    }

    void badFilesAreNamed_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<int>("format");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("broken json") << "plan.json" << int(TrackingPlan::Format::Json) << QByteArray("{\n\"format\": \"funnelscope-dictionary\",\n\"events\": [\n}")
                                     << "plan.json, line 4: not valid JSON (";
        QTest::newRow("not ours") << "plan.json" << int(TrackingPlan::Format::Json) << QByteArray("{\"events\": []}")
                                  << "plan.json is not a Funnelscope dictionary: it has no \"format\": \"funnelscope-dictionary\" (use --format segment for a Segment tracking plan).";
        QTest::newRow("wrong tier type") << "plan.json" << int(TrackingPlan::Format::Json)
                                         << QByteArray("{\"format\": \"funnelscope-dictionary\", \"events\": [{\"name\": \"a\", \"tier\": \"core\"}]}")
                                         << "plan.json, event 1 (a): “tier” must be 1 or 2";
        QTest::newRow("no event column") << "plan.csv" << int(TrackingPlan::Format::Csv) << QByteArray("name,stage\na,discovery\n")
                                         << "plan.csv, line 1: there is no “event” column, so this is not a dictionary CSV.";
        QTest::newRow("event described twice") << "plan.csv" << int(TrackingPlan::Format::Csv)
                                               << QByteArray("event,stage,parameter\na,discovery,x\nb,,\na,conversion,y\n")
                                               << "plan.csv, line 4: “a” is described differently than on line 2; the event columns must be the same on each of its rows.";
        QTest::newRow("bad date") << "plan.csv" << int(TrackingPlan::Format::Csv) << QByteArray("event,last_reviewed\na,31/12/2026\n")
                                  << "plan.csv, line 2: the last_reviewed “31/12/2026” is not a date like 2026-03-31.";
        QTest::newRow("empty csv") << "plan.csv" << int(TrackingPlan::Format::Csv) << QByteArray()
                                   << "Cannot import “plan.csv”: the file is empty.";
        QTest::newRow("segment without rules") << "plan.json" << int(TrackingPlan::Format::Segment) << QByteArray("{\"name\": \"x\"}")
                                               << "plan.json is not a Segment tracking plan: it has no rules.events list.";
        QTest::newRow("segment unknown type") << "plan.json" << int(TrackingPlan::Format::Segment)
                                              << QByteArray("{\"rules\": {\"events\": [{\"name\": \"a\", \"rules\": {\"properties\": {\"properties\": {\"properties\": {\"p\": {\"type\": \"decimal\"}}}}}}]}}")
                                              << "plan.json, event “a”: property “p” has the unknown type “decimal”.";
    }

    void badFilesAreNamed()
    {
        QFETCH(QString, fileName);
        QFETCH(int, format);
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(fileName);
        writeFile(path, content);
        QString error;
        TrackingPlan::read(path, TrackingPlan::Format(format), &error);
        QVERIFY2(error.startsWith(message), qPrintable(error));
    }

    void starterIsValid()
    {
        const TrackingPlan starter = TrackingPlan::starter();
        QStringList names;
        for (const EventDefinition &event : starter.events) {
            names.append(event.name);
            QCOMPARE(DictionaryRules::checkEvent(event, DictionaryRules::Naming::SnakeCase, QDate(2026, 11, 21)), QString());
            QVERIFY2(!event.description.isEmpty() && !event.stage.isEmpty() && event.tier > 0, qPrintable(event.name));
        }
        QCOMPARE(names, (QStringList{QStringLiteral("product_view"), QStringLiteral("search"), QStringLiteral("add_to_cart"),
                                     QStringLiteral("remove_from_cart"), QStringLiteral("begin_checkout"), QStringLiteral("add_shipping_info"),
                                     QStringLiteral("add_payment_info"), QStringLiteral("purchase"), QStringLiteral("newsletter_signup")}));
    }

    void diffIsWhatApplyingChanges()
    {
        QTemporaryDir dir;
        QRandomGenerator random(7);
        for (int round = 0; round < 40; ++round) {
            auto workspace = Workspace::create(dir.filePath(QStringLiteral("d%1.funnelscope").arg(round)));
            Connection &db = workspace->connection();
            EventDictionary::Context context;
            context.who = QStringLiteral("test");
            context.enforceNaming = false;
            const QList<EventDefinition> before = randomEvents(random);
            EventDictionary dictionary = EventDictionary::load(db).applied(db, PlanDiff::compute(EventDictionary::load(db), TrackingPlan::withAllFields(before), PlanDiff::Removals::Remove), context);
            QCOMPARE(dictionary.events(), before);

            QList<EventDefinition> after = randomEvents(random);
            if (!after.isEmpty() && !before.isEmpty())
                after.first().name = before.first().name.toUpper(); // a case-only rename
            const TrackingPlan plan = TrackingPlan::withAllFields(after);
            const QList<DictionaryChange> changes = PlanDiff::compute(dictionary, plan, PlanDiff::Removals::Remove);
            const qint64 entriesBefore = db.queryInt("SELECT count(*) FROM change_log");
            dictionary = dictionary.applied(db, changes, context);
            QCOMPARE(db.queryInt("SELECT count(*) FROM change_log"), entriesBefore + changes.size());
            // Same events and fields, in any order of events.
            QList<EventDefinition> got = dictionary.events();
            std::sort(got.begin(), got.end(), [](auto &a, auto &b) { return a.name.toLower() < b.name.toLower(); });
            std::sort(after.begin(), after.end(), [](auto &a, auto &b) { return a.name.toLower() < b.name.toLower(); });
            QCOMPARE(sortedParameters(got), sortedParameters(after));
            QVERIFY(PlanDiff::compute(dictionary, plan, PlanDiff::Removals::Remove).isEmpty());
            QVERIFY(ChangeLog::verify(db).intact);
        }
    }

    void diffCategoriesAndKeptFields()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::create(dir.filePath(QStringLiteral("c.funnelscope")));
        Connection &db = workspace->connection();
        EventDictionary::Context context;
        context.who = QStringLiteral("test");
        EventDictionary dictionary = EventDictionary::load(db).applied(
            db, PlanDiff::compute(EventDictionary::load(db), TrackingPlan::starter(), PlanDiff::Removals::Keep), context);
        QCOMPARE(dictionary.count(), 9);

        // A Segment plan carries names, descriptions and parameters: owners and stages stay.
        EventDefinition purchase = dictionary.at(dictionary.indexOf(QStringLiteral("purchase")));
        purchase.description = QStringLiteral("Order confirmed.");
        purchase.owner = QStringLiteral("someone else");
        purchase.parameters.removeLast();
        EventDefinition wishlist;
        wishlist.name = QStringLiteral("add_to_wishlist");
        TrackingPlan plan;
        plan.events = {purchase, wishlist};
        plan.eventFields = {EventDefinition::Name, EventDefinition::Description};
        for (int field = 0; field < ParameterDefinition::FieldCount; ++field)
            plan.parameterFields.insert(field);

        const QList<DictionaryChange> keep = PlanDiff::compute(dictionary, plan, PlanDiff::Removals::Keep);
        QCOMPARE(keep.size(), 2);
        QCOMPARE(keep.at(0).describe(), QStringLiteral("Set description of purchase to Order confirmed."));
        QCOMPARE(PlanDiff::categoryOf(keep.at(0)), PlanDiff::Category::Changed);
        QCOMPARE(keep.at(1).describe(), QStringLiteral("Add event add_to_wishlist"));
        QCOMPARE(PlanDiff::categoryOf(keep.at(1)), PlanDiff::Category::Added);

        const QList<DictionaryChange> sync = PlanDiff::compute(dictionary, plan, PlanDiff::Removals::Remove);
        QCOMPARE(sync.size(), 2 + 1 + 8); // + payment_type removed + the 8 other events
        QCOMPARE(sync.at(1).describe(), QStringLiteral("Delete parameter purchase.payment_type"));
        QCOMPARE(PlanDiff::categoryOf(sync.last()), PlanDiff::Category::Removed);
        dictionary = dictionary.applied(db, keep, context);
        QCOMPARE(dictionary.at(dictionary.indexOf(QStringLiteral("purchase"))).owner, QStringLiteral("Checkout team"));
    }

    void csvGuardIsUndone()
    {
        for (const QString &text : {QStringLiteral("=1+1"), QStringLiteral("'=x"), QStringLiteral("''@y"), QStringLiteral("-5"),
                                    QStringLiteral("'plain"), QStringLiteral("-x")}) {
            QString escaped = CsvWriter::escape(text);
            if (escaped.startsWith(QLatin1Char('"')))
                escaped = escaped.mid(1, escaped.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\""));
            QCOMPARE(CsvWriter::unguard(escaped), text);
        }
    }
};

QTEST_GUILESS_MAIN(tst_TrackingPlan)
#include "tst_trackingplan.moc"
