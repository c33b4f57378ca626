#include "changelog.h"

#include "store/connection.h"
#include "store/statement.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QTimeZone>

namespace Funnelscope {

namespace {

constexpr const char *headKey = "change_log_head";
constexpr const char *whoKey = "identity/name";

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QString head(const ChangeEntry &entry)
{
    return QStringLiteral("%1:%2").arg(entry.id).arg(entry.hash);
}

} // namespace

QString ChangeEntry::eventName() const
{
    if (entity == QLatin1String("parameter"))
        return entityName.section(QLatin1Char('.'), 0, -2);
    return entityName;
}

QString ChangeLog::hashOf(const ChangeEntry &entry)
{
    const QJsonArray content = {entry.id,
                                QString::number(entry.at.toMSecsSinceEpoch()),
                                entry.who,
                                entry.action,
                                entry.entity,
                                entry.entityName,
                                orNull(entry.field),
                                orNull(entry.oldValue),
                                orNull(entry.newValue),
                                orNull(entry.reason),
                                entry.prevHash};
    const QByteArray bytes = QJsonDocument(content).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

ChangeEntry ChangeLog::append(Connection &connection, ChangeEntry entry)
{
    Statement last(connection, "SELECT id, hash FROM change_log ORDER BY id DESC LIMIT 1");
    if (last.step()) {
        entry.id = last.int64(0) + 1;
        entry.prevHash = last.text(1);
    } else {
        entry.id = 1;
        entry.prevHash = QLatin1String(genesisHash);
    }
    if (!entry.at.isValid())
        entry.at = QDateTime::currentDateTimeUtc();
    // Milliseconds are what the store keeps, so the hash is over exactly those.
    entry.at = QDateTime::fromMSecsSinceEpoch(entry.at.toMSecsSinceEpoch(), QTimeZone::utc());
    entry.hash = hashOf(entry);

    Statement insert(connection,
                     "INSERT INTO change_log (id, at, who, action, entity, entity_name, field, "
                     "old_value, new_value, reason, prev_hash, hash) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, entry.id);
    insert.bind(2, entry.at.toMSecsSinceEpoch());
    insert.bind(3, entry.who);
    insert.bind(4, entry.action);
    insert.bind(5, entry.entity);
    insert.bind(6, entry.entityName);
    insert.bindTextOrNull(7, entry.field);
    insert.bindTextOrNull(8, entry.oldValue);
    insert.bindTextOrNull(9, entry.newValue);
    insert.bindTextOrNull(10, entry.reason);
    insert.bind(11, entry.prevHash);
    insert.bind(12, entry.hash);
    insert.exec();

    Statement meta(connection, "INSERT INTO meta (key, value) VALUES (?, ?) "
                               "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    meta.bind(1, QLatin1String(headKey));
    meta.bind(2, head(entry));
    meta.exec();
    return entry;
}

QList<ChangeEntry> ChangeLog::list(Connection &connection, qint64 afterId)
{
    Statement select(connection,
                     "SELECT id, at, who, action, entity, entity_name, field, old_value, new_value, "
                     "reason, prev_hash, hash FROM change_log WHERE id > ? ORDER BY id");
    select.bind(1, afterId);
    QList<ChangeEntry> entries;
    while (select.step()) {
        ChangeEntry entry;
        entry.id = select.int64(0);
        entry.at = QDateTime::fromMSecsSinceEpoch(select.int64(1), QTimeZone::utc());
        entry.who = select.text(2);
        entry.action = select.text(3);
        entry.entity = select.text(4);
        entry.entityName = select.text(5);
        entry.field = select.text(6);
        entry.oldValue = select.text(7);
        entry.newValue = select.text(8);
        entry.reason = select.text(9);
        entry.prevHash = select.text(10);
        entry.hash = select.text(11);
        entries.append(entry);
    }
    return entries;
}

QString ChangeLog::receipt(Connection &connection)
{
    const QList<ChangeEntry> entries = list(connection);
    // Recomputed, not read: a receipt of a log whose chain is broken would prove nothing.
    QString previous = QLatin1String(genesisHash);
    for (ChangeEntry entry : entries) {
        entry.prevHash = previous;
        previous = hashOf(entry);
    }
    return QStringLiteral("funnelscope-change-log 1 entries=%1 sha256=%2").arg(entries.size()).arg(previous);
}

ChangeLog::Integrity ChangeLog::checkReceipt(Connection &connection, const QString &receipt)
{
    Integrity result;
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*funnelscope-change-log 1 entries=(\\d+) sha256=([0-9a-f]{64})\\s*$"));
    const QRegularExpressionMatch match = pattern.match(receipt);
    if (!match.hasMatch()) {
        result.intact = false;
        result.message = tr("“%1” is not a change log receipt (it looks like “funnelscope-change-log 1 entries=N sha256=…”).")
                             .arg(receipt.trimmed().left(80));
        return result;
    }
    const qint64 count = match.captured(1).toLongLong();
    const QString hash = match.captured(2);
    const QList<ChangeEntry> entries = list(connection);
    result.entries = entries.size();
    if (entries.size() < count) {
        result.intact = false;
        result.firstBadId = entries.size() + 1;
        result.message = tr("The receipt covers %1 entries, but the log holds only %2: entries were removed.")
                             .arg(count)
                             .arg(entries.size());
        return result;
    }
    QString previous = QLatin1String(genesisHash);
    for (qint64 i = 0; i < count; ++i) {
        ChangeEntry entry = entries.at(i);
        if (entry.id != i + 1) {
            result.intact = false;
            result.firstBadId = i + 1;
            result.message = tr("Entry %1 is missing: the receipt's entries were removed or renumbered.").arg(i + 1);
            return result;
        }
        entry.prevHash = previous;
        previous = hashOf(entry);
    }
    if (previous != hash) {
        result.intact = false;
        result.message = tr("The log's first %1 entries are not the ones the receipt covers: entries were changed, "
                            "removed or inserted since.")
                             .arg(count);
        return result;
    }
    result.message = tr("The log still holds the %1 entries of the receipt, unchanged (%2 entries since).")
                         .arg(count)
                         .arg(entries.size() - count);
    return result;
}

ChangeLog::Integrity ChangeLog::verify(Connection &connection)
{
    Integrity result;
    const auto fail = [&result](qint64 id, const QString &message) {
        result.intact = false;
        result.firstBadId = id;
        result.message = message;
        return result;
    };
    const qint64 guards = connection.queryInt(
        "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
        "AND name IN ('change_log_no_update', 'change_log_no_delete')");
    const QList<ChangeEntry> entries = list(connection);
    result.entries = entries.size();
    QString previous = QLatin1String(genesisHash);
    qint64 expectedId = 1;
    for (const ChangeEntry &entry : entries) {
        if (entry.id != expectedId)
            return fail(entry.id, tr("Entry %1 is missing: the log jumps from %2 to %3.")
                                      .arg(expectedId).arg(expectedId - 1).arg(entry.id));
        if (entry.prevHash != previous)
            return fail(entry.id, tr("Entry %1 does not follow entry %2: an entry before it was "
                                     "changed, removed or inserted.").arg(entry.id).arg(entry.id - 1));
        if (hashOf(entry) != entry.hash)
            return fail(entry.id, tr("Entry %1 (%2 %3, %4) was changed after it was written.")
                                      .arg(entry.id)
                                      .arg(entry.action, entry.entityName,
                                           entry.at.toString(Qt::ISODate)));
        previous = entry.hash;
        ++expectedId;
    }
    Statement meta(connection, "SELECT value FROM meta WHERE key = ?");
    meta.bind(1, QLatin1String(headKey));
    const QString recorded = meta.step() ? meta.text(0) : QString();
    const QString actual = entries.isEmpty() ? QString() : head(entries.last());
    if (recorded != actual) {
        const qint64 recordedId = recorded.section(QLatin1Char(':'), 0, 0).toLongLong();
        return fail(recordedId,
                    tr("The log ends at entry %1 but the workspace recorded entry %2 as the newest: "
                       "entries at the end were removed or replaced.")
                        .arg(entries.isEmpty() ? 0 : entries.last().id)
                        .arg(recordedId));
    }
    if (guards != 2)
        return fail(0, tr("The entries check out, but the store's guards against changing the log "
                          "were removed."));
    result.message = tr("The change log is intact: %n entries, each chained to the one before.", nullptr,
                        int(result.entries));
    return result;
}

QString ChangeLog::preferredWho()
{
    return QSettings().value(QLatin1String(whoKey)).toString().trimmed();
}

void ChangeLog::setPreferredWho(const QString &name)
{
    if (name.trimmed().isEmpty())
        QSettings().remove(QLatin1String(whoKey));
    else
        QSettings().setValue(QLatin1String(whoKey), name.trimmed());
}

QString ChangeLog::defaultWho()
{
    const QString preferred = preferredWho();
    if (!preferred.isEmpty())
        return preferred;
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return name;
    }
    return tr("unknown");
}

} // namespace Funnelscope
