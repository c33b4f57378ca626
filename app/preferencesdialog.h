#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Funnelscope {

/**
 * Preferences: the person's name for the change log, the language, the workspace's time
 * zone and identity stitching, the colour theme and the default breakdown size. accept() stores them (typed
 * settings keys; the time zone in the workspace) and says what needs a restart.
 */
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    /**
     * @p workspaceTimeZone empty: no workspace is open (its settings, the time zone and
     * identity stitching, are disabled).
     */
    /**
     * @p workspaceTimeZone empty: no workspace is open (its settings are greyed).
     * @p stitchingFixed: the workspace always counts people (a ClickHouse server's).
     */
    PreferencesDialog(const QString &workspaceTimeZone, bool stitching, QWidget *parent = nullptr, bool stitchingFixed = false);

    QString name() const;
    QString language() const; ///< a code, or empty for the system's
    QString timeZone() const;
    int themeIndex() const;
    int topN() const;
    bool stitching() const;

    static QString nameSetting();
    static int topNSetting();

    void accept() override;

Q_SIGNALS:
    void timeZoneChosen(const QString &zone);
    void stitchingChosen(bool on);
    void themeChosen();
    void nameChosen(const QString &name);

private:
    QLineEdit *mName;
    QComboBox *mLanguage;
    QComboBox *mTimeZone;
    QComboBox *mTheme;
    QSpinBox *mTopN;
    QCheckBox *mStitching;
    QLabel *mRestart;
    QString mInitialLanguage;
    QString mInitialZone;
    bool mInitialStitching;
};

} // namespace Funnelscope
