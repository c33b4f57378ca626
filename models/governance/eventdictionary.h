#pragma once

#include "dictionarychange.h"
#include "dictionaryrules.h"
#include "eventdefinition.h"

#include <QCoreApplication>

namespace Funnelscope {

class Connection;

/**
 * The event dictionary (tracking plan) of a workspace: its events in memory, the naming
 * convention, and the one way to change them, applied(): it checks each change against
 * the rules, writes it and its change-log entry, all in one transaction, and returns the
 * dictionary after them. A change the rules refuse throws StoreError (Constraint) with
 * the reason, and nothing is written.
 */
class EventDictionary
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::EventDictionary)

public:
    /** Who makes a change and how it is logged. */
    struct Context
    {
        QString who;
        QString action;  ///< overrides each change's own action (e.g. "undo"); empty keeps it
        QString reason;
        bool enforceNaming = true; ///< off for undo and imported plans: names they bring stay
        QDate today = QDate::currentDate();
    };

    static EventDictionary load(Connection &connection);

    const QList<EventDefinition> &events() const { return mEvents; }
    int count() const { return int(mEvents.size()); }
    const EventDefinition &at(int row) const { return mEvents.at(row); }
    /** The row of the event called @p name (regardless of case), or -1. */
    int indexOf(const QString &name) const;
    DictionaryRules::Naming naming() const { return mNaming; }

    /** Why @p changes (in order) would be refused now, or empty when they would be applied. */
    QString check(const QList<DictionaryChange> &changes, const Context &context) const;
    EventDictionary applied(Connection &connection, const QList<DictionaryChange> &changes,
                            const Context &context) const;

    /** Sets the naming convention new names must follow, with a change-log entry. */
    static void setNaming(Connection &connection, DictionaryRules::Naming naming, const Context &context);

private:
    /** Applies @p change in memory; the reason it cannot, or empty. */
    QString apply(const DictionaryChange &change, const Context &context);
    void write(Connection &connection, const DictionaryChange &change) const;
    /** The field rules over every event @p changes touched, after all of them. */
    QString validate(const QList<DictionaryChange> &changes, const Context &context) const;

    QList<EventDefinition> mEvents;
    DictionaryRules::Naming mNaming = DictionaryRules::Naming::SnakeCase;
};

} // namespace Funnelscope
