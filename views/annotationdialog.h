#pragma once

#include "store/annotations.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QCheckBox;

namespace Funnelscope {

/** Asks for an annotation: a day or a range of days, a short text and a category. */
class AnnotationDialog : public QDialog
{
    Q_OBJECT

public:
    /** Starts on @p day; the days are @p zone's (the workspace's). */
    AnnotationDialog(const QDate &day, const QByteArray &zone, QWidget *parent = nullptr);

    /** What was asked, in milliseconds of the workspace's days. */
    Annotation annotation() const;
    void setText(const QString &text);
    /** Makes it a range up to @p last (included). */
    void setLastDay(const QDate &last);
    void setCategory(const QString &category);

private:
    QByteArray mZone;
    QDateEdit *mFrom;
    QCheckBox *mRange;
    QDateEdit *mTo;
    QLineEdit *mText;
    QComboBox *mCategory;
};

} // namespace Funnelscope
