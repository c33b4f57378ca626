#pragma once

#include "importoptions.h"
#include "importplan.h"
#include "importprogress.h"
#include "importreport.h"

#include <QCoreApplication>

#include <QHash>

#include <functional>
#include <memory>

class QIODevice;

namespace Funnelscope {

struct SourcePreset;

class ImportInput;
class RecordReader;
class Workspace;
class Transaction;
class EventTableBuilder;

/**
 * Imports event files into a workspace: detects each one's shape (plan()), then streams
 * them through the right reader into the store (run()) in one transaction. Each source row
 * becomes an event or a rejected row with its line and reason; nothing is dropped without
 * a count. Cancel, a failure or a file already imported (same SHA-256, unless allowed)
 * roll everything back, so the workspace is exactly as before.
 */
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::Importer)

public:
    /**
     * Where the import is: bytes read so far of the files' total and rows so far, or a
     * stage around the reading (called once as each begins). Returning false cancels and
     * rolls everything back, at Saving too: that last call comes just before the commit,
     * and from then on nothing cancels.
     */
    using Progress = std::function<bool(const ImportProgress &progress)>;

    static constexpr int previewRowCount = 100;

    /**
     * Looks at the file's start; throws IngestError for a file that cannot be imported.
     * With @p lenient, a mapping that is not complete yet (no timestamp, event or user
     * column, unreadable timestamps) is reported in ImportPlan::problem instead, with the
     * columns and preview filled, so the person can fix the mapping.
     */
    static ImportPlan plan(const ImportInput &input, const ImportOptions &options, bool lenient = false);
    /**
     * The workspace's own rules over @p plans: the revenue events @p options name, else
     * those the workspace remembers (run() remembers what options name, meta revenue_events).
     */
    static void applyWorkspaceRules(Workspace &workspace, QList<ImportPlan> &plans, const ImportOptions &options);
    /** Throws IngestError when --format names no format or preset. */
    static void checkFormat(const ImportOptions &options);
    /** The plan of the one input @p path names (ImportInput::single()). */
    static ImportPlan plan(const QString &path, const ImportOptions &options, bool lenient = false);

    /** Imports @p plan's file; throws IngestError (nothing written) when it cannot. */
    static ImportReport run(Workspace &workspace, const ImportPlan &plan,
                            const ImportOptions &options, const Progress &progress = {});
    /**
     * Imports every plan, in order, in one transaction: all or nothing. A plan whose every
     * row is rejected, a file imported before or a failure throws IngestError and leaves
     * the workspace as it was; a cancel (the last report says so) too. @p progress counts
     * the (compressed) bytes and rows of all the plans.
     */
    static QList<ImportReport> run(Workspace &workspace, const QList<ImportPlan> &plans,
                                   const ImportOptions &options, const Progress &progress = {});

    /** What importAll() did: a report a plan, and the users over all of them, each once. */
    struct Batch
    {
        QList<ImportReport> reports;
        qint64 users = 0;
        bool cancelled = false; ///< nothing was imported
    };
    /**
     * The one way an import is done, from the window and the command line: the
     * workspace's rules applied to @p plans, every plan imported in one transaction
     * (run()), each with the segment of its events for the reports (EventSegment), and the
     * users counted over all of them. Throws IngestError or StoreError, leaving the workspace as it was.
     */
    static Batch importAll(Workspace &workspace, QList<ImportPlan> plans, const ImportOptions &options,
                           const Progress &progress = {});

    /** The import that already holds a file with this SHA-256, if any (0 when none). */
    static qint64 findImportOf(Workspace &workspace, const QString &sha256);
    static QString sha256(const QString &path);
    /** The SHA-256 of @p input's content (what an import records), read whole; empty when it cannot be read. */
    static QString sha256(const ImportInput &input);
    /** The reader for @p plan's container over @p device. */
    static std::unique_ptr<RecordReader> openReader(QIODevice &device, const ImportPlan &plan);

private:
    struct Pass;
    /** A record of a file's start, for the preview and the timestamp form. */
    struct Sample
    {
        qint64 line;
        QHash<QString, QString> values;
    };

    /** Every plan's pass, in the transaction of all. */
    static QList<ImportReport> runPasses(Pass &pass, const QList<ImportPlan> &plans, const Progress &progress);

    // The phases of plan(), in order.
    /** Which reader: asked for (a format, or a preset's), else seen in the first bytes; the preset asked for. */
    static const SourcePreset *chooseReader(ImportPlan &plan, const ImportOptions &options, QIODevice &file);
    /** The first records: keys (of JSON), preview rows and the samples. */
    static QList<Sample> readSamples(ImportPlan &plan, QIODevice &file);
    /** The preset (asked for or recognised) or a guess, with the person's --map and --const. */
    static void chooseMapping(ImportPlan &plan, const SourcePreset *asked, const ImportOptions &options);
    /** What the mapping lacks, each said through @p problem. */
    static void checkMapping(const ImportPlan &plan, const ImportOptions &options,
                             const std::function<void(const QString &)> &problem);
    /** The timestamps' form from the samples; @p problem when they cannot be read. */
    static void detectTimestamps(ImportPlan &plan, const QList<Sample> &samples,
                                 const std::function<void(const QString &)> &problem);
};

} // namespace Funnelscope
