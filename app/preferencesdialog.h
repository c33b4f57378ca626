#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Funnelscope {

/**
 * Preferences: the person's name for the change log, the language, the workspace's time
 * zone, the colour theme and the default breakdown size. accept() stores them (typed
 * settings keys; the time zone in the workspace) and says what needs a restart.
 */
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    /** @p workspaceTimeZone empty: no workspace is open (the time zone is disabled). */
    PreferencesDialog(const QString &workspaceTimeZone, QWidget *parent = nullptr);

    QString name() const;
    QString language() const; ///< a code, or empty for the system's
    QString timeZone() const;
    int themeIndex() const;
    int topN() const;

    static QString nameSetting();
    static int topNSetting();

    void accept() override;

Q_SIGNALS:
    void timeZoneChosen(const QString &zone);
    void themeChosen();
    void nameChosen(const QString &name);

private:
    QLineEdit *mName;
    QComboBox *mLanguage;
    QComboBox *mTimeZone;
    QComboBox *mTheme;
    QSpinBox *mTopN;
    QLabel *mRestart;
    QString mInitialLanguage;
    QString mInitialZone;
};

} // namespace Funnelscope
