#include "parametermodel.h"

#include "document/workspacedocument.h"

namespace Funnelscope {

ParameterModel::ParameterModel(WorkspaceDocument *dictionary, QObject *parent)
    : QAbstractTableModel(parent)
    , mDocument(dictionary)
{
    connect(dictionary, &WorkspaceDocument::eventRenamed, this, [this](const QString &oldName, const QString &newName) {
        if (oldName.compare(mEvent, Qt::CaseInsensitive) == 0)
            mEvent = newName;
    });
    connect(dictionary, &WorkspaceDocument::eventChanged, this, [this](const QString &event) {
        if (event.isEmpty() || event.compare(mEvent, Qt::CaseInsensitive) == 0) {
            beginResetModel();
            endResetModel();
        }
    });
    // Another workspace, or the event removed (by an edit or an undo).
    connect(dictionary, &WorkspaceDocument::reset, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(dictionary, &WorkspaceDocument::applied, this, [this](const QList<DictionaryChange> &changes) {
        for (const DictionaryChange &change : changes) {
            if (change.kind == DictionaryChange::RemoveEvent && change.event.compare(mEvent, Qt::CaseInsensitive) == 0) {
                beginResetModel();
                endResetModel();
                return;
            }
        }
    });
}

void ParameterModel::setEvent(const QString &event)
{
    beginResetModel();
    mEvent = event;
    endResetModel();
}

const EventDefinition *ParameterModel::definition() const
{
    const int row = mEvent.isEmpty() ? -1 : mDocument->dictionary().indexOf(mEvent);
    return row < 0 ? nullptr : &mDocument->dictionary().at(row);
}

int ParameterModel::rowCount(const QModelIndex &parent) const
{
    const EventDefinition *event = definition();
    return parent.isValid() || !event ? 0 : int(event->parameters.size());
}

int ParameterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParameterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ParameterDefinition &parameter = definition()->parameters.at(index.row());
    const auto field = ParameterDefinition::Field(index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (field == ParameterDefinition::Type)
            return DictionaryRules::label(parameter.type);
        if (field == ParameterDefinition::Required)
            return {};
        if (field == ParameterDefinition::AllowedValues)
            return parameter.allowedValues.join(QStringLiteral(", "));
        return parameter.value(field);
    case Qt::EditRole:
        if (field == ParameterDefinition::Required)
            return parameter.required;
        if (field == ParameterDefinition::AllowedValues)
            return parameter.allowedValues.join(QStringLiteral(", "));
        return parameter.value(field);
    case Qt::CheckStateRole:
        if (field == ParameterDefinition::Required)
            return parameter.required ? Qt::Checked : Qt::Unchecked;
        break;
    case Qt::ToolTipRole:
        if (field == ParameterDefinition::AllowedValues)
            return tr("Comma-separated; empty allows any value");
        if (field == ParameterDefinition::Pattern)
            return tr("A regular expression the whole value must match");
        break;
    }
    return {};
}

QVariant ParameterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Parameter");
    case Type: return tr("Type");
    case Required: return tr("Required");
    case AllowedValues: return tr("Allowed values");
    case Pattern: return tr("Pattern");
    case Description: return tr("Description");
    case Example: return tr("Example");
    }
    return {};
}

Qt::ItemFlags ParameterModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return flags;
    if (index.column() == Required)
        return flags | Qt::ItemIsUserCheckable;
    return flags | Qt::ItemIsEditable;
}

bool ParameterModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const auto field = ParameterDefinition::Field(index.column());
    QString text;
    if (role == Qt::CheckStateRole && field == ParameterDefinition::Required)
        text = value.toInt() == Qt::Checked ? QStringLiteral("true") : QStringLiteral("false");
    else if (role == Qt::EditRole && field == ParameterDefinition::Required)
        text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    else if (role == Qt::EditRole)
        text = value.toString();
    else
        return false;
    const ParameterDefinition &parameter = definition()->parameters.at(index.row());
    const DictionaryChange change =
        DictionaryChange::editParameter(mEvent, parameter.name, field, parameter.value(field), text);
    if (change.newValue == change.oldValue)
        return false;
    if (const Outcome<Done> outcome = mDocument->submit({change}, change.describe()); !outcome.ok()) {
        mDocument->refused(outcome.error());
        return false;
    }
    return true;
}

} // namespace Funnelscope
