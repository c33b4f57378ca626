#pragma once

#include <QByteArray>
#include <QString>

#include <exception>

namespace Funnelscope {

/**
 * A file that cannot be imported at all (empty, binary, not UTF-8, a quote that never
 * closes, no timestamps, ...). The message names the file, the line where it matters,
 * and why; the import that meets it changes nothing in the workspace.
 */
class IngestError : public std::exception
{
public:
    explicit IngestError(const QString &message)
        : mMessage(message)
        , mUtf8(message.toUtf8())
    {
    }

    QString message() const { return mMessage; }
    const char *what() const noexcept override { return mUtf8.constData(); }

private:
    QString mMessage;
    QByteArray mUtf8;
};

} // namespace Funnelscope
