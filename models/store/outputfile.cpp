#include "outputfile.h"

#include "protectedfiles.h"

#include <QDir>

namespace Funnelscope {

bool OutputFile::begin()
{
    mError = ProtectedFiles::refusal(fileName());
    if (!mError.isEmpty())
        return false;
    if (!QSaveFile::open(QIODevice::WriteOnly)) {
        mError = tr("Cannot write “%1”: %2.").arg(QDir::toNativeSeparators(fileName()), errorString());
        return false;
    }
    return true;
}

bool OutputFile::finish()
{
    if (!commit()) {
        mError = tr("Cannot write “%1”: %2.").arg(QDir::toNativeSeparators(fileName()), errorString());
        return false;
    }
    return true;
}

} // namespace Funnelscope
