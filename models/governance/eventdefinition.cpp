#include "eventdefinition.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace Funnelscope {

namespace {

constexpr const char *parameterKeys[] = {"name", "type", "required", "allowed_values",
                                         "pattern", "description", "example"};
constexpr const char *eventKeys[] = {"name", "display_name", "description", "stage", "tier",
                                     "owner", "status", "counting", "last_reviewed", "tags"};

QJsonArray toArray(const QStringList &list)
{
    QJsonArray array;
    for (const QString &item : list)
        array.append(item);
    return array;
}

/** Reads a string list; false when @p value is neither absent nor an array of strings. */
bool readList(const QJsonValue &value, QStringList *list)
{
    list->clear();
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isArray())
        return false;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        if (!item.isString())
            return false;
        list->append(item.toString());
    }
    return true;
}

/** Reads an optional string member; false when it is there but not a string. */
bool readText(const QJsonObject &object, const char *key, QString *text)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isString())
        return false;
    *text = value.toString();
    return true;
}

constexpr const char *context = "Funnelscope::EventDefinition";

QString translated(const char *text)
{
    return QCoreApplication::translate(context, text);
}

/** "“tier” must be 1 or 2"; @p expected is marked for translation where it is written. */
QString wrongType(const char *key, const char *expected)
{
    return translated(QT_TRANSLATE_NOOP("Funnelscope::EventDefinition", "“%1” must be %2"))
        .arg(QLatin1String(key), translated(expected));
}

} // namespace

QString listToText(const QStringList &list)
{
    if (list.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(toArray(list)).toJson(QJsonDocument::Compact));
}

QStringList listFromText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (trimmed.startsWith(QLatin1Char('['))) {
        QStringList list;
        const QJsonDocument document = QJsonDocument::fromJson(trimmed.toUtf8());
        if (document.isArray() && readList(document.array(), &list))
            return list;
    }
    // Typed by a person: comma-separated.
    QStringList list;
    const QStringList parts = trimmed.split(QLatin1Char(','));
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty())
            list.append(part.trimmed());
    }
    return list;
}

QString ParameterDefinition::key(Field field)
{
    return QLatin1String(parameterKeys[field]);
}

std::optional<ParameterDefinition::Field> ParameterDefinition::fieldOf(const QString &key)
{
    for (int field = 0; field < FieldCount; ++field) {
        if (key == QLatin1String(parameterKeys[field]))
            return Field(field);
    }
    return std::nullopt;
}

QString ParameterDefinition::value(Field field) const
{
    switch (field) {
    case Name: return name;
    case Type: return type;
    case Required: return required ? QStringLiteral("true") : QStringLiteral("false");
    case AllowedValues: return listToText(allowedValues);
    case Pattern: return pattern;
    case Description: return description;
    case Example: return example;
    case FieldCount: break;
    }
    return {};
}

void ParameterDefinition::setValue(Field field, const QString &text)
{
    switch (field) {
    case Name: name = text; break;
    case Type: type = text; break;
    case Required: required = text == QLatin1String("true") || text == QLatin1String("1"); break;
    case AllowedValues: allowedValues = listFromText(text); break;
    case Pattern: pattern = text; break;
    case Description: description = text; break;
    case Example: example = text; break;
    case FieldCount: break;
    }
}

QJsonObject ParameterDefinition::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("name"), name);
    object.insert(QStringLiteral("type"), type);
    object.insert(QStringLiteral("required"), required);
    if (!allowedValues.isEmpty())
        object.insert(QStringLiteral("allowed_values"), toArray(allowedValues));
    if (!pattern.isEmpty())
        object.insert(QStringLiteral("pattern"), pattern);
    if (!description.isEmpty())
        object.insert(QStringLiteral("description"), description);
    if (!example.isEmpty())
        object.insert(QStringLiteral("example"), example);
    return object;
}

ParameterDefinition ParameterDefinition::fromJson(const QJsonObject &object, QString *error)
{
    ParameterDefinition parameter;
    parameter.type.clear();
    if (!readText(object, "name", &parameter.name))
        *error = wrongType("name", QT_TRANSLATE_NOOP("Funnelscope::EventDefinition", "a string"));
    else if (!readText(object, "type", &parameter.type))
        *error = wrongType("type", QT_TRANSLATE_NOOP("Funnelscope::EventDefinition", "a string"));
    else if (!readList(object.value(QStringLiteral("allowed_values")), &parameter.allowedValues))
        *error = wrongType("allowed_values", QT_TRANSLATE_NOOP("Funnelscope::EventDefinition", "a list of strings"));
    else if (!readText(object, "pattern", &parameter.pattern))
        *error = wrongType("pattern", QT_TRANSLATE_NOOP("Funnelscope::EventDefinition", "a string"));
    else if (!readText(object, "description", &parameter.description))
        *error = wrongType("description", QT_TRANSLATE_NOOP("Funnelscope::EventDefinition", "a string"));
    else if (!readText(object, "example", &parameter.example))
        *error = wrongType("example", QT_TRANSLATE_NOOP("Funnelscope::EventDefinition", "a string"));
    const QJsonValue required = object.value(QStringLiteral("required"));
    if (!required.isUndefined() && !required.isBool() && error->isEmpty())
        *error = wrongType("required", QT_TRANSLATE_NOOP("Funnelscope::EventDefinition", "true or false"));
    parameter.required = required.toBool();
    if (parameter.type.isEmpty())
        parameter.type = QStringLiteral("string");
    return parameter;
}

QString EventDefinition::key(Field field)
{
    return QLatin1String(eventKeys[field]);
}

std::optional<EventDefinition::Field> EventDefinition::fieldOf(const QString &key)
{
    for (int field = 0; field < FieldCount; ++field) {
        if (key == QLatin1String(eventKeys[field]))
            return Field(field);
    }
    return std::nullopt;
}

QString EventDefinition::value(Field field) const
{
    switch (field) {
    case Name: return name;
    case DisplayName: return displayName;
    case Description: return description;
    case Stage: return stage;
    case Tier: return tier > 0 ? QString::number(tier) : QString();
    case Owner: return owner;
    case Status: return status;
    case Counting: return counting;
    case LastReviewed: return lastReviewed.isValid() ? lastReviewed.toString(Qt::ISODate) : QString();
    case Tags: return listToText(tags);
    case FieldCount: break;
    }
    return {};
}

void EventDefinition::setValue(Field field, const QString &text)
{
    switch (field) {
    case Name: name = text; break;
    case DisplayName: displayName = text; break;
    case Description: description = text; break;
    case Stage: stage = text; break;
    case Tier: tier = text.toInt(); break;
    case Owner: owner = text; break;
    case Status: status = text; break;
    case Counting: counting = text; break;
    case LastReviewed: lastReviewed = QDate::fromString(text, Qt::ISODate); break;
    case Tags: tags = listFromText(text); break;
    case FieldCount: break;
    }
}

int EventDefinition::parameterIndex(const QString &parameter) const
{
    for (int index = 0; index < parameters.size(); ++index) {
        if (parameters.at(index).name.compare(parameter, Qt::CaseInsensitive) == 0)
            return index;
    }
    return -1;
}

bool EventDefinition::isDueForReview(const QDate &today) const
{
    if (status == QLatin1String("deprecated"))
        return false;
    return !lastReviewed.isValid() || lastReviewed.daysTo(today) > reviewIntervalDays;
}

QJsonObject EventDefinition::toJson() const
{
    QJsonObject object;
    for (int field = 0; field < FieldCount; ++field) {
        const QString text = value(Field(field));
        if (field == Tier && tier > 0)
            object.insert(key(Tier), tier);
        else if (field == Tags && !tags.isEmpty())
            object.insert(key(Tags), toArray(tags));
        else if (field != Tier && field != Tags && !text.isEmpty())
            object.insert(key(Field(field)), text);
    }
    QJsonArray array;
    for (const ParameterDefinition &parameter : parameters)
        array.append(parameter.toJson());
    object.insert(QStringLiteral("parameters"), array);
    return object;
}

EventDefinition EventDefinition::fromJson(const QJsonObject &object, QString *error)
{
    EventDefinition event;
    for (const Field field : {Name, DisplayName, Description, Stage, Owner, Status, Counting, LastReviewed}) {
        QString text = event.value(field);
        if (!readText(object, eventKeys[field], &text)) {
            *error = wrongType(eventKeys[field], QT_TRANSLATE_NOOP("Funnelscope::EventDefinition", "a string"));
            return event;
        }
        event.setValue(field, text);
        if (field == LastReviewed && !text.isEmpty() && !event.lastReviewed.isValid()) {
            *error = translated(QT_TRANSLATE_NOOP("Funnelscope::EventDefinition", "“last_reviewed” must be a date like 2026-03-31, not “%1”")).arg(text);
            return event;
        }
    }
    const QJsonValue tier = object.value(QStringLiteral("tier"));
    if (!tier.isUndefined() && !tier.isNull() && !tier.isDouble()) {
        *error = wrongType("tier", QT_TRANSLATE_NOOP("Funnelscope::EventDefinition", "1 or 2"));
        return event;
    }
    event.tier = tier.toInt();
    if (!readList(object.value(QStringLiteral("tags")), &event.tags)) {
        *error = wrongType("tags", QT_TRANSLATE_NOOP("Funnelscope::EventDefinition", "a list of strings"));
        return event;
    }
    const QJsonValue parameters = object.value(QStringLiteral("parameters"));
    if (!parameters.isUndefined() && !parameters.isArray()) {
        *error = wrongType("parameters", QT_TRANSLATE_NOOP("Funnelscope::EventDefinition", "a list"));
        return event;
    }
    const QJsonArray array = parameters.toArray();
    for (const QJsonValue &item : array) {
        if (!item.isObject()) {
            *error = translated(QT_TRANSLATE_NOOP("Funnelscope::EventDefinition", "each parameter must be an object"));
            return event;
        }
        event.parameters.append(ParameterDefinition::fromJson(item.toObject(), error));
        if (!error->isEmpty()) {
            *error = translated(QT_TRANSLATE_NOOP("Funnelscope::EventDefinition", "parameter %1: %2")).arg(event.parameters.size()).arg(*error);
            return event;
        }
    }
    return event;
}

} // namespace Funnelscope
