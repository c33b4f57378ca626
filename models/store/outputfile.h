#pragma once

#include <QCoreApplication>
#include <QSaveFile>

namespace Funnelscope {

/**
 * How every export is written: through QSaveFile (a failed write never truncates an
 * existing file: the new one replaces it only when complete), and never over an open
 * workspace or its companions (ProtectedFiles).
 */
class OutputFile : public QSaveFile
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::OutputFile)

public:
    explicit OutputFile(const QString &path)
        : QSaveFile(path)
    {
    }

    /** Opens for writing (QSaveFile::open); false with a sentence in errorMessage() when it cannot or may not. */
    bool begin();
    /** Commits; false with a sentence in errorMessage(). */
    bool finish();
    QString errorMessage() const { return mError; }

private:
    QString mError;
};

} // namespace Funnelscope
