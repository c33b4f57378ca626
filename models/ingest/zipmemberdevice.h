#pragma once

#include <QIODevice>
#include <QStringList>

struct archive;

namespace Funnelscope {

/**
 * One member of a zip archive read as a stream through libarchive (never unpacked to
 * disk). members() lists an archive's files in the order they are stored.
 */
class ZipMemberDevice : public QIODevice
{
public:
    struct Member
    {
        QString name;  ///< its path inside the archive
        qint64 size;   ///< uncompressed, -1 when the archive does not say
    };

    /** Opens @p member of the zip file @p path; errorString() says why when isOpen() is false. */
    ZipMemberDevice(const QString &path, const QString &member);
    ~ZipMemberDevice() override;

    bool isSequential() const override { return true; }
    /** The member's bytes read so far (progress within it). */
    qint64 bytesUnpacked() const { return mUnpacked; }

    /** The regular files in the zip @p path; throws IngestError when it cannot be read. */
    static QList<Member> members(const QString &path);
    /** Whether @p bytes start as a zip archive does (PK\3\4, or PK\5\6 when empty). */
    static bool isZip(const QByteArray &bytes);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    ::archive *mArchive = nullptr;
    qint64 mUnpacked = 0;
};

} // namespace Funnelscope
