#include "clickhouseconnectdialog.h"

#include "clickhouse/clickhouseurl.h"
#include "settings/settingskey.h"
#include "tasks/validationerror.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace Funnelscope {

namespace {

const SettingsKey<bool> rememberInKeychain("clickhouse/rememberPassword", false);

} // namespace

ClickHouseConnectDialog::ClickHouseConnectDialog(const QString &address, QWidget *parent)
    : QDialog(parent)
    , mAddress(new QLineEdit(address, this))
    , mPassword(new QLineEdit(this))
    , mAuthority(new QLineEdit(this))
    , mBrowse(new QPushButton(tr("Browse…"), this))
    , mRemember(new QCheckBox(tr("&Remember the password in the system keychain"), this))
    , mMessage(new QLabel(this))
{
    setWindowTitle(tr("Connect to ClickHouse"));
    auto *intro = new QLabel(tr("Reports on a ClickHouse server are computed by the server: only their figures come "
                                "here. Once connected, File ▸ Import Events… sends events to it."),
                             this);
    intro->setWordWrap(true);
    intro->setMinimumWidth(intro->fontMetrics().averageCharWidth() * 64);
    mAddress->setObjectName(QStringLiteral("address"));
    mAddress->setPlaceholderText(QStringLiteral("clickhouse://analyst@db.example.com:8123/shop"));
    mAddress->setToolTip(tr("clickhouse://[user@]host[:port]/database for one server; add ?cluster=NAME for a "
                            "cluster of the server's remote_servers; clickhouses:// for HTTPS"));
    mAddress->setMinimumWidth(mAddress->fontMetrics().averageCharWidth() * 56);
    mPassword->setObjectName(QStringLiteral("password"));
    mPassword->setEchoMode(QLineEdit::Password);
    mPassword->setPlaceholderText(qEnvironmentVariableIsSet("FUNNELSCOPE_CLICKHOUSE_PASSWORD")
                                      ? tr("from FUNNELSCOPE_CLICKHOUSE_PASSWORD")
                                      : tr("none"));
    mPassword->setToolTip(tr("Kept in memory while the window is open; saved only in the system keychain, when asked"));
    mRemember->setObjectName(QStringLiteral("rememberPassword"));
    mRemember->setChecked(rememberInKeychain.value());
    mRemember->setToolTip(tr("GNOME Keyring or KWallet keeps it for this user and server, so Open Recent connects "
                             "without asking; untick to remove it from there"));
    // The address's ca=FILE has a field of its own.
    QUrl url(address);
    QUrlQuery query(url);
    if (query.hasQueryItem(QStringLiteral("ca"))) {
        mAuthority->setText(query.queryItemValue(QStringLiteral("ca"), QUrl::FullyDecoded));
        query.removeAllQueryItems(QStringLiteral("ca"));
        url.setQuery(query);
        mAddress->setText(url.toString());
    }
    mAuthority->setObjectName(QStringLiteral("authority"));
    mAuthority->setPlaceholderText(tr("the system's"));
    mAuthority->setToolTip(tr("For clickhouses://: a PEM file of the certificate authority that signed the server's "
                              "certificate, when the system does not know it (your company's own)"));
    connect(mBrowse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Certificate Authority"), mAuthority->text(),
                                                          tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!file.isEmpty())
            mAuthority->setText(file);
    });
    const auto enableAuthority = [this] {
        const bool tls = mAddress->text().trimmed().startsWith(QLatin1String("clickhouses://"), Qt::CaseInsensitive);
        mAuthority->setEnabled(tls);
        mBrowse->setEnabled(tls);
    };
    connect(mAddress, &QLineEdit::textChanged, this, enableAuthority);
    enableAuthority();
    mMessage->setObjectName(QStringLiteral("message"));
    mMessage->setWordWrap(true);
    mMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette palette = mMessage->palette();
    palette.setColor(QPalette::WindowText, QColor(0xB0, 0x30, 0x20));
    mMessage->setPalette(palette);
    mMessage->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Address:"), mAddress);
    form->addRow(tr("&Password:"), mPassword);
    form->addRow(QString(), mRemember);
    auto *authority = new QHBoxLayout;
    authority->addWidget(mAuthority, 1);
    authority->addWidget(mBrowse);
    auto *authorityLabel = new QLabel(tr("&Certificate authority:"), this);
    authorityLabel->setBuddy(mAuthority);
    form->addRow(authorityLabel, authority);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(mMessage);
    layout->addWidget(buttons);
    (address.isEmpty() ? mAddress : mPassword)->setFocus();
}

QString ClickHouseConnectDialog::password() const
{
    return mPassword->text();
}

bool ClickHouseConnectDialog::remembersPassword() const
{
    return mRemember->isChecked();
}

void ClickHouseConnectDialog::setRemembersPassword(bool remember)
{
    mRemember->setChecked(remember);
}

void ClickHouseConnectDialog::setMessage(const QString &message)
{
    mMessage->setText(message);
    mMessage->setVisible(!message.isEmpty());
}

void ClickHouseConnectDialog::accept()
{
    QString text = mAddress->text().trimmed();
    // A bare host/database is meant as a server too.
    if (!text.isEmpty() && !ClickHouseUrl::isUrl(text))
        text.prepend(QStringLiteral("clickhouse://"));
    const QString authority = mAuthority->text().trimmed();
    if (mAuthority->isEnabled() && !authority.isEmpty()) {
        QUrl url(text);
        QUrlQuery query(url);
        query.removeAllQueryItems(QStringLiteral("ca"));
        query.addQueryItem(QStringLiteral("ca"), QString::fromUtf8(QUrl::toPercentEncoding(authority, "/")));
        url.setQuery(query);
        text = url.toString(QUrl::FullyEncoded);
    }
    try {
        mChecked = ClickHouseUrl::parse(text).toString();
    } catch (const ValidationError &error) {
        setMessage(error.message());
        mAddress->setFocus();
        return;
    }
    rememberInKeychain.setValue(mRemember->isChecked());
    QDialog::accept();
}

} // namespace Funnelscope
