#include "placeholderpage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Funnelscope {

PlaceholderPage::PlaceholderPage(const QString &title, const QString &description,
                                 QWidget *parent)
    : QWidget(parent)
{
    auto *heading = new QLabel(title, this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    heading->setFont(font);
    heading->setAlignment(Qt::AlignCenter);

    auto *text = new QLabel(description, this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    // A fixed width lets the label compute its wrapped height (no clipped lines).
    text->setFixedWidth(qMin(520, text->fontMetrics().averageCharWidth() * 70));
    text->setMinimumHeight(text->heightForWidth(text->width()));
    text->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(heading);
    layout->addSpacing(12);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

} // namespace Funnelscope
