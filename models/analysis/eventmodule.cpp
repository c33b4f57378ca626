// The analysis layer's half of store/eventmodule.h: the events table's module, and what
// migration 14 keeps of the rows before it drops them.

#include "store/eventmodule.h"

#include "eventrecords.h"
#include "eventsegment.h"

#include "store/connection.h"
#include "store/eventtexts.h"
#include "store/statement.h"

#include <map>
#include <memory>
#include <set>

namespace Funnelscope {

void EventModule::registerOn(sqlite3 *handle)
{
    EventRecords::registerModule(handle);
}

namespace {

/** An import's texts of one kind, written from its rows in the order of their ids (gaps as empty texts). */
struct TextsFromRows
{
    TextsFromRows(Connection &connection, qint64 importId, EventTexts::Kind kind, qint64 firstId)
        : writer(connection, importId, kind)
        , next(firstId)
    {
    }
    void add(qint64 id, std::string_view text)
    {
        for (; next < id; ++next)
            writer.add({});
        writer.add(text);
        ++next;
    }
    EventTexts::Writer writer;
    qint64 next;
};

} // namespace

void EventModule::keepRowsAside(Connection &connection)
{
    // Each import's range of ids, from its rows (one pass; the rows have no index).
    struct Range
    {
        qint64 first = 0;
        qint64 last = 0;
    };
    std::map<qint64, Range> ranges;
    {
        Statement ids(connection, "SELECT import_id, id FROM events");
        while (ids.step()) {
            const auto [at, added] = ranges.try_emplace(ids.int64(0), Range{ids.int64(1), ids.int64(1)});
            if (!added) {
                at->second.first = std::min(at->second.first, ids.int64(1));
                at->second.last = std::max(at->second.last, ids.int64(1));
            }
        }
    }
    Statement setRange(connection, "UPDATE imports SET first_event_id = ?, last_event_id = ? WHERE id = ?");
    for (const auto &[importId, range] : ranges) {
        setRange.bind(1, range.first);
        setRange.bind(2, range.last);
        setRange.bind(3, importId);
        setRange.exec();
        setRange.reset();
    }
    // An import that has no rows has no events: no range.
    connection.exec("UPDATE imports SET first_event_id = NULL, last_event_id = NULL "
                    "WHERE id NOT IN (SELECT DISTINCT import_id FROM events)");

    // The texts of imports from before schema 12 (dedup keys) and 13 (properties) are in
    // their rows: written beside, in one pass in the order of the ids.
    {
        const auto without = [&connection](const char *table) {
            std::set<qint64> imports;
            Statement select(connection, std::string("SELECT id FROM imports WHERE id NOT IN (SELECT import_id FROM ") + table + ")");
            while (select.step())
                imports.insert(select.int64(0));
            return imports;
        };
        const std::set<qint64> withoutKeys = without("key_texts");
        const std::set<qint64> withoutProperties = without("property_texts");
        std::map<qint64, std::unique_ptr<TextsFromRows>> keys;
        std::map<qint64, std::unique_ptr<TextsFromRows>> properties;
        Statement rows(connection, "SELECT import_id, id, dedup_key, properties FROM events "
                                   "WHERE dedup_key IS NOT NULL OR properties IS NOT NULL ORDER BY id");
        while (rows.step()) {
            const qint64 importId = rows.int64(0);
            const auto keep = [&](const std::set<qint64> &missing, std::map<qint64, std::unique_ptr<TextsFromRows>> &writers,
                                  EventTexts::Kind kind, int column) {
                if (rows.isNull(column) || !missing.count(importId))
                    return;
                std::unique_ptr<TextsFromRows> &writer = writers[importId];
                if (!writer)
                    writer = std::make_unique<TextsFromRows>(connection, importId, kind, ranges[importId].first);
                writer->add(rows.int64(1), rows.utf8(column));
            };
            keep(withoutKeys, keys, EventTexts::Kind::DedupKeys, 2);
            keep(withoutProperties, properties, EventTexts::Kind::Properties, 3);
        }
        for (auto *writers : {&keys, &properties}) {
            for (auto &[importId, writer] : *writers) {
                // The events after the last with a text: empty, so the stream counts them all.
                const qint64 last = ranges[importId].last;
                for (; writer->next <= last; ++writer->next)
                    writer->writer.add({});
                writer->writer.finish(ranges[importId].first);
            }
        }
    }

    // Each import's segment with its origins (the event ids and anonymous ids), the one
    // record of its events from here on: those stored before the origins, made again.
    for (const qint64 importId : EventSegment::importIds(connection)) {
        if (!EventSegment::stored(connection, importId, 0, true))
            EventSegment::fromRows(connection, importId).store(connection, importId);
    }
}

} // namespace Funnelscope
