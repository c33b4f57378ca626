#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

namespace Funnelscope {

/**
 * Where a ClickHouse workspace lives (DESIGN.md, "A workspace is a file or a server"):
 * `clickhouse://[user@]host[:port]/database[?cluster=NAME]`, or `clickhouses://…` for
 * HTTPS, where `ca=FILE` names a PEM file of certificate authorities to trust besides the
 * system's (a company's own). The port is the server's HTTP interface (8123, or 8443 over
 * TLS). The password
 * never comes from the URL: FUNNELSCOPE_CLICKHOUSE_PASSWORD, or the window asks (and
 * remembers it in memory: rememberPassword()).
 */
struct ClickHouseUrl
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::ClickHouseUrl)

public:
    QString host;
    int port = 8123;
    QString user = QStringLiteral("default");
    QString password;
    QString database;
    QString cluster; ///< a cluster of the server's remote_servers; empty for one server
    bool tls = false;
    QString authorityFile; ///< ca=FILE, absolute; empty: the system's authorities only
    QList<QSslCertificate> authorities; ///< read from authorityFile by parse()

    /** Whether @p text is meant as a server, not a file (it starts with clickhouse:// or clickhouses://). */
    static bool isUrl(const QString &text);
    /**
     * @p text parsed, the password taken from FUNNELSCOPE_CLICKHOUSE_PASSWORD; throws
     * ValidationError naming what is wrong (a password in the URL is refused, so is a
     * ca=FILE that cannot be read or holds no PEM certificate).
     */
    static ClickHouseUrl parse(const QString &text);
    /** @p text parsed, with @p password (the window's) when it is not empty, else the environment's. */
    static ClickHouseUrl parse(const QString &text, const QString &password);
    /**
     * Keeps @p password (the one the window asked for) for the user and server @p text
     * names, in this process's memory only: parse() then takes it instead of the
     * environment's, so the pages' own workers reach the server the window opened.
     */
    static void rememberPassword(const QString &text, const QString &password);

    /** The HTTP endpoint queries go to. */
    QUrl endpoint() const;
    /** user@host:port: whose password it is (the window's memory, the system keychain). */
    QString account() const;
    /** host:port, as messages name the server. */
    QString server() const;
    /** The URL again, without a password (for titles, Open Recent, the data stamp). */
    QString toString() const;

private:
    /** Reads ca=@p path of the address @p text into authorities, or throws ValidationError. */
    void readAuthorities(const QString &text, const QString &path);
};

} // namespace Funnelscope
