#include "clickhouseconnection.h"

#include "store/storeerror.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>
#include <QUrlQuery>

#include <zlib.h>

namespace Funnelscope {

namespace {

/** How long a TLS handshake may take before the server counts as not answering over HTTPS. */
constexpr int handshakeSeconds = 20;

QByteArray gzip(const QByteArray &data)
{
    z_stream stream{};
    if (deflateInit2(&stream, 1, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out;
    out.resize(qsizetype(deflateBound(&stream, uLong(data.size()))) + 32);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return out;
}

QString unescape(QStringView text)
{
    if (!text.contains(QLatin1Char('\\')))
        return text.toString();
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != QLatin1Char('\\') || i + 1 == text.size()) {
            out += text[i];
            continue;
        }
        const QChar next = text[++i];
        switch (next.unicode()) {
        case 't': out += QLatin1Char('\t'); break;
        case 'n': out += QLatin1Char('\n'); break;
        case 'r': out += QLatin1Char('\r'); break;
        case '0': out += QChar(0); break;
        case 'b': out += QLatin1Char('\b'); break;
        case 'f': out += QLatin1Char('\f'); break;
        default: out += next; break;
        }
    }
    return out;
}

} // namespace

ClickHouseConnection::ClickHouseConnection(ClickHouseUrl url)
    : mUrl(std::move(url))
{
}

ClickHouseConnection ClickHouseConnection::onHost(const QString &host, int port) const
{
    ClickHouseUrl url = mUrl;
    url.host = host;
    url.port = port;
    url.cluster.clear();
    return ClickHouseConnection(url);
}

QByteArray ClickHouseConnection::query(const QString &sql, const TaskContext &task, const Settings &settings,
                                       bool inDatabase) const
{
    try {
        return post(QString(), sql.toUtf8(), false, task, settings, inDatabase);
    } catch (const StoreError &error) {
        if (!askedAgain(sql, error.message()))
            throw;
    }
    return post(QString(), sql.toUtf8(), false, task, settings, inDatabase);
}

bool ClickHouseConnection::askedAgain(const QString &sql, const QString &refusal)
{
    // ClickHouse before 20.12 may fail a query of a Distributed table when it cancels a
    // shard's part while still sending it: "Code: 101 ... Unexpected packet Data received
    // from client" (fixed by ClickHouse's pull request 17254). Seen once in a thousand
    // reports against 18.16's cluster. A read changed nothing, so it is asked once more;
    // a write is not (a shard may have taken its part).
    const QString text = sql.trimmed();
    const bool read = text.startsWith(QLatin1String("SELECT"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("WITH"), Qt::CaseInsensitive);
    return read && refusal.contains(QLatin1String("Code: 101")) && refusal.contains(QLatin1String("Unexpected packet"));
}

QList<QStringList> ClickHouseConnection::rows(const QString &sql, const TaskContext &task, const Settings &settings,
                                              bool inDatabase) const
{
    const QString text = QString::fromUtf8(query(sql + QStringLiteral(" FORMAT TabSeparated"), task, settings, inDatabase));
    QList<QStringList> result;
    for (QStringView line : QStringView(text).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        QStringList row;
        for (QStringView value : line.split(QLatin1Char('\t')))
            row.append(unescape(value));
        result.append(row);
    }
    return result;
}

void ClickHouseConnection::insert(const QString &table, const QByteArray &tsv, const TaskContext &task,
                                  const Settings &settings) const
{
    post(QStringLiteral("INSERT INTO %1 FORMAT TabSeparated").arg(table), gzip(tsv), true, task, settings, true);
}

void ClickHouseConnection::escape(QByteArray &out, QStringView text)
{
    const QByteArray utf8 = text.toUtf8();
    escape(out, std::string_view(utf8.constData(), size_t(utf8.size())));
}

void ClickHouseConnection::escape(QByteArray &out, std::string_view utf8)
{
    size_t start = 0;
    for (size_t i = 0; i < utf8.size(); ++i) {
        const char c = utf8[i];
        const char *escaped = c == '\\' ? "\\\\" : c == '\t' ? "\\t" : c == '\n' ? "\\n" : c == '\r' ? "\\r" : c == '\0' ? "\\0" : nullptr;
        if (!escaped)
            continue;
        out.append(utf8.data() + start, qsizetype(i - start));
        out.append(escaped);
        start = i + 1;
    }
    out.append(utf8.data() + start, qsizetype(utf8.size() - start));
}

void ClickHouseConnection::quoted(QByteArray &out, std::string_view utf8)
{
    out += '\'';
    size_t start = 0;
    for (size_t i = 0; i < utf8.size(); ++i) {
        if (utf8[i] != '\'')
            continue;
        escape(out, utf8.substr(start, i - start));
        out += "\\'";
        start = i + 1;
    }
    escape(out, utf8.substr(start));
    out += '\'';
}

QString ClickHouseConnection::bind(const QString &name, const QString &value, const QString &body)
{
    return QStringLiteral("arrayMap(") + name + QStringLiteral(" -> ") + body + QStringLiteral(", [") + value + QStringLiteral("])[1]");
}

QString ClickHouseConnection::quote(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    out.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

QByteArray ClickHouseConnection::post(const QString &urlQuery, const QByteArray &body, bool gzipped,
                                      const TaskContext &task, const Settings &settings, bool inDatabase) const
{
    QUrl url = mUrl.endpoint();
    QUrlQuery parameters;
    if (inDatabase)
        parameters.addQueryItem(QStringLiteral("database"), mUrl.database);
    parameters.addQueryItem(QStringLiteral("enable_http_compression"), QStringLiteral("1"));
    for (auto it = settings.begin(); it != settings.end(); ++it)
        parameters.addQueryItem(it.key(), it.value());
    if (!urlQuery.isEmpty())
        parameters.addQueryItem(QStringLiteral("query"), QString::fromUtf8(QUrl::toPercentEncoding(urlQuery)));
    url.setQuery(parameters);

    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/plain; charset=utf-8"));
    request.setRawHeader("Authorization",
                         "Basic " + (mUrl.user + QLatin1Char(':') + mUrl.password).toUtf8().toBase64());
    if (gzipped)
        request.setRawHeader("Content-Encoding", "gzip");
    request.setTransferTimeout(300'000); // five minutes without a byte: the server is gone
    if (mUrl.tls && !mUrl.authorities.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(mUrl.authorities);
        request.setSslConfiguration(tls);
    }

    QNetworkAccessManager manager;
    manager.setProxy(QNetworkProxy::NoProxy);
    QNetworkReply *reply = manager.post(request, body);
    QStringList certificateProblems;
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [&certificateProblems](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            certificateProblems.append(error.errorString());
    });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer cancelCheck;
    QObject::connect(&cancelCheck, &QTimer::timeout, &loop, [&] {
        if (task.isCancelled())
            reply->abort();
    });
    cancelCheck.start(100);
    // A TLS hello sent to a plain HTTP port may be taken as the start of a request the
    // server then waits to see end: without this deadline both sides would wait.
    bool noHandshake = false;
    QTimer handshake;
    if (mUrl.tls) {
        handshake.setSingleShot(true);
        QObject::connect(reply, &QNetworkReply::encrypted, &handshake, &QTimer::stop);
        QObject::connect(&handshake, &QTimer::timeout, &loop, [&] {
            noHandshake = true;
            reply->abort();
        });
        handshake.start(handshakeSeconds * 1000);
    }
    if (!reply->isFinished())
        loop.exec();
    cancelCheck.stop();
    reply->deleteLater();

    const QByteArray answer = reply->isOpen() ? reply->readAll() : QByteArray();
    if (task.isCancelled())
        throw Cancelled();
    if (noHandshake)
        throw StoreError(StoreError::Kind::Server,
                         tr("The ClickHouse server %1 does not answer over HTTPS: no TLS handshake within %2 s. If port %3 "
                            "speaks plain HTTP, the address starts with clickhouse://.")
                             .arg(mUrl.server())
                             .arg(handshakeSeconds)
                             .arg(mUrl.port));
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0 && !certificateProblems.isEmpty()) {
        const QString problems = certificateProblems.join(QLatin1String("; "));
        if (!mUrl.authorityFile.isEmpty())
            throw StoreError(StoreError::Kind::Server,
                             tr("The ClickHouse server %1 is not trusted: %2 (with the certificate authorities of “%3” too).")
                                 .arg(mUrl.server(), problems, mUrl.authorityFile));
        throw StoreError(StoreError::Kind::Server,
                         tr("The ClickHouse server %1 is not trusted: %2. If its certificate comes from your own "
                            "certificate authority, add ca=FILE (that authority's PEM file) to the address: %3")
                             .arg(mUrl.server(), problems,
                                  mUrl.toString() + (mUrl.cluster.isEmpty() ? QLatin1Char('?') : QLatin1Char('&'))
                                      + QStringLiteral("ca=") + tr("FILE", "in ca=FILE of an address")));
    }
    if (reply->error() != QNetworkReply::NoError && status == 0) {
        QString hint;
        if (reply->error() == QNetworkReply::SslHandshakeFailedError)
            hint = tr(" If port %1 speaks plain HTTP, the address starts with clickhouse://.").arg(mUrl.port);
        else if (reply->error() == QNetworkReply::RemoteHostClosedError && !mUrl.tls)
            hint = tr(" If port %1 speaks HTTPS, the address starts with clickhouses://.").arg(mUrl.port);
        throw StoreError(StoreError::Kind::Server,
                         tr("The ClickHouse server %1 does not answer: %2.").arg(mUrl.server(), reply->errorString()) + hint);
    }
    if (status == 200)
        return answer;
    const QString why = QString::fromUtf8(answer).section(QLatin1Char('\n'), 0, 0).trimmed();
    // Code 516 (authentication failed), 192 (unknown user), 193 (wrong password).
    if (status == 401 || status == 403 || why.contains(QLatin1String("Code: 516")) || why.contains(QLatin1String("Code: 192"))
        || why.contains(QLatin1String("Code: 193")))
        throw StoreError(StoreError::Kind::Server,
                         tr("The ClickHouse server %1 refused the user “%2”: wrong password or unknown user "
                            "(the password comes from FUNNELSCOPE_CLICKHOUSE_PASSWORD, the Connect dialog or the system keychain).")
                             .arg(mUrl.server(), mUrl.user));
    throw StoreError(StoreError::Kind::Server,
                     tr("The ClickHouse server %1 refused a query: %2").arg(mUrl.server(), why.left(600)));
}

} // namespace Funnelscope
