#include "serverkeychain.h"

#include "clickhouse/clickhouseurl.h"
#include "tasks/validationerror.h"

#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace Funnelscope {

namespace {

const QString service = QStringLiteral("Funnelscope ClickHouse");

} // namespace

ServerKeychain::ServerKeychain(QObject *parent)
    : QObject(parent)
{
}

QString ServerKeychain::keyOf(const QString &address)
{
    try {
        return ClickHouseUrl::parse(address).account();
    } catch (const ValidationError &) {
        return {};
    }
}

void ServerKeychain::read(const QString &address)
{
    const QString key = keyOf(address);
    if (key.isEmpty()) {
        Q_EMIT notFound(address);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(service, this);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, job, address] {
        if (job->error() == QKeychain::NoError)
            Q_EMIT found(address, job->textData());
        else // not there, or no keychain on this machine: the dialog asks
            Q_EMIT notFound(address);
    });
    job->start();
}

std::optional<QString> ServerKeychain::passwordOf(const QString &address, int timeoutMs)
{
    ServerKeychain keychain;
    QEventLoop loop;
    std::optional<QString> password;
    bool answered = false;
    connect(&keychain, &ServerKeychain::found, &loop, [&](const QString &, const QString &kept) {
        password = kept;
        answered = true;
        loop.quit();
    });
    connect(&keychain, &ServerKeychain::notFound, &loop, [&] {
        answered = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    keychain.read(address);
    if (!answered) // read() may answer at once
        loop.exec();
    return password;
}

void ServerKeychain::store(const QString &address, const QString &password)
{
    const QString key = keyOf(address);
    if (key.isEmpty())
        return;
    auto *job = new QKeychain::WritePasswordJob(service, this);
    job->setKey(key);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [this, job, address] {
        if (job->error() == QKeychain::NoError)
            Q_EMIT stored(address);
        else
            Q_EMIT failed(address, job->errorString());
    });
    job->start();
}

void ServerKeychain::forget(const QString &address)
{
    const QString key = keyOf(address);
    if (key.isEmpty())
        return;
    auto *job = new QKeychain::DeletePasswordJob(service, this);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, job, address] {
        // Nothing there, or no keychain on this machine, is nothing to remove.
        if (job->error() == QKeychain::CouldNotDeleteEntry || job->error() == QKeychain::AccessDenied
            || job->error() == QKeychain::AccessDeniedByUser)
            Q_EMIT failed(address, job->errorString());
    });
    job->start();
}

} // namespace Funnelscope
