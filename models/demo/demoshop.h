#pragma once

#include <QDateTime>
#include <QStringList>

#include <functional>

namespace Funnelscope {

class Workspace;

/**
 * The sample shop: a deterministic generator of a realistic store's events, so that
 * every report has a story to show without any file. Users arrive over 26 weeks through
 * six channels on three kinds of device and come back with decaying probability; their
 * sessions walk the micro-conversions (page_view → product_view → add_to_cart →
 * begin_checkout → add_shipping_info → add_payment_info → purchase, with search,
 * remove_from_cart and newsletter_signup on the way). Mobile loses more people in
 * checkout, email brings people who convert and return more often. About one shopper in
 * eight signs up for the newsletter; subscribers come back more often, cart more and finish
 * more checkouts (the welcome code), so on the Insights page newsletter_signup is a weak but
 * significant predictor of a purchase while add_to_cart and the checkout steps are strong.
 *
 * The calendar is fixed (the shop opens on Monday 2026-05-04, UTC), not taken from the
 * clock, so the same seed and size give the same events, byte for byte.
 */
class DemoShop
{
public:
    struct Options
    {
        int users = 20000;
        quint64 seed = 42;
        /** Also what a team would have made of it (furnish()): the window's first-start demo. */
        bool furnished = false;
    };

    /**
     * What a team would have made of the shop, so no page is empty on first start: the
     * starter dictionary adopted (its events described), a few later edits in the change
     * log (an owner, a tier-one event, a review), a saved self-assessment, a saved funnel
     * and two annotations, each dated inside the shop's data.
     */
    static void furnish(Workspace &workspace);

    struct Result
    {
        qint64 users = 0;
        qint64 sessions = 0;
        qint64 events = 0;
        bool cancelled = false;
    };

    /** Called now and then with 0..100; returning false cancels. */
    using Progress = std::function<bool(int percent)>;

    static constexpr int minUsers = 1;
    static constexpr int maxUsers = 20'000'000; // 100M events (make bench-large) need 11.6M

    /**
     * Creates a new workspace at @p path and fills it. On cancel or failure the file is
     * removed, so nothing half-made is left; errors are thrown as StoreError.
     */
    static Result createWorkspace(const QString &path, const Options &options,
                                  const Progress &progress = {});

    /** Fills @p workspace in one transaction; a cancel rolls it back entirely. */
    static Result generate(Workspace &workspace, const Options &options,
                           const Progress &progress = {});

    enum class FileFormat { Csv, Ndjson };
    /**
     * Writes the events as a shop's export instead of a workspace: CSV with twelve columns
     * (event_id, user_id, session_id, event_name, timestamp, device, channel, country,
     * product_id, category, price, revenue) or NDJSON with the same keys. The benchmark's
     * input. Errors are thrown as StoreError.
     */
    static Result writeFile(const QString &path, FileFormat format, const Options &options,
                            const Progress &progress = {});

    static QDateTime firstDay();
    static int weeks() { return 26; }
    static QStringList eventNames();
    static QStringList devices();
    static QStringList channels();
};

} // namespace Funnelscope
