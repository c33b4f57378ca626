#include "clickhouseurl.h"

#include "tasks/validationerror.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

namespace Funnelscope {

namespace {

/** The passwords the window was given, by user@host:port, for this process only (never written). */
class Passwords
{
public:
    std::optional<QString> value(const QString &key) const
    {
        const QMutexLocker locker(&mMutex);
        const auto found = mPasswords.constFind(key);
        return found == mPasswords.cend() ? std::nullopt : std::optional<QString>(*found);
    }
    void insert(const QString &key, const QString &password)
    {
        const QMutexLocker locker(&mMutex);
        mPasswords.insert(key, password);
    }

private:
    mutable QMutex mMutex;
    QHash<QString, QString> mPasswords;
};

Passwords &rememberedPasswords()
{
    static Passwords passwords;
    return passwords;
}

} // namespace

bool ClickHouseUrl::isUrl(const QString &text)
{
    return text.startsWith(QLatin1String("clickhouse://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("clickhouses://"), Qt::CaseInsensitive);
}

ClickHouseUrl ClickHouseUrl::parse(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("clickhouse") && scheme != QLatin1String("clickhouses")))
        throw ValidationError(tr("“%1” is not a ClickHouse address such as clickhouse://host:8123/database.").arg(text));
    if (!url.password().isEmpty())
        throw ValidationError(tr("“%1”: a password does not go into the address; set FUNNELSCOPE_CLICKHOUSE_PASSWORD instead.")
                                  .arg(url.toString(QUrl::RemovePassword)));
    ClickHouseUrl result;
    result.tls = scheme == QLatin1String("clickhouses");
    result.host = url.host();
    if (result.host.isEmpty())
        throw ValidationError(tr("“%1” names no server (clickhouse://host:8123/database).").arg(text));
    result.port = url.port(result.tls ? 8443 : 8123);
    if (!url.userName().isEmpty())
        result.user = url.userName();
    result.database = url.path().mid(1);
    static const QRegularExpression name(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,63}$"));
    if (!name.match(result.database).hasMatch())
        throw ValidationError(tr("“%1”: the database should be a name of letters, digits and _ after the server, "
                                 "such as clickhouse://host:8123/shop.").arg(text));
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("ca")) {
            result.readAuthorities(text, value);
            continue;
        }
        if (key != QLatin1String("cluster"))
            throw ValidationError(tr("“%1”: unknown option “%2” (only cluster=NAME, and ca=FILE with clickhouses://).").arg(text, key));
        if (!name.match(value).hasMatch())
            throw ValidationError(tr("“%1”: “%2” is not a cluster name.").arg(text, value));
        result.cluster = value;
    }
    const std::optional<QString> remembered = rememberedPasswords().value(result.account());
    result.password = remembered ? *remembered : qEnvironmentVariable("FUNNELSCOPE_CLICKHOUSE_PASSWORD");
    return result;
}

void ClickHouseUrl::readAuthorities(const QString &text, const QString &path)
{
    if (!tls)
        throw ValidationError(tr("“%1”: ca=FILE is for HTTPS; the address should start with clickhouses://.").arg(text));
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        throw ValidationError(tr("“%1”: cannot read the certificate authority file “%2”: %3.")
                                  .arg(text, path, path.isEmpty() ? tr("no file named") : file.errorString()));
    authorities = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (authorities.isEmpty())
        throw ValidationError(tr("“%1”: the certificate authority file “%2” holds no PEM certificate "
                                 "(-----BEGIN CERTIFICATE-----).")
                                  .arg(text, path));
    authorityFile = QFileInfo(path).absoluteFilePath();
}

void ClickHouseUrl::rememberPassword(const QString &text, const QString &password)
{
    const ClickHouseUrl url = parse(text);
    rememberedPasswords().insert(url.account(), password);
}

ClickHouseUrl ClickHouseUrl::parse(const QString &text, const QString &password)
{
    ClickHouseUrl url = parse(text);
    if (!password.isEmpty())
        url.password = password;
    return url;
}

QUrl ClickHouseUrl::endpoint() const
{
    QUrl url;
    url.setScheme(tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(host);
    url.setPort(port);
    url.setPath(QStringLiteral("/"));
    return url;
}

QString ClickHouseUrl::account() const
{
    return user + QLatin1Char('@') + server();
}

QString ClickHouseUrl::server() const
{
    return QStringLiteral("%1:%2").arg(host).arg(port);
}

QString ClickHouseUrl::toString() const
{
    QString text = QStringLiteral("%1://%2%3/%4")
                       .arg(tls ? QStringLiteral("clickhouses") : QStringLiteral("clickhouse"),
                            user == QLatin1String("default") ? QString() : user + QLatin1Char('@'), server(), database);
    QStringList options;
    if (!cluster.isEmpty())
        options.append(QStringLiteral("cluster=") + cluster);
    if (!authorityFile.isEmpty()) // every character but letters, digits, -._~ and / escaped
        options.append(QStringLiteral("ca=") + QString::fromUtf8(QUrl::toPercentEncoding(authorityFile, "/")));
    if (!options.isEmpty())
        text += QLatin1Char('?') + options.join(QLatin1Char('&'));
    return text;
}

} // namespace Funnelscope
