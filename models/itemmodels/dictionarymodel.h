#pragma once

#include "governance/eventdictionary.h"

#include <QAbstractTableModel>
#include <QDate>

#include <memory>

class QUndoStack;

namespace Funnelscope {

class Connection;
class Workspace;

/**
 * The dictionary's events as a table, and the owner of the dictionary while a workspace
 * is open: its own connection (on the GUI thread; a dictionary edit is a few rows) and
 * the one QUndoStack every edit goes through. setData() and submit() do not change the
 * dictionary: they push a DictionaryEditCommand, whose redo() and undo() call apply(),
 * which writes the change and its change-log entry and emits the notifications.
 */
class DictionaryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, DisplayName, Stage, Tier, Status, Owner, Parameters, LastReviewed, ColumnCount };
    enum Role {
        KeyRole = Qt::UserRole + 1, ///< the stored value (stage key, tier number, ISO date)
        DueForReviewRole,
        SearchTextRole, ///< name, display name, description, owner and tags, for the text filter
    };

    explicit DictionaryModel(QObject *parent = nullptr);
    ~DictionaryModel() override;

    /** Opens the dictionary of the workspace at @p path; false with @p error. */
    bool open(const QString &path, QString *error);
    void close();
    bool isOpen() const { return mWorkspace != nullptr; }
    QString path() const;
    Connection *connection() const;

    const EventDictionary &dictionary() const { return mDictionary; }
    QUndoStack *undoStack() const { return mUndoStack; }
    QString who() const { return mWho; }
    void setWho(const QString &who) { mWho = who; }
    QDate today() const { return mToday; }
    void setToday(const QDate &today) { mToday = today; }
    QString eventName(int row) const;

    /**
     * Checks @p changes and, when the rules allow them, pushes them as one undoable
     * command called @p text. False with the reason in @p error when refused.
     */
    bool submit(const QList<DictionaryChange> &changes, const QString &text, QString *error = nullptr,
                const QString &reason = {}, bool enforceNaming = true);
    /**
     * Writes @p changes with their log entries and updates the table (the commands call
     * this). @p enforceNaming is off for undo, redo and imported plans, whose names were
     * valid when they were made.
     */
    bool apply(const QList<DictionaryChange> &changes, const QString &action, const QString &reason,
               bool enforceNaming, QString *error);
    /** Sets the naming convention new names must follow (logged; not an undoable edit). */
    bool setNaming(DictionaryRules::Naming naming, QString *error);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    /** The definition of @p event changed (its fields or parameters); empty: many did. */
    void eventChanged(const QString &event);
    void eventRenamed(const QString &oldName, const QString &newName);
    /** New change-log entries were written. */
    void logAppended();
    /** An edit, undo or redo could not be applied (the reason, for the status bar or a dialog). */
    void failed(const QString &message);

private:
    static EventDefinition::Field fieldOf(int column);

    std::unique_ptr<Workspace> mWorkspace;
    EventDictionary mDictionary;
    QUndoStack *mUndoStack;
    QString mWho;
    QDate mToday = QDate::currentDate();
};

} // namespace Funnelscope
