#include "importer.h"

#include "csvreader.h"
#include "ingesterror.h"
#include "jsonreader.h"
#include "sha256.h"
#include "sourcepreset.h"
#include "store/connection.h"
#include "store/eventwriter.h"
#include "store/importlog.h"
#include "store/jsontext.h"
#include "store/statement.h"
#include "store/transaction.h"
#include "store/workspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <charconv>
#include <optional>
#include <unordered_map>
#include <unordered_set>

namespace Funnelscope {

namespace {

/** A read-only view of a file that hashes what is read through it. */
class HashingFile : public QIODevice
{
public:
    explicit HashingFile(const QString &path)
        : mFile(path)
    {
    }
    bool open(OpenMode mode) override
    {
        return mFile.open(mode) && QIODevice::open(mode | QIODevice::Unbuffered);
    }
    QString sha256() { return mHash.hex(); }
    QString fileError() const { return mFile.errorString(); }

protected:
    qint64 readData(char *data, qint64 size) override
    {
        const qint64 got = mFile.read(data, size);
        if (got > 0)
            mHash.addData(std::string_view(data, size_t(got)));
        return got;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QFile mFile;
    Sha256 mHash;
};

/** Ids exported as numbers (`17850.0`) become `17850`; NA, null and friends mean none. */
std::string_view normalizedId(std::string_view id)
{
    id = SourceRecord::trimmed(id);
    if (id == "NA" || id == "N/A" || id == "null" || id == "NULL" || id == "None"
        || id == "undefined" || id == "(not set)" || id == "nan" || id == "NaN")
        return {};
    const size_t dot = id.find('.');
    if (dot != std::string_view::npos && dot > 0
        && id.find_first_not_of("0123456789") == dot
        && id.find_first_not_of('0', dot + 1) == std::string_view::npos)
        return id.substr(0, dot);
    return id;
}

std::optional<double> number(std::string_view text)
{
    text = SourceRecord::trimmed(text);
    if (text.empty())
        return std::nullopt;
    if (text.front() == '+')
        text.remove_prefix(1);
    double value = 0;
    const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    if (result.ec != std::errc() || result.ptr != text.data() + text.size())
        return std::nullopt;
    return value;
}

/** Where each field's value comes from in a record: candidate columns or a constant. */
struct ResolvedField
{
    std::vector<std::string> columns;
    std::optional<std::string> constant;
};

} // namespace

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

qint64 Importer::findImportOf(Workspace &workspace, const QString &sha256)
{
    Statement select(workspace.connection(), "SELECT id FROM imports WHERE sha256 = ? ORDER BY id");
    select.bind(1, sha256);
    return select.step() ? select.int64(0) : 0;
}

ImportPlan Importer::plan(const QString &path, const ImportOptions &options, bool lenient)
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
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.exists())
        throw IngestError(tr("Cannot import “%1”: the file does not exist.").arg(QDir::toNativeSeparators(path)));
    if (info.isDir())
        throw IngestError(tr("Cannot import “%1”: it is a folder, not a file.").arg(QDir::toNativeSeparators(path)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw IngestError(tr("Cannot import “%1”: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));

    ImportPlan plan;
    plan.path = path;
    plan.fileName = name;
    plan.fileSize = info.size();

    // Which reader: asked for, implied by a preset, or seen in the first bytes.
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

    std::unique_ptr<RecordReader> reader = openReader(file, plan);
    if (auto *csv = dynamic_cast<CsvReader *>(reader.get())) {
        plan.delimiter = csv->delimiter();
        for (const std::string &column : csv->header())
            plan.keys.append(QString::fromStdString(column));
    }
    auto *json = dynamic_cast<JsonReader *>(reader.get());

    // The first records: keys (for JSON), preview rows and timestamp samples.
    struct Sample
    {
        qint64 line;
        QHash<QString, QString> values;
    };
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
                              ? tr("Cannot import “%1”: it has a header but no rows.").arg(name)
                              : tr("Cannot import “%1”: it holds no events.").arg(name));

    // The preset and the mapping.
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
    } else {
        plan.mapping = FieldMapping::guess(plan.keys);
    }
    plan.mapping.apply(options.maps, options.constants, json ? QStringList() : plan.keys);

    for (const Sample &sample : samples) {
        QStringList row;
        for (const QString &key : std::as_const(plan.keys))
            row.append(sample.values.value(key));
        plan.previewRows.append(row);
    }
    const auto problem = [&plan, lenient](const QString &message) {
        if (!lenient)
            throw IngestError(message);
        if (plan.problem.isEmpty())
            plan.problem = message;
    };

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
    if (!plan.mapping.isMapped(Field::UserId) && !plan.mapping.isMapped(Field::AnonymousId))
        problem(tr("Cannot import “%1”: no column identifies the user. Name it with "
                   "--map user_id=COLUMN (columns: %2).")
                    .arg(name, plan.keys.join(QLatin1String(", "))));
    if (!plan.mapping.isMapped(Field::Timestamp))
        return plan;

    // The timestamp form, from the first rows' values.
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
                    .arg(name, timestampColumn)
                    .arg(samples.size()));
    else if (plan.timestampFormat == TimestampParser::Format::Unknown)
        problem(tr("Cannot import “%1”: the column “%2” holds no timestamps Funnelscope "
                   "can read (line %3: “%4”). Timestamps can be ISO 8601 "
                   "(2024-03-01T10:15:00Z), “2024-03-01 10:15:00”, or Unix time in "
                   "seconds, milliseconds or microseconds; choose another column with "
                   "--map timestamp=COLUMN.")
                    .arg(name, timestampColumn)
                    .arg(firstLine)
                    .arg(firstValue.left(60)));
    return plan;
}

ImportReport Importer::run(Workspace &workspace, const ImportPlan &plan,
                           const ImportOptions &options, const Progress &progress)
{
    QElapsedTimer timer;
    timer.start();
    HashingFile file(plan.path);
    if (!file.open(QIODevice::ReadOnly))
        throw IngestError(tr("Cannot import “%1”: %2.").arg(plan.fileName, file.fileError()));
    std::unique_ptr<RecordReader> reader = openReader(file, plan);
    const TimestampParser parser(QTimeZone(options.timezone.toUtf8()));

    // The mapping, resolved to UTF-8 once.
    std::array<ResolvedField, fieldCount> fields;
    for (int f = 0; f < fieldCount; ++f) {
        if (plan.mapping.hasConstant(Field(f)))
            fields[size_t(f)].constant = plan.mapping.constant(Field(f)).toStdString();
        for (const QString &column : plan.mapping.columns(Field(f))) {
            fields[size_t(f)].columns.push_back(column.toStdString());
        }
    }

    Connection &db = workspace.connection();
    Transaction transaction(db);
    ImportSource source;
    source.fileName = plan.fileName;
    source.filePath = QFileInfo(plan.path).absoluteFilePath();
    source.fileSize = plan.fileSize;
    source.format = plan.presetId.isEmpty() ? plan.container : plan.presetId;
    source.mappingJson = plan.mapping.toJson();
    source.timezone = options.timezone;
    const qint64 importId = ImportLog::begin(db, source);
    EventWriter writer(db, importId);
    Statement reject(db, "INSERT INTO rejected_rows (import_id, line, reason, content) VALUES (?, ?, ?, ?)");

    ImportReport report;
    report.importId = importId;
    report.fileName = plan.fileName;
    report.format = source.format;
    std::unordered_map<std::string, qint64> rejectedByReason;
    std::unordered_map<std::string, qint64> eventsByType;
    std::unordered_set<std::string> users;

    const auto rejectRow = [&](const SourceRecord &record, std::string_view reason) {
        reject.bind(1, importId);
        reject.bind(2, record.line);
        reject.bindText(3, reason);
        reject.bindText(4, record.text);
        reject.exec();
        ++rejectedByReason[std::string(reason)];
        ++report.counts.rejected;
    };

    // Per record: where each key is (JSON records carry their own keys), and which
    // columns gave a field its value; every other non-empty column goes to properties.
    std::unordered_map<std::string_view, size_t> index;
    std::vector<char> used;
    const auto value = [&](const SourceRecord &record, Field field) -> std::string_view {
        const ResolvedField &resolved = fields[size_t(field)];
        if (resolved.constant)
            return *resolved.constant;
        for (const std::string &column : resolved.columns) {
            const auto found = index.find(column);
            if (found != index.end()) {
                const std::string_view text = SourceRecord::trimmed(record.values[found->second]);
                if (!text.empty()) {
                    used[found->second] = 1;
                    return text;
                }
            }
        }
        return {};
    };
    // A mapped number that is not a number stays in the properties as it was written.
    const auto numberOf = [&](const SourceRecord &record, Field field) -> std::optional<double> {
        const std::string_view text = value(record, field);
        const std::optional<double> result = number(text);
        if (!result && !text.empty() && !fields[size_t(field)].constant) {
            for (size_t i = 0; i < record.values.size(); ++i) {
                if (SourceRecord::trimmed(record.values[i]).data() == text.data())
                    used[i] = 0;
            }
        }
        return result;
    };

    SourceRecord record;
    std::string properties;
    std::string contentKey;
    std::string userKey;
    EventRecord event;
    qint64 rows = 0;
    std::vector<const char *> lastKeys; // where the keys lived: JSON records move them
    while (reader->next(record)) {
        ++rows;
        if (progress && (rows & 2047) == 0 && !progress(reader->bytesRead(), plan.fileSize, rows)) {
            report.cancelled = true;
            report.counts.rowsRead = rows;
            return report; // the transaction rolls back
        }
        if (!record.rejection.empty()) {
            rejectRow(record, record.rejection);
            continue;
        }
        bool sameKeys = record.keys.size() == lastKeys.size();
        for (size_t i = 0; sameKeys && i < record.keys.size(); ++i)
            sameKeys = record.keys[i].data() == lastKeys[i];
        if (!sameKeys) {
            index.clear();
            lastKeys.clear();
            for (size_t i = 0; i < record.keys.size(); ++i) {
                index.emplace(record.keys[i], i);
                lastKeys.push_back(record.keys[i].data());
            }
        }
        used.assign(record.keys.size(), 0);

        std::string_view user = normalizedId(value(record, Field::UserId));
        const std::string_view anonymous = normalizedId(value(record, Field::AnonymousId));
        if (user.empty())
            user = anonymous;
        if (user.empty()) {
            rejectRow(record, "missing user_id");
            continue;
        }
        const std::string_view name = value(record, Field::Event);
        if (name.empty()) {
            rejectRow(record, "missing event");
            continue;
        }
        const std::string_view when = value(record, Field::Timestamp);
        if (when.empty()) {
            rejectRow(record, "missing timestamp");
            continue;
        }
        std::optional<qint64> timestamp = parser.parse(when);
        if (timestamp && !fields[size_t(Field::TimestampOffset)].columns.empty()) {
            const std::optional<double> offset = number(value(record, Field::TimestampOffset));
            if (offset)
                *timestamp += qint64(*offset);
        }
        if (!timestamp) {
            rejectRow(record, "unparseable timestamp");
            continue;
        }

        event = EventRecord();
        event.timestampMs = *timestamp;
        event.user = user;
        event.event = name;
        event.session = value(record, Field::SessionId);
        event.anonymousId = anonymous;
        event.device = value(record, Field::Device);
        event.channel = value(record, Field::Channel);
        event.country = value(record, Field::Country);
        event.product = normalizedId(value(record, Field::ProductId));
        event.category = value(record, Field::Category);
        event.currency = value(record, Field::Currency);
        event.price = numberOf(record, Field::Price);
        event.revenue = numberOf(record, Field::Revenue);
        // Quantity stays in the properties; it only helps compute revenue.
        if (!event.revenue && fields[size_t(Field::Revenue)].columns.empty()
            && !fields[size_t(Field::Quantity)].columns.empty() && event.price) {
            if (const std::optional<double> quantity = number(value(record, Field::Quantity)))
                event.revenue = *quantity * *event.price;
        }
        for (const std::string &column : fields[size_t(Field::Quantity)].columns) {
            if (const auto found = index.find(column); found != index.end())
                used[found->second] = 0;
        }
        event.dedupKey = value(record, Field::EventId);
        if (event.dedupKey.empty() && options.dedupByContent) {
            contentKey.assign(user);
            contentKey += '\x1f';
            contentKey.append(name);
            contentKey += '\x1f';
            contentKey += std::to_string(*timestamp);
            event.dedupKey = contentKey;
        }

        properties.clear();
        for (size_t i = 0; i < record.keys.size(); ++i) {
            const std::string_view text = record.values[i];
            if (text.empty() || used[i])
                continue;
            properties += properties.empty() ? '{' : ',';
            JsonText::appendString(properties, record.keys[i]);
            properties += ':';
            if (record.quoted[i])
                JsonText::appendString(properties, text);
            else
                properties += text;
        }
        if (!properties.empty())
            properties += '}';
        event.properties = properties;

        if (writer.write(event)) {
            userKey.assign(user);
            users.insert(userKey);
            ++eventsByType[std::string(name)];
        }
    }

    report.counts.rowsRead = rows;
    report.counts.imported = writer.written();
    report.counts.duplicates = writer.duplicates();
    report.users = qint64(users.size());
    for (const auto &[reason, count] : rejectedByReason)
        report.rejectedByReason.insert(QString::fromStdString(reason), count);
    for (const auto &[name, count] : eventsByType)
        report.eventsByType.insert(QString::fromStdString(name), count);

    const QString sha = file.sha256();
    Statement earlier(db, "SELECT id, started_at FROM imports WHERE sha256 = ? AND id <> ? ORDER BY id");
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
    transaction.commit();
    report.durationMs = timer.elapsed();
    return report;
}

} // namespace Funnelscope
