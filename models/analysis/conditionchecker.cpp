#include "conditionchecker.h"

namespace Funnelscope {

ConditionChecker::ConditionChecker(const EventTable &table, const Condition &condition)
    : mCondition(condition)
    , mColumn(condition.property == QLatin1String("event") ? nullptr : table.column(condition.property))
    , mReader(table, condition.property)
{
    if (mColumn) {
        mCache.reserve(size_t(mColumn->values.size()));
        for (const QString &value : mColumn->values)
            mCache.push_back(mCondition.matches(value));
        mMissing = mCondition.matches(QStringView());
    }
}

bool ConditionChecker::all(const std::vector<ConditionChecker> &checkers, size_t row)
{
    for (const ConditionChecker &checker : checkers) {
        if (!checker.passes(row))
            return false;
    }
    return true;
}

} // namespace Funnelscope
