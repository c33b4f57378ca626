#include "cohortquery.h"

#include <QDataStream>
#include <QIODevice>

namespace Funnelscope {

QByteArray CohortQuery::cacheKey() const
{
    QByteArray key;
    QDataStream stream(&key, QIODevice::WriteOnly);
    stream << int(period) << startEvent << returnEvent << int(mode) << periods << breakdown << topN
           << int(metric) << cumulative << timezone << qsizetype(where.size());
    for (const Condition &condition : where)
        stream << condition.property << int(condition.op) << condition.value;
    return key;
}

} // namespace Funnelscope
