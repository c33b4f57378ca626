#pragma once

#include <QtGlobal>

#include <vector>

namespace Funnelscope {

class Connection;

/**
 * The SQL function person_of(user_id) on one connection while this object lives: the
 * person an id counts for (IdentitySummary::personsOf()), from memory. Ordering millions
 * of events by person through it costs a call a row; through the user_persons view it
 * cost a join a row (loading 10M events from their rows: 23 s instead of 21).
 */
class PersonFunction
{
public:
    explicit PersonFunction(Connection &connection);
    ~PersonFunction();
    PersonFunction(const PersonFunction &) = delete;
    PersonFunction &operator=(const PersonFunction &) = delete;

    const std::vector<qint32> &persons() const { return mPersons; }

private:
    Connection &mConnection;
    std::vector<qint32> mPersons;
};

} // namespace Funnelscope
