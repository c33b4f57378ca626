#include "sha256.h"

#include <QFile>

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <array>

namespace Funnelscope {

namespace {

/**
 * libcrypto keeps some state per thread (its error queue), freed when the thread ends, and
 * frees its globals at exit. A QThreadPool thread ends after QThread::wait() has returned, so
 * at exit it can still be ending while libcrypto cleans up, and its state is left unfreed: a
 * leak LeakSanitizer reported once in CI after `import --watch`. Without the clean-up at exit,
 * each thread frees its own state whenever it ends, and the process's exit frees the rest.
 */
void initializeLibcrypto()
{
    static const bool initialized = OPENSSL_init_crypto(OPENSSL_INIT_NO_ATEXIT, nullptr) == 1;
    Q_UNUSED(initialized);
}

} // namespace

struct Sha256::Context
{
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    ~Context() { EVP_MD_CTX_free(context); }
};

Sha256::Sha256()
    : d((initializeLibcrypto(), std::make_unique<Context>()))
{
    EVP_DigestInit_ex(d->context, EVP_sha256(), nullptr);
}

Sha256::~Sha256() = default;

void Sha256::addData(std::string_view bytes)
{
    EVP_DigestUpdate(d->context, bytes.data(), bytes.size());
}

QString Sha256::hex()
{
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int size = 0;
    EVP_DigestFinal_ex(d->context, digest.data(), &size);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest.data()), int(size)).toHex());
}

QString Sha256::ofFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    Sha256 hash;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (qint64 got; (got = file.read(buffer.data(), buffer.size())) > 0;)
        hash.addData(std::string_view(buffer.constData(), size_t(got)));
    return hash.hex();
}

} // namespace Funnelscope
