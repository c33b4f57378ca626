#include "trackingplan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <cmath>

namespace Funnelscope {

namespace {

constexpr const char *schemaDraft = "http://json-schema.org/draft-07/schema#";

/** The value as its type writes it in JSON; as text when it is no such number ("1e50" as an integer). */
QJsonValue typedValue(const QString &type, const QString &text)
{
    bool ok = false;
    if (type == QLatin1String("integer")) {
        const qint64 integer = text.toLongLong(&ok);
        return ok ? QJsonValue(integer) : QJsonValue(text);
    }
    if (type == QLatin1String("number")) {
        const double number = text.toDouble(&ok);
        return ok && std::isfinite(number) ? QJsonValue(number) : QJsonValue(text);
    }
    if (type == QLatin1String("boolean"))
        return QJsonValue(text == QLatin1String("true") || text == QLatin1String("1"));
    return QJsonValue(text);
}

QString textOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble()) {
        const double number = value.toDouble();
        // Whole numbers a double holds exactly print as integers (found by fuzz_plan_segment:
        // 1e50 was cast to a qint64, undefined, and read back as -9223372036854775808).
        if (std::abs(number) <= 9007199254740992.0 && number == std::trunc(number))
            return QString::number(qint64(number));
        return QString::number(number, 'g', QLocale::FloatingPointShortest);
    }
    return {};
}

QJsonObject propertySchema(const ParameterDefinition &parameter)
{
    QJsonObject schema;
    if (!parameter.description.isEmpty())
        schema.insert(QStringLiteral("description"), parameter.description);
    if (parameter.type == QLatin1String("timestamp")) {
        schema.insert(QStringLiteral("type"), QStringLiteral("string"));
        schema.insert(QStringLiteral("format"), QStringLiteral("date-time"));
    } else {
        schema.insert(QStringLiteral("type"), parameter.type);
    }
    if (!parameter.allowedValues.isEmpty()) {
        QJsonArray values;
        for (const QString &value : parameter.allowedValues)
            values.append(typedValue(parameter.type, value));
        schema.insert(QStringLiteral("enum"), values);
    }
    if (!parameter.pattern.isEmpty())
        schema.insert(QStringLiteral("pattern"), parameter.pattern);
    if (!parameter.example.isEmpty()) {
        // Typed when that reads back the same ("39"), else as written ("39.00").
        const QJsonValue typed = typedValue(parameter.type, parameter.example);
        schema.insert(QStringLiteral("examples"),
                      QJsonArray{textOf(typed) == parameter.example ? typed : QJsonValue(parameter.example)});
    }
    return schema;
}

/** Reads one property's JSON Schema; an error message, or empty. */
QString readProperty(const QString &name, const QJsonObject &schema, ParameterDefinition *parameter)
{
    parameter->name = name;
    parameter->description = schema.value(QStringLiteral("description")).toString();
    QJsonValue type = schema.value(QStringLiteral("type"));
    if (type.isArray()) {
        // ["string", "null"]: the first type that is not null.
        QJsonValue first;
        const QJsonArray types = type.toArray();
        for (const QJsonValue &item : types) {
            if (item.toString() != QLatin1String("null")) {
                first = item;
                break;
            }
        }
        type = first;
    }
    const QString typeName = type.toString();
    if (typeName == QLatin1String("string")) {
        const QString format = schema.value(QStringLiteral("format")).toString();
        parameter->type = format == QLatin1String("date-time") || format == QLatin1String("date")
            ? QStringLiteral("timestamp")
            : QStringLiteral("string");
    } else if (typeName == QLatin1String("integer") || typeName == QLatin1String("number")
               || typeName == QLatin1String("boolean")) {
        parameter->type = typeName;
    } else if (typeName.isEmpty() || typeName == QLatin1String("object") || typeName == QLatin1String("array")) {
        // Nested objects and lists are kept as text: the dictionary has no type for them.
        parameter->type = QStringLiteral("string");
    } else {
        return SegmentPlan::tr("property “%1” has the unknown type “%2”").arg(name, typeName);
    }
    const QJsonArray values = schema.value(QStringLiteral("enum")).toArray();
    for (const QJsonValue &value : values) {
        if (!value.isNull())
            parameter->allowedValues.append(textOf(value));
    }
    parameter->pattern = schema.value(QStringLiteral("pattern")).toString();
    const QJsonArray examples = schema.value(QStringLiteral("examples")).toArray();
    if (!examples.isEmpty())
        parameter->example = textOf(examples.first());
    return {};
}

} // namespace

QByteArray SegmentPlan::toJson(const TrackingPlan &plan, const QString &name)
{
    QJsonArray events;
    for (const EventDefinition &event : plan.events) {
        QJsonObject properties;
        QJsonArray required;
        for (const ParameterDefinition &parameter : event.parameters) {
            properties.insert(parameter.name, propertySchema(parameter));
            if (parameter.required)
                required.append(parameter.name);
        }
        QJsonObject propertiesSchema{{QStringLiteral("type"), QStringLiteral("object")},
                                     {QStringLiteral("properties"), properties}};
        if (!required.isEmpty())
            propertiesSchema.insert(QStringLiteral("required"), required);
        const QJsonObject rules{{QStringLiteral("$schema"), QLatin1String(schemaDraft)},
                                {QStringLiteral("type"), QStringLiteral("object")},
                                {QStringLiteral("properties"),
                                 QJsonObject{{QStringLiteral("properties"), propertiesSchema}}},
                                {QStringLiteral("required"), QJsonArray{QStringLiteral("properties")}}};
        QJsonObject rule{{QStringLiteral("name"), event.name},
                         {QStringLiteral("version"), 1},
                         {QStringLiteral("rules"), rules}};
        if (!event.description.isEmpty())
            rule.insert(QStringLiteral("description"), event.description);
        events.append(rule);
    }
    const QJsonObject root{{QStringLiteral("name"), name},
                           {QStringLiteral("display_name"), name},
                           {QStringLiteral("rules"), QJsonObject{{QStringLiteral("events"), events}}}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

TrackingPlan SegmentPlan::fromJson(const QByteArray &bytes, const QString &fileName, QString *error)
{
    const QJsonDocument document = TrackingPlan::parseJson(bytes, fileName, error);
    if (!error->isEmpty())
        return {};
    const QJsonValue events = document.object().value(QStringLiteral("rules")).toObject().value(QStringLiteral("events"));
    if (!events.isArray()) {
        *error = tr("%1 is not a Segment tracking plan: it has no rules.events list.").arg(fileName);
        return {};
    }
    TrackingPlan plan;
    plan.eventFields = {EventDefinition::Name, EventDefinition::Description};
    for (int field = 0; field < ParameterDefinition::FieldCount; ++field)
        plan.parameterFields.insert(field);
    const QJsonArray array = events.toArray();
    for (const QJsonValue &value : array) {
        const QJsonObject rule = value.toObject();
        EventDefinition event;
        event.name = rule.value(QStringLiteral("name")).toString();
        event.description = rule.value(QStringLiteral("description")).toString();
        if (event.name.isEmpty()) {
            *error = tr("%1: event rule %2 has no name.").arg(fileName).arg(plan.events.size() + 1);
            return {};
        }
        const QJsonObject propertiesSchema = rule.value(QStringLiteral("rules")).toObject()
                                                 .value(QStringLiteral("properties")).toObject()
                                                 .value(QStringLiteral("properties")).toObject();
        const QJsonObject properties = propertiesSchema.value(QStringLiteral("properties")).toObject();
        const QJsonArray required = propertiesSchema.value(QStringLiteral("required")).toArray();
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            ParameterDefinition parameter;
            if (const QString problem = readProperty(it.key(), it.value().toObject(), &parameter);
                !problem.isEmpty()) {
                *error = tr("%1, event “%2”: %3.").arg(fileName, event.name, problem);
                return {};
            }
            parameter.required = required.contains(QJsonValue(it.key()));
            event.parameters.append(parameter);
        }
        plan.events.append(event);
    }
    return plan;
}

} // namespace Funnelscope
