#pragma once

#include "store/importlog.h"

#include <QMap>
#include <QString>

namespace Funnelscope {

/** What an import did: its counts (as DESIGN.md's `import --json` prints them). */
struct ImportReport
{
    qint64 importId = 0;
    QString fileName;
    QString format;
    ImportCounts counts;
    QMap<QString, qint64> rejectedByReason;
    qint64 users = 0;
    QMap<QString, qint64> eventsByType;
    qint64 durationMs = 0;
    bool cancelled = false;

    /** Adds another file's report (for a command importing several files). */
    void add(const ImportReport &other);
    QByteArray toJson() const;
};

} // namespace Funnelscope
