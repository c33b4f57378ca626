// The dictionary's field rules and messages, its change log (one entry per edit, the
// old and new values, the append-only triggers, the hash chain) and undo through the
// model's QUndoStack.
#include "governance/changelog.h"
#include "governance/dictionaryrules.h"
#include "governance/eventdictionary.h"
#include "document/workspacedocument.h"
#include "itemmodels/dictionarymodel.h"
#include "tasks/validationerror.h"
#include "store/connection.h"
#include "store/storeerror.h"
#include "store/statement.h"
#include "store/workspace.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Funnelscope;

namespace {

const QDate today(2026, 11, 21);

EventDefinition cartEvent()
{
    EventDefinition event;
    event.name = QStringLiteral("add_to_cart");
    event.displayName = QStringLiteral("Added to cart");
    event.stage = QStringLiteral("consideration");
    event.tier = 1;
    event.status = QStringLiteral("active");
    ParameterDefinition quantity;
    quantity.name = QStringLiteral("quantity");
    quantity.type = QStringLiteral("integer");
    quantity.required = true;
    ParameterDefinition price;
    price.name = QStringLiteral("price");
    price.type = QStringLiteral("number");
    event.parameters = {quantity, price};
    return event;
}

EventDictionary::Context as(const QString &who)
{
    EventDictionary::Context context;
    context.who = who;
    context.today = today;
    return context;
}

} // namespace

class tst_EventDictionary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Another program's lock is waited for 300 ms here, not the minutes people get.
        qputenv("FUNNELSCOPE_BUSY_TIMEOUT_MS", "300");
    }
    void init() { QVERIFY(mDir.isValid()); }

    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("naming");
        QTest::addColumn<QString>("message");
        const int snake = int(DictionaryRules::Naming::SnakeCase);
        const int camel = int(DictionaryRules::Naming::CamelCase);
        const int objectAction = int(DictionaryRules::Naming::ObjectAction);
        QTest::newRow("snake ok") << "add_to_cart" << snake << "";
        QTest::newRow("empty") << "" << snake << "An event name cannot be empty.";
        QTest::newRow("spaces around") << " add_to_cart" << snake << "“ add_to_cart” starts or ends with a space.";
        QTest::newRow("camel in snake")
            << "addToCart" << snake
            << "“addToCart” does not follow the snake_case convention: use lower-case letters, digits and single "
               "underscores, starting with a letter (for example “add_to_cart”).";
        QTest::newRow("double underscore")
            << "add__to_cart" << snake
            << "“add__to_cart” does not follow the snake_case convention: use lower-case letters, digits and "
               "single underscores, starting with a letter (for example “add_to_cart”).";
        QTest::newRow("digit first") << "1st_visit" << snake
                                     << "“1st_visit” does not follow the snake_case convention: use lower-case "
                                        "letters, digits and single underscores, starting with a letter.";
        QTest::newRow("camel ok") << "addToCart" << camel << "";
        QTest::newRow("snake in camel")
            << "add_to_cart" << camel
            << "“add_to_cart” does not follow the camelCase convention: use letters and digits, starting with a "
               "lower-case letter, each further word starting with a capital (for example “addToCart”).";
        QTest::newRow("object action ok") << "Product Added" << objectAction << "";
        QTest::newRow("snake in object action")
            << "product_added" << objectAction
            << "“product_added” does not follow the Object Action convention: use two or more capitalised words "
               "separated by single spaces (for example “Product Added”).";
        QTest::newRow("too long") << QString(65, QLatin1Char('a')) << snake
                                  << "An event name can have at most 64 characters; “aaaaaaaaaaaaaaaaaaaa…” has 65.";
    }

    void names()
    {
        QFETCH(QString, name);
        QFETCH(int, naming);
        QFETCH(QString, message);
        QCOMPARE(DictionaryRules::checkName(name, DictionaryRules::Naming(naming)), message);
    }

    void eventFieldRules_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("stage") << int(EventDefinition::Stage) << "awareness"
                               << "The stage of “add_to_cart” must be one of discovery, consideration, conversion, "
                                  "retention, advocacy, not “awareness”.";
        QTest::newRow("tier") << int(EventDefinition::Tier) << "3"
                              << "The tier of “add_to_cart” must be 1 (core) or 2 (diagnostic), not 3.";
        QTest::newRow("status") << int(EventDefinition::Status) << "live"
                                << "The status of “add_to_cart” must be one of draft, active, deprecated, not “live”.";
        QTest::newRow("counting") << int(EventDefinition::Counting) << "per_user"
                                  << "The counting rule of “add_to_cart” must be “every” or “once_per_session”, not "
                                     "“per_user”.";
        QTest::newRow("reviewed in the future") << int(EventDefinition::LastReviewed) << "2027-01-01"
                                                << "“add_to_cart” cannot have been reviewed in the future (2027-01-01).";
        QTest::newRow("repeated tag") << int(EventDefinition::Tags) << "[\"ga4\",\"ga4\"]"
                                      << "The tags of “add_to_cart” repeat a tag.";
        QTest::newRow("fine") << int(EventDefinition::Stage) << "conversion" << "";
    }

    void eventFieldRules()
    {
        QFETCH(int, field);
        QFETCH(QString, value);
        QFETCH(QString, message);
        EventDefinition event = cartEvent();
        event.setValue(EventDefinition::Field(field), value);
        QCOMPARE(DictionaryRules::checkEvent(event, DictionaryRules::Naming::SnakeCase, today), message);
    }

    void parameterRules_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QStringList>("allowed");
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("example");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown type") << "float" << QStringList() << "" << ""
                                      << "The type of “form” must be one of string, integer, number, boolean, "
                                         "timestamp, not “float”.";
        QTest::newRow("bad pattern") << "string" << QStringList() << "[A-Z" << ""
                                     << "The pattern of “form” is not a valid regular expression: missing terminating ] "
                                        "for character class.";
        QTest::newRow("allowed not of type") << "integer" << QStringList{QStringLiteral("1"), QStringLiteral("two")} << ""
                                             << "" << "The allowed value “two” of “form” is not a valid integer value.";
        QTest::newRow("example not allowed") << "string" << QStringList{QStringLiteral("footer")} << "" << "popup"
                                             << "The example of “form”: “popup” is not one of the allowed values (footer).";
        QTest::newRow("example against pattern") << "string" << QStringList() << "[A-Z]{3}" << "usd"
                                                 << "The example of “form”: “usd” does not match the pattern [A-Z]{3}.";
        QTest::newRow("example of type") << "timestamp" << QStringList() << "" << "yesterday"
                                         << "The example of “form”: “yesterday” is not a valid timestamp value.";
        QTest::newRow("fine") << "boolean" << QStringList() << "" << "true" << "";
    }

    void parameterRules()
    {
        QFETCH(QString, type);
        QFETCH(QStringList, allowed);
        QFETCH(QString, pattern);
        QFETCH(QString, example);
        QFETCH(QString, message);
        ParameterDefinition parameter;
        parameter.name = QStringLiteral("form");
        parameter.type = type;
        parameter.allowedValues = allowed;
        parameter.pattern = pattern;
        parameter.example = example;
        QCOMPARE(DictionaryRules::checkParameter(parameter, DictionaryRules::Naming::SnakeCase), message);
    }

    void uniqueRegardlessOfCase()
    {
        auto workspace = Workspace::create(mDir.filePath(QStringLiteral("unique.funnelscope")));
        Connection &db = workspace->connection();
        EventDictionary dictionary = EventDictionary::load(db).applied(db, {DictionaryChange::addEvent(cartEvent())}, as(QStringLiteral("ana")));
        EventDefinition twin = cartEvent();
        twin.name = QStringLiteral("Add_To_Cart");
        QCOMPARE(dictionary.check({DictionaryChange::addEvent(twin)}, as(QStringLiteral("ana"))),
                 QStringLiteral("An event called “add_to_cart” is already in the dictionary."));
        // Nothing is written when a change is refused.
        const qint64 entries = db.queryInt("SELECT count(*) FROM change_log");
        QVERIFY_THROWS_EXCEPTION(ValidationError, dictionary.applied(db, {DictionaryChange::addEvent(twin)}, as(QStringLiteral("ana"))));
        QCOMPARE(db.queryInt("SELECT count(*) FROM change_log"), entries);
        QCOMPARE(db.queryInt("SELECT count(*) FROM dictionary_events"), 1);
        // A parameter twice in one event, regardless of case.
        ParameterDefinition twice;
        twice.name = QStringLiteral("Quantity");
        QCOMPARE(dictionary.check({DictionaryChange::addParameter(QStringLiteral("add_to_cart"), twice)}, as({})),
                 QStringLiteral("“add_to_cart” already has a parameter called “quantity”."));
    }

    void oneEntryPerEditWithOldAndNewValues()
    {
        auto workspace = Workspace::create(mDir.filePath(QStringLiteral("log.funnelscope")));
        Connection &db = workspace->connection();
        EventDictionary dictionary = EventDictionary::load(db);
        dictionary = dictionary.applied(db, {DictionaryChange::addEvent(cartEvent())}, as(QStringLiteral("ana")));
        dictionary = dictionary.applied(db, {DictionaryChange::editParameter(QStringLiteral("add_to_cart"), QStringLiteral("quantity"), ParameterDefinition::Name, QStringLiteral("quantity"), QStringLiteral("units"))}, as(QStringLiteral("ben")));
        EventDictionary::Context deprecate = as(QStringLiteral("cleo"));
        deprecate.reason = QStringLiteral("replaced by cart_add");
        dictionary = dictionary.applied(db, {DictionaryChange::editEvent(QStringLiteral("add_to_cart"), EventDefinition::Status, QStringLiteral("active"), QStringLiteral("deprecated"))}, deprecate);
        dictionary = dictionary.applied(db, {DictionaryChange::editEvent(QStringLiteral("add_to_cart"), EventDefinition::Name, QStringLiteral("add_to_cart"), QStringLiteral("cart_add"))}, as(QStringLiteral("ana")));
        dictionary = dictionary.applied(db, {DictionaryChange::removeParameter(QStringLiteral("cart_add"), dictionary.at(0).parameters.at(1), 1)}, as(QStringLiteral("ana")));

        const QList<ChangeEntry> log = ChangeLog::list(db);
        QCOMPARE(log.size(), 5);
        QCOMPARE(log.at(0).action, QStringLiteral("create"));
        QCOMPARE(log.at(0).who, QStringLiteral("ana"));
        QVERIFY(log.at(0).newValue.contains(QStringLiteral("\"quantity\"")));
        QCOMPARE(log.at(1).action, QStringLiteral("rename"));
        QCOMPARE(log.at(1).entity, QStringLiteral("parameter"));
        QCOMPARE(log.at(1).entityName, QStringLiteral("add_to_cart.quantity"));
        QCOMPARE(log.at(1).oldValue, QStringLiteral("quantity"));
        QCOMPARE(log.at(1).newValue, QStringLiteral("units"));
        QCOMPARE(log.at(2).action, QStringLiteral("deprecate"));
        QCOMPARE(log.at(2).field, QStringLiteral("status"));
        QCOMPARE(log.at(2).reason, QStringLiteral("replaced by cart_add"));
        QCOMPARE(log.at(3).action, QStringLiteral("rename"));
        QCOMPARE(log.at(3).entityName, QStringLiteral("add_to_cart"));
        QCOMPARE(log.at(4).action, QStringLiteral("delete"));
        QCOMPARE(log.at(4).entityName, QStringLiteral("cart_add.price"));
        QVERIFY(log.at(4).oldValue.contains(QStringLiteral("\"number\"")));
        QVERIFY(log.at(4).at.isValid());
        QCOMPARE(log.at(4).at.offsetFromUtc(), 0);
        QVERIFY(qAbs(log.at(4).at.secsTo(QDateTime::currentDateTimeUtc())) < 60);

        // What the store holds is what a fresh load gives.
        const EventDictionary reloaded = EventDictionary::load(db);
        QCOMPARE(reloaded.events(), dictionary.events());
        QCOMPARE(reloaded.at(0).name, QStringLiteral("cart_add"));
        QCOMPARE(reloaded.at(0).status, QStringLiteral("deprecated"));
        QCOMPARE(reloaded.at(0).parameters.size(), 1);
        QCOMPARE(reloaded.at(0).parameters.at(0).name, QStringLiteral("units"));
        QVERIFY(ChangeLog::verify(db).intact);
    }

    void storeRefusesUpdateAndDelete()
    {
        auto workspace = Workspace::create(mDir.filePath(QStringLiteral("triggers.funnelscope")));
        Connection &db = workspace->connection();
        EventDictionary::load(db).applied(db, {DictionaryChange::addEvent(cartEvent())}, as(QStringLiteral("ana")));
        try {
            db.exec("UPDATE change_log SET who = 'mallory'");
            QFAIL("UPDATE was accepted");
        } catch (const StoreError &error) {
            QVERIFY2(error.message().contains(QStringLiteral("append-only")), qPrintable(error.message()));
        }
        try {
            db.exec("DELETE FROM change_log");
            QFAIL("DELETE was accepted");
        } catch (const StoreError &error) {
            QVERIFY2(error.message().contains(QStringLiteral("append-only")), qPrintable(error.message()));
        }
        QCOMPARE(db.queryText("SELECT who FROM change_log"), QStringLiteral("ana"));
    }

    void tamperingIsFound_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::addColumn<qint64>("badId");
        QTest::addColumn<QString>("message");
        QTest::newRow("value changed") << QByteArray("UPDATE change_log SET new_value = 'x' WHERE id = 2") << qint64(2)
                                       << "Entry 2 (edit add_to_cart";
        QTest::newRow("who changed") << QByteArray("UPDATE change_log SET who = 'mallory' WHERE id = 1") << qint64(1)
                                     << "Entry 1 (create add_to_cart";
        QTest::newRow("entry removed") << QByteArray("DELETE FROM change_log WHERE id = 2") << qint64(3)
                                       << "Entry 2 is missing: the log jumps from 1 to 3.";
        QTest::newRow("last removed") << QByteArray("DELETE FROM change_log WHERE id = 3") << qint64(3)
                                      << "The log ends at entry 2 but the workspace recorded entry 3 as the newest";
    }

    void tamperingIsFound()
    {
        QFETCH(QByteArray, sql);
        QFETCH(qint64, badId);
        QFETCH(QString, message);
        auto workspace = Workspace::create(mDir.filePath(QStringLiteral("%1.funnelscope").arg(QString::fromLatin1(QTest::currentDataTag()))));
        Connection &db = workspace->connection();
        EventDictionary dictionary = EventDictionary::load(db);
        dictionary = dictionary.applied(db, {DictionaryChange::addEvent(cartEvent())}, as(QStringLiteral("ana")));
        dictionary = dictionary.applied(db, {DictionaryChange::editEvent(QStringLiteral("add_to_cart"), EventDefinition::Owner, {}, QStringLiteral("web"))}, as(QStringLiteral("ana")));
        dictionary = dictionary.applied(db, {DictionaryChange::editEvent(QStringLiteral("add_to_cart"), EventDefinition::Tier, QStringLiteral("1"), QStringLiteral("2"))}, as(QStringLiteral("ana")));
        QVERIFY(ChangeLog::verify(db).intact);
        QCOMPARE(ChangeLog::verify(db).entries, 3);

        // Someone with sqlite3 drops the guards and edits the log.
        db.exec("DROP TRIGGER change_log_no_update; DROP TRIGGER change_log_no_delete");
        db.exec(std::string_view(sql.constData(), size_t(sql.size())));
        const ChangeLog::Integrity integrity = ChangeLog::verify(db);
        QVERIFY(!integrity.intact);
        QCOMPARE(integrity.firstBadId, badId);
        QVERIFY2(integrity.message.startsWith(message), qPrintable(integrity.message));
    }

    void aReceiptProvesWhatTheChainCannot_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::addColumn<QString>("message");
        // Each forgery redoes the chain and the recorded head, so verify() is fooled.
        QTest::newRow("an entry rewritten") << QByteArray("UPDATE change_log SET who = 'mallory' WHERE id = 2")
                                            << "The log's first 3 entries are not the ones the receipt covers";
        QTest::newRow("the last entries removed") << QByteArray("DELETE FROM change_log WHERE id >= 3")
                                                  << "The receipt covers 3 entries, but the log holds only 2";
        QTest::newRow("the log wiped") << QByteArray("DELETE FROM change_log")
                                       << "The receipt covers 3 entries, but the log holds only 0";
        QTest::newRow("an entry inserted") << QByteArray("UPDATE change_log SET id = -id WHERE id >= 2; UPDATE change_log SET id = 1 - id WHERE id < 0; "
                                                         "INSERT INTO change_log SELECT 2, at, who, 'create', entity, 'fake', field, "
                                                         "old_value, new_value, reason, prev_hash, hash FROM change_log WHERE id = 1")
                                           << "The log's first 3 entries are not the ones the receipt covers";
    }

    void aReceiptProvesWhatTheChainCannot()
    {
        QFETCH(QByteArray, sql);
        QFETCH(QString, message);
        auto workspace = Workspace::create(mDir.filePath(QStringLiteral("receipt-%1.funnelscope").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')))));
        Connection &db = workspace->connection();
        EventDictionary dictionary = EventDictionary::load(db);
        dictionary = dictionary.applied(db, {DictionaryChange::addEvent(cartEvent())}, as(QStringLiteral("ana")));
        dictionary = dictionary.applied(db, {DictionaryChange::editEvent(QStringLiteral("add_to_cart"), EventDefinition::Owner, {}, QStringLiteral("web"))}, as(QStringLiteral("ana")));
        dictionary = dictionary.applied(db, {DictionaryChange::editEvent(QStringLiteral("add_to_cart"), EventDefinition::Tier, QStringLiteral("1"), QStringLiteral("2"))}, as(QStringLiteral("ana")));
        const QString receipt = ChangeLog::receipt(db);
        QVERIFY2(receipt.startsWith(QLatin1String("funnelscope-change-log 1 entries=3 sha256=")), qPrintable(receipt));
        QVERIFY(ChangeLog::checkReceipt(db, receipt).intact);

        // Later entries do not spoil the receipt.
        dictionary = dictionary.applied(db, {DictionaryChange::editEvent(QStringLiteral("add_to_cart"), EventDefinition::Owner, QStringLiteral("web"), QStringLiteral("app"))}, as(QStringLiteral("ana")));
        QVERIFY(ChangeLog::checkReceipt(db, receipt).intact);
        QVERIFY(ChangeLog::checkReceipt(db, receipt).message.contains(QLatin1String("(1 entries since)")));

        // Someone who can write the file forges the log and redoes the chain and its head.
        db.exec("DROP TRIGGER change_log_no_update; DROP TRIGGER change_log_no_delete");
        db.exec(std::string_view(sql.constData(), size_t(sql.size())));
        QString previous = QLatin1String(ChangeLog::genesisHash);
        for (ChangeEntry entry : ChangeLog::list(db)) {
            entry.prevHash = previous;
            entry.hash = ChangeLog::hashOf(entry);
            Statement rechain(db, "UPDATE change_log SET prev_hash = ?, hash = ? WHERE id = ?");
            rechain.bind(1, entry.prevHash);
            rechain.bind(2, entry.hash);
            rechain.bind(3, entry.id);
            rechain.exec();
            previous = entry.hash;
            workspace->setMeta(QStringLiteral("change_log_head"), QStringLiteral("%1:%2").arg(entry.id).arg(entry.hash));
        }
        if (ChangeLog::list(db).isEmpty())
            db.exec("DELETE FROM meta WHERE key = 'change_log_head'");
        db.exec("CREATE TRIGGER change_log_no_update BEFORE UPDATE ON change_log BEGIN SELECT RAISE(ABORT, 'no'); END;"
                "CREATE TRIGGER change_log_no_delete BEFORE DELETE ON change_log BEGIN SELECT RAISE(ABORT, 'no'); END;");
        QVERIFY2(ChangeLog::verify(db).intact, "the forgery should fool the chain alone");
        const ChangeLog::Integrity proof = ChangeLog::checkReceipt(db, receipt);
        QVERIFY(!proof.intact);
        QVERIFY2(proof.message.startsWith(message), qPrintable(proof.message));
    }

    void aReceiptMustLookLikeOne()
    {
        auto workspace = Workspace::create(mDir.filePath(QStringLiteral("receipt-bad.funnelscope")));
        const ChangeLog::Integrity proof = ChangeLog::checkReceipt(workspace->connection(), QStringLiteral("entries=3"));
        QVERIFY(!proof.intact);
        QVERIFY2(proof.message.contains(QLatin1String("is not a change log receipt")), qPrintable(proof.message));
    }

    void guardsRemovedIsReported()
    {
        auto workspace = Workspace::create(mDir.filePath(QStringLiteral("guards.funnelscope")));
        Connection &db = workspace->connection();
        EventDictionary::load(db).applied(db, {DictionaryChange::addEvent(cartEvent())}, as(QStringLiteral("ana")));
        db.exec("DROP TRIGGER change_log_no_delete");
        const ChangeLog::Integrity integrity = ChangeLog::verify(db);
        QVERIFY(!integrity.intact);
        QVERIFY(integrity.message.contains(QStringLiteral("guards")));
    }

    void undoWritesAnEntry()
    {
        const QString path = mDir.filePath(QStringLiteral("undo.funnelscope"));
        Workspace::create(path);
        WorkspaceDocument document;
        DictionaryModel model(&document);
        document.setWho(QStringLiteral("dana"));
        document.setToday(today);
        QVERIFY(document.open(path).ok());
        QVERIFY(document.submit({DictionaryChange::addEvent(cartEvent())}, QStringLiteral("Add add_to_cart")).ok());
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.setData(model.index(0, DictionaryModel::Name), QStringLiteral("cart_add")));
        QCOMPARE(model.dictionary().at(0).name, QStringLiteral("cart_add"));
        QCOMPARE(document.undoStack()->count(), 2);

        document.undoStack()->undo();
        QCOMPARE(model.dictionary().at(0).name, QStringLiteral("add_to_cart"));
        QList<ChangeEntry> log = ChangeLog::list(*document.connection());
        QCOMPARE(log.size(), 3);
        QCOMPARE(log.last().action, QStringLiteral("undo"));
        QCOMPARE(log.last().who, QStringLiteral("dana"));
        QCOMPARE(log.last().oldValue, QStringLiteral("cart_add"));
        QCOMPARE(log.last().newValue, QStringLiteral("add_to_cart"));
        QCOMPARE(log.last().reason, QStringLiteral("Undo: Rename add_to_cart to cart_add"));

        document.undoStack()->redo();
        log = ChangeLog::list(*document.connection());
        QCOMPARE(log.size(), 4);
        QCOMPARE(log.last().action, QStringLiteral("rename"));
        QCOMPARE(model.dictionary().at(0).name, QStringLiteral("cart_add"));

        // Undoing the creation removes the event, and that too is an entry.
        document.undoStack()->undo();
        document.undoStack()->undo();
        QCOMPARE(model.rowCount(), 0);
        log = ChangeLog::list(*document.connection());
        QCOMPARE(log.size(), 6);
        QCOMPARE(log.last().action, QStringLiteral("undo"));
        QCOMPARE(log.last().entityName, QStringLiteral("add_to_cart"));
        QVERIFY(log.last().newValue.isEmpty());
        QVERIFY(ChangeLog::verify(*document.connection()).intact);
    }

    void refusedEditIsNotOnTheStack()
    {
        const QString path = mDir.filePath(QStringLiteral("refused.funnelscope"));
        Workspace::create(path);
        WorkspaceDocument document;
        DictionaryModel model(&document);
        QVERIFY(document.open(path).ok());
        QVERIFY(document.submit({DictionaryChange::addEvent(cartEvent())}, QStringLiteral("Add")).ok());
        QSignalSpy failed(&document, &WorkspaceDocument::failed);
        QVERIFY(!model.setData(model.index(0, DictionaryModel::Name), QStringLiteral("Add To Cart")));
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("snake_case")));
        QCOMPARE(document.undoStack()->count(), 1);
        QCOMPARE(ChangeLog::list(*document.connection()).size(), 1);
    }

    void typingMergesIntoOneStep()
    {
        const QString path = mDir.filePath(QStringLiteral("merge.funnelscope"));
        Workspace::create(path);
        WorkspaceDocument document;
        DictionaryModel model(&document);
        QVERIFY(document.open(path).ok());
        QVERIFY(document.submit({DictionaryChange::addEvent(cartEvent())}, QStringLiteral("Add")).ok());
        QVERIFY(model.setData(model.index(0, DictionaryModel::Owner), QStringLiteral("Web")));
        QVERIFY(model.setData(model.index(0, DictionaryModel::Owner), QStringLiteral("Web team")));
        QCOMPARE(document.undoStack()->count(), 2);
        document.undoStack()->undo();
        QCOMPARE(model.dictionary().at(0).owner, QString());
        const QList<ChangeEntry> log = ChangeLog::list(*document.connection());
        QCOMPARE(log.size(), 4); // create, two edits, one undo
        QCOMPARE(log.last().oldValue, QStringLiteral("Web team"));
        QVERIFY(log.last().newValue.isEmpty());
    }

    // An undo that cannot be written (another program holds the file longer than we
    // wait) is said, and the undo history is cleared: it never claims a state the
    // dictionary is not in, and nothing half-done is in the file.
    void aFailedUndoClearsTheHistory()
    {
        const QString path = mDir.filePath(QStringLiteral("undo-fails.funnelscope"));
        Workspace::create(path);
        WorkspaceDocument document;
        DictionaryModel model(&document);
        QVERIFY(document.open(path).ok());
        QVERIFY(document.submit({DictionaryChange::addEvent(cartEvent())}, QStringLiteral("Add add_to_cart")).ok());
        QCOMPARE(document.undoStack()->count(), 1);
        QSignalSpy failed(&document, &WorkspaceDocument::failed);
        {
            auto other = Workspace::open(path);
            other->connection().exec("BEGIN IMMEDIATE"); // another program's write lock
            document.undoStack()->undo();
            other->connection().exec("ROLLBACK");
        }
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("Could not undo “Add add_to_cart”")),
                 qPrintable(failed.first().first().toString()));
        QCOMPARE(model.rowCount(), 1); // the event is still there, in the file and on screen
        QCOMPARE(document.dictionary().at(0).name, QStringLiteral("add_to_cart"));
        QTRY_COMPARE(document.undoStack()->count(), 0);
        QCOMPARE(ChangeLog::list(*document.connection()).size(), 1);
        QCOMPARE(EventDictionary::load(*document.connection()).count(), 1);
    }

    void namingConventionIsStoredAndLogged()
    {
        auto workspace = Workspace::create(mDir.filePath(QStringLiteral("naming.funnelscope")));
        Connection &db = workspace->connection();
        EventDictionary::setNaming(db, DictionaryRules::Naming::ObjectAction, as(QStringLiteral("ana")));
        const EventDictionary dictionary = EventDictionary::load(db);
        QCOMPARE(dictionary.naming(), DictionaryRules::Naming::ObjectAction);
        EventDefinition event;
        event.name = QStringLiteral("Product Added");
        QCOMPARE(dictionary.check({DictionaryChange::addEvent(event)}, as({})), QString());
        QCOMPARE(ChangeLog::list(db).last().newValue, QStringLiteral("Object Action"));
    }

private:
    QTemporaryDir mDir;
};

QTEST_GUILESS_MAIN(tst_EventDictionary)
#include "tst_eventdictionary.moc"
