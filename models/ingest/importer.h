#pragma once

#include "importoptions.h"
#include "importplan.h"
#include "importreport.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

class QIODevice;

namespace Funnelscope {

class RecordReader;
class Workspace;

/**
 * Imports one event file into a workspace: detects its shape (plan()), then streams it
 * through the right reader into the store (run()) in one transaction. Each source row
 * becomes an event or a rejected row with its line and reason; nothing is dropped without
 * a count. Cancel, a failure or a file already imported (same SHA-256, unless allowed)
 * roll everything back, so the workspace is exactly as before.
 */
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::Importer)

public:
    /** Bytes read so far of the file's total, rows so far; returning false cancels. */
    using Progress = std::function<bool(qint64 bytes, qint64 total, qint64 rows)>;

    static constexpr int previewRowCount = 100;

    /**
     * Looks at the file's start; throws IngestError for a file that cannot be imported.
     * With @p lenient, a mapping that is not complete yet (no timestamp, event or user
     * column, unreadable timestamps) is reported in ImportPlan::problem instead, with the
     * columns and preview filled, so the person can fix the mapping.
     */
    static ImportPlan plan(const QString &path, const ImportOptions &options, bool lenient = false);

    /** Imports @p plan's file; throws IngestError (nothing written) when it cannot. */
    static ImportReport run(Workspace &workspace, const ImportPlan &plan,
                            const ImportOptions &options, const Progress &progress = {});

    /** The import that already holds a file with this SHA-256, if any (0 when none). */
    static qint64 findImportOf(Workspace &workspace, const QString &sha256);
    static QString sha256(const QString &path);
    /** The reader for @p plan's container over @p device. */
    static std::unique_ptr<RecordReader> openReader(QIODevice &device, const ImportPlan &plan);
};

} // namespace Funnelscope
