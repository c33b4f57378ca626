#pragma once

#include "importoptions.h"
#include "tasks/worker.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

class QFileSystemWatcher;

namespace Funnelscope {

/**
 * A watched folder (DESIGN.md, "Inputs as delivered"): event files that appear in it are
 * imported into the workspace as they land, each once by content (the imports table's
 * SHA-256), a file still being written is waited for (its size and time unchanged over a
 * second), one import at a time in a worker. Hidden and partial files (.part, .tmp,
 * .crdownload, .download) are left alone. Says what happened through its signals.
 */
class FolderWatcher : public QObject
{
    Q_OBJECT

public:
    explicit FolderWatcher(const QString &workspacePath, const ImportOptions &options = {}, QObject *parent = nullptr);
    ~FolderWatcher() override;

    /** Starts watching @p folder (files there now are imported too); an error, or empty. */
    QString watch(const QString &folder);
    void stop();
    QString folder() const { return mFolder; }
    bool isWatching() const { return !mFolder.isEmpty(); }
    /** How often the folder is looked at (and how long a file must stay unchanged). */
    void setInterval(int ms) { mPoll.setInterval(ms); }

Q_SIGNALS:
    /** @p file was imported: @p events new events. */
    void imported(const QString &file, qint64 events);
    /** @p file was already imported (the same content), or is no event file: left alone. */
    void skipped(const QString &file, const QString &reason);
    /** @p file could not be imported: the importer's sentence. */
    void failed(const QString &file, const QString &message);

private:
    struct Seen
    {
        qint64 size = -1;
        qint64 modified = -1;
    };
    struct Done
    {
        QString file;
        qint64 events = 0;
        QString skipped; ///< why it was left alone, or empty
    };

    void look();
    void importNext();

    QString mWorkspacePath;
    ImportOptions mOptions;
    QString mFolder;
    QHash<QString, Seen> mSeen;     ///< files not yet settled, by path
    QSet<QString> mDone;            ///< files handled (by path, size and time)
    QStringList mQueue;             ///< settled files waiting for their import
    QTimer mPoll;
    QFileSystemWatcher *mWatcher = nullptr;
    Worker<Done> mWorker{nullptr, WorkerBase::Policy::Every};
    bool mImporting = false;
};

} // namespace Funnelscope
