#pragma once

#include "analysis/funnelquery.h"
#include "analysis/funnelresult.h"

#include <QCoreApplication>
#include <QString>

namespace Funnelscope {

/**
 * A funnel for the terminal (`funnelscope funnel` on standard output): the steps with
 * their counts, conversion, step conversion and median time; one row per breakdown value
 * with each step's count, its conversion and its test; the other period when compared.
 * Figures in the user's locale; --csv and --json are the forms for programs.
 */
class FunnelText
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::FunnelText)

public:
    static QString toText(const FunnelQuery &query, const FunnelResult &result);
    /** "Persons", "Sessions" or "Events": what the funnel counts. */
    static QString unitName(FunnelQuery::Count count);
    /**
     * A segment's value as a person reads it: the engines' own names ("other" beyond the
     * top N, "(none)", and "new" or "returning" by @p breakdown new vs returning) in the
     * user's language; any other value as it is. Exports for programs keep the keys.
     */
    static QString segmentName(const QString &breakdown, const QString &value);
};

} // namespace Funnelscope
