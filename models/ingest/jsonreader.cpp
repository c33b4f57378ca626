#include "jsonreader.h"

#include "ingesterror.h"

#include <QIODevice>

#include <simdjson.h>

#include <algorithm>
#include <charconv>
#include <deque>
#include <cstring>

namespace Funnelscope {

namespace {

constexpr size_t maxRecordBytes = 16 << 20;

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

} // namespace

/** simdjson's parser and the flattened keys and values of the current record. */
struct JsonReader::Parser
{
    simdjson::dom::parser parser;
    simdjson::dom::element root; // the record nextValue() parsed already, when it says so
    // Where flatten() adds the current record's keys and values: views into simdjson's own
    // strings (valid until the next parse) where they are a source's text as it stands,
    // else into `owned`.
    SourceRecord *record = nullptr;
    std::string rejection;

    // Keys and values made here (a nested key, a number's digits, an array as JSON). A
    // deque, so a string's place stays as more are added; the first `ownedCount` hold this
    // record's, the ones beyond are kept (with their capacity) for the next records.
    std::deque<std::string> owned;
    size_t ownedCount = 0;
    std::string_view keep(std::string_view text)
    {
        if (ownedCount == owned.size())
            owned.emplace_back();
        std::string &slot = owned[ownedCount++];
        slot.assign(text);
        return slot;
    }

    /** Adds a value; @p stable: whether a text lives in simdjson's parsed document (else it is copied). */
    void add(std::string_view key, bool keyStable, std::string_view value, bool valueStable, bool isString)
    {
        record->keys.push_back(keyStable ? key : keep(key));
        record->values.push_back(valueStable ? value : keep(value));
        record->quoted.push_back(isString);
        if (isString && valueStable && !value.empty()) { // in simdjson's strings (a boolean's text is not)
            low = low == nullptr ? value.data() : std::min(low, value.data());
            high = std::max(high, value.data() + value.size());
        }
    }
    // The part of simdjson's strings that holds the record's string values, one after
    // another (SourceRecord::backing, when it is short).
    const char *low = nullptr;
    const char *high = nullptr;

    char digits[32];
    std::string_view number(double value)
    {
        const auto result = std::to_chars(digits, digits + sizeof digits, value);
        return {digits, size_t(result.ptr - digits)};
    }
    template<typename Integer>
    std::string_view integer(Integer value)
    {
        const auto result = std::to_chars(digits, digits + sizeof digits, value);
        return {digits, size_t(result.ptr - digits)};
    }

    /** GA4's {key, value: {string_value | int_value | float_value | double_value}}. */
    bool addKeyValueArray(const std::string &prefix, simdjson::dom::array array)
    {
        for (simdjson::dom::element item : array) {
            simdjson::dom::object object;
            if (item.get_object().get(object) != simdjson::SUCCESS)
                return false;
            std::string_view key;
            simdjson::dom::object value;
            if (object["key"].get_string().get(key) != simdjson::SUCCESS
                || object["value"].get_object().get(value) != simdjson::SUCCESS)
                return false;
        }
        for (simdjson::dom::element item : array) {
            const simdjson::dom::object object = item.get_object().value_unsafe();
            // Checked in the loop above: every item has a string key and an object value.
            const std::string_view name = object["key"].get_string().value_unsafe();
            const simdjson::dom::object value = object["value"].get_object().value_unsafe();
            const std::string key = prefix + std::string(name);
            for (const simdjson::dom::key_value_pair field : value) {
                if (!field.value.is_null()) {
                    flatten(key, field.value);
                    break;
                }
            }
        }
        return true;
    }

    void flatten(const std::string &key, simdjson::dom::element element)
    {
        switch (element.type()) {
        case simdjson::dom::element_type::OBJECT: {
            const simdjson::dom::object object = element.get_object().value_unsafe();
            for (const simdjson::dom::key_value_pair field : object) {
                if (key.empty() && field.value.type() != simdjson::dom::element_type::OBJECT
                    && field.value.type() != simdjson::dom::element_type::ARRAY) {
                    leaf(field.key, true, field.value); // top-level scalars: no key string built
                    continue;
                }
                flatten(key.empty() ? std::string(field.key) : key + '.' + std::string(field.key), field.value);
            }
            break;
        }
        case simdjson::dom::element_type::ARRAY: {
            const simdjson::dom::array array = element.get_array().value_unsafe();
            if (array.size() > 0 && addKeyValueArray(key + '.', array))
                break;
            add(key, false, simdjson::minify(element), false, false);
            break;
        }
        default:
            leaf(key, false, element);
            break;
        }
    }
    /** A scalar (string, number, boolean; null adds nothing); @p keyStable: add()'s. */
    void leaf(std::string_view key, bool keyStable, simdjson::dom::element element)
    {
        switch (element.type()) {
        case simdjson::dom::element_type::STRING:
            add(key, keyStable, element.get_string().value_unsafe(), true, true);
            break;
        case simdjson::dom::element_type::INT64:
            add(key, keyStable, integer(element.get_int64().value_unsafe()), false, false);
            break;
        case simdjson::dom::element_type::UINT64:
            add(key, keyStable, integer(element.get_uint64().value_unsafe()), false, false);
            break;
        case simdjson::dom::element_type::DOUBLE:
            add(key, keyStable, number(element.get_double().value_unsafe()), false, false);
            break;
        case simdjson::dom::element_type::BOOL:
            add(key, keyStable, element.get_bool().value_unsafe() ? "true" : "false", true, false);
            break;
        default:
            break;
        }
    }
};

JsonReader::JsonReader(QIODevice &device, const QString &fileName)
    : mIn(device)
    , mFileName(fileName)
    , mParser(std::make_unique<Parser>())
{
    refill();
    if (mIn.data.size() >= 3 && mIn.data.compare(0, 3, "\xEF\xBB\xBF") == 0) {
        mIn.pos = 3;
        mBytesConsumed = 3;
    }
    while (true) {
        while (mIn.pos < mIn.data.size() && isSpace(mIn.data[mIn.pos])) {
            if (mIn.data[mIn.pos] == '\n')
                ++mLine;
            ++mIn.pos;
            ++mBytesConsumed;
        }
        if (mIn.pos < mIn.data.size() || !refill())
            break;
    }
    if (mIn.pos >= mIn.data.size())
        fail(tr("the file is empty"));
    if (mIn.data[mIn.pos] == '[') {
        mArray = true;
        ++mIn.pos;
        ++mBytesConsumed;
    } else if (mIn.data[mIn.pos] != '{') {
        fail(tr("it does not start with a JSON object or array (line %1)").arg(mLine));
    }
}

JsonReader::~JsonReader() = default;

void JsonReader::fail(const QString &why) const
{
    throw IngestError(tr("Cannot import “%1”: %2.").arg(mFileName, why));
}

bool JsonReader::refill()
{
    QString error;
    const bool more = mIn.refill(&error);
    if (!error.isEmpty())
        fail(tr("it could not be read: %1").arg(error));
    return more;
}

bool JsonReader::nextValue(size_t &start, size_t &end, bool &parsed, qint64 &line)
{
    // Skip white space and, in an array, the commas and the closing bracket.
    while (true) {
        if (mIn.pos >= mIn.data.size() && !refill())
            break;
        const char c = mIn.data[mIn.pos];
        if (isSpace(c) || (mArray && c == ',')) {
            if (c == '\n')
                ++mLine;
            ++mIn.pos;
            ++mBytesConsumed;
        } else if (mArray && c == ']') {
            mArrayClosed = true;
            ++mIn.pos;
            ++mBytesConsumed;
        } else {
            break;
        }
    }
    if (mIn.pos >= mIn.data.size()) {
        if (mArray && !mArrayClosed)
            fail(tr("the JSON array is not closed: the file ends before its “]”"));
        return false;
    }
    line = mLine; // where the value starts, after the white space before it
    if (mIn.data[mIn.pos] != '{')
        fail(tr("line %1 holds something other than a JSON object").arg(mLine));

    // NDJSON: an object a line. A line (without the white space that ends it) that parses
    // as one object is the record, found by memchr instead of going through every byte
    // (and parsed where it lies, without a copy, when the buffer holds simdjson's padding
    // after it); anything else (an object over several lines, two on one line) is found below.
    parsed = false;
    const char *begin = mIn.data.data() + mIn.pos;
    const void *newline = std::memchr(begin, '\n', mIn.data.size() - mIn.pos);
    if (newline) {
        size_t length = size_t(static_cast<const char *>(newline) - begin);
        while (length > 0 && isSpace(begin[length - 1]))
            --length;
        // simdjson reads up to SIMDJSON_PADDING bytes past the end: the next lines are
        // there, except near the buffer's end (then it copies the line).
        const bool padded = mIn.pos + length + simdjson::SIMDJSON_PADDING <= mIn.data.size();
        if (length <= maxRecordBytes && begin[length - 1] == '}'
            && mParser->parser.parse(begin, length, !padded).get(mParser->root) == simdjson::SUCCESS
            && mParser->root.is_object()) {
            parsed = true;
            mOneLinePerRecord = !mArray;
            start = mIn.pos;
            end = mIn.pos + length;
            mIn.pos = end;
            mBytesConsumed += qint64(length);
            return true;
        }
    }

    if (mOneLinePerRecord && !mArray) {
        // The file has shown to be NDJSON. A line that is no object of its own either begins
        // an object over several lines (which then parses) or is broken, cut off: then it is
        // one rejected record, not the start of a value that swallows the lines after it.
        // Parsed as a line above when it is one.
        size_t offset = 0;
        qint64 lines = 0;
        // (An object over several lines in NDJSON is small: a broken line is not read on for long.)
        if (scanValue(offset, lines, 1 << 20)
            && mParser->parser.parse(mIn.data.data() + mIn.pos, offset, true).get(mParser->root) == simdjson::SUCCESS
            && mParser->root.is_object()) {
            parsed = true;
            start = mIn.pos;
            end = mIn.pos + offset;
            mLine += lines;
            mIn.pos = end;
            mBytesConsumed += qint64(offset);
            return true;
        }
        begin = mIn.data.data() + mIn.pos;
        newline = std::memchr(begin, '\n', mIn.data.size() - mIn.pos);
        size_t length = newline ? size_t(static_cast<const char *>(newline) - begin) : mIn.data.size() - mIn.pos;
        while (length > 0 && isSpace(begin[length - 1]))
            --length;
        start = mIn.pos;
        end = mIn.pos + length;
        mIn.pos = end;
        mBytesConsumed += qint64(length);
        return true;
    }
    // Find the end of this object: depth counting outside strings.
    size_t offset = 0;
    qint64 lines = 0;
    if (!scanValue(offset, lines, maxRecordBytes))
        fail(tr("the JSON ends in the middle of the record that starts on line %1").arg(mLine));
    start = mIn.pos;
    end = mIn.pos + offset;
    mLine += lines;
    mIn.pos = end;
    mBytesConsumed += qint64(offset);
    return true;
}

bool JsonReader::scanValue(size_t &offset, qint64 &lines, size_t limit)
{
    offset = 0;
    lines = 0;
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    while (true) {
        if (mIn.pos + offset >= mIn.data.size()) {
            const size_t before = mIn.pos;
            if (!refill())
                return false;
            Q_ASSERT(mIn.pos == 0 || mIn.pos == before);
            Q_UNUSED(before);
        }
        if (offset > limit) {
            if (limit < maxRecordBytes)
                return false;
            fail(tr("the record on line %1 is larger than %2 MiB").arg(mLine).arg(maxRecordBytes >> 20));
        }
        const char c = mIn.data[mIn.pos + offset];
        ++offset;
        if (c == '\n')
            ++lines;
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth == 0)
                return true;
        }
    }
}

bool JsonReader::next(SourceRecord &record)
{
    size_t start = 0;
    size_t end = 0;
    bool parsed = false;
    qint64 line = 0;
    if (!nextValue(start, end, parsed, line))
        return false;
    Parser &p = *mParser;
    p.ownedCount = 0;
    record.line = line;
    record.rejection = {};
    // The record as written, a view into the read buffer: valid until the next call.
    record.text = std::string_view(mIn.data.data() + start, std::min<size_t>(end - start, 2000));
    record.keys.clear();
    record.values.clear();
    record.quoted.clear();
    record.backing = {};

    simdjson::dom::element root = p.root;
    const auto error = parsed ? simdjson::SUCCESS : p.parser.parse(mIn.data.data() + start, end - start, true).get(root);
    if (error) {
        p.rejection = "invalid JSON (" + std::string(simdjson::error_message(error)) + ")";
        record.rejection = p.rejection;
        return true;
    }
    p.record = &record;
    p.low = nullptr;
    p.high = nullptr;
    p.flatten(std::string(), root);
    // One copy of a record's strings is cheaper than one a field where they keep a record
    // (ParsedBatch::keep()); a record with long strings (GA4's nested parameters) keeps
    // its fields each.
    constexpr std::ptrdiff_t shortRecord = 1024;
    record.backing = p.low != nullptr && p.high - p.low <= shortRecord ? std::string_view(p.low, size_t(p.high - p.low))
                                                                        : std::string_view();
    return true;
}

} // namespace Funnelscope
