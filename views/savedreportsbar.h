#pragma once

#include "store/savedreports.h"
#include "tasks/worker.h"

#include <QWidget>

#include <functional>

class QComboBox;

namespace Funnelscope {

class Connection;

/**
 * The reports of one kind saved in the workspace (saved_reports): a list to choose from,
 * Save… (asks a name) and Delete. Reading and writing run in an Every worker, so two quick
 * saves both land, in order; what the page saves comes from the query source it sets.
 */
class SavedReportsBar : public QWidget
{
    Q_OBJECT

public:
    struct Texts
    {
        QString placeholder; ///< "Saved funnels"
        QString saveTitle;   ///< "Save Funnel"
        QString listTitle;   ///< "Saved Funnels": the title of a failure's message
    };

    SavedReportsBar(const QString &kind, const Texts &texts, QWidget *parent = nullptr);
    ~SavedReportsBar() override;

    /** What Save… stores: the page's query as JSON. */
    void setQuerySource(std::function<QByteArray()> source) { mSource = std::move(source); }
    /** Lists the reports of the workspace at @p path. */
    void setWorkspace(const QString &path);
    /** Saves @p query as @p name (replacing one of that name); listChanged() follows. */
    void saveAs(const QString &name, const QByteArray &query);
    QComboBox *list() const { return mList; }

Q_SIGNALS:
    /** A saved report was chosen: its query. */
    void chosen(const QByteArray &query);
    /** The list was read again (after opening, saving or deleting). */
    void listChanged();

private:
    void change(std::function<void(Connection &)> change, const QString &current);
    void show(const Outcome<QList<SavedReports::Report>> &outcome, const QString &current);
    void askAndSave();
    void removeCurrent();

    QString mKind;
    Texts mTexts;
    QString mPath;
    std::function<QByteArray()> mSource;
    QComboBox *mList;
    Worker<QList<SavedReports::Report>> mWorker{nullptr, WorkerBase::Policy::Every};
};

} // namespace Funnelscope
