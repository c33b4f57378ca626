#pragma once

#include <QtGlobal>

namespace Funnelscope {

class Connection;

/**
 * Removes an import (the Data page's Remove Import): its events, links, rejected rows,
 * segment and dedup keys, in one transaction, and the strings no event uses any more
 * (users, event names, sessions). Which strings the other imports use is read from their
 * segments (the ids their events came under, their sessions, their event names), not from
 * every stored event: a segment's ids are a few megabytes where the events are hundreds.
 * An import without a readable segment has its rows read.
 */
class ImportRemover
{
public:
    static void remove(Connection &connection, qint64 importId);
};

} // namespace Funnelscope
