#pragma once

#include <QWidget>

namespace Funnelscope {

/**
 * A page whose feature is still being built: its title, what it will do, and what to
 * use meanwhile, so a person knows the page is there on purpose.
 */
class PlaceholderPage : public QWidget
{
    Q_OBJECT

public:
    PlaceholderPage(const QString &title, const QString &description, QWidget *parent = nullptr);
};

} // namespace Funnelscope
