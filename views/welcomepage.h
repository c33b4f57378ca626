#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace Funnelscope {

/**
 * What the window shows with no workspace open: what a workspace is and the three ways
 * to one (open, create, the demo shop); while one opens, its name and a busy bar instead
 * (an older workspace of millions of events is brought up to date once, which takes a
 * few seconds: "No workspace is open" meanwhile read as if the file had been refused).
 */
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    /** Says that the workspace @p name is opening, instead of offering the choices. */
    void showOpening(const QString &name);
    /** Offers the choices again (the opening ended, either way). */
    void showChoices();
    bool isShowingOpening() const;

Q_SIGNALS:
    void openRequested();
    void newRequested();
    void demoRequested();

private:
    QLabel *mTitle;
    QLabel *mHint;
    QWidget *mButtons;
    QProgressBar *mBusy;
};

} // namespace Funnelscope
