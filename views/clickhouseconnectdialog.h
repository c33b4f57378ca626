#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Funnelscope {

/**
 * File ▸ Connect to ClickHouse…: asks for a server's address
 * (clickhouse://[user@]host[:port]/database[?cluster=NAME]), its password and, for
 * clickhouses://, a certificate authority's file (the address's ca=FILE). The address
 * is checked before the dialog closes (what is wrong is said under it). The password goes
 * into the system keychain only when "Remember" is ticked (MainWindow stores it once the
 * server took it), never into settings; an empty one leaves FUNNELSCOPE_CLICKHOUSE_PASSWORD
 * in charge.
 */
class ClickHouseConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ClickHouseConnectDialog(const QString &address, QWidget *parent = nullptr);

    /** The address as checked, without a password. */
    QString address() const { return mChecked; }
    QString password() const;
    /** Whether the password is to be kept in the system keychain (the choice is remembered). */
    bool remembersPassword() const;
    /** Ticks the keychain box (its password came from there). */
    void setRemembersPassword(bool remember);
    /** Says @p message under the fields (a connection that failed, say). */
    void setMessage(const QString &message);

    void accept() override;

private:
    QLineEdit *mAddress;
    QLineEdit *mPassword;
    QLineEdit *mAuthority;
    QPushButton *mBrowse;
    QCheckBox *mRemember;
    QLabel *mMessage;
    QString mChecked;
};

} // namespace Funnelscope
