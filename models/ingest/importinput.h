#pragma once

#include <QCoreApplication>
#include <QIODevice>
#include <QSemaphore>
#include <QString>
#include <QThreadPool>

#include <array>
#include <functional>
#include <memory>
#include <vector>

namespace Funnelscope {

class Sha256;

/**
 * The content of one import input as a read-only stream: decompressed, hashed as it is
 * read (sha256()), and telling how far into its source it is (progressBytes(), compressed
 * bytes for a .gz, toward ImportInput::size()).
 */
class InputStream : public QIODevice
{
public:
    ~InputStream() override;
    bool isSequential() const override { return true; }
    qint64 progressBytes() const;
    /** The content's bytes read so far (decompressed; progressBytes() for a file that is not). */
    qint64 contentBytes() const { return mRead; }
    /** SHA-256 of the content (hex), once it has all been read. */
    QString sha256();

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    friend class ImportInput;
    InputStream();
    /**
     * Reads @p source through a GzipDevice. Progress counts the compressed bytes inflated,
     * not those read ahead (256 KiB at a time): with contentBytes() they tell the records
     * per compressed byte (ParseStage).
     */
    void inflate(QIODevice &source);

    std::unique_ptr<QIODevice> mSource;  // the file, zip member or pipe
    std::unique_ptr<QIODevice> mUnpacked; // a GzipDevice over mSource, or null
    std::unique_ptr<Sha256> mHash;
    qint64 mRead = 0;
    std::function<qint64()> mProgress;
    QString mDigest;
    // The content is hashed on a thread beside the one that reads and parses it (a tenth
    // of the parsing thread's time, on the import's slower half): the bytes of each read
    // are copied for it into one of a few buffers, used in turn, and a read waits only
    // when all of them wait to be hashed. (With one buffer, the reading thread, the
    // import's critical path, waited whenever the hasher had not yet been given a core
    // since the last read: on two cores shared by four busy threads, often.)
    static constexpr int hashBuffers = 3;
    std::array<std::vector<char>, hashBuffers> mHashing;
    int mNextHashing = 0;
    QSemaphore mHashed{hashBuffers}; // a buffer free for each
    QThreadPool mHasher;   // last: finishes its work (in order, one thread) before the members it uses go
};

/**
 * Where one importable stream's bytes come from, as exports are delivered: a plain file,
 * a gzip file, a member of a zip archive (itself maybe gzip, as Amplitude's), or standard
 * input and pipes (a FIFO, `<(zcat x.gz)`), which are read once. expand() turns what a
 * person names (a file, a folder, a zip, `-`) into inputs, detecting the format from the
 * bytes, not the name, and refusing what Funnelscope does not read with a sentence saying
 * what the file is and what to do.
 *
 * A pipe is read once: opening it for planning records what the plan reads; opening it
 * for the import replays that head, then goes on reading the pipe (openForImport(), once).
 */
class ImportInput
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::ImportInput)

public:
    /** The inputs @p argument names (in name order for a folder, stored order for a zip); throws IngestError. */
    static QList<ImportInput> expand(const QString &argument);

    /** The one input of @p argument; throws IngestError when it names none or several. */
    static ImportInput single(const QString &argument);

    /** As people read it: "events.csv", "export.zip › 2024/day1.json.gz", "standard input". */
    QString displayName() const { return mDisplayName; }
    /** The file on disk ("-" for standard input). */
    QString path() const { return mPath; }
    /** What progress counts toward: the bytes of the file (compressed), or -1 when unknown (a pipe). */
    qint64 size() const { return mSize; }
    bool isPipe() const { return mPipe != nullptr; }
    bool isCompressed() const { return mGzip; }

    /**
     * What the bytes @p start of @p name are when Funnelscope does not read them (Parquet,
     * UTF-16, an SQLite database, PDF, xz/bzip2/zstd/7-Zip, Avro), as a sentence that says
     * what to do; empty for anything else.
     */
    static QString describeContent(const QString &name, const QByteArray &start);

    /** A stream over the content from its start, for looking at its first records. Throws IngestError. */
    std::unique_ptr<InputStream> openForPlan() const;
    /** The stream the import reads (a pipe: the planned head, then the rest). Throws IngestError. */
    std::unique_ptr<InputStream> openForImport() const;

private:
    struct Pipe;

    std::unique_ptr<InputStream> open(bool forImport) const;
    static ImportInput ofFile(const QString &path, const QByteArray &start);

    QString mPath;
    QString mMember; ///< inside a zip
    QString mDisplayName;
    qint64 mSize = -1;
    bool mGzip = false;
    std::shared_ptr<Pipe> mPipe;
};

} // namespace Funnelscope
