#include "theme.h"

#include "settings/settingskey.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QLegend>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QProxyStyle>
#include <QStyleOptionButton>

namespace Funnelscope {

namespace {

const SettingsKey<QString> themeKey("ui/theme", QStringLiteral("system"));

QPalette darkPalette()
{
    QPalette palette;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe6, 0xe6, 0xe6);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8d, 0x91));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x6c, 0xb6, 0xff));
    palette.setColor(QPalette::Highlight, QColor(0x2f, 0x7f, 0xc8));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    return palette;
}

} // namespace

Theme::Mode Theme::preference()
{
    const QString value = themeKey.value();
    if (value == QLatin1String("light"))
        return Mode::Light;
    if (value == QLatin1String("dark"))
        return Mode::Dark;
    return Mode::System;
}

void Theme::setPreference(Mode mode)
{
    static const char *values[] = {"system", "light", "dark"};
    themeKey.setValue(QLatin1String(values[int(mode)]));
}

QString Theme::label(Mode mode)
{
    switch (mode) {
    case Mode::System: return tr("As the system");
    case Mode::Light: return tr("Light");
    case Mode::Dark: return tr("Dark");
    }
    return {};
}

namespace {

/**
 * The platform's style, with room for a push button's whole text: Fusion's size hint (Qt
 * 6.4) leaves a longer label a few pixels short, so "Revu aujourd'hui" or "Retirer le
 * paramètre" lost their last letters in French.
 */
class ButtonRoomStyle : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;

    QSize sizeFromContents(ContentsType type, const QStyleOption *option, const QSize &size, const QWidget *widget) const override
    {
        QSize result = QProxyStyle::sizeFromContents(type, option, size, widget);
        const auto *button = qstyleoption_cast<const QStyleOptionButton *>(option);
        if (type == CT_PushButton && button && !button->text.isEmpty()) {
            QString text = button->text;
            text.remove(QLatin1Char('&'));
            const int icon = button->icon.isNull() ? 0 : button->iconSize.width() + 4;
            result.setWidth(std::max(result.width(), button->fontMetrics.horizontalAdvance(text) + icon + 2 * 8));
        }
        return result;
    }
};

} // namespace

void Theme::apply(QApplication &app)
{
    static const QString systemStyle = app.style()->name();
    const bool fusion = preference() != Mode::System;
    QApplication::setStyle(new ButtonRoomStyle(QStyleFactory::create(fusion ? QStringLiteral("Fusion") : systemStyle)));
    QApplication::setPalette(preference() == Mode::Dark ? darkPalette() : QApplication::style()->standardPalette());
}

bool Theme::isDark()
{
    return QApplication::palette().color(QPalette::Window).lightness() < 128;
}

void Theme::style(QChart *chart)
{
    if (!chart || !isDark())
        return;
    const QColor text(0xe0, 0xe0, 0xe0);
    const QColor grid(0x4a, 0x4d, 0x52);
    chart->setBackgroundBrush(QColor(0x26, 0x28, 0x2b));
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
    }
}

QFont Theme::chartFont(const QFont &base, bool bold, int pixelSize)
{
    QFont font = base;
    font.setPixelSize(pixelSize);
    font.setBold(bold);
    return font;
}

} // namespace Funnelscope
