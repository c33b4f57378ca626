#pragma once

struct sqlite3;

namespace Funnelscope {

class Connection;

/**
 * The events table from schema 14 on is a virtual table: its module, funnelscope_events,
 * rebuilds each row from what the imports keep (their segments with their origins, their
 * texts; EventRecords). That needs the analysis layer's columns, so the store declares here
 * the two things it asks of it, and analysis defines them: the one place the store reaches
 * up (one library, so the linker joins them).
 */
namespace EventModule {

/** Registers the module on @p handle; every Connection does, as it opens. */
void registerOn(sqlite3 *handle);

/**
 * Migration 14's work while the events are still rows: each import gets from its rows
 * what it keeps without them (its segment with origins, its dedup keys' and properties'
 * texts, its dedup keys, its ids' range and its counts by name), where it has not got it.
 * Inside the migration's transaction, before the rows are dropped.
 */
void keepRowsAside(Connection &connection);

} // namespace EventModule

} // namespace Funnelscope
