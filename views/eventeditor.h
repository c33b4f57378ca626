#pragma once

#include "governance/eventdefinition.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace Funnelscope {

class WorkspaceDocument;
class ParameterModel;

/**
 * The editor of one dictionary event: its fields (each committed when the field is
 * left, as one undoable change) and its parameters (edited in place). A change the
 * rules refuse is explained under the fields and the field shows the stored value again.
 */
class EventEditor : public QWidget
{
    Q_OBJECT

public:
    explicit EventEditor(WorkspaceDocument *dictionary, QWidget *parent = nullptr);

    void setEventName(const QString &name);
    /** The name of the event on screen (empty when none is). */
    QString eventName() const { return mEvent; }
    /** Commits @p value to @p field of the event on screen (what leaving a field does). */
    bool commit(EventDefinition::Field field, const QString &value, const QString &reason = {});
    QTableView *parameterView() const { return mParameters; }

Q_SIGNALS:
    /** The event on screen was renamed (the page keeps it selected). */
    void renamed(const QString &event);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void load();
    void addParameter();
    void removeParameter();
    void showProblem(const QString &problem);

    WorkspaceDocument *mDictionary;
    ParameterModel *mParameterModel;
    QString mEvent;

    QLabel *mTitle;
    QLineEdit *mName;
    QLineEdit *mDisplayName;
    QPlainTextEdit *mDescription;
    QComboBox *mStage;
    QComboBox *mTier;
    QComboBox *mStatus;
    QComboBox *mCounting;
    QLineEdit *mOwner;
    QDateEdit *mReviewed;
    QPushButton *mReviewedToday;
    QLineEdit *mTags;
    QLabel *mProblem;
    QTableView *mParameters;
    QPushButton *mAddParameter;
    QPushButton *mRemoveParameter;
};

} // namespace Funnelscope
