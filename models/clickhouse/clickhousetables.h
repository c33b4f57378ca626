#pragma once

#include "tasks/taskcontext.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

namespace Funnelscope {

class ClickHouseWorkspace;
class Connection;

/**
 * The small tables of a ClickHouse workspace (DESIGN.md, "A ClickHouse workspace"): the
 * event dictionary and its settings, the change log, assessments, saved reports and
 * annotations, on the URL's server in tables of the same names and columns as a workspace
 * file's, each with a revision and a token in front.
 *
 * ClickHouse has no transactions and no UPDATE, so the tables are kept in revisions: a
 * save writes the whole of the tables that change in place (the dictionary, saved reports,
 * annotations, the dictionary's settings) and the new rows of the append-only ones (change
 * log, assessments), all tagged with the next revision number and a random token, and then
 * one row into `revisions`, which makes them count. A revision's rows are its winner's:
 * the smallest token saved under that number. A save checks before and after that the
 * revision it builds on is still the newest and that it won; another person's save in
 * between is a StoreError that names the server, and nothing of this one counts.
 *
 * The code of those tables keeps its SQLite form: fetch() reads the newest revision and
 * load() puts it into a workspace file's empty tables (a local copy), where the
 * dictionary, change log, assessments and saved reports work as in any workspace;
 * collect() takes what a save sends from that copy, and send() writes it. fetch() and send() talk to the server (a
 * worker's thread); load() and collect() touch only the copy (its own thread).
 */
class ClickHouseTables
{
    Q_DECLARE_TR_FUNCTIONS(Funnelscope::ClickHouseTables)

public:
    /** One revision: its number (0: nothing saved yet) and its winner's token. */
    struct Revision
    {
        quint64 number = 0;
        quint64 token = 0;
        qint64 lastLogId = 0;        ///< the newest change-log entry it holds
        qint64 lastAssessmentId = 0; ///< the newest assessment it holds
        bool operator==(const Revision &other) const { return number == other.number && token == other.token; }
    };

    /** One table's rows, in its columns' order. */
    struct Rows
    {
        QString table;
        QStringList columns;
        QList<QVariantList> rows;
    };

    /** What a revision holds, or what a save sends. */
    struct Content
    {
        Revision revision; ///< what was read; for a save, what it builds on
        QList<Rows> tables;
        QString timezone;  ///< what was read: the workspace's time zone (meta), for the copy
        QString who;       ///< for a save: the person saving
    };

    /** Creates the tables that are missing, on the URL's server. */
    static void create(const ClickHouseWorkspace &workspace, const TaskContext &task = {});
    /** The newest revision's rows (none before the first save). */
    static Content fetch(const ClickHouseWorkspace &workspace, const TaskContext &task = {});
    /** Puts @p content (and its time zone) into @p copy, whose tables are a new workspace file's (empty). */
    static void load(const Content &content, Connection &copy);
    /**
     * What a save of @p copy after @p base sends: every row of the tables changed in place,
     * the rows of the others newer than @p base's. Its revision is @p base's number and token
     * with the newest keys it holds (what the next collect() starts after).
     */
    static Content collect(Connection &copy, const Revision &base, const QString &who);
    /**
     * Writes @p content as the revision after its own and returns it (with its newest keys).
     * Throws StoreError naming the server when it cannot, or when another save came first:
     * then none of it counts.
     */
    static Revision send(const ClickHouseWorkspace &workspace, const Content &content, const TaskContext &task = {});

private:
    static QList<QPair<quint64, quint64>> winners(const ClickHouseWorkspace &workspace, const TaskContext &task);
};

} // namespace Funnelscope
