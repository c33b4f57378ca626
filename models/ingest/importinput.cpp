#include "importinput.h"

#include "gzipdevice.h"
#include "ingesterror.h"
#include "sha256.h"
#include "zipmemberdevice.h"

#include <QCollator>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstring>
#include <mutex>

#include <sys/stat.h>

namespace Funnelscope {

namespace {

/** What the file names an import takes from a folder or a zip end with. */
bool isEventFileName(const QString &name)
{
    static const char *suffixes[] = {".csv", ".tsv", ".txt", ".json", ".ndjson", ".jsonl"};
    QString lower = name.toLower();
    if (lower.endsWith(QLatin1String(".gz")))
        lower.chop(3);
    for (const char *suffix : suffixes) {
        if (lower.endsWith(QLatin1String(suffix)))
            return true;
    }
    return false;
}

bool isHidden(const QString &memberPath)
{
    const QStringList parts = memberPath.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (part.startsWith(QLatin1Char('.')) || part == QLatin1String("__MACOSX"))
            return true;
    }
    return false;
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

/**
 * A pipe's bytes, read once: what planning read stays in head so the import can read it
 * again, then the import goes on with the pipe itself.
 */
struct ImportInput::Pipe
{
    QFile file;
    std::string head;
    bool importOpened = false;
    std::mutex mutex;
};

/** Reads a pipe from the start: the recorded head, then (recording, unless importing) the pipe. */
class PipeCursor : public QIODevice
{
public:
    PipeCursor(std::shared_ptr<void> keep, std::string &head, QFile &file, bool record)
        : mKeep(std::move(keep))
        , mHead(head)
        , mFile(file)
        , mRecord(record)
    {
        QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (mAt < mHead.size()) {
            const size_t n = std::min(size_t(maxSize), mHead.size() - mAt);
            std::memcpy(data, mHead.data() + mAt, n);
            mAt += n;
            return qint64(n);
        }
        const qint64 got = mFile.read(data, maxSize);
        if (got < 0) {
            setErrorString(mFile.errorString());
            return -1;
        }
        if (mRecord) {
            mHead.append(data, size_t(got));
            mAt += size_t(got);
        }
        return got;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    std::shared_ptr<void> mKeep;
    std::string &mHead;
    QFile &mFile;
    bool mRecord;
    size_t mAt = 0;
};

InputStream::InputStream()
    : mHash(std::make_unique<Sha256>())
{
    mHasher.setMaxThreadCount(1);
}

InputStream::~InputStream() = default;

void InputStream::inflate(QIODevice &source)
{
    auto gzip = std::make_unique<GzipDevice>(source);
    GzipDevice *unpacked = gzip.get();
    mProgress = [unpacked] { return unpacked->compressedBytesUsed(); };
    mUnpacked = std::move(gzip);
}

qint64 InputStream::progressBytes() const
{
    return mProgress ? mProgress() : mRead;
}

QString InputStream::sha256()
{
    if (mDigest.isEmpty()) {
        mHashed.acquire(hashBuffers); // every read is hashed
        mDigest = mHash->hex();
        mHashed.release(hashBuffers);
    }
    return mDigest;
}

qint64 InputStream::readData(char *data, qint64 maxSize)
{
    QIODevice &from = mUnpacked ? *mUnpacked : *mSource;
    const qint64 got = from.read(data, maxSize);
    if (got < 0) {
        setErrorString(from.errorString());
        return -1;
    }
    if (got > 0) {
        mHashed.acquire();
        // The oldest buffer: the hasher takes its work in order, so a free one is the
        // one hashed longest ago.
        std::vector<char> &bytes = mHashing[size_t(mNextHashing)];
        mNextHashing = (mNextHashing + 1) % hashBuffers;
        bytes.assign(data, data + got);
        mHasher.start([this, &bytes] {
            mHash->addData(std::string_view(bytes.data(), bytes.size()));
            mHashed.release();
        });
        mRead += got;
    }
    return got;
}

QString ImportInput::describeContent(const QString &name, const QByteArray &start)
{
    const auto starts = [&start](const char *magic, int size) { return start.startsWith(QByteArray(magic, size)); };
    if (starts("PAR1", 4))
        return tr("Cannot import “%1”: it is a Parquet file. Export the events as CSV or NDJSON "
                  "(for example with DuckDB: COPY (SELECT * FROM 'file.parquet') TO 'events.csv').").arg(name);
    if (starts("\xFF\xFE", 2) || starts("\xFE\xFF", 2))
        return tr("Cannot import “%1”: it is UTF-16 text (as Excel's “Unicode Text” writes). Save it as "
                  "UTF-8 CSV (“CSV UTF-8” in Excel), or convert it with iconv -f UTF-16 -t UTF-8.").arg(name);
    if (starts("SQLite format 3\0", 16))
        return tr("Cannot import “%1”: it is an SQLite database, not an event export. To open a "
                  "Funnelscope workspace use File ▸ Open; otherwise export its events as CSV.").arg(name);
    if (starts("%PDF", 4))
        return tr("Cannot import “%1”: it is a PDF document. Export the events as CSV or NDJSON.").arg(name);
    if (starts("\xFD" "7zXZ\0", 6) || starts("BZh", 3) || starts("\x28\xB5\x2F\xFD", 4) || starts("7z\xBC\xAF\x27\x1C", 6))
        return tr("Cannot import “%1”: it is compressed with xz, bzip2, zstd or 7-Zip, which Funnelscope "
                  "does not unpack. Unpack it first, or recompress it with gzip or zip.").arg(name);
    if (starts("Obj\x01", 4))
        return tr("Cannot import “%1”: it is an Avro file. Export the events as CSV or NDJSON.").arg(name);
    return QString();
}

ImportInput ImportInput::ofFile(const QString &path, const QByteArray &start)
{
    ImportInput input;
    input.mPath = path;
    input.mDisplayName = QFileInfo(path).fileName();
    input.mSize = QFileInfo(path).size();
    input.mGzip = GzipDevice::isGzip(start);
    return input;
}

QList<ImportInput> ImportInput::expand(const QString &argument)
{
    if (argument == QLatin1String("-")) {
        ImportInput input;
        input.mPath = argument;
        input.mDisplayName = tr("standard input");
        input.mPipe = std::make_shared<Pipe>();
        if (!input.mPipe->file.open(0, QIODevice::ReadOnly | QIODevice::Unbuffered))
            throw IngestError(tr("Cannot import standard input: %1.").arg(input.mPipe->file.errorString()));
        return {input};
    }
    const QFileInfo info(argument);
    struct stat status{};
    const bool exists = ::stat(QFile::encodeName(argument).constData(), &status) == 0;
    if (!exists)
        throw IngestError(tr("Cannot import “%1”: the file does not exist.").arg(shown(argument)));
    if (S_ISFIFO(status.st_mode) || S_ISCHR(status.st_mode) || S_ISSOCK(status.st_mode)) {
        // A FIFO, /dev/stdin, <(zcat x.gz): read once. Opening a FIFO waits for its writer.
        ImportInput input;
        input.mPath = argument;
        input.mDisplayName = QDir::toNativeSeparators(argument); // /dev/fd/63 says more than "63"
        input.mPipe = std::make_shared<Pipe>();
        input.mPipe->file.setFileName(argument);
        if (!input.mPipe->file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
            throw IngestError(tr("Cannot import “%1”: %2.").arg(shown(argument), input.mPipe->file.errorString()));
        return {input};
    }
    if (S_ISDIR(status.st_mode)) {
        QDir dir(argument);
        QStringList names = dir.entryList(QDir::Files | QDir::Readable);
        QCollator collator;
        collator.setNumericMode(true);
        std::sort(names.begin(), names.end(), collator);
        QList<ImportInput> inputs;
        for (const QString &name : std::as_const(names)) {
            if (!name.startsWith(QLatin1Char('.'))
                && (isEventFileName(name) || name.toLower().endsWith(QLatin1String(".zip"))))
                inputs += expand(dir.filePath(name));
        }
        if (inputs.isEmpty())
            throw IngestError(tr("Cannot import the folder “%1”: it holds no event files (.csv, .json, .ndjson, "
                                 ".jsonl, .tsv, .txt, their .gz, or .zip).")
                                  .arg(shown(argument)));
        return inputs;
    }

    QFile file(argument);
    if (!file.open(QIODevice::ReadOnly))
        throw IngestError(tr("Cannot import “%1”: %2.").arg(shown(argument), file.errorString()));
    const QByteArray start = file.read(64);
    file.close();
    if (const QString problem = describeContent(shown(argument), start); !problem.isEmpty())
        throw IngestError(problem);
    if (!ZipMemberDevice::isZip(start))
        return {ofFile(argument, start)};

    const QList<ZipMemberDevice::Member> members = ZipMemberDevice::members(argument);
    for (const ZipMemberDevice::Member &member : members) {
        if (member.name == QLatin1String("[Content_Types].xml") || member.name.startsWith(QLatin1String("xl/")))
            throw IngestError(tr("Cannot import “%1”: it is an Excel workbook (XLSX). Save the sheet as CSV "
                                 "(“CSV UTF-8” in Excel, or File ▸ Download ▸ CSV in Google Sheets) and import that.")
                                  .arg(shown(argument)));
    }
    QList<ImportInput> inputs;
    for (const ZipMemberDevice::Member &member : members) {
        if (isHidden(member.name) || !isEventFileName(member.name))
            continue;
        ImportInput input;
        input.mPath = argument;
        input.mMember = member.name;
        input.mDisplayName = QStringLiteral("%1 › %2").arg(info.fileName(), member.name);
        input.mSize = member.size;
        input.mGzip = member.name.toLower().endsWith(QLatin1String(".gz"));
        inputs.append(input);
    }
    if (inputs.isEmpty())
        throw IngestError(tr("Cannot import “%1”: the zip archive holds no event files (.csv, .json, .ndjson, "
                             ".jsonl, .tsv, .txt, or their .gz).")
                              .arg(shown(argument)));
    return inputs;
}

ImportInput ImportInput::single(const QString &argument)
{
    const QList<ImportInput> inputs = expand(argument);
    if (inputs.size() != 1)
        throw IngestError(tr("“%1” holds %2 event files; import them together (funnelscope import %1).")
                              .arg(shown(argument))
                              .arg(inputs.size()));
    return inputs.first();
}

std::unique_ptr<InputStream> ImportInput::openForPlan() const
{
    return open(false);
}

std::unique_ptr<InputStream> ImportInput::openForImport() const
{
    return open(true);
}

std::unique_ptr<InputStream> ImportInput::open(bool forImport) const
{
    std::unique_ptr<InputStream> stream(new InputStream);
    if (mPipe) {
        const std::lock_guard lock(mPipe->mutex);
        if (mPipe->importOpened)
            throw IngestError(tr("Cannot import “%1” again: a pipe can be read only once.").arg(mDisplayName));
        mPipe->importOpened = forImport;
        auto *cursor = new PipeCursor(mPipe, mPipe->head, mPipe->file, !forImport);
        stream->mSource.reset(cursor);
        // Gzip through a pipe (zcat left out): told by its first bytes, which the head keeps.
        if (mPipe->head.size() < 2) {
            char first[2];
            PipeCursor probe(mPipe, mPipe->head, mPipe->file, true);
            probe.read(first, 2);
        }
        if (GzipDevice::isGzip(QByteArray::fromRawData(mPipe->head.data(), qsizetype(std::min<size_t>(2, mPipe->head.size())))))
            stream->inflate(*cursor);
    } else if (!mMember.isEmpty()) {
        auto member = std::make_unique<ZipMemberDevice>(mPath, mMember);
        if (!member->isOpen())
            throw IngestError(tr("Cannot import “%1”: %2.").arg(mDisplayName, member->errorString()));
        ZipMemberDevice *raw = member.get();
        stream->mSource = std::move(member);
        if (mGzip)
            stream->mUnpacked = std::make_unique<GzipDevice>(*raw);
        // Of the member's bytes (compressed for a .gz): its size in the archive says how far.
        stream->mProgress = [raw] { return raw->bytesUnpacked(); };
    } else {
        auto file = std::make_unique<QFile>(mPath);
        if (!file->open(QIODevice::ReadOnly))
            throw IngestError(tr("Cannot import “%1”: %2.").arg(shown(mPath), file->errorString()));
        QFile *raw = file.get();
        stream->mSource = std::move(file);
        if (mGzip)
            stream->inflate(*raw);
    }
    stream->QIODevice::open(QIODevice::ReadOnly); // buffered: planning peeks at the start
    return stream;
}

} // namespace Funnelscope
