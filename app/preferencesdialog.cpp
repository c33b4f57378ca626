#include "preferencesdialog.h"

#include "settings/preferences.h"

#include "governance/changelog.h"
#include "funnelpage.h"
#include "theme.h"
#include "translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Funnelscope {

namespace {

QString languageName(const QString &code)
{
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (name.isEmpty() || locale.language() == QLocale::C)
        name = QStringLiteral("English");
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name;
}

} // namespace

PreferencesDialog::PreferencesDialog(const QString &workspaceTimeZone, bool stitching, QWidget *parent, bool stitchingFixed)
    : QDialog(parent)
    , mName(new QLineEdit(this))
    , mLanguage(new QComboBox(this))
    , mTimeZone(new QComboBox(this))
    , mTheme(new QComboBox(this))
    , mTopN(new QSpinBox(this))
    , mStitching(new QCheckBox(tr("Count &people: join anonymous visits to the login they led to"), this))
    , mRestart(new QLabel(this))
    , mInitialLanguage(Translations::preference())
    , mInitialZone(workspaceTimeZone)
    , mInitialStitching(stitching)
{
    setWindowTitle(tr("Preferences"));
    mName->setText(ChangeLog::preferredWho());
    mName->setPlaceholderText(ChangeLog::defaultWho());
    mName->setToolTip(tr("The name the dictionary's change log records for your edits"));

    mLanguage->addItem(tr("As the system (%1)").arg(languageName(QLocale::system().name())), QString());
    for (const QString &code : Translations::available())
        mLanguage->addItem(languageName(code), code);
    mLanguage->setCurrentIndex(qMax(0, mLanguage->findData(mInitialLanguage)));
    mRestart->setText(tr("The new language takes effect when Funnelscope starts again."));
    mRestart->setWordWrap(true);
    mRestart->setVisible(false);
    connect(mLanguage, &QComboBox::currentIndexChanged, this,
            [this] { mRestart->setVisible(mLanguage->currentData().toString() != mInitialLanguage); });

    mTimeZone->setEditable(true);
    mTimeZone->setInsertPolicy(QComboBox::NoInsert);
    const QList<QByteArray> zones = QTimeZone::availableTimeZoneIds();
    for (const QByteArray &zone : zones)
        mTimeZone->addItem(QString::fromUtf8(zone));
    mTimeZone->completer()->setFilterMode(Qt::MatchContains);
    mTimeZone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    mTimeZone->setCurrentText(workspaceTimeZone.isEmpty() ? QStringLiteral("UTC") : workspaceTimeZone);
    mTimeZone->setEnabled(!workspaceTimeZone.isEmpty());
    mTimeZone->setToolTip(tr("Days, weeks and months of the open workspace's reports are counted in this time zone"));

    mStitching->setChecked(stitching);
    mStitching->setEnabled(!workspaceTimeZone.isEmpty());
    mStitching->setToolTip(tr("Identity stitching, for the open workspace: a known user and every anonymous or "
                              "device id linked to them count as one person in every report. Off: every id "
                              "counts apart (some teams count devices on purpose)."));
    if (stitchingFixed) {
        mStitching->setEnabled(false);
        mStitching->setToolTip(tr("A workspace on a ClickHouse server always counts people: each event is stored "
                                  "with its person when it is imported."));
    }

    for (const Theme::Mode mode : {Theme::Mode::System, Theme::Mode::Light, Theme::Mode::Dark})
        mTheme->addItem(Theme::label(mode), int(mode));
    mTheme->setCurrentIndex(int(Theme::preference()));

    mTopN->setRange(1, 100);
    mTopN->setValue(Preferences::instance().funnelTopN());
    mTopN->setToolTip(tr("How many values a breakdown shows before “other”, for new funnels"));

    auto *form = new QFormLayout;
    form->addRow(tr("Your &name:"), mName);
    form->addRow(tr("&Language:"), mLanguage);
    form->addRow(QString(), mRestart);
    form->addRow(tr("Workspace &time zone:"), mTimeZone);
    form->addRow(QString(), mStitching);
    form->addRow(tr("T&heme:"), mTheme);
    form->addRow(tr("&Breakdown shows the top:"), mTopN);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
}

QString PreferencesDialog::name() const { return mName->text().trimmed(); }
QString PreferencesDialog::language() const { return mLanguage->currentData().toString(); }
QString PreferencesDialog::timeZone() const { return mTimeZone->currentText().trimmed(); }
int PreferencesDialog::themeIndex() const { return mTheme->currentIndex(); }
int PreferencesDialog::topN() const { return mTopN->value(); }
bool PreferencesDialog::stitching() const { return mStitching->isChecked(); }
QString PreferencesDialog::nameSetting() { return ChangeLog::preferredWho(); }
int PreferencesDialog::topNSetting() { return Preferences::instance().funnelTopN(); }

void PreferencesDialog::accept()
{
    if (mTimeZone->isEnabled() && !QTimeZone(timeZone().toUtf8()).isValid()) {
        QMessageBox::warning(this, windowTitle(),
                             tr("“%1” is not a time zone; choose one from the list, such as Europe/Berlin or UTC.")
                                 .arg(timeZone()));
        mTimeZone->setFocus();
        return;
    }
    if (name() != ChangeLog::preferredWho()) {
        ChangeLog::setPreferredWho(name());
        Q_EMIT nameChosen(name().isEmpty() ? ChangeLog::defaultWho() : name());
    }
    Translations::setPreference(language());
    if (themeIndex() != int(Theme::preference())) {
        Theme::setPreference(Theme::Mode(themeIndex()));
        Theme::apply(*qApp);
        Q_EMIT themeChosen();
    }
    Preferences::instance().setFunnelTopN(topN());
    if (mTimeZone->isEnabled() && timeZone() != mInitialZone)
        Q_EMIT timeZoneChosen(timeZone());
    if (mStitching->isEnabled() && stitching() != mInitialStitching)
        Q_EMIT stitchingChosen(stitching());
    QDialog::accept();
}

} // namespace Funnelscope
