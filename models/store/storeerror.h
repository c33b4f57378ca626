#pragma once

#include <QByteArray>
#include <QString>

#include <exception>

namespace Funnelscope {

/**
 * The one error type of the store: a message a person can read, and a kind that
 * callers (and tests) can branch on. Thrown by Connection, Statement, Transaction
 * and Workspace; never shown by them, since models/ raises no dialogs.
 */
class StoreError : public std::exception
{
public:
    enum class Kind {
        Missing,        ///< the file does not exist
        NotAWorkspace,  ///< a folder, an empty file, another program's file or database
        Corrupt,        ///< an SQLite file that SQLite reports as damaged
        NewerVersion,   ///< written by a newer Funnelscope
        ReadOnly,       ///< the file or its folder cannot be written
        AlreadyExists,  ///< creating over an existing file
        Constraint,     ///< a row the schema refuses (unique, check, trigger)
        Busy,           ///< another connection kept the write lock longer than we wait
        Full,           ///< the disk (or a file size limit) is full
        Io,             ///< the disk could not be read or written
        Server,         ///< a ClickHouse server that does not answer or refuses a query
        Internal,       ///< anything else SQLite reports
    };

    StoreError(Kind kind, const QString &message)
        : mKind(kind)
        , mMessage(message)
        , mUtf8(message.toUtf8())
    {
    }

    Kind kind() const noexcept { return mKind; }
    QString message() const { return mMessage; }
    const char *what() const noexcept override { return mUtf8.constData(); }

private:
    Kind mKind;
    QString mMessage;
    QByteArray mUtf8;
};

} // namespace Funnelscope
