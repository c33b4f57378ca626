#include "dictionarymodel.h"

#include "governance/changelog.h"
#include "governance/dictionaryeditcommand.h"
#include "store/storeerror.h"
#include "store/workspace.h"

#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QUndoStack>

namespace Funnelscope {

DictionaryModel::DictionaryModel(QObject *parent)
    : QAbstractTableModel(parent)
    , mUndoStack(new QUndoStack(this))
    , mWho(ChangeLog::defaultWho())
{
}

DictionaryModel::~DictionaryModel() = default;

bool DictionaryModel::open(const QString &path, QString *error)
{
    try {
        auto workspace = Workspace::open(path);
        EventDictionary dictionary = EventDictionary::load(workspace->connection());
        beginResetModel();
        mWorkspace = std::move(workspace);
        mDictionary = std::move(dictionary);
        mUndoStack->clear();
        endResetModel();
        Q_EMIT eventChanged(QString());
        Q_EMIT logAppended();
        return true;
    } catch (const StoreError &failure) {
        if (error)
            *error = failure.message();
        return false;
    }
}

void DictionaryModel::close()
{
    beginResetModel();
    mWorkspace.reset();
    mDictionary = EventDictionary();
    mUndoStack->clear();
    endResetModel();
    Q_EMIT eventChanged(QString());
}

QString DictionaryModel::path() const
{
    return mWorkspace ? mWorkspace->path() : QString();
}

Connection *DictionaryModel::connection() const
{
    return mWorkspace ? &mWorkspace->connection() : nullptr;
}

QString DictionaryModel::eventName(int row) const
{
    return row >= 0 && row < mDictionary.count() ? mDictionary.at(row).name : QString();
}

bool DictionaryModel::submit(const QList<DictionaryChange> &changes, const QString &text, QString *error,
                             const QString &reason, bool enforceNaming)
{
    const auto refuse = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!mWorkspace)
        return refuse(tr("No workspace is open."));
    if (changes.isEmpty())
        return true;
    EventDictionary::Context context;
    context.who = mWho;
    context.today = mToday;
    context.enforceNaming = enforceNaming;
    if (const QString problem = mDictionary.check(changes, context); !problem.isEmpty())
        return refuse(problem);
    auto *command = new DictionaryEditCommand(this, changes, text, reason, enforceNaming);
    mUndoStack->push(command);
    return true;
}

bool DictionaryModel::apply(const QList<DictionaryChange> &changes, const QString &action, const QString &reason,
                            bool enforceNaming, QString *error)
{
    if (!mWorkspace) {
        *error = tr("No workspace is open.");
        Q_EMIT failed(*error);
        return false;
    }
    EventDictionary::Context context;
    context.who = mWho;
    context.action = action;
    context.reason = reason;
    context.today = mToday;
    context.enforceNaming = enforceNaming;
    EventDictionary next;
    try {
        next = mDictionary.applied(mWorkspace->connection(), changes, context);
    } catch (const StoreError &failure) {
        *error = failure.message();
        Q_EMIT failed(*error);
        return false;
    }

    const DictionaryChange *single = changes.size() == 1 ? &changes.first() : nullptr;
    if (single && single->kind == DictionaryChange::AddEvent) {
        beginInsertRows({}, mDictionary.count(), mDictionary.count());
        mDictionary = std::move(next);
        endInsertRows();
    } else if (single && single->kind == DictionaryChange::RemoveEvent) {
        const int row = mDictionary.indexOf(single->event);
        beginRemoveRows({}, row, row);
        mDictionary = std::move(next);
        endRemoveRows();
    } else if (single) {
        mDictionary = std::move(next);
        const int row = mDictionary.indexOf(single->eventAfter());
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        if (single->isEventRename())
            Q_EMIT eventRenamed(single->event, single->newValue);
    } else {
        beginResetModel();
        mDictionary = std::move(next);
        endResetModel();
    }
    Q_EMIT eventChanged(single ? single->eventAfter() : QString());
    Q_EMIT logAppended();
    return true;
}

bool DictionaryModel::setNaming(DictionaryRules::Naming naming, QString *error)
{
    if (!mWorkspace)
        return false;
    EventDictionary::Context context;
    context.who = mWho;
    try {
        EventDictionary::setNaming(mWorkspace->connection(), naming, context);
        mDictionary = EventDictionary::load(mWorkspace->connection());
    } catch (const StoreError &failure) {
        if (error)
            *error = failure.message();
        return false;
    }
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT logAppended();
    return true;
}

int DictionaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : mDictionary.count();
}

int DictionaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

EventDefinition::Field DictionaryModel::fieldOf(int column)
{
    switch (column) {
    case Name: return EventDefinition::Name;
    case DisplayName: return EventDefinition::DisplayName;
    case Stage: return EventDefinition::Stage;
    case Tier: return EventDefinition::Tier;
    case Status: return EventDefinition::Status;
    case Owner: return EventDefinition::Owner;
    case LastReviewed: return EventDefinition::LastReviewed;
    default: break;
    }
    return EventDefinition::FieldCount;
}

QVariant DictionaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const EventDefinition &event = mDictionary.at(index.row());
    const bool due = event.isDueForReview(mToday);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name: return event.name;
        case DisplayName: return event.displayName;
        case Stage: return event.stage.isEmpty() ? QString() : DictionaryRules::label(event.stage);
        case Tier: return event.tier == 1 ? tr("1 core") : event.tier == 2 ? tr("2 diagnostic") : QString();
        case Status: return DictionaryRules::label(event.status);
        case Owner: return event.owner;
        case Parameters: return int(event.parameters.size());
        case LastReviewed:
            if (!event.lastReviewed.isValid())
                return due ? tr("never · due") : tr("never");
            return due ? tr("%1 · due").arg(QLocale().toString(event.lastReviewed, QLocale::ShortFormat))
                       : QLocale().toString(event.lastReviewed, QLocale::ShortFormat);
        }
        break;
    case Qt::EditRole:
        if (index.column() == Parameters)
            return int(event.parameters.size());
        if (fieldOf(index.column()) != EventDefinition::FieldCount)
            return event.value(fieldOf(index.column()));
        break;
    case KeyRole:
        if (index.column() == Parameters)
            return int(event.parameters.size());
        if (index.column() == Tier)
            return event.tier;
        if (index.column() == LastReviewed)
            return event.lastReviewed;
        if (fieldOf(index.column()) != EventDefinition::FieldCount)
            return event.value(fieldOf(index.column()));
        break;
    case DueForReviewRole:
        return due;
    case SearchTextRole:
        return QStringList{event.name, event.displayName, event.description, event.owner, event.tags.join(QLatin1Char(' '))}
            .join(QLatin1Char('\n'));
    case Qt::ForegroundRole:
        if (event.status == QLatin1String("deprecated"))
            return QBrush(Qt::gray);
        if (index.column() == LastReviewed && due)
            return QBrush(QColor(0xb3, 0x5c, 0x00));
        break;
    case Qt::FontRole:
        if (event.status == QLatin1String("deprecated") && index.column() == Name) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Name && !event.description.isEmpty())
            return event.description;
        if (index.column() == LastReviewed && due)
            return tr("Not reviewed in the last %n days", nullptr, EventDefinition::reviewIntervalDays);
        if (index.column() == Name) {
            const QString problem = DictionaryRules::checkName(event.name, mDictionary.naming());
            if (!problem.isEmpty())
                return problem;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Parameters)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant DictionaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Event");
    case DisplayName: return tr("Display name");
    case Stage: return tr("Stage");
    case Tier: return tr("Tier");
    case Status: return tr("Status");
    case Owner: return tr("Owner");
    case Parameters: return tr("Parameters");
    case LastReviewed: return tr("Reviewed");
    }
    return {};
}

Qt::ItemFlags DictionaryModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && fieldOf(index.column()) != EventDefinition::FieldCount)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool DictionaryModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const EventDefinition::Field field = fieldOf(index.column());
    if (field == EventDefinition::FieldCount)
        return false;
    const EventDefinition &event = mDictionary.at(index.row());
    const QString newValue = field == EventDefinition::LastReviewed && value.userType() == QMetaType::QDate
        ? value.toDate().toString(Qt::ISODate)
        : value.toString();
    if (newValue == event.value(field))
        return false;
    const DictionaryChange change = DictionaryChange::editEvent(event.name, field, event.value(field), newValue);
    QString error;
    if (!submit({change}, change.describe(), &error)) {
        Q_EMIT failed(error);
        return false;
    }
    return true;
}

} // namespace Funnelscope
