#include "csvreader.h"

#include "ingesterror.h"

#include <QIODevice>

#include <simdjson.h>

#include <array>

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
    size_t start = 0;
    for (size_t end : mFieldEnds) {
        mHeader.emplace_back(mRecord, start, end - start);
        start = end;
    }
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
    if (!simdjson::validate_utf8(mRecord.data(), mRecord.size()))
        fail(tr("line %1 is not valid UTF-8. Save the file as UTF-8 (in a spreadsheet: "
                "“CSV UTF-8”) and import it again")
                 .arg(line));
}

CsvReader::Outcome CsvReader::parseRecord()
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
    size_t start = 0;
    for (size_t i = 0; i < mFieldEnds.size() && mText.size() < 2000; ++i) {
        if (i > 0)
            mText += mDelimiter;
        mText.append(mRecord, start, std::min<size_t>(mFieldEnds[i] - start, 2000));
        start = mFieldEnds[i];
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
    } while (outcome == Outcome::Record && mFieldEnds.size() == 1 && mRecord.empty());

    record.line = mRecordLine;
    record.rejection = {};
    record.keys.clear();
    record.values.clear();
    record.quoted.assign(mFieldEnds.size(), true);
    record.text = {}; // built when asked for (recordText()): most records are accepted

    if (outcome == Outcome::TooLong) {
        mRejection = tr("line longer than %1 MiB").arg(maxRecordBytes >> 20).toStdString();
        record.rejection = mRejection;
        record.text = recordText(record);
        return true;
    }
    checkUtf8(mRecordLine);
    if (mFieldEnds.size() != mHeader.size()) {
        mRejection = tr("wrong number of fields (expected %1, found %2)")
                         .arg(mHeader.size())
                         .arg(mFieldEnds.size())
                         .toStdString();
        record.rejection = mRejection;
        record.text = recordText(record);
        return true;
    }
    size_t start = 0;
    for (size_t i = 0; i < mFieldEnds.size(); ++i) {
        record.keys.push_back(mHeader[i]);
        record.values.emplace_back(mRecord.data() + start, mFieldEnds[i] - start);
        start = mFieldEnds[i];
    }
    return true;
}

} // namespace Funnelscope
