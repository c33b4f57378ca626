#include "annotationdialog.h"

#include "analysis/localcalendar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace Funnelscope {

AnnotationDialog::AnnotationDialog(const QDate &day, const QByteArray &zone, QWidget *parent)
    : QDialog(parent)
    , mZone(zone)
    , mFrom(new QDateEdit(day, this))
    , mRange(new QCheckBox(tr("to"), this))
    , mTo(new QDateEdit(day, this))
    , mText(new QLineEdit(this))
    , mCategory(new QComboBox(this))
{
    setWindowTitle(tr("Add Annotation"));
    for (QDateEdit *edit : {mFrom, mTo}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    mTo->setEnabled(false);
    connect(mRange, &QCheckBox::toggled, mTo, &QWidget::setEnabled);
    connect(mFrom, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        if (mTo->date() < date)
            mTo->setDate(date);
    });
    mText->setMaxLength(200);
    mText->setPlaceholderText(tr("e.g. Summer sale email, new checkout page"));
    for (const QString &category : Annotations::categories())
        mCategory->addItem(Annotations::categoryName(category), category);
    mCategory->setCurrentIndex(0);

    auto *days = new QHBoxLayout;
    days->addWidget(mFrom);
    days->addWidget(mRange);
    days->addWidget(mTo);
    days->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("Day:"), days);
    form->addRow(tr("What happened:"), mText);
    form->addRow(tr("Category:"), mCategory);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Add"));
    ok->setEnabled(false);
    connect(mText, &QLineEdit::textChanged, ok, [ok](const QString &text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(std::max(sizeHint().width(), 460), sizeHint().height());
}

Annotation AnnotationDialog::annotation() const
{
    Annotation annotation;
    const QDate last = mRange->isChecked() ? std::max(mTo->date(), mFrom->date()) : mFrom->date();
    annotation.fromMs = LocalCalendar::dayStartMs(mFrom->date(), mZone);
    annotation.toMs = LocalCalendar::dayStartMs(last.addDays(1), mZone);
    annotation.text = mText->text().trimmed();
    annotation.category = mCategory->currentData().toString();
    return annotation;
}

void AnnotationDialog::setText(const QString &text)
{
    mText->setText(text);
}

void AnnotationDialog::setLastDay(const QDate &last)
{
    if (!last.isValid() || last <= mFrom->date())
        return;
    mRange->setChecked(true);
    mTo->setDate(last);
}

void AnnotationDialog::setCategory(const QString &category)
{
    mCategory->setCurrentIndex(qMax(0, mCategory->findData(category)));
}

} // namespace Funnelscope
