#include "zipmemberdevice.h"

#include "ingesterror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <archive.h>
#include <archive_entry.h>

namespace Funnelscope {

namespace {

::archive *openZip(const QString &path)
{
    ::archive *zip = archive_read_new();
    archive_read_support_format_zip(zip);
    if (archive_read_open_filename(zip, QFile::encodeName(path).constData(), 1 << 16) != ARCHIVE_OK)
        return zip; // the caller reads the error from it
    return zip;
}

QString errorOf(::archive *zip)
{
    const char *text = archive_error_string(zip);
    return text ? QString::fromLocal8Bit(text) : QCoreApplication::translate("Funnelscope::ZipMemberDevice", "unknown error");
}

} // namespace

bool ZipMemberDevice::isZip(const QByteArray &bytes)
{
    return bytes.startsWith("PK\x03\x04") || bytes.startsWith("PK\x05\x06");
}

QList<ZipMemberDevice::Member> ZipMemberDevice::members(const QString &path)
{
    ::archive *zip = openZip(path);
    QList<Member> result;
    archive_entry *entry = nullptr;
    int status = ARCHIVE_OK;
    while ((status = archive_read_next_header(zip, &entry)) == ARCHIVE_OK) {
        if (archive_entry_filetype(entry) == AE_IFREG)
            result.append({QString::fromUtf8(archive_entry_pathname_utf8(entry) ? archive_entry_pathname_utf8(entry)
                                                                               : archive_entry_pathname(entry)),
                           archive_entry_size_is_set(entry) ? qint64(archive_entry_size(entry)) : -1});
        archive_read_data_skip(zip);
    }
    if (status != ARCHIVE_EOF) {
        const QString error = errorOf(zip);
        archive_read_free(zip);
        throw IngestError(QCoreApplication::translate("Funnelscope::ZipMemberDevice", "Cannot import “%1”: the zip archive cannot be read (%2).")
                              .arg(QDir::toNativeSeparators(path), error));
    }
    archive_read_free(zip);
    return result;
}

ZipMemberDevice::ZipMemberDevice(const QString &path, const QString &member)
    : mArchive(openZip(path))
{
    archive_entry *entry = nullptr;
    int status = ARCHIVE_OK;
    while ((status = archive_read_next_header(mArchive, &entry)) == ARCHIVE_OK) {
        const char *name = archive_entry_pathname_utf8(entry) ? archive_entry_pathname_utf8(entry) : archive_entry_pathname(entry);
        if (archive_entry_filetype(entry) == AE_IFREG && QString::fromUtf8(name) == member) {
            QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
            return;
        }
        archive_read_data_skip(mArchive);
    }
    setErrorString(status == ARCHIVE_EOF
                       ? QCoreApplication::translate("Funnelscope::ZipMemberDevice", "the archive has no member “%1”").arg(member)
                       : errorOf(mArchive));
}

ZipMemberDevice::~ZipMemberDevice()
{
    archive_read_free(mArchive);
}

qint64 ZipMemberDevice::readData(char *data, qint64 maxSize)
{
    const la_ssize_t got = archive_read_data(mArchive, data, size_t(std::min<qint64>(maxSize, 1 << 30)));
    if (got < 0) {
        setErrorString(errorOf(mArchive));
        return -1;
    }
    mUnpacked += got;
    return qint64(got);
}

} // namespace Funnelscope
