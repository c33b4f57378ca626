// The entry point SQLite looks for in funnelscope_events.so (sqlite3_<name>_init, the
// file's name without "lib", its letters only): registers the functions that read the
// texts each import keeps beside its rows (EventTexts::registerStandalone()) and the table
// of the events rebuilt from what each import keeps (EventRecords: funnelscope_events).
#include "analysis/eventrecords.h"
#include "store/eventtexts.h"
#include "store/storeerror.h"

#include <QtGlobal>

#include <sqlite3.h>

extern "C" Q_DECL_EXPORT int sqlite3_funnelscopeevents_init(sqlite3 *db, char **error, const void * /* sqlite3_api_routines */)
{
    // The models library calls the system's libsqlite3, which the loading program uses too
    // (it links it): the API table SQLite passes is not needed.
    try {
        Funnelscope::EventTexts::registerStandalone(db);
        Funnelscope::EventRecords::registerModule(db);
    } catch (const Funnelscope::StoreError &failure) {
        if (error)
            *error = sqlite3_mprintf("%s", failure.message().toUtf8().constData());
        return SQLITE_ERROR;
    }
    return SQLITE_OK;
}
