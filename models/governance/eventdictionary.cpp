#include "eventdictionary.h"

#include "tasks/validationerror.h"

#include "changelog.h"
#include "store/connection.h"
#include "store/statement.h"
#include "store/storeerror.h"
#include "store/transaction.h"

#include <QJsonDocument>

namespace Funnelscope {

namespace {

constexpr const char *namingKey = "dictionary_naming";

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

qint64 eventId(Connection &connection, const QString &name)
{
    Statement select(connection, "SELECT id FROM dictionary_events WHERE name = ?");
    select.bind(1, name);
    if (!select.step())
        throw StoreError(StoreError::Kind::Internal,
                         EventDictionary::tr("The event “%1” is not in the workspace's dictionary.").arg(name));
    return select.int64(0);
}

void writeParameters(Connection &connection, qint64 id, const EventDefinition &event)
{
    Statement erase(connection, "DELETE FROM dictionary_parameters WHERE event_id = ?");
    erase.bind(1, id);
    erase.exec();
    Statement insert(connection,
                     "INSERT INTO dictionary_parameters (event_id, name, type, required, allowed_values, "
                     "pattern, description, example) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    for (const ParameterDefinition &parameter : event.parameters) {
        insert.bind(1, id);
        insert.bind(2, parameter.name);
        insert.bind(3, parameter.type);
        insert.bind(4, parameter.required ? 1 : 0);
        insert.bindTextOrNull(5, parameter.value(ParameterDefinition::AllowedValues));
        insert.bindTextOrNull(6, parameter.pattern);
        insert.bindTextOrNull(7, parameter.description);
        insert.bindTextOrNull(8, parameter.example);
        insert.exec();
        insert.reset();
    }
}

/** Binds the event's columns as ?1..?10 (name .. tags), in EventDefinition::Field order. */
void bindEvent(Statement &statement, const EventDefinition &event)
{
    for (int field = 0; field < EventDefinition::FieldCount; ++field) {
        if (field == EventDefinition::Tier && event.tier > 0)
            statement.bind(field + 1, event.tier);
        else if (field == EventDefinition::Status || field == EventDefinition::Counting
                 || field == EventDefinition::Name)
            statement.bind(field + 1, event.value(EventDefinition::Field(field)));
        else
            statement.bindTextOrNull(field + 1, event.value(EventDefinition::Field(field)));
    }
}

ChangeEntry entryFor(const DictionaryChange &change, const EventDictionary::Context &context)
{
    ChangeEntry entry;
    entry.who = context.who.isEmpty() ? ChangeLog::defaultWho() : context.who;
    entry.action = context.action.isEmpty() ? change.action() : context.action;
    entry.reason = context.reason;
    entry.entity = change.isParameterChange() ? QStringLiteral("parameter") : QStringLiteral("event");
    entry.entityName = change.isParameterChange() ? change.event + QLatin1Char('.') + change.parameter
                                                  : change.event;
    entry.field = change.fieldKey();
    switch (change.kind) {
    case DictionaryChange::AddEvent: entry.newValue = compact(change.definition.toJson()); break;
    case DictionaryChange::RemoveEvent: entry.oldValue = compact(change.definition.toJson()); break;
    case DictionaryChange::AddParameter: entry.newValue = compact(change.parameterDefinition.toJson()); break;
    case DictionaryChange::RemoveParameter: entry.oldValue = compact(change.parameterDefinition.toJson()); break;
    case DictionaryChange::EditEvent:
    case DictionaryChange::EditParameter:
        entry.oldValue = change.oldValue;
        entry.newValue = change.newValue;
        break;
    }
    return entry;
}

} // namespace

EventDictionary EventDictionary::load(Connection &connection)
{
    EventDictionary dictionary;
    Statement naming(connection, "SELECT value FROM meta WHERE key = ?");
    naming.bind(1, QLatin1String(namingKey));
    if (naming.step())
        dictionary.mNaming = DictionaryRules::namingOf(naming.text(0)).value_or(DictionaryRules::Naming::SnakeCase);

    Statement events(connection,
                     "SELECT id, name, display_name, description, stage, tier, owner, status, counting, "
                     "last_reviewed, tags FROM dictionary_events ORDER BY id");
    QHash<qint64, int> rows;
    while (events.step()) {
        EventDefinition event;
        for (int field = 0; field < EventDefinition::FieldCount; ++field)
            event.setValue(EventDefinition::Field(field), events.text(field + 1));
        rows.insert(events.int64(0), int(dictionary.mEvents.size()));
        dictionary.mEvents.append(event);
    }
    Statement parameters(connection,
                         "SELECT event_id, name, type, required, allowed_values, pattern, description, "
                         "example FROM dictionary_parameters ORDER BY id");
    while (parameters.step()) {
        ParameterDefinition parameter;
        for (int field = 0; field < ParameterDefinition::FieldCount; ++field)
            parameter.setValue(ParameterDefinition::Field(field), parameters.text(field + 1));
        const auto row = rows.constFind(parameters.int64(0));
        if (row != rows.cend())
            dictionary.mEvents[*row].parameters.append(parameter);
    }
    return dictionary;
}

int EventDictionary::indexOf(const QString &name) const
{
    for (int row = 0; row < mEvents.size(); ++row) {
        if (mEvents.at(row).name.compare(name, Qt::CaseInsensitive) == 0)
            return row;
    }
    return -1;
}

QString EventDictionary::check(const QList<DictionaryChange> &changes, const Context &context) const
{
    EventDictionary copy = *this;
    for (const DictionaryChange &change : changes) {
        if (const QString problem = copy.apply(change, context); !problem.isEmpty())
            return problem;
    }
    return copy.validate(changes, context);
}

QString EventDictionary::validate(const QList<DictionaryChange> &changes, const Context &context) const
{
    // The field rules hold for the result as a whole: a plan may change a parameter's
    // type and its allowed values in two steps that are only valid together.
    for (const EventDefinition &event : mEvents) {
        bool touched = false;
        for (const DictionaryChange &change : changes) {
            touched = touched || (change.kind != DictionaryChange::RemoveEvent
                                  && change.eventAfter().compare(event.name, Qt::CaseInsensitive) == 0);
        }
        if (!touched)
            continue;
        if (const QString problem = DictionaryRules::checkEvent(event, mNaming, context.today, false); !problem.isEmpty())
            return problem;
    }
    return {};
}

QString EventDictionary::apply(const DictionaryChange &change, const Context &context)
{
    const bool names = context.enforceNaming;
    if (change.kind == DictionaryChange::AddEvent) {
        const int existing = indexOf(change.definition.name);
        if (existing >= 0)
            return tr("An event called “%1” is already in the dictionary.").arg(mEvents.at(existing).name);
        if (names) {
            if (const QString problem = DictionaryRules::checkEvent(change.definition, mNaming, context.today, true);
                !problem.isEmpty())
                return problem;
        }
        mEvents.append(change.definition);
        return {};
    }
    const int row = indexOf(change.event);
    if (row < 0)
        return tr("There is no event called “%1” in the dictionary.").arg(change.event);
    EventDefinition event = mEvents.at(row);
    switch (change.kind) {
    case DictionaryChange::AddEvent:
        break;
    case DictionaryChange::RemoveEvent:
        mEvents.removeAt(row);
        return {};
    case DictionaryChange::EditEvent: {
        const auto field = EventDefinition::Field(change.field);
        if (event.value(field) != change.oldValue)
            return tr("The %1 of “%2” is “%3” now, not “%4”: it was changed meanwhile.")
                .arg(change.fieldKey(), event.name, event.value(field), change.oldValue);
        event.setValue(field, change.newValue);
        if (field == EventDefinition::Name) {
            const int other = indexOf(change.newValue);
            if (other >= 0 && other != row)
                return tr("An event called “%1” is already in the dictionary.").arg(mEvents.at(other).name);
            if (names) {
                if (const QString problem = DictionaryRules::checkName(change.newValue, mNaming); !problem.isEmpty())
                    return problem;
            }
        }
        if (field == EventDefinition::LastReviewed && !change.newValue.isEmpty() && !event.lastReviewed.isValid())
            return tr("“%1” is not a date like 2026-03-31.").arg(change.newValue);
        break;
    }
    case DictionaryChange::AddParameter: {
        if (const int existing = event.parameterIndex(change.parameterDefinition.name); existing >= 0)
            return tr("“%1” already has a parameter called “%2”.").arg(event.name, event.parameters.at(existing).name);
        if (names) {
            if (const QString problem = DictionaryRules::checkName(change.parameterDefinition.name, mNaming, true);
                !problem.isEmpty())
                return problem;
        }
        const int position = change.position < 0 ? int(event.parameters.size())
                                                  : qMin(change.position, int(event.parameters.size()));
        event.parameters.insert(position, change.parameterDefinition);
        break;
    }
    case DictionaryChange::RemoveParameter: {
        const int index = event.parameterIndex(change.parameter);
        if (index < 0)
            return tr("“%1” has no parameter called “%2”.").arg(event.name, change.parameter);
        event.parameters.removeAt(index);
        break;
    }
    case DictionaryChange::EditParameter: {
        const int index = event.parameterIndex(change.parameter);
        if (index < 0)
            return tr("“%1” has no parameter called “%2”.").arg(event.name, change.parameter);
        ParameterDefinition &parameter = event.parameters[index];
        const auto field = ParameterDefinition::Field(change.field);
        if (parameter.value(field) != change.oldValue)
            return tr("The %1 of “%2.%3” is “%4” now, not “%5”: it was changed meanwhile.")
                .arg(change.fieldKey(), event.name, parameter.name, parameter.value(field), change.oldValue);
        parameter.setValue(field, change.newValue);
        if (field == ParameterDefinition::Name) {
            const int other = event.parameterIndex(change.newValue);
            if (other >= 0 && other != index)
                return tr("“%1” already has a parameter called “%2”.").arg(event.name, event.parameters.at(other).name);
        }
        if (names && field == ParameterDefinition::Name) {
            if (const QString problem = DictionaryRules::checkName(change.newValue, mNaming, true); !problem.isEmpty())
                return problem;
        }
        break;
    }
    }
    mEvents[row] = event;
    return {};
}

void EventDictionary::write(Connection &connection, const DictionaryChange &change) const
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (change.kind == DictionaryChange::RemoveEvent) {
        const qint64 id = eventId(connection, change.event);
        Statement parameters(connection, "DELETE FROM dictionary_parameters WHERE event_id = ?");
        parameters.bind(1, id);
        parameters.exec();
        Statement erase(connection, "DELETE FROM dictionary_events WHERE id = ?");
        erase.bind(1, id);
        erase.exec();
        return;
    }
    const EventDefinition &event = mEvents.at(indexOf(change.eventAfter()));
    qint64 id = 0;
    if (change.kind == DictionaryChange::AddEvent) {
        Statement insert(connection,
                         "INSERT INTO dictionary_events (name, display_name, description, stage, tier, owner, "
                         "status, counting, last_reviewed, tags, created_at, updated_at) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)");
        bindEvent(insert, event);
        insert.bind(11, now);
        insert.exec();
        id = connection.lastInsertRowId();
    } else {
        id = eventId(connection, change.event);
        Statement update(connection,
                         "UPDATE dictionary_events SET name = ?1, display_name = ?2, description = ?3, "
                         "stage = ?4, tier = ?5, owner = ?6, status = ?7, counting = ?8, last_reviewed = ?9, "
                         "tags = ?10, updated_at = ?11 WHERE id = ?12");
        bindEvent(update, event);
        update.bind(11, now);
        update.bind(12, id);
        update.exec();
    }
    if (change.kind != DictionaryChange::EditEvent)
        writeParameters(connection, id, event);
}

EventDictionary EventDictionary::applied(Connection &connection, const QList<DictionaryChange> &changes,
                                         const Context &context) const
{
    EventDictionary next = *this;
    Transaction transaction(connection);
    for (const DictionaryChange &change : changes) {
        if (const QString problem = next.apply(change, context); !problem.isEmpty())
            throw ValidationError(problem);
        next.write(connection, change);
        ChangeLog::append(connection, entryFor(change, context));
    }
    if (const QString problem = next.validate(changes, context); !problem.isEmpty())
        throw ValidationError(problem);
    transaction.commit();
    return next;
}

void EventDictionary::setNaming(Connection &connection, DictionaryRules::Naming naming, const Context &context)
{
    const EventDictionary current = load(connection);
    if (current.naming() == naming)
        return;
    Transaction transaction(connection);
    Statement meta(connection, "INSERT INTO meta (key, value) VALUES (?, ?) "
                               "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    meta.bind(1, QLatin1String(namingKey));
    meta.bind(2, DictionaryRules::namingKey(naming));
    meta.exec();
    ChangeEntry entry;
    entry.who = context.who.isEmpty() ? ChangeLog::defaultWho() : context.who;
    entry.action = QStringLiteral("edit");
    entry.entity = QStringLiteral("dictionary");
    entry.entityName = QStringLiteral("dictionary");
    entry.field = QStringLiteral("naming");
    entry.oldValue = DictionaryRules::namingKey(current.naming());
    entry.newValue = DictionaryRules::namingKey(naming);
    entry.reason = context.reason;
    ChangeLog::append(connection, entry);
    transaction.commit();
}

} // namespace Funnelscope
