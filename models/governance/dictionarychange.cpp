#include "dictionarychange.h"

namespace Funnelscope {

DictionaryChange DictionaryChange::addEvent(const EventDefinition &definition)
{
    DictionaryChange change;
    change.kind = AddEvent;
    change.event = definition.name;
    change.definition = definition;
    return change;
}

DictionaryChange DictionaryChange::removeEvent(const EventDefinition &definition)
{
    DictionaryChange change = addEvent(definition);
    change.kind = RemoveEvent;
    return change;
}

DictionaryChange DictionaryChange::editEvent(const QString &event, EventDefinition::Field field,
                                             const QString &oldValue, const QString &newValue)
{
    DictionaryChange change;
    change.kind = EditEvent;
    change.event = event;
    change.field = field;
    change.oldValue = oldValue;
    change.newValue = newValue;
    if (field == EventDefinition::Tags) {
        // "a, b" as typed becomes the stored form ["a","b"].
        change.newValue = listToText(listFromText(newValue));
    }
    return change;
}

DictionaryChange DictionaryChange::addParameter(const QString &event, const ParameterDefinition &parameter,
                                                int position)
{
    DictionaryChange change;
    change.kind = AddParameter;
    change.event = event;
    change.parameter = parameter.name;
    change.parameterDefinition = parameter;
    change.position = position;
    return change;
}

DictionaryChange DictionaryChange::removeParameter(const QString &event, const ParameterDefinition &parameter,
                                                   int position)
{
    DictionaryChange change = addParameter(event, parameter, position);
    change.kind = RemoveParameter;
    return change;
}

DictionaryChange DictionaryChange::editParameter(const QString &event, const QString &parameter,
                                                 ParameterDefinition::Field field, const QString &oldValue,
                                                 const QString &newValue)
{
    DictionaryChange change;
    change.kind = EditParameter;
    change.event = event;
    change.parameter = parameter;
    change.field = field;
    change.oldValue = oldValue;
    change.newValue = newValue;
    if (field == ParameterDefinition::AllowedValues || field == ParameterDefinition::Required) {
        ParameterDefinition normal;
        normal.setValue(field, newValue);
        change.newValue = normal.value(field);
    }
    return change;
}

DictionaryChange DictionaryChange::inverse() const
{
    DictionaryChange back = *this;
    switch (kind) {
    case AddEvent: back.kind = RemoveEvent; break;
    case RemoveEvent: back.kind = AddEvent; break;
    case AddParameter: back.kind = RemoveParameter; break;
    case RemoveParameter: back.kind = AddParameter; break;
    case EditEvent:
    case EditParameter:
        std::swap(back.oldValue, back.newValue);
        // After a rename the thing is found under its new name.
        back.event = eventAfter();
        if (kind == EditParameter && field == ParameterDefinition::Name)
            back.parameter = newValue;
        break;
    }
    return back;
}

QString DictionaryChange::action() const
{
    switch (kind) {
    case AddEvent:
    case AddParameter:
        return QStringLiteral("create");
    case RemoveEvent:
    case RemoveParameter:
        return QStringLiteral("delete");
    case EditEvent:
        if (field == EventDefinition::Name)
            return QStringLiteral("rename");
        if (field == EventDefinition::Status && newValue == QLatin1String("deprecated"))
            return QStringLiteral("deprecate");
        return QStringLiteral("edit");
    case EditParameter:
        return field == ParameterDefinition::Name ? QStringLiteral("rename") : QStringLiteral("edit");
    }
    return {};
}

QString DictionaryChange::fieldKey() const
{
    if (kind == EditEvent)
        return EventDefinition::key(EventDefinition::Field(field));
    if (kind == EditParameter)
        return ParameterDefinition::key(ParameterDefinition::Field(field));
    return {};
}

QString DictionaryChange::describe() const
{
    const QString shown = newValue.isEmpty() ? tr("(empty)") : newValue;
    switch (kind) {
    case AddEvent: return tr("Add event %1").arg(event);
    case RemoveEvent: return tr("Delete event %1").arg(event);
    case AddParameter: return tr("Add parameter %1.%2").arg(event, parameter);
    case RemoveParameter: return tr("Delete parameter %1.%2").arg(event, parameter);
    case EditEvent:
        if (field == EventDefinition::Name)
            return tr("Rename %1 to %2").arg(event, newValue);
        if (action() == QLatin1String("deprecate"))
            return tr("Deprecate %1").arg(event);
        return tr("Set %1 of %2 to %3").arg(fieldKey(), event, shown);
    case EditParameter:
        if (field == ParameterDefinition::Name)
            return tr("Rename parameter %1.%2 to %3").arg(event, parameter, newValue);
        return tr("Set %1 of %2.%3 to %4").arg(fieldKey(), event, parameter, shown);
    }
    return {};
}

} // namespace Funnelscope
