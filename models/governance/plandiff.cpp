#include "plandiff.h"

#include "eventdictionary.h"

namespace Funnelscope {

namespace {

/** @p parameter with the fields the plan does not carry left at their defaults. */
ParameterDefinition carriedOnly(const ParameterDefinition &parameter, const TrackingPlan &plan)
{
    ParameterDefinition carried;
    for (int field = 0; field < ParameterDefinition::FieldCount; ++field) {
        if (plan.parameterFields.contains(field) || field == ParameterDefinition::Name)
            carried.setValue(ParameterDefinition::Field(field), parameter.value(ParameterDefinition::Field(field)));
    }
    return carried;
}

/** @p event with the fields the plan does not carry left at their defaults. */
EventDefinition carriedOnly(const EventDefinition &event, const TrackingPlan &plan)
{
    EventDefinition result;
    for (int field = 0; field < EventDefinition::FieldCount; ++field) {
        if (plan.eventFields.contains(field) || field == EventDefinition::Name)
            result.setValue(EventDefinition::Field(field), event.value(EventDefinition::Field(field)));
    }
    for (const ParameterDefinition &parameter : event.parameters)
        result.parameters.append(carriedOnly(parameter, plan));
    return result;
}

} // namespace

QList<DictionaryChange> PlanDiff::compute(const EventDictionary &dictionary, const TrackingPlan &plan,
                                          Removals removals)
{
    QList<DictionaryChange> changes;
    QSet<int> matched;
    for (const EventDefinition &wanted : plan.events) {
        const int row = dictionary.indexOf(wanted.name);
        if (row < 0) {
            changes.append(DictionaryChange::addEvent(carriedOnly(wanted, plan)));
            continue;
        }
        matched.insert(row);
        const EventDefinition &current = dictionary.at(row);
        QString name = current.name;
        if (current.name != wanted.name) {
            changes.append(DictionaryChange::editEvent(name, EventDefinition::Name, current.name, wanted.name));
            name = wanted.name;
        }
        for (int field = EventDefinition::Name + 1; field < EventDefinition::FieldCount; ++field) {
            const auto f = EventDefinition::Field(field);
            if (plan.eventFields.contains(field) && current.value(f) != wanted.value(f))
                changes.append(DictionaryChange::editEvent(name, f, current.value(f), wanted.value(f)));
        }
        QSet<int> matchedParameters;
        for (int position = 0; position < wanted.parameters.size(); ++position) {
            const ParameterDefinition &parameter = wanted.parameters.at(position);
            const int index = current.parameterIndex(parameter.name);
            if (index < 0) {
                changes.append(DictionaryChange::addParameter(name, carriedOnly(parameter, plan), position));
                continue;
            }
            matchedParameters.insert(index);
            const ParameterDefinition &have = current.parameters.at(index);
            QString parameterName = have.name;
            if (have.name != parameter.name) {
                changes.append(DictionaryChange::editParameter(name, parameterName, ParameterDefinition::Name,
                                                               have.name, parameter.name));
                parameterName = parameter.name;
            }
            for (int field = ParameterDefinition::Name + 1; field < ParameterDefinition::FieldCount; ++field) {
                const auto f = ParameterDefinition::Field(field);
                if (plan.parameterFields.contains(field) && have.value(f) != parameter.value(f))
                    changes.append(DictionaryChange::editParameter(name, parameterName, f, have.value(f),
                                                                   parameter.value(f)));
            }
        }
        if (removals == Removals::Remove) {
            for (int index = 0; index < current.parameters.size(); ++index) {
                if (!matchedParameters.contains(index))
                    changes.append(DictionaryChange::removeParameter(name, current.parameters.at(index), index));
            }
        }
    }
    if (removals == Removals::Remove) {
        for (int row = 0; row < dictionary.count(); ++row) {
            if (!matched.contains(row))
                changes.append(DictionaryChange::removeEvent(dictionary.at(row)));
        }
    }
    return changes;
}

PlanDiff::Category PlanDiff::categoryOf(const DictionaryChange &change)
{
    switch (change.kind) {
    case DictionaryChange::AddEvent:
    case DictionaryChange::AddParameter:
        return Category::Added;
    case DictionaryChange::RemoveEvent:
    case DictionaryChange::RemoveParameter:
        return Category::Removed;
    case DictionaryChange::EditEvent:
    case DictionaryChange::EditParameter:
        break;
    }
    return Category::Changed;
}

} // namespace Funnelscope
