#include "importwriter.h"

#include "store/blobparts.h"
#include "store/connection.h"
#include "store/eventrecord.h"
#include "store/identitysummary.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Funnelscope {

namespace {

/** Where the segment spills: next to the workspace (the disk it will be stored on). */
QString spillDirectory(const Connection &connection)
{
    const QFileInfo file(connection.path());
    return connection.path().isEmpty() ? QDir::tempPath() : file.absolutePath();
}

} // namespace

ImportWriter::ImportWriter(Connection &connection, qint64 importId, const QString &besidePath, bool keysExpected)
    : mConnection(connection)
    , mImportId(importId)
    , mEvents(connection, importId, besidePath, keysExpected)
    , mSegment(spillDirectory(connection))
{
}

ImportWriter::~ImportWriter() = default;

bool ImportWriter::write(const EventRecord &record)
{
    mAdded.clear();
    mEvents.encoder().encode(record, mEncoded, mAdded);
    mEvents.addValues(mAdded);
    // The links it carries are stored many to a statement, by finish() at the latest.
    if (mEncoded.linkOnly) {
        mEvents.link(mEncoded);
        return false;
    }
    return write(mEncoded);
}

bool ImportWriter::write(const EventEncoder::Encoded &event)
{
    mSegment.append(event);
    return kept(mEvents.write(event));
}

bool ImportWriter::write(const EventEncoder::Encoded &event, const KeyCheck &check)
{
    mSegment.append(event);
    return kept(mEvents.write(event, check));
}

bool ImportWriter::kept(bool written)
{
    if (!written)
        mSegment.drop(mOffered);
    ++mOffered;
    return written;
}

void ImportWriter::finish()
{
    mEvents.recordImport();
    std::unique_ptr<EventEncoder> encoder = mEvents.finish(); // stores the last links
    // Each part is stored while the next is sorted (write() does not use the connection).
    BlobParts::Writer parts(mConnection, "event_segments", mImportId, BlobParts::Writer::Storing::Beside);
    const bool built = mSegment.ok() && mSegment.write(std::move(encoder), parts);
    parts.rethrow(); // a write the workspace refused
    if (!built && mSegment.idsTooLarge()) {
        parts.discard();
        throw StoreError(StoreError::Kind::Constraint,
                         QCoreApplication::translate("Funnelscope::ImportWriter",
                                                     "The events of import %1 could not be kept: the workspace gives a "
                                                     "user, session or value an id past 2,147,483,647, more than "
                                                     "Funnelscope counts. Import into a new workspace.")
                             .arg(mImportId));
    }
    if (!built) {
        parts.discard();
        throw StoreError(StoreError::Kind::Full,
                         QCoreApplication::translate("Funnelscope::ImportWriter",
                                                     "The events of import %1 could not be sorted: a temporary file "
                                                     "in %2 could not be written (is the disk full?).")
                             .arg(mImportId)
                             .arg(QDir::toNativeSeparators(spillDirectory(mConnection))));
    }
    parts.finish();
    IdentitySummary::keepUserCounts(mConnection, mImportId, mSegment.takeUserCounts());
}

} // namespace Funnelscope
