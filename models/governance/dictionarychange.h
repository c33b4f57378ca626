#pragma once

#include "eventdefinition.h"

#include <QCoreApplication>

namespace Funnelscope {

/**
 * One change to the dictionary: an event or parameter added or removed (carrying the
 * whole definition, so the change can be undone), or one field edited (old and new text).
 * Edits, plan imports and undo all speak in these; each becomes one change-log entry.
 */
struct DictionaryChange
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::DictionaryChange)

public:
    enum Kind { AddEvent, RemoveEvent, EditEvent, AddParameter, RemoveParameter, EditParameter };

    Kind kind = EditEvent;
    QString event;     ///< the event's name before the change
    QString parameter; ///< the parameter's name before the change (parameter kinds)
    int field = 0;     ///< EventDefinition::Field or ParameterDefinition::Field (edits)
    QString oldValue;
    QString newValue;
    EventDefinition definition;        ///< AddEvent, RemoveEvent
    ParameterDefinition parameterDefinition; ///< AddParameter, RemoveParameter
    int position = -1; ///< where an added parameter goes (-1: at the end)

    static DictionaryChange addEvent(const EventDefinition &definition);
    static DictionaryChange removeEvent(const EventDefinition &definition);
    static DictionaryChange editEvent(const QString &event, EventDefinition::Field field,
                                      const QString &oldValue, const QString &newValue);
    static DictionaryChange addParameter(const QString &event, const ParameterDefinition &parameter,
                                         int position = -1);
    static DictionaryChange removeParameter(const QString &event, const ParameterDefinition &parameter,
                                            int position);
    static DictionaryChange editParameter(const QString &event, const QString &parameter,
                                          ParameterDefinition::Field field, const QString &oldValue,
                                          const QString &newValue);

    /** The change that takes this one back. */
    DictionaryChange inverse() const;
    bool isParameterChange() const { return kind >= AddParameter; }
    bool isEventRename() const { return kind == EditEvent && field == EventDefinition::Name; }
    /** The event's name once the change is made (the new name after a rename). */
    QString eventAfter() const { return isEventRename() ? newValue : event; }
    /** The change-log action: create, edit, rename, deprecate or delete. */
    QString action() const;
    /** The field's key (display_name, allowed_values, ...) for edits, else empty. */
    QString fieldKey() const;
    /** A short sentence for menus and the diff: "Rename add_to_cart to cart_add". */
    QString describe() const;
};

} // namespace Funnelscope
