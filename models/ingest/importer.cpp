#include "importer.h"

#include "csvreader.h"
#include "importinput.h"
#include "ingesterror.h"
#include "jsonreader.h"
#include "parsestage.h"
#include "sha256.h"
#include "sourcepreset.h"
#include "store/connection.h"
#include "store/eventwriter.h"
#include "store/foreignkeysoff.h"
#include "store/importlog.h"
#include "store/inplacewrites.h"
#include "store/jsontext.h"
#include "store/statement.h"
#include "store/storeerror.h"
#include "store/transaction.h"
#include "store/workspace.h"
#include "store/writebehind.h"

#include "importwriter.h"
#include "analysis/memorypolicy.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <cmath>
#include <future>
#include <optional>
#include <unordered_map>

namespace Funnelscope {


std::unique_ptr<RecordReader> Importer::openReader(QIODevice &device, const ImportPlan &plan)
{
    if (plan.container == QLatin1String("csv"))
        return std::make_unique<CsvReader>(device, plan.fileName, plan.delimiter);
    return std::make_unique<JsonReader>(device, plan.fileName);
}

QString Importer::sha256(const QString &path)
{
    return Sha256::ofFile(path);
}

QString Importer::sha256(const ImportInput &input)
{
    if (input.isPipe())
        return QString(); // read once, by the import itself
    try {
        const std::unique_ptr<InputStream> stream = input.openForPlan();
        std::vector<char> buffer(size_t(1) << 20);
        qint64 got = 0;
        while ((got = stream->read(buffer.data(), qint64(buffer.size()))) > 0) {
        }
        return got < 0 ? QString() : stream->sha256();
    } catch (const IngestError &) {
        return QString();
    }
}

qint64 Importer::findImportOf(Workspace &workspace, const QString &sha256)
{
    Statement select(workspace.connection(), "SELECT id FROM imports WHERE sha256 = ? ORDER BY id");
    select.bind(1, sha256);
    return select.step() ? select.int64(0) : 0;
}

void Importer::applyWorkspaceRules(Workspace &workspace, QList<ImportPlan> &plans, const ImportOptions &options)
{
    QStringList revenueEvents = options.revenueEvents;
    if (revenueEvents.isEmpty())
        revenueEvents = workspace.meta(QStringLiteral("revenue_events")).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (revenueEvents.isEmpty())
        return;
    for (ImportPlan &plan : plans)
        plan.rules.revenueEvents = revenueEvents;
}

void Importer::checkFormat(const ImportOptions &options)
{
    const QString format = options.format.isEmpty() ? QStringLiteral("auto") : options.format;
    QStringList formats = {QStringLiteral("auto"), QStringLiteral("csv"), QStringLiteral("json"),
                           QStringLiteral("ndjson")};
    for (const SourcePreset &preset : SourcePreset::all()) {
        if (!formats.contains(preset.id))
            formats.append(preset.id);
    }
    if (!formats.contains(format))
        throw IngestError(tr("--format “%1” is not a format; use one of %2.")
                              .arg(format, formats.join(QLatin1String(", "))));
}

ImportPlan Importer::plan(const QString &path, const ImportOptions &options, bool lenient)
{
    checkFormat(options);
    return plan(ImportInput::single(path), options, lenient);
}

const SourcePreset *Importer::chooseReader(ImportPlan &plan, const ImportOptions &options, QIODevice &file)
{
    const QString format = options.format.isEmpty() ? QStringLiteral("auto") : options.format;
    const SourcePreset *asked = nullptr;
    if (format == QLatin1String("csv")) {
        plan.container = QStringLiteral("csv");
    } else if (format == QLatin1String("json") || format == QLatin1String("ndjson")) {
        plan.container = format;
    } else if (format != QLatin1String("auto")) {
        asked = SourcePreset::find(format);
        plan.container = asked->container == SourcePreset::Container::Csv ? QStringLiteral("csv")
                                                                            : QStringLiteral("json");
    }
    if (plan.container.isEmpty()) {
        const QByteArray start = file.peek(4096);
        qsizetype i = start.startsWith("\xEF\xBB\xBF") ? 3 : 0;
        while (i < start.size() && QChar::isSpace(uchar(start.at(i))))
            ++i;
        const char first = i < start.size() ? start.at(i) : '\0';
        plan.container = first == '{' || first == '[' ? QStringLiteral("json") : QStringLiteral("csv");
    }
    if (plan.container == QLatin1String("csv"))
        plan.delimiter = options.delimiter;
    return asked;
}

QList<Importer::Sample> Importer::readSamples(ImportPlan &plan, QIODevice &file)
{
    std::unique_ptr<RecordReader> reader = openReader(file, plan);
    if (auto *csv = dynamic_cast<CsvReader *>(reader.get())) {
        plan.delimiter = csv->delimiter();
        for (const std::string &column : csv->header())
            plan.keys.append(QString::fromStdString(column));
    }
    auto *json = dynamic_cast<JsonReader *>(reader.get());
    QList<Sample> samples;
    SourceRecord record;
    while (samples.size() < previewRowCount && reader->next(record)) {
        if (!record.rejection.empty())
            continue;
        Sample sample{record.line, {}};
        for (size_t i = 0; i < record.keys.size(); ++i) {
            const QString key = QString::fromUtf8(record.keys[i].data(), qsizetype(record.keys[i].size()));
            sample.values.insert(key, QString::fromUtf8(record.values[i].data(), qsizetype(record.values[i].size())));
            if (json && !plan.keys.contains(key))
                plan.keys.append(key);
        }
        samples.append(sample);
    }
    if (json)
        plan.container = json->isArray() ? QStringLiteral("json") : QStringLiteral("ndjson");
    if (samples.isEmpty())
        throw IngestError(plan.container == QLatin1String("csv")
                              ? tr("Cannot import “%1”: it has a header but no rows.").arg(plan.fileName)
                              : tr("Cannot import “%1”: it holds no events.").arg(plan.fileName));
    for (const Sample &sample : std::as_const(samples)) {
        QStringList row;
        for (const QString &key : std::as_const(plan.keys))
            row.append(sample.values.value(key));
        plan.previewRows.append(row);
    }
    return samples;
}

void Importer::chooseMapping(ImportPlan &plan, const SourcePreset *asked, const ImportOptions &options)
{
    const SourcePreset::Container container = plan.container == QLatin1String("csv")
        ? SourcePreset::Container::Csv
        : SourcePreset::Container::Json;
    const SourcePreset *preset = asked ? asked : SourcePreset::detect(plan.keys, container);
    if (asked) {
        // Among presets of one id (spellings of a dataset's columns), the one that fits.
        for (const SourcePreset &candidate : SourcePreset::all()) {
            if (candidate.id == asked->id && SourcePreset::detect(plan.keys, container) == &candidate)
                preset = &candidate;
        }
    }
    if (preset) {
        plan.presetId = preset->id;
        plan.presetName = preset->name;
        plan.mapping = preset->mapping;
        plan.rules = preset->rules;
    } else {
        plan.mapping = FieldMapping::guess(plan.keys);
    }
    const bool csv = container == SourcePreset::Container::Csv;
    plan.mapping.apply(options.maps, options.constants, csv ? plan.keys : QStringList());
}

void Importer::checkMapping(const ImportPlan &plan, const ImportOptions &options, const std::function<void(const QString &)> &problem)
{
    const QString &name = plan.fileName;
    if (!QTimeZone(options.timezone.toUtf8()).isValid())
        problem(tr("--timezone “%1” is not a time zone; use an IANA name such as "
                   "Europe/Berlin or UTC.")
                    .arg(options.timezone));
    if (!plan.mapping.isMapped(Field::Timestamp))
        problem(tr("Cannot import “%1”: no column holds the time of each event. Name it "
                   "with --map timestamp=COLUMN (columns: %2).")
                    .arg(name, plan.keys.join(QLatin1String(", "))));
    if (!plan.mapping.isMapped(Field::Event))
        problem(tr("Cannot import “%1”: no column names the event. Name it with --map "
                   "event=COLUMN, or give every row the same event with --const "
                   "event=NAME (for a table of orders: --const event=purchase).")
                    .arg(name));
    if (!plan.mapping.isMapped(Field::UserId) && !plan.mapping.isMapped(Field::AnonymousId)
        && !plan.mapping.isMapped(Field::DistinctId))
        problem(tr("Cannot import “%1”: no column identifies the user. Name it with "
                   "--map user_id=COLUMN, or --map anonymous_id=COLUMN for a device or cookie id (columns: %2).")
                    .arg(name, plan.keys.join(QLatin1String(", "))));
}

void Importer::detectTimestamps(ImportPlan &plan, const QList<Sample> &samples, const std::function<void(const QString &)> &problem)
{
    std::vector<std::string> values;
    QString firstValue;
    qint64 firstLine = 0;
    for (const Sample &sample : samples) {
        QString value = plan.mapping.hasConstant(Field::Timestamp)
            ? plan.mapping.constant(Field::Timestamp)
            : QString();
        for (const QString &column : plan.mapping.columns(Field::Timestamp)) {
            if (value.isEmpty())
                value = sample.values.value(column);
        }
        if (value.trimmed().isEmpty())
            continue;
        if (firstValue.isEmpty()) {
            firstValue = value;
            firstLine = sample.line;
        }
        values.push_back(value.toStdString());
    }
    std::vector<std::string_view> views(values.begin(), values.end());
    plan.timestampFormat = TimestampParser::detect(views);
    plan.timestampExample = firstValue;
    const QString timestampColumn = plan.mapping.hasConstant(Field::Timestamp)
        ? QStringLiteral("--const timestamp")
        : plan.mapping.columns(Field::Timestamp).join(QLatin1String(" | "));
    if (firstValue.isEmpty())
        problem(tr("Cannot import “%1”: the timestamp column “%2” is empty in the first %3 rows.")
                    .arg(plan.fileName, timestampColumn)
                    .arg(samples.size()));
    else if (plan.timestampFormat == TimestampParser::Format::Unknown)
        problem(tr("Cannot import “%1”: the column “%2” holds no timestamps Funnelscope "
                   "can read (line %3: “%4”). Timestamps can be ISO 8601 "
                   "(2024-03-01T10:15:00Z), “2024-03-01 10:15:00”, or Unix time in "
                   "seconds, milliseconds or microseconds; choose another column with "
                   "--map timestamp=COLUMN.")
                    .arg(plan.fileName, timestampColumn)
                    .arg(firstLine)
                    .arg(firstValue.left(60)));
}

ImportPlan Importer::plan(const ImportInput &input, const ImportOptions &options, bool lenient)
{
    checkFormat(options);
    const QString name = input.displayName();
    const std::unique_ptr<InputStream> stream = input.openForPlan();
    QIODevice &file = *stream;
    if (const QString problem = ImportInput::describeContent(name, file.peek(64)); !problem.isEmpty())
        throw IngestError(problem);

    ImportPlan plan;
    plan.input = input;
    plan.path = input.path();
    plan.fileName = name;
    plan.fileSize = input.size();
    // Which reader, the first records (keys, preview rows, timestamp samples), the
    // preset and the mapping, what the mapping lacks, the timestamps' form.
    const SourcePreset *asked = chooseReader(plan, options, file);
    const QList<Sample> samples = readSamples(plan, file);
    chooseMapping(plan, asked, options);
    const auto problem = [&plan, lenient](const QString &message) {
        if (!lenient)
            throw IngestError(message);
        if (plan.problem.isEmpty())
            plan.problem = message;
    };
    checkMapping(plan, options, problem);
    if (plan.mapping.isMapped(Field::Timestamp))
        detectTimestamps(plan, samples, problem);
    return plan;
}

namespace {

/** A full disk, said with how much the import needed, roughly: the size of its inputs. */
StoreError fullDisk(const StoreError &error, const QList<ImportPlan> &plans)
{
    qint64 bytes = 0;
    for (const ImportPlan &plan : plans)
        bytes += std::max<qint64>(plan.fileSize, 0);
    return StoreError(error.kind(), Importer::tr("%1 Importing “%2” needs about %3 more (the size of its events).")
                                        .arg(error.message(), plans.size() == 1 ? plans.first().fileName
                                                                                : Importer::tr("%Ln files", nullptr, int(plans.size())),
                                             QLocale().formattedDataSize(bytes)));
}

} // namespace

/** What Importer::run() does for one plan, inside the transaction of all. */
struct Importer::Pass
{
    Connection &db;
    const ImportOptions &options;
    std::unique_ptr<ImportWriter> writer;
    bool valuesWritten = false; ///< by an earlier file, in the transaction

    /** Where the pass is: @p bytes and @p rows of this plan; false cancels. */
    using PassProgress = std::function<bool(ImportProgress::Stage stage, qint64 bytes, qint64 rows)>;

    ImportReport run(const ImportPlan &plan, const PassProgress &progress);
};

ImportReport Importer::Pass::run(const ImportPlan &plan, const PassProgress &progress)
{
    using Stage = ImportProgress::Stage;
    QElapsedTimer timer;
    timer.start();
    ImportSource source;
    source.fileName = plan.fileName;
    source.filePath = plan.input.isPipe() ? plan.path : QFileInfo(plan.path).absoluteFilePath();
    source.fileSize = plan.fileSize;
    source.format = plan.presetId.isEmpty() ? plan.container : plan.presetId;
    source.mappingJson = plan.mapping.toJson();
    source.timezone = options.timezone;
    const qint64 importId = ImportLog::begin(db, source);
    ImportReport report;
    report.importId = importId;
    report.fileName = plan.fileName;
    report.format = source.format;
    if (progress && !progress(Stage::Opening, 0, 0)) {
        report.cancelled = true;
        return report; // the transaction rolls back
    }
    // The first file's dictionaries and keys can be read beside the transaction through
    // connections of their own (it has written none yet); a later file's must be read
    // through it, which holds what earlier files added.
    const bool keysExpected = plan.mapping.isMapped(Field::EventId) || options.dedupByContent;
    writer = std::make_unique<ImportWriter>(db, importId, valuesWritten ? QString() : db.path(), keysExpected);
    valuesWritten = true;
    // Reading, splitting, mapping, encoding and collecting the segment's columns run on
    // their own thread, probing the dedup keys on whichever has time; this one writes.
    EventWriter &events = writer->events();
    ParseStage stage(plan, options, events, &writer->segment());
    size_t eventIndex = 0; // of the events the parse stage gave the segment
    Statement reject(db, "INSERT INTO rejected_rows (import_id, line, reason, content) VALUES (?, ?, ?, ?)");

    std::unordered_map<std::string, qint64> rejectedByReason;
    QStringList firstRejections; // for an import that imports nothing
    std::vector<bool> users; // by user id
    qint64 rows = 0;
    using Dictionary = EventEncoder::Dictionary;
    while (ParsedBatch *batch = stage.next()) {
        events.addValues(batch->added);
        for (const ParsedItem &item : batch->items()) {
            ++rows;
            if (progress && (rows & 2047) == 0 && !progress(Stage::Reading, stage.bytesRead(), rows)) {
                stage.stop();
                report.cancelled = true;
                report.counts.rowsRead = rows;
                return report; // the transaction rolls back
            }
            if (!item.rejection.empty()) {
                reject.bind(1, importId);
                reject.bind(2, item.line);
                reject.bindText(3, item.rejection);
                reject.bindText(4, item.text);
                reject.exec();
                ++rejectedByReason[std::string(item.rejection)];
                ++report.counts.rejected;
                if (firstRejections.size() < 3)
                    firstRejections.append(tr("line %1: %2").arg(item.line).arg(QString::fromUtf8(item.rejection.data(), qsizetype(item.rejection.size()))));
                continue;
            }
            if (item.event.linkOnly) {
                events.link(item.event);
                ++report.counts.identityCalls;
                continue;
            }
            const bool written = events.write(item.event, item.keyCheck);
            if (!written)
                writer->segment().drop(eventIndex); // a duplicate
            ++eventIndex;
            if (!written)
                continue;
            const auto user = size_t(item.event.id(Dictionary::Users));
            if (user >= users.size())
                users.resize(user * 3 / 2 + 1024, false);
            report.users += users[user] ? 0 : 1;
            users[user] = true;
        }
        events.flush(); // the batch's new links
        stage.recycle(batch);
    }

    report.counts.rowsRead = rows;
    report.counts.imported = events.written();
    report.counts.duplicates = events.duplicates();
    if (report.counts.imported == 0 && report.counts.duplicates == 0 && report.counts.identityCalls == 0
        && report.counts.rejected > 0)
        throw IngestError(tr("Nothing was imported from “%1”: all %2 rows were rejected (%3). Nothing was "
                             "recorded, so the corrected file can be imported.")
                              .arg(plan.fileName)
                              .arg(report.counts.rejected)
                              .arg(firstRejections.join(QLatin1String("; "))));
    for (const auto &[reason, count] : rejectedByReason)
        report.rejectedByReason.insert(QString::fromStdString(reason), count);
    for (const auto &[id, name] : events.encoder().entryViews(Dictionary::EventTypes)) {
        if (const qint64 counted = events.typeCounts().events(id); counted > 0)
            report.eventsByType.insert(QString::fromUtf8(name.data(), qsizetype(name.size())), counted);
    }

    const QString sha = stage.sha256();
    Statement earlier(db, "SELECT id, started_at, file_name FROM imports WHERE sha256 = ? AND id <> ? ORDER BY id");
    earlier.bind(1, sha);
    earlier.bind(2, importId);
    if (earlier.step() && !options.allowDuplicateFile) {
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(earlier.int64(1));
        throw IngestError(tr("“%1” was already imported (import %2, on %3). To import it again "
                             "anyway use --allow-duplicate-file; events with an event id are "
                             "still skipped as duplicates.")
                              .arg(plan.fileName)
                              .arg(earlier.int64(0))
                              .arg(QLocale::c().toString(when, QStringLiteral("yyyy-MM-dd HH:mm"))));
    }
    Statement setSha(db, "UPDATE imports SET sha256 = ? WHERE id = ?");
    setSha.bind(1, sha);
    setSha.bind(2, importId);
    setSha.exec();
    ImportLog::finish(db, importId, report.counts);
    if (progress && !progress(Stage::Sorting, stage.bytesRead(), rows)) {
        report.cancelled = true;
        return report;
    }
    writer->finish(); // the segment is sorted and stored
    report.durationMs = timer.elapsed();
    return report;
}

Importer::Batch Importer::importAll(Workspace &workspace, QList<ImportPlan> plans, const ImportOptions &options,
                                   const Progress &progress)
{
    applyWorkspaceRules(workspace, plans, options);
    Batch batch;
    batch.reports = run(workspace, plans, options, progress);
    if (!batch.reports.isEmpty() && batch.reports.last().cancelled) {
        batch.reports.clear(); // rolled back
        batch.cancelled = true;
        return batch;
    }
    QList<qint64> importIds;
    for (const ImportReport &report : std::as_const(batch.reports))
        importIds.append(report.importId);
    batch.users = importIds.size() == 1 ? batch.reports.first().users
                                        : ImportLog::distinctUsers(workspace.connection(), importIds);
    // Each import wrote its segment; one missing (a damaged workspace) is said now.
    if (!EventTable::hasCurrentSnapshot(workspace.connection()))
        EventTable::load(workspace.connection());
    return batch;
}

ImportReport Importer::run(Workspace &workspace, const ImportPlan &plan,
                           const ImportOptions &options, const Progress &progress)
{
    return run(workspace, QList<ImportPlan>{plan}, options, progress).constFirst();
}

namespace {

/** The revenue events named for this workspace: its later imports use them too (applyWorkspaceRules()). */
void rememberRevenueEvents(Connection &db, const ImportOptions &options)
{
    if (options.revenueEvents.isEmpty())
        return;
    Statement remember(db, "INSERT INTO meta (key, value) VALUES ('revenue_events', ?) "
                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    remember.bind(1, options.revenueEvents.join(QLatin1Char('\n')));
    remember.exec();
}

} // namespace

QList<ImportReport> Importer::runPasses(Pass &pass, const QList<ImportPlan> &plans, const Progress &progress)
{
    // Progress over all the plans: the (compressed) bytes of those done, then the current one's.
    const qint64 total = ImportProgress::whole(ImportProgress::Stage::Reading, plans, {}).total;
    qint64 done = 0;
    qint64 rowsDone = 0;
    QList<ImportReport> reports;
    for (const ImportPlan &plan : plans) {
        const auto onProgress = [&](ImportProgress::Stage stage, qint64 bytes, qint64 rows) {
            return !progress || progress({stage, done + bytes, std::max(total, done + bytes), rowsDone + rows});
        };
        ImportReport report;
        try {
            report = pass.run(plan, progress ? Pass::PassProgress(onProgress) : Pass::PassProgress());
        } catch (const StoreError &error) {
            if (error.kind() != StoreError::Kind::Full)
                throw;
            throw fullDisk(error, plans);
        }
        reports.append(report);
        if (report.cancelled)
            break;
        done += std::max<qint64>(0, plan.fileSize);
        rowsDone += report.counts.rowsRead;
    }
    return reports;
}

QList<ImportReport> Importer::run(Workspace &workspace, const QList<ImportPlan> &plans,
                                  const ImportOptions &options, const Progress &progress)
{
    Connection &db = workspace.connection();
    const WriteBehind writeBehind(workspace.path()); // the disk writes while the import computes
    const std::optional<InPlaceWrites> inPlace = options.inPlace ? std::make_optional<InPlaceWrites>(db) : std::nullopt;
    const ForeignKeysOff foreignKeysOff(db);
    Transaction transaction(db);
    Pass pass{db, options, {}};
    rememberRevenueEvents(db, options);
    const QList<ImportReport> reports = runPasses(pass, plans, progress);
    if (!reports.isEmpty() && reports.last().cancelled)
        return reports; // the transaction rolls back
    pass.writer.reset();
    // The last word before the commit: a cancel until here still rolls back.
    if (progress && !progress(ImportProgress::whole(ImportProgress::Stage::Saving, plans, reports))) {
        QList<ImportReport> cancelled = reports;
        cancelled.last().cancelled = true;
        return cancelled; // the transaction rolls back
    }
    try {
        transaction.commit();
    } catch (const StoreError &error) {
        if (error.kind() != StoreError::Kind::Full)
            throw;
        throw fullDisk(error, plans);
    }
    // The import's dictionaries, dedup keys and columns were millions of small blocks:
    // hand what was freed back to the system, or the window keeps it for good.
    MemoryPolicy::releaseFreed();
    return reports;
}

} // namespace Funnelscope
