#include "personfunction.h"

#include "connection.h"
#include "identitysummary.h"

#include <sqlite3.h>

namespace Funnelscope {

namespace {

void personOf(sqlite3_context *context, int, sqlite3_value **arguments)
{
    const auto *persons = static_cast<const std::vector<qint32> *>(sqlite3_user_data(context));
    const sqlite3_int64 user = sqlite3_value_int64(arguments[0]);
    sqlite3_result_int64(context, user >= 0 && size_t(user) < persons->size() ? (*persons)[size_t(user)] : user);
}

} // namespace

PersonFunction::PersonFunction(Connection &connection)
    : mConnection(connection)
    , mPersons(IdentitySummary::personsOf(connection))
{
    const int rc = sqlite3_create_function_v2(connection.handle(), "person_of", 1,
                                              SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_DIRECTONLY, &mPersons,
                                              personOf, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        connection.fail(rc, "registering person_of()");
}

PersonFunction::~PersonFunction()
{
    sqlite3_create_function_v2(mConnection.handle(), "person_of", 1, SQLITE_UTF8, nullptr, nullptr, nullptr, nullptr, nullptr);
}

} // namespace Funnelscope
