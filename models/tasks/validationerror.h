#pragma once

#include <QByteArray>
#include <QString>

#include <exception>

namespace Funnelscope {

/**
 * A request the rules refuse: a dictionary edit that breaks a naming rule, a report
 * asking for an event or property the data does not have. The message says which and
 * why, for people; nothing was changed. (StoreError is for the file, IngestError for
 * what is read, Cancelled for work that was asked to stop.)
 */
class ValidationError : public std::exception
{
public:
    explicit ValidationError(const QString &message)
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
