#include "eventeditor.h"

#include "governance/dictionaryrules.h"
#include "document/workspacedocument.h"
#include "itemmodels/parametermodel.h"
#include "keychoicedelegate.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace Funnelscope {

namespace {

const QDate never(2000, 1, 1);

void fillKeys(QComboBox *combo, const QStringList &keys, bool allowEmpty)
{
    if (allowEmpty)
        combo->addItem(EventEditor::tr("—"), QString());
    for (const QString &key : keys)
        combo->addItem(DictionaryRules::label(key), key);
}

void select(QComboBox *combo, const QString &key)
{
    const QSignalBlocker blocker(combo);
    combo->setCurrentIndex(qMax(0, combo->findData(key)));
}

} // namespace

EventEditor::EventEditor(WorkspaceDocument *dictionary, QWidget *parent)
    : QWidget(parent)
    , mDictionary(dictionary)
    , mParameterModel(new ParameterModel(dictionary, this))
    , mTitle(new QLabel(this))
    , mName(new QLineEdit(this))
    , mDisplayName(new QLineEdit(this))
    , mDescription(new QPlainTextEdit(this))
    , mStage(new QComboBox(this))
    , mTier(new QComboBox(this))
    , mStatus(new QComboBox(this))
    , mCounting(new QComboBox(this))
    , mOwner(new QLineEdit(this))
    , mReviewed(new QDateEdit(this))
    , mReviewedToday(new QPushButton(tr("Reviewed Today"), this))
    , mTags(new QLineEdit(this))
    , mProblem(new QLabel(this))
    , mParameters(new QTableView(this))
    , mAddParameter(new QPushButton(tr("Add Parameter…"), this))
    , mRemoveParameter(new QPushButton(tr("Remove Parameter"), this))
{
    mParameters->setAccessibleName(tr("Parameters of the event"));
    fillKeys(mStage, DictionaryRules::stages(), true);
    mTier->addItem(tr("—"), QString());
    mTier->addItem(tr("1 · core"), QStringLiteral("1"));
    mTier->addItem(tr("2 · diagnostic"), QStringLiteral("2"));
    fillKeys(mStatus, DictionaryRules::statuses(), false);
    fillKeys(mCounting, DictionaryRules::countings(), false);
    for (QComboBox *combo : {mStage, mTier, mStatus, mCounting}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(6);
    }
    mDescription->setPlaceholderText(tr("What it means and when it fires"));
    mDescription->setTabChangesFocus(true);
    mDescription->setFixedHeight(mDescription->fontMetrics().lineSpacing() * 3 + 12);
    mDescription->installEventFilter(this);
    mTags->setPlaceholderText(tr("comma-separated"));
    mReviewed->setCalendarPopup(true);
    mReviewed->setMinimumDate(never);
    mReviewed->setSpecialValueText(tr("never"));
    mReviewed->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    mProblem->setWordWrap(true);
    mProblem->setStyleSheet(QStringLiteral("color: #b01c1c"));
    mProblem->hide();

    const auto lineCommit = [this](QLineEdit *edit, EventDefinition::Field field) {
        connect(edit, &QLineEdit::editingFinished, this, [this, edit, field] {
            if (edit->isModified())
                commit(field, edit->text().trimmed());
            edit->setModified(false);
        });
    };
    lineCommit(mName, EventDefinition::Name);
    lineCommit(mDisplayName, EventDefinition::DisplayName);
    lineCommit(mOwner, EventDefinition::Owner);
    lineCommit(mTags, EventDefinition::Tags);
    const auto comboCommit = [this](QComboBox *combo, EventDefinition::Field field) {
        connect(combo, &QComboBox::activated, this, [this, combo, field] {
            QString reason;
            if (field == EventDefinition::Status && combo->currentData().toString() == QLatin1String("deprecated")) {
                bool ok = false;
                reason = QInputDialog::getText(this, tr("Deprecate %1").arg(mEvent),
                                               tr("Why is it deprecated (for the change log)?"), QLineEdit::Normal,
                                               QString(), &ok);
                if (!ok) {
                    load();
                    return;
                }
            }
            commit(field, combo->currentData().toString(), reason);
        });
    };
    comboCommit(mStage, EventDefinition::Stage);
    comboCommit(mTier, EventDefinition::Tier);
    comboCommit(mStatus, EventDefinition::Status);
    comboCommit(mCounting, EventDefinition::Counting);
    connect(mReviewed, &QDateEdit::editingFinished, this, [this] {
        commit(EventDefinition::LastReviewed,
               mReviewed->date() == never ? QString() : mReviewed->date().toString(Qt::ISODate));
    });
    connect(mReviewedToday, &QPushButton::clicked, this, [this] {
        commit(EventDefinition::LastReviewed, mDictionary->today().toString(Qt::ISODate));
    });

    mParameters->setModel(mParameterModel);
    mParameters->setItemDelegateForColumn(ParameterModel::Type, new KeyChoiceDelegate(DictionaryRules::types(), this));
    mParameters->verticalHeader()->hide();
    mParameters->horizontalHeader()->setStretchLastSection(true);
    mParameters->setSelectionBehavior(QAbstractItemView::SelectRows);
    mParameters->setSelectionMode(QAbstractItemView::SingleSelection);
    mParameters->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                 | QAbstractItemView::AnyKeyPressed);
    mParameters->setWordWrap(false);
    mParameters->verticalHeader()->setDefaultSectionSize(mParameters->fontMetrics().height() + 10);
    mParameters->setColumnWidth(ParameterModel::Name, 120);
    mParameters->setColumnWidth(ParameterModel::Type, 80);
    mParameters->setColumnWidth(ParameterModel::Required, 70);
    mParameters->setColumnWidth(ParameterModel::AllowedValues, 130);
    connect(mAddParameter, &QPushButton::clicked, this, &EventEditor::addParameter);
    connect(mRemoveParameter, &QPushButton::clicked, this, &EventEditor::removeParameter);

    connect(mDictionary, &WorkspaceDocument::eventChanged, this, [this](const QString &event) {
        if (event.isEmpty() || event.compare(mEvent, Qt::CaseInsensitive) == 0)
            load();
    });
    connect(mDictionary, &WorkspaceDocument::eventRenamed, this, [this](const QString &oldName, const QString &newName) {
        if (oldName.compare(mEvent, Qt::CaseInsensitive) == 0) {
            mEvent = newName;
            Q_EMIT renamed(newName);
        }
    });

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), mName);
    form->addRow(tr("&Display name:"), mDisplayName);
    form->addRow(tr("D&escription:"), mDescription);
    auto *stageRow = new QHBoxLayout;
    stageRow->addWidget(mStage, 1);
    stageRow->addWidget(new QLabel(tr("Tier:"), this));
    stageRow->addWidget(mTier, 1);
    form->addRow(tr("Stage:"), stageRow);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(mStatus, 1);
    statusRow->addWidget(new QLabel(tr("Counts:"), this));
    statusRow->addWidget(mCounting, 1);
    form->addRow(tr("Status:"), statusRow);
    form->addRow(tr("&Owner:"), mOwner);
    auto *reviewRow = new QHBoxLayout;
    reviewRow->addWidget(mReviewed, 1);
    reviewRow->addWidget(mReviewedToday);
    form->addRow(tr("Last reviewed:"), reviewRow);
    form->addRow(tr("T&ags:"), mTags);

    auto *parameterButtons = new QHBoxLayout;
    auto *parametersLabel = new QLabel(tr("<b>Parameters</b>"), this);
    parameterButtons->addWidget(parametersLabel);
    parameterButtons->addStretch();
    parameterButtons->addWidget(mAddParameter);
    parameterButtons->addWidget(mRemoveParameter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(mTitle);
    layout->addLayout(form);
    layout->addWidget(mProblem);
    layout->addLayout(parameterButtons);
    layout->addWidget(mParameters, 1);
    load();
}

void EventEditor::setEventName(const QString &name)
{
    mEvent = name;
    mParameterModel->setEvent(name);
    mProblem->hide();
    load();
}

bool EventEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == mDescription && event->type() == QEvent::FocusOut && mDescription->document()->isModified()) {
        mDescription->document()->setModified(false);
        commit(EventDefinition::Description, mDescription->toPlainText().trimmed());
    }
    return QWidget::eventFilter(watched, event);
}

bool EventEditor::commit(EventDefinition::Field field, const QString &value, const QString &reason)
{
    const int row = mDictionary->dictionary().indexOf(mEvent);
    if (row < 0)
        return false;
    const QString old = mDictionary->dictionary().at(row).value(field);
    const DictionaryChange change = DictionaryChange::editEvent(mEvent, field, old, value);
    if (change.newValue == old)
        return true;
    if (const Outcome<Done> outcome = mDictionary->submit({change}, change.describe(), reason); !outcome.ok()) {
        showProblem(outcome.error());
        load();
        return false;
    }
    mProblem->hide();
    return true;
}

void EventEditor::showProblem(const QString &problem)
{
    mProblem->setText(problem);
    mProblem->show();
}

void EventEditor::load()
{
    const int row = mEvent.isEmpty() ? -1 : mDictionary->dictionary().indexOf(mEvent);
    const bool has = row >= 0;
    for (QWidget *widget : std::initializer_list<QWidget *>{mName, mDisplayName, mDescription, mStage, mTier, mStatus, mCounting,
                                                            mOwner, mReviewed, mReviewedToday, mTags, mParameters,
                                                            mAddParameter, mRemoveParameter})
        widget->setEnabled(has);
    if (!has) {
        mTitle->setText(tr("<span style='font-size:large'><b>No event selected</b></span>"));
        return;
    }
    const EventDefinition &event = mDictionary->dictionary().at(row);
    mTitle->setText(QStringLiteral("<span style='font-size:large'><b>%1</b></span>%2")
                        .arg(event.name.toHtmlEscaped(),
                             event.isDueForReview(mDictionary->today())
                                 ? QStringLiteral(" &nbsp;<span style='color:#b35c00'>%1</span>").arg(tr("due for review"))
                                 : QString()));
    const auto setLine = [](QLineEdit *edit, const QString &text) {
        if (edit->text() != text)
            edit->setText(text);
        edit->setModified(false);
    };
    setLine(mName, event.name);
    setLine(mDisplayName, event.displayName);
    setLine(mOwner, event.owner);
    setLine(mTags, event.tags.join(QStringLiteral(", ")));
    if (mDescription->toPlainText() != event.description)
        mDescription->setPlainText(event.description);
    mDescription->document()->setModified(false);
    select(mStage, event.stage);
    select(mTier, event.value(EventDefinition::Tier));
    select(mStatus, event.status);
    select(mCounting, event.counting);
    {
        const QSignalBlocker blocker(mReviewed);
        mReviewed->setMaximumDate(mDictionary->today());
        mReviewed->setDate(event.lastReviewed.isValid() ? event.lastReviewed : never);
    }
}

void EventEditor::addParameter()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add Parameter to %1").arg(mEvent), tr("Parameter name:"),
                                               QLineEdit::Normal, QString(), &ok).trimmed();
    if (!ok || name.isEmpty())
        return;
    ParameterDefinition parameter;
    parameter.name = name;
    const DictionaryChange change = DictionaryChange::addParameter(mEvent, parameter);
    if (const Outcome<Done> outcome = mDictionary->submit({change}, change.describe()); !outcome.ok())
        showProblem(outcome.error());
    else
        mProblem->hide();
}

void EventEditor::removeParameter()
{
    const int row = mDictionary->dictionary().indexOf(mEvent);
    const QModelIndex current = mParameters->currentIndex();
    if (row < 0 || !current.isValid())
        return;
    const ParameterDefinition parameter = mDictionary->dictionary().at(row).parameters.at(current.row());
    const DictionaryChange change = DictionaryChange::removeParameter(mEvent, parameter, current.row());
    if (const Outcome<Done> outcome = mDictionary->submit({change}, change.describe()); !outcome.ok())
        showProblem(outcome.error());
}

} // namespace Funnelscope
