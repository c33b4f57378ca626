#pragma once

#include <QObject>
#include <QString>

#include <optional>

namespace Funnelscope {

/**
 * ClickHouse passwords in the system keychain (QtKeychain: the Secret Service of GNOME
 * Keyring or KWallet), asked for in the Connect dialog. An entry is kept per user and
 * server (analyst@host:port, the service "Funnelscope ClickHouse"), so the cluster's shards
 * and every database there share it. Every call is asynchronous and answers with a
 * signal; a machine without a keychain answers as if nothing was stored, and a password
 * is never written anywhere else.
 */
class ServerKeychain : public QObject
{
    Q_OBJECT

public:
    explicit ServerKeychain(QObject *parent = nullptr);

    /** Looks for the password of @p address: found() or notFound(). */
    void read(const QString &address);
    /** Keeps @p password for @p address: stored() or failed(). */
    void store(const QString &address, const QString &password);
    /** Removes what is kept for @p address; failed() only when the keychain refused (nothing kept, or no keychain, is no failure). */
    void forget(const QString &address);

    /**
     * The password kept for @p address, waited for (a command's thread; the window uses
     * read()): nullopt when nothing is kept, there is no keychain, or it gave no answer
     * within @p timeoutMs (a locked keychain may ask to be unlocked first).
     */
    static std::optional<QString> passwordOf(const QString &address, int timeoutMs = 30000);

    /** The entry's name for @p address: user@host:port. */
    static QString keyOf(const QString &address);

Q_SIGNALS:
    void found(const QString &address, const QString &password);
    void notFound(const QString &address);
    void stored(const QString &address);
    /** Storing or forgetting failed: @p message says why, in the keychain's words. */
    void failed(const QString &address, const QString &message);
};

} // namespace Funnelscope
