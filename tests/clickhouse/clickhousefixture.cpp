// clickhouse_fixture start DIR | stop DIR
//
// Starts real clickhouse-server processes for the tests (Debian's package): one single
// server and a cluster of two (two processes on localhost, a remote_servers entry naming
// both, no ZooKeeper), each in its own folder under DIR on free ports, and writes
// DIR/servers.ini with their HTTP ports. The single server also speaks HTTPS, with a
// certificate of a test-only authority (tls/, valid until 2126, for 127.0.0.1). `stop`
// ends them and removes DIR. A CTest fixture runs both around the tests that need the
// servers (tests/clickhouse/CMakeLists.txt).

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTextStream>
#include <QThread>

#include <csignal>
#include <cstdio>

namespace {

QTextStream err(stderr);

/** A port nobody listens on now at any of @p hosts (the kernel's choice for the first). */
quint16 freePort(const QStringList &hosts)
{
    for (int attempt = 0; attempt < 50; ++attempt) {
        QTcpServer first;
        first.listen(QHostAddress(hosts.first()), 0);
        const quint16 port = first.serverPort();
        bool free = true;
        for (const QString &host : hosts.mid(1)) {
            QTcpServer other;
            free = free && other.listen(QHostAddress(host), port);
        }
        if (free)
            return port;
    }
    return 0;
}

struct Server
{
    QString name;
    QString host;
    quint16 http = 0;
    quint16 tcp = 0;
    quint16 interserver = 0;
    quint16 https = 0; ///< 0: no HTTPS
};

QString configOf(const QString &folder, const Server &server, const QList<Server> &shards)
{
    QString cluster;
    if (!shards.isEmpty()) {
        cluster = QStringLiteral("  <remote_servers>\n    <fs_test>\n");
        for (const Server &shard : shards)
            cluster += QStringLiteral("      <shard><replica><host>%1</host><port>%2</port></replica></shard>\n").arg(shard.host).arg(shard.tcp);
        cluster += QStringLiteral("    </fs_test>\n  </remote_servers>\n");
    }
    QString https;
    if (server.https) {
        const QString tls = QStringLiteral(FUNNELSCOPE_TLS_DIR);
        https = QStringLiteral(R"(  <https_port>%1</https_port>
  <openSSL><server>
    <certificateFile>%2/server.pem</certificateFile><privateKeyFile>%2/server.key</privateKeyFile>
    <dhParamsFile>%2/dh.pem</dhParamsFile><verificationMode>none</verificationMode>
    <cacheSessions>true</cacheSessions><disableProtocols>sslv2,sslv3</disableProtocols><preferServerCiphers>true</preferServerCiphers>
  </server></openSSL>
)")
                    .arg(server.https)
                    .arg(tls);
    }
    return QStringLiteral(R"(<?xml version="1.0"?>
<yandex>
  <logger><level>warning</level><log>%1/server.log</log><errorlog>%1/server.err.log</errorlog><console>0</console></logger>
  <http_port>%2</http_port>
  <tcp_port>%3</tcp_port>
  <interserver_http_port>%4</interserver_http_port>
  <interserver_http_host>%6</interserver_http_host>
  <listen_host>%6</listen_host>
  <path>%1/data/</path>
  <tmp_path>%1/tmp/</tmp_path>
  <user_files_path>%1/user_files/</user_files_path>
  <format_schema_path>%1/format_schemas/</format_schema_path>
  <mark_cache_size>67108864</mark_cache_size>
  <uncompressed_cache_size>67108864</uncompressed_cache_size>
  <max_concurrent_queries>50</max_concurrent_queries>
  <users>
    <default><password></password><networks><ip>127.0.0.0/8</ip></networks><profile>default</profile><quota>default</quota></default>
    <analyst><password>s3cret</password><networks><ip>127.0.0.0/8</ip></networks><profile>default</profile><quota>default</quota></analyst>
    <frugal><password></password><networks><ip>127.0.0.0/8</ip></networks><profile>frugal</profile><quota>default</quota></frugal>
  </users>
  <profiles><default><max_memory_usage>2000000000</max_memory_usage></default>
    <frugal><max_memory_usage>40000000</max_memory_usage></frugal></profiles>
  <quotas><default></default></quotas>
%5%7</yandex>
)")
        .arg(folder)
        .arg(server.http)
        .arg(server.tcp)
        .arg(server.interserver)
        .arg(cluster, server.host, https);
}

bool answers(const QString &host, quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress(host), port);
    if (!socket.waitForConnected(500))
        return false;
    socket.write("GET /ping HTTP/1.0\r\n\r\n");
    socket.waitForBytesWritten(500);
    QByteArray reply;
    while (socket.waitForReadyRead(1000))
        reply += socket.readAll();
    return reply.contains("Ok.");
}

int stop(const QString &dir)
{
    // All asked to stop at once, then waited for: each takes seconds to shut down.
    QDir root(dir);
    QList<pid_t> running;
    for (const QString &name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile pidFile(root.filePath(name + QStringLiteral("/pid")));
        if (!pidFile.open(QIODevice::ReadOnly))
            continue;
        const qint64 pid = pidFile.readAll().trimmed().toLongLong();
        if (pid > 0 && ::kill(pid_t(pid), SIGTERM) == 0)
            running.append(pid_t(pid));
    }
    QDeadlineTimer deadline(20'000);
    for (const pid_t pid : std::as_const(running)) {
        while (::kill(pid, 0) == 0 && !deadline.hasExpired())
            QThread::msleep(100);
        if (::kill(pid, 0) == 0)
            ::kill(pid, SIGKILL);
    }
    root.removeRecursively();
    return 0;
}

int start(const QString &dir)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("clickhouse-server"),
                                                           {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
    if (program.isEmpty()) {
        err << "clickhouse_fixture: clickhouse-server is not installed (Debian package clickhouse-server; make deps installs it)\n";
        return 1;
    }
    stop(dir); // what an interrupted run left
    // The shards listen on addresses of their own with the same ports, as the hosts of a
    // real cluster do (Funnelscope reaches a shard's HTTP interface on the URL's port).
    QList<Server> servers = {{QStringLiteral("single"), QStringLiteral("127.0.0.1")},
                             {QStringLiteral("shard1"), QStringLiteral("127.0.0.2")},
                             {QStringLiteral("shard2"), QStringLiteral("127.0.0.3")}};
    const QStringList shardHosts = {servers[1].host, servers[2].host};
    servers[0].http = freePort({servers[0].host});
    servers[0].tcp = freePort({servers[0].host});
    servers[0].interserver = freePort({servers[0].host});
    servers[0].https = freePort({servers[0].host});
    servers[1].http = servers[2].http = freePort(shardHosts);
    servers[1].tcp = servers[2].tcp = freePort(shardHosts);
    servers[1].interserver = servers[2].interserver = freePort(shardHosts);
    const QList<Server> shards = servers.mid(1);
    for (const Server &server : std::as_const(servers)) {
        const QString folder = QDir(dir).absoluteFilePath(server.name);
        QDir().mkpath(folder + QStringLiteral("/data"));
        QFile config(folder + QStringLiteral("/config.xml"));
        if (!config.open(QIODevice::WriteOnly)) {
            err << "clickhouse_fixture: cannot write " << config.fileName() << "\n";
            return 1;
        }
        config.write(configOf(folder, server, server.name == QLatin1String("single") ? QList<Server>() : shards).toUtf8());
        config.close();
        qint64 pid = 0;
        QProcess process;
        process.setProgram(program);
        process.setArguments({QStringLiteral("--config-file=") + config.fileName()});
        process.setWorkingDirectory(folder);
        process.setStandardOutputFile(folder + QStringLiteral("/stdout.log"));
        process.setStandardErrorFile(folder + QStringLiteral("/stderr.log"));
        if (!process.startDetached(&pid)) {
            err << "clickhouse_fixture: cannot start " << program << "\n";
            return 1;
        }
        QFile pidFile(folder + QStringLiteral("/pid"));
        pidFile.open(QIODevice::WriteOnly);
        pidFile.write(QByteArray::number(pid));
    }
    QDeadlineTimer deadline(90'000);
    for (const Server &server : std::as_const(servers)) {
        while (!answers(server.host, server.http)) {
            if (deadline.hasExpired()) {
                QFile log(QDir(dir).absoluteFilePath(server.name + QStringLiteral("/server.err.log")));
                log.open(QIODevice::ReadOnly);
                err << "clickhouse_fixture: the server " << server.name << " did not answer on port " << server.http
                    << " within 90 s; its log ends:\n" << log.readAll().right(2000) << "\n";
                stop(dir);
                return 1;
            }
            QThread::msleep(200);
        }
    }
    QSettings ini(QDir(dir).absoluteFilePath(QStringLiteral("servers.ini")), QSettings::IniFormat);
    ini.setValue(QStringLiteral("single/url"), QStringLiteral("clickhouse://%1:%2/").arg(servers[0].host).arg(servers[0].http));
    ini.setValue(QStringLiteral("single/https"), QStringLiteral("clickhouses://%1:%2/").arg(servers[0].host).arg(servers[0].https));
    ini.setValue(QStringLiteral("single/ca"), QStringLiteral(FUNNELSCOPE_TLS_DIR "/ca.pem"));
    ini.setValue(QStringLiteral("cluster/url"), QStringLiteral("clickhouse://%1:%2/").arg(servers[1].host).arg(servers[1].http));
    ini.setValue(QStringLiteral("cluster/name"), QStringLiteral("fs_test"));
    ini.setValue(QStringLiteral("cluster/shards"), shardHosts);
    ini.setValue(QStringLiteral("cluster/port"), servers[1].http);
    ini.sync();
    QTextStream(stdout) << "clickhouse_fixture: single server on " << servers[0].host << ":" << servers[0].http
                        << ", cluster fs_test on " << servers[1].host << " and " << servers[2].host << ":"
                        << servers[1].http << "\n";
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3 || (args[1] != QLatin1String("start") && args[1] != QLatin1String("stop"))) {
        err << "usage: clickhouse_fixture start|stop DIR\n";
        return 1;
    }
    return args[1] == QLatin1String("start") ? start(args[2]) : stop(args[2]);
}
