#include "accessiblenames.h"

#include <QAbstractSpinBox>
#include <QBoxLayout>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTabWidget>
#include <QScrollArea>

namespace Funnelscope {

namespace {

QString cleaned(QString text)
{
    text.remove(QLatin1Char('&'));
    text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    text = text.trimmed();
    while (text.endsWith(QLatin1Char(':')) || text.endsWith(QChar(0x00a0)))
        text.chop(1);
    return text.trimmed();
}

/** The layout (anywhere under @p layout) that holds @p widget directly, or null. */
QLayout *layoutHolding(QLayout *layout, QWidget *widget)
{
    if (!layout)
        return nullptr;
    if (layout->indexOf(widget) >= 0)
        return layout;
    for (int i = 0; i < layout->count(); ++i)
        if (QLayout *found = layoutHolding(layout->itemAt(i)->layout(), widget))
            return found;
    return nullptr;
}

/** The label of @p widget's form row, or the label just before it in its row of controls. */
QString labelBeside(QWidget *widget)
{
    // A widget is laid out by its parent's layout (or one nested in it).
    QLayout *holder = widget->parentWidget() ? layoutHolding(widget->parentWidget()->layout(), widget) : nullptr;
    if (!holder)
        return QString();
    if (auto *form = qobject_cast<QFormLayout *>(holder)) {
        if (auto *label = qobject_cast<QLabel *>(form->labelForField(widget)))
            return cleaned(label->text());
    }
    for (int i = holder->indexOf(widget) - 1; i >= 0; --i) {
        if (auto *label = qobject_cast<QLabel *>(holder->itemAt(i)->widget()))
            return cleaned(label->text());
        if (holder->itemAt(i)->widget())
            break;
    }
    // A row of its own inside a form (a nested layout's parent is the layout it is in).
    if (auto *form = qobject_cast<QFormLayout *>(holder->parent())) {
        if (auto *label = qobject_cast<QLabel *>(form->labelForField(holder)))
            return cleaned(label->text());
    }
    return QString();
}

/** The name for @p widget; @p buddies: the text of the label that names each widget it is the buddy of. */
QString derive(QWidget *widget, const QHash<const QWidget *, QString> &buddies)
{
    // A spin box's editor is named as the spin box.
    if (widget->objectName() == QLatin1String("qt_spinbox_lineedit") && widget->parentWidget())
        return derive(widget->parentWidget(), buddies);
    if (!widget->accessibleName().isEmpty())
        return widget->accessibleName();
    // A scroll area's viewport is named as the area; an area that scrolls one widget, as that widget.
    if (auto *area = qobject_cast<QAbstractScrollArea *>(widget->parentWidget()); area && area->viewport() == widget)
        return derive(area, buddies);
    if (auto *scroll = qobject_cast<QScrollArea *>(widget); scroll && scroll->widget())
        return derive(scroll->widget(), buddies);
    if (const QString buddy = buddies.value(widget); !buddy.isEmpty())
        return buddy;
    if (const QString beside = labelBeside(widget); !beside.isEmpty())
        return beside;
    if (auto *edit = qobject_cast<QLineEdit *>(widget); edit && !edit->placeholderText().isEmpty())
        return edit->placeholderText();
    if (auto *combo = qobject_cast<QComboBox *>(widget); combo && !combo->placeholderText().isEmpty())
        return combo->placeholderText();
    if (auto *chart = qobject_cast<QChartView *>(widget); chart && chart->chart() && !cleaned(chart->chart()->title()).isEmpty())
        return cleaned(chart->chart()->title());
    if (!widget->toolTip().isEmpty())
        return cleaned(widget->toolTip());
    return QString();
}

} // namespace

void AccessibleNames::assign(QWidget *root)
{
    QHash<const QWidget *, QString> buddies; // read once, not once a control
    const auto labels = root->findChildren<QLabel *>();
    for (const QLabel *label : labels)
        if (label->buddy() && !buddies.contains(label->buddy()) && !cleaned(label->text()).isEmpty())
            buddies.insert(label->buddy(), cleaned(label->text()));
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (widget->focusPolicy() == Qt::NoFocus || !widget->accessibleName().isEmpty())
            continue;
        if (const QString name = derive(widget, buddies); !name.isEmpty())
            widget->setAccessibleName(name);
    }
}

} // namespace Funnelscope
