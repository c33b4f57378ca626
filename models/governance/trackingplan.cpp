#include "trackingplan.h"

#include "export/csvwriter.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include "store/outputfile.h"

namespace Funnelscope {

namespace {

constexpr const char *formatName = "funnelscope-dictionary";
constexpr int formatVersion = 1;

QString writeBytes(const QString &path, const QByteArray &bytes)
{
    OutputFile file(path);
    if (!file.begin())
        return file.errorMessage();
    if (file.write(bytes) != bytes.size() || !file.finish())
        return TrackingPlan::tr("Cannot write “%1”: %2.").arg(path, file.errorString());
    return {};
}

} // namespace

QString TrackingPlan::formatKey(Format format)
{
    switch (format) {
    case Format::Json: return QStringLiteral("json");
    case Format::Segment: return QStringLiteral("segment");
    case Format::Csv: return QStringLiteral("csv");
    }
    return {};
}

std::optional<TrackingPlan::Format> TrackingPlan::formatOf(const QString &key)
{
    for (const Format format : {Format::Json, Format::Segment, Format::Csv}) {
        if (formatKey(format) == key.toLower())
            return format;
    }
    return std::nullopt;
}

TrackingPlan::Format TrackingPlan::guessFormat(const QString &path)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0)
        return Format::Csv;
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
        if (object.value(QStringLiteral("format")).toString() != QLatin1String(formatName)
            && object.contains(QStringLiteral("rules")))
            return Format::Segment;
    }
    return Format::Json;
}

TrackingPlan TrackingPlan::starter()
{
    QString error;
    const TrackingPlan plan = read(QStringLiteral(":/data/starter_dictionary.json"), Format::Json, &error);
    Q_ASSERT_X(error.isEmpty(), "TrackingPlan::starter", qPrintable(error));
    return plan;
}

TrackingPlan TrackingPlan::withAllFields(const QList<EventDefinition> &events,
                                         std::optional<DictionaryRules::Naming> naming)
{
    TrackingPlan plan;
    plan.events = events;
    plan.naming = naming;
    for (int field = 0; field < EventDefinition::FieldCount; ++field)
        plan.eventFields.insert(field);
    for (int field = 0; field < ParameterDefinition::FieldCount; ++field)
        plan.parameterFields.insert(field);
    return plan;
}

QByteArray TrackingPlan::toJson(const TrackingPlan &plan)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), QLatin1String(formatName));
    root.insert(QStringLiteral("version"), formatVersion);
    if (plan.naming)
        root.insert(QStringLiteral("naming"), DictionaryRules::namingKey(*plan.naming));
    QJsonArray events;
    for (const EventDefinition &event : plan.events)
        events.append(event.toJson());
    root.insert(QStringLiteral("events"), events);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QJsonDocument TrackingPlan::parseJson(const QByteArray &bytes, const QString &fileName, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = int(bytes.left(parseError.offset).count('\n')) + 1;
        *error = tr("%1, line %2: not valid JSON (%3).").arg(fileName).arg(line).arg(parseError.errorString());
    }
    return document;
}

TrackingPlan TrackingPlan::fromJson(const QByteArray &bytes, const QString &fileName, QString *error)
{
    const QJsonDocument document = TrackingPlan::parseJson(bytes, fileName, error);
    if (!error->isEmpty())
        return {};
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(formatName)) {
        *error = tr("%1 is not a Funnelscope dictionary: it has no \"format\": \"%2\" (use --format segment "
                    "for a Segment tracking plan).").arg(fileName, QLatin1String(formatName));
        return {};
    }
    if (root.value(QStringLiteral("version")).toInt() > formatVersion) {
        *error = tr("%1 was written by a newer Funnelscope (dictionary format %2; this one reads %3).")
                     .arg(fileName).arg(root.value(QStringLiteral("version")).toInt()).arg(formatVersion);
        return {};
    }
    TrackingPlan plan = withAllFields({});
    if (root.contains(QStringLiteral("naming"))) {
        plan.naming = DictionaryRules::namingOf(root.value(QStringLiteral("naming")).toString());
        if (!plan.naming) {
            *error = tr("%1: unknown naming convention “%2”.").arg(fileName, root.value(QStringLiteral("naming")).toString());
            return {};
        }
    }
    const QJsonArray events = root.value(QStringLiteral("events")).toArray();
    for (const QJsonValue &value : events) {
        QString problem;
        const EventDefinition event = EventDefinition::fromJson(value.toObject(), &problem);
        if (!problem.isEmpty()) {
            *error = tr("%1, event %2 (%3): %4").arg(fileName).arg(plan.events.size() + 1)
                         .arg(event.name.isEmpty() ? tr("no name") : event.name, problem);
            return {};
        }
        plan.events.append(event);
    }
    return plan;
}

QString TrackingPlan::write(const QString &path, const TrackingPlan &plan, Format format)
{
    switch (format) {
    case Format::Json: return writeBytes(path, toJson(plan));
    case Format::Segment: return writeBytes(path, SegmentPlan::toJson(plan, QFileInfo(path).completeBaseName()));
    case Format::Csv: return CsvWriter::writeTable(path, TrackingPlanCsv::toRows(plan));
    }
    return {};
}

TrackingPlan TrackingPlan::read(const QString &path, Format format, QString *error)
{
    if (format == Format::Csv)
        return TrackingPlanCsv::read(path, error);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read “%1”: %2.").arg(path, file.errorString());
        return {};
    }
    const QByteArray bytes = file.readAll();
    const QString name = QFileInfo(path).fileName();
    return format == Format::Segment ? SegmentPlan::fromJson(bytes, name, error) : fromJson(bytes, name, error);
}

} // namespace Funnelscope
