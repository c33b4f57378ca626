#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Funnelscope {

class Connection;

/** One entry of the dictionary's change log. Empty values are stored as NULL. */
struct ChangeEntry
{
    qint64 id = 0;
    QDateTime at; ///< UTC
    QString who;
    QString action; ///< create, edit, rename, deprecate, delete, undo
    QString entity; ///< event, parameter
    QString entityName; ///< the event's name, or "event.parameter"
    QString field;
    QString oldValue;
    QString newValue;
    QString reason;
    QString prevHash;
    QString hash;

    /** The event an entry is about (the part of a parameter's name before the dot). */
    QString eventName() const;
};

/**
 * The append-only change log of the dictionary. The store's triggers refuse UPDATE and
 * DELETE; on top of that each entry carries the SHA-256 of its content and of the entry
 * before, and the workspace's meta table remembers the newest entry, so verify() finds an
 * entry changed, removed or inserted behind the store's back by someone who did not redo
 * the chain. Someone who can write the file can redo it (the hash is not keyed): only a
 * receipt() kept outside the file proves the entries it covers (checkReceipt()).
 */
class ChangeLog
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::ChangeLog)

public:
    struct Integrity
    {
        bool intact = true;
        qint64 entries = 0;
        qint64 firstBadId = 0; ///< the first entry that does not check out, 0 if none
        QString message;
    };

    /**
     * Appends @p entry (its id, hashes and, when unset, time are filled in) inside the
     * transaction the caller holds, and returns it as stored.
     */
    static ChangeEntry append(Connection &connection, ChangeEntry entry);
    /** The entries after @p afterId, oldest first. */
    static QList<ChangeEntry> list(Connection &connection, qint64 afterId = 0);
    static Integrity verify(Connection &connection);

    /**
     * A receipt of the log as it is now: how many entries, and the hash of the last one,
     * which commits to every entry before it (SHA-256 chain). Kept somewhere else (a
     * ticket, an email, a commit), it lets checkReceipt() prove later that the log still
     * holds exactly those entries, unchanged, whatever was done to the file meanwhile.
     * "funnelscope-change-log 1 entries=N sha256=HEX".
     */
    static QString receipt(Connection &connection);
    /**
     * Whether the log still holds the entries @p receipt names, unchanged: every hash is
     * recomputed from the entries' content (the stored hashes are not trusted), and entry
     * N's must be the receipt's. Entries after N are only as good as verify() says.
     */
    static Integrity checkReceipt(Connection &connection, const QString &receipt);
    /** The hash an entry must carry: SHA-256 over its content and the previous hash. */
    static QString hashOf(const ChangeEntry &entry);
    /** The name edits are recorded under: the preference, or else the OS user. */
    static QString defaultWho();
    /** The person's name from the preferences (Edit ▸ Preferences), or empty. */
    static QString preferredWho();
    /** Sets the preferred name; empty goes back to the OS user. */
    static void setPreferredWho(const QString &name);

    static constexpr const char *genesisHash = "0000000000000000000000000000000000000000000000000000000000000000";
};

} // namespace Funnelscope
