#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace Funnelscope {

class Connection;

/** What is known about a source before its import starts. */
struct ImportSource
{
    QString fileName;
    QString filePath;
    qint64 fileSize = -1;
    QString sha256;
    QString format;
    QString mappingJson;
    QString timezone;
};

/** The counts an import ends with. */
struct ImportCounts
{
    qint64 rowsRead = 0;
    qint64 imported = 0;
    qint64 rejected = 0;
    qint64 duplicates = 0;
    qint64 identityCalls = 0; ///< rows that only link ids (Segment identify, Mixpanel $identify)
};

/** One row of the imports table, as the Data page lists it. */
struct ImportRecord
{
    qint64 id = 0;
    ImportSource source;
    ImportCounts counts;
    QDateTime startedAt;
    QDateTime finishedAt;
};

/**
 * The imports table: each import (or demo generation) is one row with its source,
 * mapping and counts. begin() and finish() run inside the import's own transaction,
 * so a cancelled import leaves no row behind.
 */
class ImportLog
{
public:
    /** Marks the workspace's events as changed (the key of cached snapshots). */
    static void bumpContentVersion(Connection &connection);
    static qint64 begin(Connection &connection, const ImportSource &source);
    static void finish(Connection &connection, qint64 importId, const ImportCounts &counts);
    static QList<ImportRecord> list(Connection &connection);
    /** The rejected rows of an import: line, reason, the row as it was. */
    static QList<QStringList> rejectedRows(Connection &connection, qint64 importId);
    /** Distinct users among the events of the given imports. */
    static qint64 distinctUsers(Connection &connection, const QList<qint64> &importIds);
};

} // namespace Funnelscope
