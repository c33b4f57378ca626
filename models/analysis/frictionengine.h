#pragma once

#include "frictionquery.h"
#include "frictionresult.h"
#include "tasks/taskcontext.h"

#include <QCoreApplication>

namespace Funnelscope {

class EventTable;

/**
 * Friction signals: a pure function of (EventTable, FrictionQuery) → FrictionResult with
 * the semantics of DESIGN.md, "Friction". A person's kept events split into sessions (the
 * source's session id, else a pause over the gap); per session: a cart loop (one product
 * added at least loopTimes times and removed at least loopTimes times), a search struggle
 * (at least searchTimes searches and no product view after the last), a stalled checkout
 * (no purchase in the session, and a checkout step followed by no event for stallMs or
 * more), a high-value abandonment (the session's carted value, the prices added less
 * those removed, in the top topShare of carted sessions, and no purchase by the person
 * from the session's first add on). Persons split across cores.
 */
class FrictionEngine
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::FrictionEngine)

public:
    static QString validate(const EventTable &table, const FrictionQuery &query);
    static QStringList propertiesUsed(const FrictionQuery &query);
    static FrictionResult run(const EventTable &table, const FrictionQuery &query, const TaskContext &task = {});
    static qsizetype approximateBytes(const FrictionResult &result);
};

} // namespace Funnelscope
