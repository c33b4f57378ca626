#pragma once

#include "clickhouseurl.h"
#include "tasks/taskcontext.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

#include <string_view>

namespace Funnelscope {

/**
 * Queries to one ClickHouse server over its HTTP interface (Qt Network): the SQL in the
 * body, answers in TabSeparated, gzip both ways. Each call blocks the calling thread (a
 * worker's or a command's, never the GUI's) in a local event loop, may run on several
 * threads at once (each makes its own QNetworkAccessManager), stops when @p task is
 * cancelled (Cancelled), and throws StoreError (Kind::Server) with a sentence that names
 * the server: it does not answer, it refused the user, or it refused the query (its own
 * first line of why).
 */
class ClickHouseConnection
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::ClickHouseConnection)

public:
    using Settings = QMap<QString, QString>;

    explicit ClickHouseConnection(ClickHouseUrl url);

    const ClickHouseUrl &url() const { return mUrl; }
    /** The same server's user and password on another host:port (a shard of its cluster). */
    ClickHouseConnection onHost(const QString &host, int port) const;

    /**
     * Whether a query refused with @p refusal is asked once more: a read that met
     * ClickHouse's race of a cancelled shard (before 20.12: Code 101, "Unexpected packet
     * Data received from client").
     */
    static bool askedAgain(const QString &sql, const QString &refusal);
    /** The answer to @p sql, in the database of the URL (when it exists: @p inDatabase); see askedAgain(). */
    QByteArray query(const QString &sql, const TaskContext &task = {}, const Settings &settings = {},
                     bool inDatabase = true) const;
    /** The answer's rows, each split at tabs, values unescaped. */
    QList<QStringList> rows(const QString &sql, const TaskContext &task = {}, const Settings &settings = {},
                            bool inDatabase = true) const;
    /** Sends @p tsv (TabSeparated rows, escaped with escape()) into @p table, gzip-compressed. */
    void insert(const QString &table, const QByteArray &tsv, const TaskContext &task = {}, const Settings &settings = {}) const;

    /** @p text as a TabSeparated value: backslash, tab, newline, carriage return escaped. */
    static void escape(QByteArray &out, QStringView text);
    /** @p utf8 as a TabSeparated value (the same escapes), appended at once where it needs none. */
    static void escape(QByteArray &out, std::string_view utf8);
    /** Appends @p utf8 as a quoted string of a TSV field's array, such as ['a\'b','c']: quotes, escapes and all. */
    static void quoted(QByteArray &out, std::string_view utf8);
    /** @p text as a quoted SQL string literal. */
    static QString quote(const QString &text);
    /**
     * @p body with @p name bound to @p value, computed once: `arrayMap(name -> body, [value])[1]`
     * (ClickHouse copies an alias's expression into every use; 18.16 has no WITH for it).
     */
    static QString bind(const QString &name, const QString &value, const QString &body);

private:
    QByteArray post(const QString &urlQuery, const QByteArray &body, bool gzipped, const TaskContext &task,
                    const Settings &settings, bool inDatabase) const;

    ClickHouseUrl mUrl;
};

} // namespace Funnelscope
