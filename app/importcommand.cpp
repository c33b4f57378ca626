#include "importcommand.h"

#include "clickhouse/clickhouseimporter.h"

#include "terminalprogress.h"

#include "analysis/eventtable.h"

#include "ingest/folderwatcher.h"
#include "ingest/importer.h"
#include "ingest/importinput.h"
#include "ingest/ingesterror.h"
#include "store/importlog.h"
#include "store/workspace.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QLocale>
#include <QTextStream>
#include <QTimeZone>
#include <QTimer>

#include <atomic>
#include <csignal>

namespace Funnelscope {

namespace {

std::atomic<bool> stopRequested{false};

void requestStop(int)
{
    stopRequested = true;
}

/** The import's progress on @p progress: the bytes while it reads, the stage around that. */
Importer::Progress drawnOn(TerminalProgress &progress)
{
    return [&progress](const ImportProgress &at) {
        progress.status(ImportProgress::describe(at.stage));
        if (at.stage == ImportProgress::Stage::Reading)
            progress.update(at.bytes, at.total, at.rows);
        return true;
    };
}

} // namespace

int ImportCommand::watch(const QString &path, const QString &folder, const ImportOptions &options, QTextStream &err)
{
    try {
        Importer::checkFormat(options);
    } catch (const IngestError &error) {
        throw UsageError(error.message());
    }
    if (!QFileInfo::exists(path))
        Workspace::create(path);
    else
        Workspace::open(path); // a newer, damaged or busy workspace says so now, not at the first file
    FolderWatcher watcher(path, options);
    const QString error = watcher.watch(folder);
    if (!error.isEmpty())
        throw UsageError(tr("--watch: %1").arg(error));
    const QLocale locale;
    QObject::connect(&watcher, &FolderWatcher::imported, [&](const QString &file, qint64 events) {
        err << tr("Imported %1: %2 events.").arg(QFileInfo(file).fileName(), locale.toString(events)) << Qt::endl;
    });
    QObject::connect(&watcher, &FolderWatcher::skipped, [&](const QString &file, const QString &reason) {
        err << tr("Left %1 alone: %2.").arg(QFileInfo(file).fileName(), reason) << Qt::endl;
    });
    QObject::connect(&watcher, &FolderWatcher::failed, [&](const QString &file, const QString &message) {
        err << tr("Could not import %1: %2").arg(QFileInfo(file).fileName(), message) << Qt::endl;
    });
    err << tr("Watching %1 for event files; each is imported into %2 once it is complete. Ctrl+C stops.")
               .arg(QDir::toNativeSeparators(watcher.folder()), QDir::toNativeSeparators(path))
        << Qt::endl;
    // Stopped by a signal: the import under way finishes (or rolls back) first.
    stopRequested = false;
    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);
    QTimer check;
    QEventLoop loop;
    QObject::connect(&check, &QTimer::timeout, &loop, [&loop] {
        if (stopRequested)
            loop.quit();
    });
    check.start(100);
    loop.exec();
    watcher.stop();
    err << tr("Stopped watching %1.").arg(QDir::toNativeSeparators(folder)) << Qt::endl;
    return Success;
}

QString ImportCommand::summary() const
{
    return tr("Import event files (CSV, JSON, NDJSON; .gz, .zip, folders, pipes) into a workspace.");
}

void ImportCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 tr("Event files to import: CSV, JSON or NDJSON, each maybe .gz; a .zip or a folder "
                                    "(every event file in it); - for standard input."),
                                 QStringLiteral("FILE..."));
    parser.addOptions({
        {QStringLiteral("workspace"), tr("The workspace (created when it does not exist)."), tr("file")},
        {QStringLiteral("format"),
         tr("auto (default), csv, json, ndjson, or a source: ga4, segment, rudderstack, "
            "mixpanel, amplitude, rees46, retailrocket, diginetica, online-retail."),
         tr("format")},
        {QStringLiteral("delimiter"), tr("CSV delimiter: , ; | or tab (default: detected)."), tr("char")},
        {QStringLiteral("timezone"), tr("Time zone of times written without one (default UTC)."), tr("zone")},
        {QStringLiteral("map"), tr("Read FIELD from COLUMN (repeatable; COLUMN may be a|b)."), tr("FIELD=COLUMN")},
        {QStringLiteral("const"), tr("Set FIELD to VALUE on every event (repeatable)."), tr("FIELD=VALUE")},
        {QStringLiteral("dedup"), tr("Skip events with the same user, event and time (for sources without an event id).")},
        {QStringLiteral("allow-duplicate-file"), tr("Import a file even if the same file was imported before.")},
        {QStringLiteral("revenue-event"),
         tr("The event whose revenue counts (repeatable; default: the source's order event, e.g. Segment's "
            "Order Completed); remembered by the workspace."),
         tr("event")},
        {QStringLiteral("json"), tr("Print the counts as JSON on standard output.")},
        {QStringLiteral("watch"), tr("Keep importing the event files that land in FOLDER, each once, until stopped (Ctrl+C)."),
         tr("folder")},
    });
}

int ImportCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString path = required(parser, QStringLiteral("workspace"), tr("the workspace to import into"));
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty() && !parser.isSet(QStringLiteral("watch")))
        throw UsageError(tr("name at least one file to import."));

    ImportOptions options;
    if (parser.isSet(QStringLiteral("format")))
        options.format = parser.value(QStringLiteral("format"));
    if (parser.isSet(QStringLiteral("delimiter"))) {
        const QString delimiter = parser.value(QStringLiteral("delimiter"));
        if (delimiter == QLatin1String("tab") || delimiter == QLatin1String("\\t"))
            options.delimiter = '\t';
        else if (delimiter.size() == 1 && delimiter.at(0).unicode() < 128 && delimiter != QLatin1String("\""))
            options.delimiter = char(delimiter.at(0).unicode());
        else
            throw UsageError(tr("--delimiter: “%1” is not one character (use , ; | or tab).").arg(delimiter));
    }
    if (parser.isSet(QStringLiteral("timezone"))) {
        options.timezone = parser.value(QStringLiteral("timezone"));
        if (!QTimeZone(options.timezone.toUtf8()).isValid())
            throw UsageError(tr("--timezone: “%1” is not a time zone (use an IANA name such as "
                                "Europe/Berlin, or UTC).")
                                 .arg(options.timezone));
    }
    options.maps = parser.values(QStringLiteral("map"));
    options.constants = parser.values(QStringLiteral("const"));
    options.dedupByContent = parser.isSet(QStringLiteral("dedup"));
    options.allowDuplicateFile = parser.isSet(QStringLiteral("allow-duplicate-file"));
    options.revenueEvents = parser.values(QStringLiteral("revenue-event"));
    options.inPlace = true; // when no one else has the workspace open (InPlaceWrites)
    if (parser.isSet(QStringLiteral("watch"))) {
        if (!files.isEmpty())
            throw UsageError(tr("--watch imports what lands in the folder: name no files with it."));
        if (ClickHouseUrl::isUrl(path))
            throw UsageError(tr("--watch imports into a workspace file, not into a ClickHouse server yet."));
        return watch(path, parser.value(QStringLiteral("watch")), options, err);
    }

    // Every input is looked at before the workspace is opened, so a bad one stops all early
    // and a pipe waiting for its writer holds no lock.
    QList<ImportPlan> plans;
    try {
        Importer::checkFormat(options);
        for (const QString &file : files) {
            for (const ImportInput &input : ImportInput::expand(file))
                plans.append(Importer::plan(input, options));
        }
    } catch (const IngestError &error) {
        throw UsageError(error.message());
    }

    if (ClickHouseUrl::isUrl(path))
        return importToServer(ClickHouseUrl::parse(path), plans, options, parser, out, err);

    const bool created = !QFileInfo::exists(path);
    std::unique_ptr<Workspace> workspace = created ? Workspace::create(path) : Workspace::open(path);
    for (const ImportPlan &plan : std::as_const(plans))
        err << tr("Importing %1: %2").arg(plan.fileName, plan.describe()) << Qt::endl;
    // An import into a new workspace that fails leaves no empty workspace behind.
    const auto forgetNewWorkspace = [&] {
        if (created) {
            workspace.reset();
            Workspace::remove(path);
        }
    };
    Importer::Batch batch;
    try {
        // All the files in one transaction: a bad one leaves nothing of the others behind.
        TerminalProgress progress(plans.size() == 1 ? tr("Importing %1").arg(plans.first().fileName) : tr("Importing %n files", nullptr, int(plans.size())));
        batch = Importer::importAll(*workspace, plans, options, drawnOn(progress));
    } catch (const IngestError &error) {
        forgetNewWorkspace();
        throw UsageError(error.message());
    } catch (const std::exception &) {
        forgetNewWorkspace();
        throw;
    }
    return report(batch, parser, out, err);
}

int ImportCommand::importToServer(const ClickHouseUrl &url, const QList<ImportPlan> &plans, const ImportOptions &options,
                                  const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    for (const ImportPlan &plan : plans)
        err << tr("Importing %1: %2").arg(plan.fileName, plan.describe()) << Qt::endl;
    Importer::Batch batch;
    try {
        TerminalProgress progress(tr("Importing into %1").arg(url.toString()));
        batch = ClickHouseImporter::importAll(url, plans, options, drawnOn(progress));
    } catch (const IngestError &error) {
        throw UsageError(error.message());
    }
    return report(batch, parser, out, err);
}

int ImportCommand::report(const Importer::Batch &batch, const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QLocale locale;
    ImportReport total;
    for (const ImportReport &report : std::as_const(batch.reports)) {
        err << tr("%1: %2 (%3 s)")
                   .arg(report.fileName, report.countsText(), locale.toString(double(report.durationMs) / 1000.0, 'f', 1))
            << Qt::endl;
        total.add(report);
    }
    total.users = batch.users;
    if (parser.isSet(QStringLiteral("json")))
        out << QString::fromUtf8(total.toJson());
    return Success;
}

} // namespace Funnelscope
