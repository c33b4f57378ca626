#include "dataquality.h"

#include "analysis/localcalendar.h"
#include "dictionaryrules.h"
#include "eventdictionary.h"
#include "ingest/timestampparser.h"
#include "store/connection.h"
#include "store/eventtexts.h"
#include "store/statement.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>

#include <simdjson.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <unordered_map>

namespace Funnelscope {

namespace {

constexpr qint64 noTime = std::numeric_limits<qint64>::max();
constexpr size_t maxExample = 120;

// Columns of the scan, after event_type_id, ts and properties.
struct ColumnParameter
{
    const char *name;
    int column;
    bool dimension; ///< an id into dimension_values; otherwise a REAL
};
constexpr ColumnParameter columnParameters[] = {
    {"product_id", 3, true}, {"category", 4, true}, {"price", 5, false}, {"revenue", 6, false},
    {"currency", 7, true},   {"device", 8, true},   {"channel", 9, true}, {"country", 10, true},
};

struct Tally
{
    qint64 rows = 0;
    qint64 first = noTime;
    std::string example;

    void add(qint64 ts, std::string_view value)
    {
        ++rows;
        if (ts < first) {
            first = ts;
            example.assign(value.substr(0, maxExample));
        }
    }
};

struct ParameterState
{
    const ParameterDefinition *definition = nullptr;
    std::string key;
    int column = -1;
    bool dimension = false;
    QRegularExpression pattern;
    std::vector<std::string> allowed;
    Tally missing;
    Tally wrongType;
    Tally notAllowed;
};

struct TypeState
{
    QString name;
    int row = -1; ///< in the dictionary, or -1
    qint64 count = 0;
    qint64 first = noTime;
    std::string example;
    std::vector<ParameterState> parameters;
    std::unordered_map<qint64, qint64> days; // julian day → events
};

bool fits(const QString &type, std::string_view text)
{
    if (type == QLatin1String("integer")) {
        size_t i = (!text.empty() && (text[0] == '-' || text[0] == '+')) ? 1 : 0;
        if (i == text.size())
            return false;
        for (; i < text.size(); ++i) {
            if (text[i] < '0' || text[i] > '9')
                return false;
        }
        return true;
    }
    if (type == QLatin1String("number")) {
        double value = 0;
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
        return error == std::errc() && end == text.data() + text.size() && std::isfinite(value);
    }
    if (type == QLatin1String("boolean"))
        return text == "true" || text == "false" || text == "1" || text == "0" || text == "TRUE"
            || text == "FALSE" || text == "True" || text == "False";
    if (type == QLatin1String("timestamp"))
        return TimestampParser(QTimeZone::utc()).parse(text).has_value();
    return true;
}

/** The text of a JSON value as a CSV cell would hold it; false for null. */
bool textOf(simdjson::dom::element element, std::string &text)
{
    using simdjson::dom::element_type;
    char buffer[32];
    switch (element.type()) {
    case element_type::NULL_VALUE:
        return false;
    case element_type::STRING:
        text.assign(std::string_view(element.get_string().value_unsafe()));
        return true;
    case element_type::INT64:
        text = std::to_string(int64_t(element.get_int64().value_unsafe()));
        return true;
    case element_type::UINT64:
        text = std::to_string(uint64_t(element.get_uint64().value_unsafe()));
        return true;
    case element_type::DOUBLE: {
        const auto result = std::to_chars(buffer, buffer + sizeof buffer, double(element.get_double().value_unsafe()));
        text.assign(buffer, result.ptr);
        return true;
    }
    case element_type::BOOL:
        text = element.get_bool().value_unsafe() ? "true" : "false";
        return true;
    case element_type::ARRAY:
    case element_type::OBJECT:
        text = simdjson::minify(element);
        return true;
    }
    return false;
}

QString fromUtf8(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

QDateTime utc(qint64 ms)
{
    return ms == noTime ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    const size_t middle = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + qsizetype(middle), values.end());
    const double upper = values[middle];
    if (values.size() % 2 == 1)
        return upper;
    const double lower = *std::max_element(values.begin(), values.begin() + qsizetype(middle));
    return (lower + upper) / 2;
}

} // namespace

QualityFinding::Severity QualityFinding::severity() const
{
    switch (kind) {
    case MissingRequired:
    case TypeMismatch:
    case VolumeDrop:
        return Severity::Error;
    case Unplanned:
    case DeprecatedSent:
    case NotAllowed:
    case VolumeSpike:
        return Severity::Warning;
    case NeverSeen:
        break;
    }
    return Severity::Notice;
}

QString QualityFinding::kindKey(Kind kind)
{
    static const char *keys[] = {"unplanned", "never_seen", "deprecated_sent", "missing_required",
                                 "type_mismatch", "not_allowed", "volume_drop", "volume_spike"};
    return QLatin1String(keys[kind]);
}

QString QualityFinding::kindLabel() const
{
    switch (kind) {
    case Unplanned: return tr("Unplanned event");
    case NeverSeen: return tr("Never seen");
    case DeprecatedSent: return tr("Deprecated but sent");
    case MissingRequired: return tr("Required parameter missing");
    case TypeMismatch: return tr("Wrong type");
    case NotAllowed: return tr("Value not allowed");
    case VolumeDrop: return tr("Volume drop");
    case VolumeSpike: return tr("Volume spike");
    }
    return {};
}

QString QualityFinding::message() const
{
    const QLocale locale;
    const QString first = since.isValid() ? locale.toString(since.date(), QLocale::ShortFormat) : QString();
    const QString share = locale.toString(rate() * 100, 'f', 1);
    switch (kind) {
    case Unplanned:
        return tr("“%1” is in the data (%2 rows since %3) but not in the dictionary.")
            .arg(event, locale.toString(rows), first);
    case NeverSeen:
        return tr("“%1” is defined, but the data has none of it.").arg(event);
    case DeprecatedSent:
        return tr("“%1” is deprecated, but the data still has %2 rows (since %3).")
            .arg(event, locale.toString(rows), first);
    case MissingRequired:
        return tr("“%1” lacks its required “%2” in %3 of %4 rows (%5%), since %6.")
            .arg(event, parameter, locale.toString(rows), locale.toString(total), share, first);
    case TypeMismatch:
        return tr("“%1.%2” has values of the wrong type in %3 of %4 rows (%5%), since %6; for example “%7”.")
            .arg(event, parameter, locale.toString(rows), locale.toString(total), share, first, example);
    case NotAllowed:
        return tr("“%1.%2” has values outside its allowed values or pattern in %3 of %4 rows (%5%), since %6; "
                  "for example “%7”.")
            .arg(event, parameter, locale.toString(rows), locale.toString(total), share, first, example);
    case VolumeDrop:
    case VolumeSpike: {
        const qint64 days = since.date().daysTo(until) + 1;
        const QString usual = locale.toString(double(total) / double(days), 'f', 0);
        const QString seen = locale.toString(double(rows) / double(days), 'f', 0);
        const QString period = days == 1 ? tr("on %1").arg(first)
                                         : tr("from %1 to %2").arg(first, locale.toString(until, QLocale::ShortFormat));
        return kind == VolumeDrop
            ? tr("“%1” fell to %2 a day %3, against a usual %4 a day.").arg(event, seen, period, usual)
            : tr("“%1” rose to %2 a day %3, against a usual %4 a day.").arg(event, seen, period, usual);
    }
    }
    return {};
}

QList<DataQuality::VolumeRun> DataQuality::volumeAnomalies(const QList<qint64> &counts, const Options &options)
{
    QList<VolumeRun> runs;
    for (int day = 0; day < counts.size(); ++day) {
        const int from = qMax(0, day - options.baselineDays);
        if (day - from < options.minimumHistoryDays)
            continue;
        std::vector<double> history;
        for (int i = from; i < day; ++i)
            history.push_back(double(counts.at(i)));
        const double center = median(history);
        if (center < options.minimumBaseline)
            continue;
        std::vector<double> deviations;
        for (const double value : history)
            deviations.push_back(std::abs(value - center));
        // MAD scaled to a standard deviation, but never below Poisson noise.
        const double spread = std::max({1.4826 * median(deviations), std::sqrt(center), 1.0});
        const double observed = double(counts.at(day));
        const double z = (observed - center) / spread;
        const bool drop = z <= -options.threshold && observed <= 0.5 * center;
        const bool spike = z >= options.threshold && observed >= 2.0 * center;
        if (!drop && !spike)
            continue;
        if (!runs.isEmpty() && runs.last().last == day - 1 && runs.last().drop == drop) {
            runs.last().last = day;
            runs.last().observed += counts.at(day);
            runs.last().expected += center;
        } else {
            runs.append({day, day, drop, counts.at(day), center});
        }
    }
    return runs;
}

namespace {

QHash<qint64, std::string> loadDimensions(Connection &connection)
{
    QHash<qint64, std::string> dimensions;
    Statement select(connection, "SELECT id, value FROM dimension_values");
    while (select.step())
        dimensions.insert(select.int64(0), std::string(select.utf8(1)));
    return dimensions;
}

/** Each event type of the workspace with the checks its definition asks for. */
std::unordered_map<qint64, TypeState> loadTypes(Connection &connection, const EventDictionary &dictionary)
{
    std::unordered_map<qint64, TypeState> types;
    Statement select(connection, "SELECT id, name FROM event_types");
    while (select.step()) {
        TypeState state;
        state.name = select.text(1);
        state.row = dictionary.indexOf(state.name);
        if (state.row >= 0) {
            for (const ParameterDefinition &parameter : dictionary.at(state.row).parameters) {
                ParameterState check;
                check.definition = &parameter;
                check.key = parameter.name.toStdString();
                for (const ColumnParameter &column : columnParameters) {
                    if (parameter.name == QLatin1String(column.name)) {
                        check.column = column.column;
                        check.dimension = column.dimension;
                    }
                }
                if (!parameter.pattern.isEmpty())
                    check.pattern = QRegularExpression(QRegularExpression::anchoredPattern(parameter.pattern));
                for (const QString &value : parameter.allowedValues)
                    check.allowed.push_back(value.toStdString());
                state.parameters.push_back(std::move(check));
            }
        }
        types.emplace(select.int64(0), std::move(state));
    }
    return types;
}

/** The days the data covers (Julian, in the workspace's zone). */
struct DayRange
{
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = std::numeric_limits<qint64>::min();
};

/** Reads every event once, counting per type and day and checking its parameters. */
DayRange scanEvents(Connection &connection, const QHash<qint64, std::string> &dimensions,
                    std::unordered_map<qint64, TypeState> &types, const DataQuality::Options &options,
                    const TaskContext &task)
{
    const LocalCalendar calendar{QTimeZone(options.timezone.toUtf8())};
    DayRange range;
    simdjson::dom::parser parser;
    std::string text;
    Statement scan(connection, "SELECT event_type_id, ts, properties, product_id, category_id, "
                               "price, revenue, currency_id, device_id, channel_id, country_id FROM events");
    qint64 scanned = 0;
    while (scan.step()) {
        if ((++scanned & 0xFFFF) == 0)
            task.throwIfCancelled();
        const auto found = types.find(scan.int64(0));
        if (found == types.end())
            continue;
        TypeState &type = found->second;
        const qint64 ts = scan.int64(1);
        const std::string_view properties = scan.utf8(2);
        ++type.count;
        if (ts < type.first) {
            type.first = ts;
            type.example.assign(properties.substr(0, maxExample));
        }
        const qint64 julian = calendar.date(ts).toJulianDay();
        ++type.days[julian];
        range.first = std::min(range.first, julian);
        range.last = std::max(range.last, julian);
        if (type.parameters.empty())
            continue;

        simdjson::dom::object object;
        const bool hasObject = !properties.empty()
            && parser.parse(properties.data(), properties.size()).get_object().get(object) == simdjson::SUCCESS;
        for (ParameterState &check : type.parameters) {
            bool present = false;
            if (check.column >= 0 && !scan.isNull(check.column)) {
                if (check.dimension) {
                    text = dimensions.value(scan.int64(check.column));
                } else {
                    char buffer[32];
                    const auto result = std::to_chars(buffer, buffer + sizeof buffer, scan.real(check.column));
                    text.assign(buffer, result.ptr);
                }
                present = true;
            } else if (hasObject) {
                simdjson::dom::element element;
                if (object.at_key(check.key).get(element) == simdjson::SUCCESS)
                    present = textOf(element, text);
            }
            if (!present || text.empty()) {
                if (check.definition->required)
                    check.missing.add(ts, std::string_view());
                continue;
            }
            if (!fits(check.definition->type, text)) {
                check.wrongType.add(ts, text);
                continue;
            }
            const bool listed = check.allowed.empty()
                || std::find(check.allowed.begin(), check.allowed.end(), text) != check.allowed.end();
            const bool matches = check.definition->pattern.isEmpty()
                || check.pattern.match(QString::fromUtf8(text.data(), qsizetype(text.size()))).hasMatch();
            if (!listed || !matches)
                check.notAllowed.add(ts, text);
        }
    }
    return range;
}

/** The findings of the scanned types, worst first. */
QList<QualityFinding> findingsOf(const std::unordered_map<qint64, TypeState> &types, const EventDictionary &dictionary,
                                 DayRange range, const DataQuality::Options &options)
{
    QList<QualityFinding> findings;
    QSet<int> seenRows;
    for (const auto &[id, type] : types) {
        if (type.count == 0)
            continue;
        if (type.row >= 0)
            seenRows.insert(type.row);
        QualityFinding base;
        base.event = type.row >= 0 ? dictionary.at(type.row).name : type.name;
        if (type.row < 0) {
            QualityFinding finding = base;
            finding.kind = QualityFinding::Unplanned;
            finding.rows = type.count;
            finding.total = type.count;
            finding.since = utc(type.first);
            finding.example = fromUtf8(type.example);
            findings.append(finding);
        } else if (dictionary.at(type.row).status == QLatin1String("deprecated")) {
            QualityFinding finding = base;
            finding.kind = QualityFinding::DeprecatedSent;
            finding.rows = type.count;
            finding.total = type.count;
            finding.since = utc(type.first);
            findings.append(finding);
        }
        for (const ParameterState &check : type.parameters) {
            const std::pair<QualityFinding::Kind, const Tally *> tallies[] = {
                {QualityFinding::MissingRequired, &check.missing},
                {QualityFinding::TypeMismatch, &check.wrongType},
                {QualityFinding::NotAllowed, &check.notAllowed},
            };
            for (const auto &[kind, tally] : tallies) {
                if (tally->rows == 0)
                    continue;
                QualityFinding finding = base;
                finding.kind = kind;
                finding.parameter = check.definition->name;
                finding.rows = tally->rows;
                finding.total = type.count;
                finding.since = utc(tally->first);
                finding.example = fromUtf8(tally->example);
                findings.append(finding);
            }
        }
        // Whole days only: the first and last day of the data are partial.
        QList<qint64> counts;
        for (qint64 day = range.first + 1; day < range.last; ++day) {
            const auto it = type.days.find(day);
            counts.append(it == type.days.end() ? 0 : it->second);
        }
        const QList<DataQuality::VolumeRun> runs = DataQuality::volumeAnomalies(counts, options);
        for (const DataQuality::VolumeRun &run : runs) {
            QualityFinding finding = base;
            finding.kind = run.drop ? QualityFinding::VolumeDrop : QualityFinding::VolumeSpike;
            finding.rows = run.observed;
            finding.total = qint64(std::llround(run.expected));
            const QDate start = QDate::fromJulianDay(range.first + 1 + run.first);
            finding.since = QDateTime(start, QTime(0, 0), QTimeZone(options.timezone.toUtf8())).toUTC();
            finding.until = QDate::fromJulianDay(range.first + 1 + run.last);
            finding.example = QCoreApplication::translate("Funnelscope::DataQuality", "%1 on %2, against a median of %3")
                                  .arg(counts.at(run.first))
                                  .arg(start.toString(Qt::ISODate))
                                  .arg(run.expected / double(run.last - run.first + 1), 0, 'f', 0);
            findings.append(finding);
        }
    }
    for (int row = 0; row < dictionary.count(); ++row) {
        if (seenRows.contains(row) || dictionary.at(row).status == QLatin1String("deprecated"))
            continue;
        QualityFinding finding;
        finding.kind = QualityFinding::NeverSeen;
        finding.event = dictionary.at(row).name;
        findings.append(finding);
    }
    std::stable_sort(findings.begin(), findings.end(), [](const QualityFinding &a, const QualityFinding &b) {
        if (a.severity() != b.severity())
            return a.severity() < b.severity();
        if (a.event != b.event)
            return a.event < b.event;
        return a.kind < b.kind;
    });
    return findings;
}

} // namespace

QList<QualityFinding> DataQuality::check(Connection &connection, const EventDictionary &dictionary,
                                         const Options &options, const TaskContext &task)
{
    const QHash<qint64, std::string> dimensions = loadDimensions(connection);
    std::unordered_map<qint64, TypeState> types = loadTypes(connection, dictionary);
    const DayRange range = scanEvents(connection, dimensions, types, options, task);
    return findingsOf(types, dictionary, range, options);
}

} // namespace Funnelscope
