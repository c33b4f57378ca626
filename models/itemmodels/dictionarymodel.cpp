#include "dictionarymodel.h"


#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QUndoStack>

namespace Funnelscope {

DictionaryModel::DictionaryModel(WorkspaceDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , mDocument(document)
{
    connect(mDocument, &WorkspaceDocument::aboutToReset, this, &DictionaryModel::beginResetModel);
    connect(mDocument, &WorkspaceDocument::reset, this, &DictionaryModel::endResetModel);
    connect(mDocument, &WorkspaceDocument::aboutToApply, this, &DictionaryModel::beginChange);
    connect(mDocument, &WorkspaceDocument::applied, this, &DictionaryModel::endChange);
}

DictionaryModel::~DictionaryModel() = default;

const EventDictionary &DictionaryModel::dictionary() const
{
    return mDocument->dictionary();
}

QString DictionaryModel::eventName(int row) const
{
    return row >= 0 && row < dictionary().count() ? dictionary().at(row).name : QString();
}

void DictionaryModel::beginChange(const QList<DictionaryChange> &changes)
{
    const DictionaryChange *single = changes.size() == 1 ? &changes.first() : nullptr;
    mChange = Change::Reset;
    if (single && single->kind == DictionaryChange::AddEvent) {
        mChange = Change::Insert;
        beginInsertRows({}, dictionary().count(), dictionary().count());
    } else if (single && single->kind == DictionaryChange::RemoveEvent) {
        mChange = Change::Remove;
        const int row = dictionary().indexOf(single->event);
        beginRemoveRows({}, row, row);
    } else if (single) {
        mChange = Change::Edit;
    } else {
        beginResetModel();
    }
}

void DictionaryModel::endChange(const QList<DictionaryChange> &changes)
{
    switch (mChange) {
    case Change::Insert:
        endInsertRows();
        break;
    case Change::Remove:
        endRemoveRows();
        break;
    case Change::Edit: {
        const int row = dictionary().indexOf(changes.first().eventAfter());
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        break;
    }
    case Change::Reset:
        endResetModel();
        break;
    }
}

int DictionaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : dictionary().count();
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
    const EventDefinition &event = dictionary().at(index.row());
    const bool due = event.isDueForReview(mDocument->today());
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
            const QString problem = DictionaryRules::checkName(event.name, dictionary().naming());
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
    const EventDefinition &event = dictionary().at(index.row());
    const QString newValue = field == EventDefinition::LastReviewed && value.userType() == QMetaType::QDate
        ? value.toDate().toString(Qt::ISODate)
        : value.toString();
    if (newValue == event.value(field))
        return false;
    const DictionaryChange change = DictionaryChange::editEvent(event.name, field, event.value(field), newValue);
    if (const Outcome<Done> outcome = mDocument->submit({change}, change.describe()); !outcome.ok()) {
        mDocument->refused(outcome.error());
        return false;
    }
    return true;
}

} // namespace Funnelscope
