#pragma once

#include <QByteArray>
#include <QString>

#include <exception>

namespace Funnelscope {

/**
 * An exception that carries a sentence a person can read (DESIGN.md, "Errors"): the base
 * of IngestError and ValidationError; errorMessage() reads it from any of them.
 */
class MessageError : public std::exception
{
public:
    explicit MessageError(const QString &message)
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
