#include "welcomepage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Funnelscope {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , mTitle(new QLabel(this))
    , mHint(new QLabel(this))
    , mButtons(new QWidget(this))
    , mBusy(new QProgressBar(this))
{
    setObjectName(QStringLiteral("welcome"));
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    mTitle->setAlignment(Qt::AlignCenter);
    mHint->setWordWrap(true);
    mHint->setAlignment(Qt::AlignCenter);
    // A fixed width and the height its wrapped lines need (a centred label gets no height-for-width).
    mHint->setFixedWidth(mHint->fontMetrics().averageCharWidth() * 70);
    layout->addWidget(mTitle);
    layout->addWidget(mHint, 0, Qt::AlignHCenter);
    layout->addSpacing(12);

    auto *buttons = new QHBoxLayout(mButtons);
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addStretch();
    const auto button = [&](const QString &text, void (WelcomePage::*requested)()) {
        auto *push = new QPushButton(text, mButtons);
        connect(push, &QPushButton::clicked, this, requested);
        buttons->addWidget(push);
        return push;
    };
    button(tr("Open Workspace…"), &WelcomePage::openRequested);
    button(tr("New Workspace…"), &WelcomePage::newRequested);
    button(tr("Open the Demo Shop"), &WelcomePage::demoRequested)->setDefault(true);
    buttons->addStretch();
    layout->addWidget(mButtons);

    mBusy->setRange(0, 0); // no measure of how far: it moves while the worker reads
    mBusy->setTextVisible(false);
    mBusy->setFixedWidth(mHint->width() / 2);
    layout->addWidget(mBusy, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    showChoices();
}

void WelcomePage::showOpening(const QString &name)
{
    mTitle->setText(QStringLiteral("<h2>%1</h2>").arg(tr("Opening “%1”…").arg(name).toHtmlEscaped()));
    mHint->setText(tr("Reading what the workspace holds. A workspace from an older version of Funnelscope is "
                      "brought up to date the first time, which takes a few seconds for millions of events."));
    mHint->setMinimumHeight(mHint->heightForWidth(mHint->width()));
    mButtons->hide();
    mBusy->show();
}

void WelcomePage::showChoices()
{
    mTitle->setText(tr("<h2>No workspace is open</h2>"));
    mHint->setText(tr("A workspace is one file that holds your events and everything made from them. "
                      "Open one, create one and import an export into it, or look around the demo shop."));
    mHint->setMinimumHeight(mHint->heightForWidth(mHint->width()));
    mBusy->hide();
    mButtons->show();
}

bool WelcomePage::isShowingOpening() const
{
    return !mBusy->isHidden();
}

} // namespace Funnelscope
