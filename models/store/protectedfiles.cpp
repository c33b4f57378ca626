#include "protectedfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>

#include <sys/stat.h>

namespace Funnelscope {

namespace {

QMutex mutex;
QHash<QString, int> &open()
{
    static QHash<QString, int> paths; // canonical path → how many hold it open
    return paths;
}

/** A path with its folder resolved (the file itself need not exist). */
QString canonical(const QString &path)
{
    const QFileInfo info(path);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return QDir(folder.isEmpty() ? info.absolutePath() : folder).filePath(info.fileName());
}

bool sameFile(const QString &a, const QString &b)
{
    struct stat first{};
    struct stat second{};
    return ::stat(QFile::encodeName(a).constData(), &first) == 0 && ::stat(QFile::encodeName(b).constData(), &second) == 0
        && first.st_dev == second.st_dev && first.st_ino == second.st_ino;
}

} // namespace

void ProtectedFiles::add(const QString &workspace)
{
    const QMutexLocker lock(&mutex);
    ++open()[canonical(workspace)];
}

void ProtectedFiles::remove(const QString &workspace)
{
    const QMutexLocker lock(&mutex);
    const QString key = canonical(workspace);
    auto found = open().find(key);
    if (found != open().end() && --found.value() <= 0)
        open().erase(found);
}

QString ProtectedFiles::refusal(const QString &output)
{
    const QMutexLocker lock(&mutex);
    const QString target = canonical(output);
    for (auto it = open().cbegin(); it != open().cend(); ++it) {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
            const QString companion = it.key() + QLatin1String(suffix);
            if (target == companion || sameFile(output, companion))
                return tr("“%1” is %2 of the open workspace “%3”: writing there would destroy the workspace. "
                          "Choose another file.")
                    .arg(QDir::toNativeSeparators(output),
                         *suffix ? tr("the %1 file").arg(QLatin1String(suffix + 1)) : tr("the file"),
                         QFileInfo(it.key()).fileName());
        }
    }
    return QString();
}

} // namespace Funnelscope
