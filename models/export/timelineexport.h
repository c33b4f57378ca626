#pragma once

#include "store/persontimeline.h"

#include <QByteArray>

namespace Funnelscope {

/** A person's timeline as JSON: {"person", "ids", "sessions":[{"start", "events":[…]}]}, locale-free. */
class TimelineExport
{
public:
    static QByteArray toJson(const PersonTimeline &timeline);
    /** One row an event: session, time, event, id, anonymous id, device, channel, revenue, properties. */
    static QList<QStringList> table(const PersonTimeline &timeline);
};

} // namespace Funnelscope
