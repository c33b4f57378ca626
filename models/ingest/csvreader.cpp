#include "csvreader.h"

#include "ingesterror.h"

#include <QIODevice>

#include <simdjson.h>

#include <array>
#include <bit>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace Funnelscope {

namespace {

constexpr std::array<char, 4> candidates = {',', ';', '\t', '|'};

} // namespace

CsvReader::CsvReader(QIODevice &device, const QString &fileName, char delimiter)
    : mIn(device)
    , mFileName(fileName)
    , mDelimiter(delimiter)
{
    refill();
    if (mIn.data.size() >= 3 && mIn.data.compare(0, 3, "\xEF\xBB\xBF") == 0)
        mIn.pos = 3; // UTF-8 byte order mark
    if (mIn.pos >= mIn.data.size() && mIn.eof)
        fail(tr("the file is empty"));
    if (mDelimiter == 0)
        mDelimiter = detectDelimiter(std::string_view(mIn.data).substr(mIn.pos));

    if (parseRecord() == Outcome::TooLong)
        fail(tr("the first line is longer than %1 MiB: this does not look like a CSV file "
                "with a header")
                 .arg(maxRecordBytes >> 20));
    checkUtf8(1);
    for (std::string_view field : mFields)
        mHeader.emplace_back(field);
    // A header of one empty field is an empty line, not a header.
    if (mHeader.size() == 1 && mHeader.front().empty())
        fail(tr("the first line is empty; it should name the columns"));
}

char CsvReader::detectDelimiter(std::string_view sample)
{
    // Count each candidate per line (outside quotes) over the first lines; the delimiter
    // is the candidate found in the header that keeps the same count on most lines.
    std::vector<std::array<int, candidates.size()>> lines(1);
    bool quoted = false;
    for (char c : sample) {
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted && c == '\n') {
            if (lines.size() == 50)
                break;
            lines.emplace_back();
        } else if (!quoted) {
            for (size_t i = 0; i < candidates.size(); ++i) {
                if (c == candidates[i])
                    ++lines.back()[i];
            }
        }
    }
    if (lines.size() > 1 && lines.back() == std::array<int, candidates.size()>{})
        lines.pop_back();
    char best = ',';
    int bestScore = -1;
    for (size_t i = 0; i < candidates.size(); ++i) {
        const int inHeader = lines.front()[i];
        if (inHeader == 0)
            continue;
        int consistent = 0;
        for (const auto &line : lines)
            consistent += line[i] == inHeader ? 1 : 0;
        const int score = consistent * 1000 + inHeader;
        if (score > bestScore) {
            bestScore = score;
            best = candidates[i];
        }
    }
    return best;
}

QString CsvReader::delimiterName(char delimiter)
{
    switch (delimiter) {
    case ',':
        return tr("comma");
    case ';':
        return tr("semicolon");
    case '\t':
        return tr("tab");
    case '|':
        return tr("vertical bar");
    }
    return QStringLiteral("“%1”").arg(QLatin1Char(delimiter));
}

bool CsvReader::refill()
{
    QString error;
    const bool more = mIn.refill(&error);
    if (!error.isEmpty())
        fail(tr("it could not be read: %1").arg(error));
    return more;
}

void CsvReader::fail(const QString &why) const
{
    throw IngestError(tr("Cannot import “%1”: %2.").arg(mFileName, why));
}

void CsvReader::checkUtf8(qint64 line) const
{
    if (mLineText.data() != nullptr && mLineAscii)
        return; // ASCII, which is UTF-8
    const bool valid = mLineText.data() != nullptr ? simdjson::validate_utf8(mLineText.data(), mLineText.size())
                                                   : simdjson::validate_utf8(mRecord.data(), mRecord.size());
    if (!valid)
        fail(tr("line %1 is not valid UTF-8. Save the file as UTF-8 (in a spreadsheet: "
                "“CSV UTF-8”) and import it again")
                 .arg(line));
}

bool CsvReader::parseLine()
{
    if (mSkipLineFeed) { // the last record, read by parseFields(), ended with a carriage return
        if (mIn.pos >= mIn.data.size())
            return false;
        mSkipLineFeed = false;
        if (mIn.data[mIn.pos] == '\n') {
            ++mIn.pos;
            ++mBytesConsumed;
        }
    }
    const char *const data = mIn.data.data();
    const size_t size = mIn.data.size();
    const size_t begin = mIn.pos;
    mFields.clear();
    size_t fieldStart = begin;
    size_t lineEndWidth = 0; // 1 for LF, 2 for CRLF, once the line's end is found
    // Ends a field at @p at; true when the line ends there, or is left to parseFields():
    // a quote, a NUL, a lone carriage return, a line that goes past the buffer or is too long.
    const auto stop = [&] [[gnu::always_inline]] (size_t at) {
        const char c = data[at];
        if (c == mDelimiter) {
            mFields.emplace_back(data + fieldStart, at - fieldStart);
            fieldStart = at + 1;
            return false;
        }
        if (at - begin > size_t(maxRecordBytes))
            return true;
        if (c == '\n')
            lineEndWidth = 1;
        else if (c == '\r' && at + 1 < size && data[at + 1] == '\n')
            lineEndWidth = 2;
        if (lineEndWidth > 0)
            mFields.emplace_back(data + fieldStart, at - fieldStart);
        return true;
    };
    size_t at = begin;
    unsigned highBits = 0; // bytes past 0x7f seen (UTF-8 to be checked), here or a little after the line
#if defined(__SSE2__)
    const __m128i delimiter = _mm_set1_epi8(mDelimiter);
    const __m128i lineFeed = _mm_set1_epi8('\n');
    const __m128i carriageReturn = _mm_set1_epi8('\r');
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i zero = _mm_setzero_si128();
    for (; at + 16 <= size; at += 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + at));
        const __m128i special = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(bytes, delimiter), _mm_cmpeq_epi8(bytes, lineFeed)),
                                             _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(bytes, carriageReturn), _mm_cmpeq_epi8(bytes, quote)),
                                                          _mm_cmpeq_epi8(bytes, zero)));
        highBits |= unsigned(_mm_movemask_epi8(bytes));
        for (auto mask = unsigned(_mm_movemask_epi8(special)); mask != 0; mask &= mask - 1) {
            const size_t found = at + size_t(std::countr_zero(mask));
            if (stop(found)) {
                at = found;
                goto done;
            }
        }
    }
#endif
    for (; at < size; ++at) {
        const char c = data[at];
        highBits |= unsigned(static_cast<unsigned char>(c) & 0x80);
        if ((c == mDelimiter || c == '\n' || c == '\r' || c == '"' || c == '\0') && stop(at))
            break;
    }
#if defined(__SSE2__)
done:
#endif
    if (lineEndWidth == 0) {
        mFields.clear();
        return false;
    }
    mLineText = std::string_view(data + begin, at - begin);
    mLineAscii = highBits == 0;
    mRecordLine = mLine++;
    mBytesConsumed += qint64(at + lineEndWidth - begin);
    mIn.pos = at + lineEndWidth;
    return true;
}

CsvReader::Outcome CsvReader::parseRecord()
{
    if (parseLine())
        return Outcome::Record;
    mLineText = {};
    const Outcome outcome = parseFields();
    if (outcome != Outcome::End) {
        mFields.clear();
        size_t start = 0;
        for (size_t end : mFieldEnds) {
            mFields.emplace_back(mRecord.data() + start, end - start);
            start = end;
        }
    }
    return outcome;
}

CsvReader::Outcome CsvReader::parseFields()
{
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };
    State state = State::FieldStart;
    mRecord.clear();
    mFieldEnds.clear();
    mRecordLine = mLine;
    bool tooLong = false;
    bool anything = false;
    qint64 quoteLine = mLine;

    const auto endField = [this] { mFieldEnds.push_back(mRecord.size()); };

    while (true) {
        if (mIn.pos >= mIn.data.size()) {
            if (!refill()) {
                if (state == State::Quoted)
                    fail(tr("the quoted field that starts on line %1 never ends (a \" is "
                            "missing)")
                             .arg(quoteLine));
                if (!anything)
                    return Outcome::End;
                endField();
                return tooLong ? Outcome::TooLong : Outcome::Record;
            }
        }
        const char c = mIn.data[mIn.pos++];
        ++mBytesConsumed;
        if (c == '\0')
            fail(tr("it contains binary data (a NUL byte on line %1), so it is not a CSV file").arg(mLine));
        if (mSkipLineFeed) {
            mSkipLineFeed = false;
            if (c == '\n')
                continue;
        }
        anything = true;
        if (mRecord.size() > size_t(maxRecordBytes))
            tooLong = true;
        if (state == State::QuoteInQuoted) {
            if (c == '"') { // a doubled quote is one quote
                if (!tooLong)
                    mRecord += '"';
                state = State::Quoted;
                continue;
            }
            // After a closing quote the field goes on as unquoted text ("ab"c keeps the c,
            // as most tools do), and a delimiter or line end closes it.
            state = State::Unquoted;
        }
        switch (state) {
        case State::FieldStart:
            if (c == '"') {
                state = State::Quoted;
                quoteLine = mLine;
                continue;
            }
            state = State::Unquoted;
            [[fallthrough]];
        case State::Unquoted:
            if (c == mDelimiter) {
                endField();
                state = State::FieldStart;
            } else if (c == '\n' || c == '\r') {
                ++mLine;
                mSkipLineFeed = c == '\r';
                endField();
                return tooLong ? Outcome::TooLong : Outcome::Record;
            } else {
                // An ordinary byte: take the run of ordinary bytes after it at once.
                const char *data = mIn.data.data();
                const size_t size = mIn.data.size();
                size_t end = mIn.pos;
                while (end < size) {
                    const char x = data[end];
                    if (x == mDelimiter || x == '\n' || x == '\r' || x == '\0')
                        break;
                    ++end;
                }
                if (!tooLong) {
                    mRecord += c;
                    mRecord.append(data + mIn.pos, end - mIn.pos);
                }
                mBytesConsumed += qint64(end - mIn.pos);
                mIn.pos = end;
            }
            break;
        case State::Quoted:
            if (c == '"') {
                state = State::QuoteInQuoted;
            } else {
                if (c == '\n')
                    ++mLine;
                if (!tooLong)
                    mRecord += c;
            }
            break;
        case State::QuoteInQuoted:
            break; // handled above
        }
    }
}

std::string_view CsvReader::recordText(const SourceRecord &)
{
    mText.clear();
    for (size_t i = 0; i < mFields.size() && mText.size() < 2000; ++i) {
        if (i > 0)
            mText += mDelimiter;
        mText.append(mFields[i].substr(0, 2000));
    }
    if (mText.size() > 2000)
        mText.resize(2000);
    return mText;
}

bool CsvReader::next(SourceRecord &record)
{
    Outcome outcome;
    do {
        outcome = parseRecord();
        if (outcome == Outcome::End)
            return false;
        // Blank lines between records are skipped, as spreadsheets write them.
    } while (outcome == Outcome::Record && mFields.size() == 1 && mFields.front().empty());

    record.line = mRecordLine;
    record.rejection = {};
    record.values.clear();
    record.text = {}; // built when asked for (recordText()): most records are accepted

    // The last record was this reader's too, with the header's keys, every value quoted
    // (a CSV's values are all strings): they stay.
    const bool header = record.layout == &mHeader && record.keys.size() == mHeader.size();
    if (!header || record.quoted.size() != mFields.size())
        record.quoted.assign(mFields.size(), true);
    record.layout = nullptr;
    record.backing = {};
    if (outcome == Outcome::TooLong) {
        record.keys.clear();
        mRejection = tr("line longer than %1 MiB").arg(maxRecordBytes >> 20).toStdString();
        record.rejection = mRejection;
        record.text = recordText(record);
        return true;
    }
    checkUtf8(mRecordLine);
    if (mFields.size() != mHeader.size()) {
        record.keys.clear();
        mRejection = tr("wrong number of fields (expected %1, found %2)")
                         .arg(mHeader.size())
                         .arg(mFields.size())
                         .toStdString();
        record.rejection = mRejection;
        record.text = recordText(record);
        return true;
    }
    if (!header)
        record.keys.assign(mHeader.begin(), mHeader.end());
    record.layout = &mHeader;
    record.values.assign(mFields.begin(), mFields.end());
    record.backing = mLineText.data() != nullptr ? mLineText : std::string_view(mRecord);
    return true;
}

} // namespace Funnelscope
