#pragma once

#include "condition.h"
#include "valuereader.h"

#include <vector>

namespace Funnelscope {

/**
 * Whether a row of an EventTable passes a condition. On a dictionary-encoded column the
 * condition is evaluated once per distinct value, so checking millions of rows costs a
 * lookup each. Every engine filters through it.
 */
class ConditionChecker
{
public:
    ConditionChecker(const EventTable &table, const Condition &condition);

    bool passes(size_t row) const
    {
        if (mColumn) {
            const qint32 code = mColumn->codes[row];
            return code < 0 ? mMissing : mCache[size_t(code)];
        }
        return mCondition.matches(mReader.at(row));
    }

    /** Whether @p row passes every checker of @p checkers. */
    static bool all(const std::vector<ConditionChecker> &checkers, size_t row);

private:
    Condition mCondition;
    const EventTable::TextColumn *mColumn;
    ValueReader mReader;
    std::vector<char> mCache;
    bool mMissing = false;
};

} // namespace Funnelscope
