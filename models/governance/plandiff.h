#pragma once

#include "dictionarychange.h"
#include "trackingplan.h"

namespace Funnelscope {

class EventDictionary;

/**
 * What applying a tracking plan to the dictionary would change: events and parameters
 * added, fields changed (only those the plan's format carries), and, when asked,
 * events and parameters the plan does not have removed. Applying the list through
 * EventDictionary::applied() makes the dictionary equal the plan on those fields.
 */
class PlanDiff
{
public:
    enum class Removals { Keep, Remove };

    static QList<DictionaryChange> compute(const EventDictionary &dictionary, const TrackingPlan &plan,
                                           Removals removals);

    enum class Category { Added, Changed, Removed };
    static Category categoryOf(const DictionaryChange &change);
};

} // namespace Funnelscope
