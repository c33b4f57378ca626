#pragma once

#include "eventdefinition.h"

#include <QCoreApplication>

namespace Funnelscope {

/**
 * The rules a dictionary keeps: the naming convention for event and parameter names,
 * the allowed stages, tiers, statuses, counting rules and parameter types, and whether a
 * value fits a parameter's type, allowed values and pattern. Each check returns a
 * message a person can act on, or an empty string when the value is fine.
 */
class DictionaryRules
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::DictionaryRules)

public:
    enum class Naming { SnakeCase, CamelCase, ObjectAction };

    static QString namingKey(Naming naming);
    static std::optional<Naming> namingOf(const QString &key);
    static QString namingLabel(Naming naming);
    static QList<Naming> namings() { return {Naming::SnakeCase, Naming::CamelCase, Naming::ObjectAction}; }

    static const QStringList &stages();
    static const QStringList &statuses();
    static const QStringList &countings();
    static const QStringList &types();
    /** The translated label of a stage, status, counting rule or type key. */
    static QString label(const QString &key);

    /** @p name in @p naming, as best as it can be converted (for the message's example). */
    static QString convert(const QString &name, Naming naming);

    /** Whether @p name is usable as an event (or parameter) name under @p naming. */
    static QString checkName(const QString &name, Naming naming, bool parameter = false);
    /**
     * One event's fields and parameters (not its uniqueness in a dictionary: EventDictionary
     * checks that). @p names false skips the naming convention, for names that were
     * already there (an undo, an imported plan, a convention changed later).
     */
    static QString checkEvent(const EventDefinition &event, Naming naming, const QDate &today,
                              bool names = true);
    /** One parameter's fields, and that its allowed values and example fit its type. */
    static QString checkParameter(const ParameterDefinition &parameter, Naming naming, bool names = true);

    /** Whether a value as the data holds it (text, as in a CSV) fits @p type. */
    static bool fitsType(const QString &type, const QString &value);
    /** Why @p value does not fit @p parameter (type, allowed values, pattern), or empty. */
    static QString checkValue(const ParameterDefinition &parameter, const QString &value);
};

} // namespace Funnelscope
