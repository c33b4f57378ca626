#include "folderwatcher.h"

#include "importer.h"
#include "importinput.h"
#include "importreport.h"
#include "ingesterror.h"
#include "store/workspace.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>

namespace Funnelscope {

namespace {

bool isEventFile(const QFileInfo &info)
{
    if (info.fileName().startsWith(QLatin1Char('.')))
        return false;
    static const QStringList partial = {QStringLiteral("part"), QStringLiteral("tmp"), QStringLiteral("crdownload"),
                                        QStringLiteral("download"), QStringLiteral("partial")};
    if (partial.contains(info.suffix().toLower()))
        return false;
    static const QStringList events = {QStringLiteral("csv"), QStringLiteral("tsv"), QStringLiteral("json"),
                                       QStringLiteral("ndjson"), QStringLiteral("jsonl"), QStringLiteral("gz"),
                                       QStringLiteral("zip"), QStringLiteral("txt")};
    return events.contains(info.suffix().toLower());
}

QString doneKey(const QFileInfo &info)
{
    return QStringLiteral("%1\n%2\n%3").arg(info.absoluteFilePath()).arg(info.size()).arg(info.lastModified().toMSecsSinceEpoch());
}

} // namespace

FolderWatcher::FolderWatcher(const QString &workspacePath, const ImportOptions &options, QObject *parent)
    : QObject(parent)
    , mWorkspacePath(workspacePath)
    , mOptions(options)
{
    mPoll.setInterval(1000);
    connect(&mPoll, &QTimer::timeout, this, &FolderWatcher::look);
}

FolderWatcher::~FolderWatcher()
{
    mWorker.shutdown();
}

QString FolderWatcher::watch(const QString &folder)
{
    const QFileInfo info(folder);
    if (!info.isDir())
        return tr("“%1” is not a folder.").arg(folder);
    if (!info.isReadable())
        return tr("“%1” cannot be read.").arg(folder);
    stop();
    mFolder = info.absoluteFilePath();
    delete mWatcher;
    mWatcher = new QFileSystemWatcher({mFolder}, this);
    connect(mWatcher, &QFileSystemWatcher::directoryChanged, this, &FolderWatcher::look);
    mPoll.start();
    look();
    return QString();
}

void FolderWatcher::stop()
{
    mPoll.stop();
    delete mWatcher;
    mWatcher = nullptr;
    mFolder.clear();
    mSeen.clear();
    mQueue.clear();
}

void FolderWatcher::look()
{
    if (mFolder.isEmpty())
        return;
    const QFileInfoList files = QDir(mFolder).entryInfoList(QDir::Files | QDir::Readable, QDir::Name);
    for (const QFileInfo &info : files) {
        if (!isEventFile(info) || mDone.contains(doneKey(info)) || mQueue.contains(info.absoluteFilePath()))
            continue;
        // Settled: the same size and time as when last looked at (a writer is done with it).
        const Seen now{info.size(), info.lastModified().toMSecsSinceEpoch()};
        const auto found = mSeen.find(info.absoluteFilePath());
        if (found == mSeen.end() || found->size != now.size || found->modified != now.modified || now.size == 0) {
            mSeen.insert(info.absoluteFilePath(), now);
            continue;
        }
        mSeen.erase(found);
        mDone.insert(doneKey(info));
        mQueue.append(info.absoluteFilePath());
    }
    importNext();
}

void FolderWatcher::importNext()
{
    if (mImporting || mQueue.isEmpty())
        return;
    mImporting = true;
    const QString file = mQueue.takeFirst();
    mWorker.start([workspacePath = mWorkspacePath, options = mOptions, file](const TaskContext &) {
        Done done{file, 0, QString()};
        const auto workspace = Workspace::open(workspacePath);
        const QString sha = Importer::sha256(file);
        if (!sha.isEmpty() && Importer::findImportOf(*workspace, sha) > 0) {
            done.skipped = tr("the same content was imported before");
            return done;
        }
        const Importer::Batch batch = Importer::importAll(*workspace, {Importer::plan(file, options)}, options);
        for (const ImportReport &report : batch.reports)
            done.events += report.counts.imported;
        return done;
    }, [this, file](const Outcome<Done> &outcome) {
        mImporting = false;
        if (!outcome.ok())
            Q_EMIT failed(file, outcome.error());
        else if (!outcome.value().skipped.isEmpty())
            Q_EMIT skipped(outcome.value().file, outcome.value().skipped);
        else
            Q_EMIT imported(outcome.value().file, outcome.value().events);
        importNext();
    });
}

} // namespace Funnelscope
