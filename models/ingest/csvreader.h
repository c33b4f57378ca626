#pragma once

#include "readbuffer.h"
#include "recordreader.h"

#include <QCoreApplication>
#include <QString>

#include <string>
#include <vector>

class QIODevice;

namespace Funnelscope {

/**
 * A streaming RFC 4180 reader: quoted fields with delimiters, doubled quotes and line
 * breaks; UTF-8 with or without BOM; LF, CRLF or CR line ends; a last line without a line
 * end. The first record is the header. Memory stays fixed (a read buffer plus the
 * current record), whatever the file's size.
 *
 * A record with the wrong number of fields is returned with a rejection, not guessed.
 * What makes the whole file unreadable (binary data, invalid UTF-8, a quote that never
 * closes, a header longer than the record limit) is thrown as IngestError.
 */
class CsvReader : public RecordReader
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::CsvReader)

public:
    static constexpr qsizetype maxRecordBytes = 1 << 20;

    /** @p delimiter 0 detects it from the start of the file. */
    CsvReader(QIODevice &device, const QString &fileName, char delimiter = 0);

    /** Detects the delimiter among , ; tab | from a sample of the file's start. */
    static char detectDelimiter(std::string_view sample);
    static QString delimiterName(char delimiter);

    char delimiter() const { return mDelimiter; }
    const std::vector<std::string> &header() const { return mHeader; }

    /** The next record, or false at the end of the file. */
    bool next(SourceRecord &record) override;

    qint64 bytesRead() const override { return mBytesConsumed; }
    std::string_view recordText(const SourceRecord &record) override;

private:
    enum class Outcome { Record, End, TooLong };

    /** The next record, by parseLine() or else parseFields(), its fields in mFields. */
    Outcome parseRecord();
    /** The next record byte by byte (quotes, line breaks in them, every line end). */
    Outcome parseFields();
    /**
     * The next record when it is a whole line in the buffer without quotes, carriage
     * returns or NUL bytes (almost every line of an export): its fields as views into the
     * buffer, found 16 bytes at a time. False, having consumed nothing, otherwise.
     */
    bool parseLine();
    bool refill();
    [[noreturn]] void fail(const QString &why) const;
    void checkUtf8(qint64 line) const;

    ReadBuffer mIn;
    QString mFileName;
    char mDelimiter;
    bool mAtStart = true;
    bool mSkipLineFeed = false;
    qint64 mLine = 1;
    qint64 mRecordLine = 1;
    qint64 mBytesConsumed = 0;

    std::string mRecord;            // the current record's unescaped fields, back to back (parseRecord())
    std::vector<size_t> mFieldEnds; // end offset of each field in mRecord
    std::vector<std::string_view> mFields; // the current record's fields: into mRecord, or the buffer (parseLine())
    std::string_view mLineText;     // the line parseLine() read
    bool mLineAscii = false;        // it has no byte past 0x7f
    std::vector<std::string> mHeader;
    std::string mRejection;
    std::string mText;
};

} // namespace Funnelscope
