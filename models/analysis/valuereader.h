#pragma once

#include "eventtable.h"

namespace Funnelscope {

/** Reads one property of a row: a column of the table, or "event" for the event's name. */
class ValueReader
{
public:
    ValueReader(const EventTable &table, const QString &name)
        : mTable(table)
        , mColumn(table.column(name))
        , mEvent(name == QLatin1String("event"))
    {
    }

    QString at(size_t row) const
    {
        if (mEvent)
            return mTable.typeNames().value(mTable.type(row));
        return mColumn ? mColumn->valueAt(row) : QString();
    }

private:
    const EventTable &mTable;
    const EventTable::TextColumn *mColumn;
    bool mEvent;
};

} // namespace Funnelscope
