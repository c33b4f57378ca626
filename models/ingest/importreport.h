#pragma once

#include "store/importlog.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace Funnelscope {

/** What an import did: its counts (as DESIGN.md's `import --json` prints them). */
struct ImportReport
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::ImportReport)

public:
    qint64 importId = 0;
    QString fileName;
    QString format;
    ImportCounts counts;
    QMap<QString, qint64> rejectedByReason;
    qint64 users = 0;
    QMap<QString, qint64> eventsByType;
    qint64 durationMs = 0;
    bool cancelled = false;

    /**
     * "1 row read, 1 event imported, 0 rejected, 1 duplicate skipped, 1 user": the counts
     * as a sentence in the user's language, each with its plural; the rejections' reasons
     * follow "rejected" in brackets. The window and the command line both say it so.
     */
    QString countsText() const;
    /** Adds another file's report (for a command importing several files). */
    void add(const ImportReport &other);
    QByteArray toJson() const;
};

} // namespace Funnelscope
