#include "demoshop.h"
#include "analysis/funnelquery.h"
#include "store/annotations.h"
#include "store/savedreports.h"
#include "maturity/maturitymatrix.h"
#include "maturity/assessment.h"
#include "governance/dictionarychange.h"
#include "governance/trackingplan.h"
#include "governance/plandiff.h"
#include "governance/eventdictionary.h"

#include "demorandom.h"
#include "analysis/eventtable.h"
#include "store/connection.h"
#include "ingest/importwriter.h"
#include "store/importlog.h"
#include "store/jsontext.h"
#include "store/storeerror.h"
#include "store/transaction.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include "store/outputfile.h"
#include <QFileInfo>
#include <QTimeZone>

#include <algorithm>
#include <chrono>
#include <array>
#include <cmath>
#include <string>
#include <vector>

namespace Funnelscope {

namespace {

using namespace std::string_literals;
using namespace std::string_view_literals;

constexpr qint64 second = 1000;
constexpr qint64 minute = 60 * second;
constexpr qint64 hour = 60 * minute;
constexpr qint64 day = 24 * hour;

constexpr std::array<const char *, 10> eventNameList = {
    "page_view",  "product_view",   "search",         "add_to_cart",      "remove_from_cart",
    "begin_checkout", "add_shipping_info", "add_payment_info", "purchase", "newsletter_signup",
};

// Devices: share of new users, and how well each does at adding to cart and in checkout.
struct DeviceProfile
{
    const char *name;
    double share;
    double cart;
    double checkout;
};
constexpr std::array<DeviceProfile, 3> deviceProfiles = {{
    {"desktop", 0.42, 1.00, 1.00},
    {"mobile", 0.48, 0.90, 0.76},
    {"tablet", 0.10, 0.92, 0.86},
}};

// Channels: share of new users, conversion factor, and how likely their people return.
struct ChannelProfile
{
    const char *name;
    double share;
    double conversion;
    double loyalty;
};
constexpr std::array<ChannelProfile, 6> channelProfiles = {{
    {"organic", 0.28, 1.00, 1.00},
    {"paid_search", 0.22, 1.08, 0.90},
    {"paid_social", 0.18, 0.78, 0.75},
    {"email", 0.08, 1.38, 1.30},
    {"direct", 0.16, 1.05, 1.10},
    {"referral", 0.08, 0.95, 0.95},
}};

struct CountryProfile
{
    const char *code;
    double share;
};
constexpr std::array<CountryProfile, 8> countryProfiles = {{
    {"US", 0.30}, {"GB", 0.15}, {"DE", 0.14}, {"FR", 0.12},
    {"ES", 0.09}, {"NL", 0.06}, {"CA", 0.07}, {"AU", 0.07},
}};

struct CategoryProfile
{
    const char *name;
    double basePrice;
    std::array<const char *, 4> words;
};
constexpr std::array<CategoryProfile, 6> categoryProfiles = {{
    {"apparel", 39, {"Linen Shirt", "Wool Sweater", "Denim Jacket", "Cotton Tee"}},
    {"shoes", 89, {"Trail Runner", "Leather Boot", "Canvas Sneaker", "City Loafer"}},
    {"accessories", 29, {"Leather Belt", "Silk Scarf", "Canvas Tote", "Wool Beanie"}},
    {"beauty", 24, {"Face Serum", "Hand Cream", "Lip Balm", "Night Mask"}},
    {"home", 49, {"Ceramic Mug", "Linen Throw", "Oak Tray", "Glass Vase"}},
    {"electronics", 129, {"Wireless Earbuds", "Smart Lamp", "Power Bank", "Desk Speaker"}},
}};

constexpr std::array<const char *, 10> searchTerms = {
    "running shoes", "gift ideas", "linen", "sale", "earbuds",
    "boots", "face serum", "tote bag", "mug", "jacket",
};
constexpr std::array<const char *, 4> paymentTypes = {"card", "paypal", "apple_pay", "klarna"};
constexpr std::array<double, 4> paymentWeights = {0.55, 0.25, 0.12, 0.08};
constexpr std::array<const char *, 3> shippingTiers = {"standard", "express", "pickup"};
constexpr std::array<double, 3> shippingWeights = {0.70, 0.22, 0.08};

// Share of sessions starting at each hour of the day (UTC), an evening-heavy shop.
constexpr std::array<double, 24> hourWeights = {
    1.0, 0.6, 0.4, 0.3, 0.3, 0.5, 1.0, 1.8, 2.4, 2.6, 2.7, 2.8,
    3.0, 3.0, 2.8, 2.7, 2.8, 3.1, 3.6, 4.2, 4.5, 4.0, 3.0, 1.8,
};

struct Product
{
    std::string id;
    std::string name;
    int category;
    double price;
    double popularity;
};

std::vector<Product> makeCatalog()
{
    // The catalog does not depend on the seed: the same products in every demo.
    DemoRandom random(20260504);
    std::vector<Product> catalog;
    int sku = 1001;
    for (int c = 0; c < int(categoryProfiles.size()); ++c) {
        for (const char *word : categoryProfiles[size_t(c)].words) {
            for (const char *variant : {"", " Pro"}) {
                Product product;
                product.id = "SKU-" + std::to_string(sku++);
                product.name = std::string(word) + variant;
                product.category = c;
                const double factor = 0.7 + random.uniform() * 0.8 + (*variant ? 0.5 : 0.0);
                product.price = std::round(categoryProfiles[size_t(c)].basePrice * factor) - 0.01;
                product.popularity = 0.3 + random.uniform() * 1.7;
                catalog.push_back(product);
            }
        }
    }
    return catalog;
}

bool isNumber(std::string_view text)
{
    return !text.empty() && text.find_first_not_of("0123456789.") == std::string_view::npos
        && text.front() != '.';
}

std::string money(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.2f", value);
    return buffer;
}

/** "2026-05-04T10:15:30.123Z" for a UTC instant (fast: the benchmark writes millions). */
std::string isoTime(qint64 ms)
{
    using namespace std::chrono;
    const qint64 dayNumber = ms >= 0 ? ms / day : (ms - day + 1) / day;
    const qint64 inDay = ms - dayNumber * day;
    const year_month_day date{sys_days{days{dayNumber}}};
    char buffer[64]; // 24 used; room for what the compiler cannot rule out
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02lld:%02lld:%02lld.%03lldZ", int(date.year()),
                  unsigned(date.month()), unsigned(date.day()), inDay / hour, inDay % hour / minute,
                  inDay % minute / second, inDay % second);
    return buffer;
}

/** Walks one shop's users through their sessions, handing each event to a sink as it goes. */
class Simulator
{
public:
    using Sink = std::function<void(const EventRecord &)>;

    Simulator(Sink sink, const DemoShop::Options &options)
        : mSink(std::move(sink))
        , mRandom(options.seed)
        , mCatalog(makeCatalog())
        , mStart(DemoShop::firstDay().toMSecsSinceEpoch())
        , mEnd(mStart + qint64(DemoShop::weeks()) * 7 * day)
    {
        for (const Product &product : mCatalog)
            mPopularity.push_back(product.popularity);
    }

    /** Simulates users 0..@p users - 1, reporting 0..100; false when @p progress cancelled. */
    bool simulateUsers(int users, const DemoShop::Progress &progress)
    {
        int reported = -1;
        for (int user = 0; user < users; ++user) {
            simulateUser(user);
            const int percent = int(qint64(user + 1) * 100 / users);
            if (progress && percent != reported) {
                reported = percent;
                if (!progress(percent))
                    return false;
            }
        }
        return true;
    }

    void simulateUser(int index)
    {
        mUser = "u" + std::to_string(100000 + index);
        mAnonymous = "anon-" + std::to_string(mRandom.next() % 100000000000ull);
        mDevice = weightedIndex(deviceProfiles);
        mChannel = weightedIndex(channelProfiles);
        mCountry = weightedIndex(countryProfiles);
        mSession = 0;
        mCart.clear();
        mAbandonedCheckout = false;
        mSubscribed = false;

        // Arrivals grow by about 60% over the 26 weeks (inverse CDF of a linear density).
        const double growth = 0.6;
        const double u = mRandom.uniform();
        const double x = (-1.0 + std::sqrt(1.0 + 2.0 * growth * u * (1.0 + growth / 2.0))) / growth;
        qint64 at = mStart + qint64(x * double(mEnd - mStart - day));
        at = startOfDay(at) + hourOfDay() + qint64(mRandom.uniform() * double(hour));

        double returnChance = 0.62 * channelProfiles[size_t(mChannel)].loyalty;
        while (at < mEnd) {
            simulateSession(at);
            if (!mRandom.chance(std::min(returnChance, 0.95)))
                break;
            // Subscribers get the shop's mails and come back more often.
            returnChance *= mSubscribed ? 0.97 : 0.86;
            const double gapDays = 0.4 + mRandom.exponential(6.0);
            at = startOfDay(at + qint64(gapDays * double(day))) + hourOfDay()
                + qint64(mRandom.uniform() * double(hour));
        }
    }

    qint64 sessions() const { return mSessions; }

private:
    template<typename Profiles>
    int weightedIndex(const Profiles &profiles)
    {
        std::array<double, std::tuple_size_v<Profiles>> weights{};
        for (size_t i = 0; i < profiles.size(); ++i)
            weights[i] = profiles[i].share;
        return mRandom.weighted(weights);
    }

    qint64 startOfDay(qint64 ms) const { return ms - ((ms - mStart) % day); }
    qint64 hourOfDay() { return qint64(mRandom.weighted(hourWeights)) * hour; }

    void simulateSession(qint64 at)
    {
        ++mSession;
        mSessionKey = mUser + "-s" + std::to_string(mSession);
        const bool returning = mSession > 1;
        mSessionDevice = mDevice;
        mSessionChannel = mChannel;
        if (returning) {
            if (mRandom.chance(0.12))
                mSessionDevice = weightedIndex(deviceProfiles);
            const double pick = mRandom.uniform();
            if (pick < 0.30)
                mSessionChannel = 4; // direct
            else if (pick < 0.48)
                mSessionChannel = 3; // email
            else if (pick < 0.58)
                mSessionChannel = 0; // organic
        }
        mClock = at;
        const DeviceProfile &device = deviceProfiles[size_t(mSessionDevice)];
        const ChannelProfile &channel = channelProfiles[size_t(mSessionChannel)];

        const bool backToCart = returning && !mCart.empty() && mAbandonedCheckout
            && mRandom.chance(0.35);
        emitPage(backToCart ? "/cart" : landingPage());
        // Friction for the Journeys page: now and then a shopper cannot find it (three or
        // four searches, no product, gone) ...
        if (!backToCart && mRandom.chance(0.03)) {
            const int searches = mRandom.between(3, 4);
            for (int s = 0; s < searches; ++s)
                emitSimple("search", {{"search_term", searchTerms[size_t(mRandom.between(0, int(searchTerms.size()) - 1))]}});
            return;
        }
        if (!backToCart) {
            if (mRandom.chance(0.33)) {
                emitSimple("search", {{"search_term", searchTerms[size_t(mRandom.between(0, int(searchTerms.size()) - 1))]}});
                // A quick add from the results, without the product's page: a cart (and
                // maybe a purchase) of a product never viewed, which a funnel holding the
                // product constant does not count as that product's conversion.
                if (mRandom.chance(0.35 * device.cart * channel.conversion)) {
                    const Product &product = mCatalog[size_t(mRandom.weighted(mPopularity))];
                    emitProduct("add_to_cart", product, 1);
                    mCart.push_back({&product, 1});
                }
            }
            const int views = 1 + int(mRandom.exponential(1.6));
            for (int v = 0; v < views; ++v) {
                const Product &product = mCatalog[size_t(mRandom.weighted(mPopularity))];
                emitProduct("product_view", product, 1);
                const double cartChance = 0.15 * device.cart * channel.conversion
                    * (returning ? 1.15 : 1.0) * (v == 0 ? 1.0 : 0.55) * (mSubscribed ? 2.5 : 1.0);
                if (mRandom.chance(cartChance)) {
                    const int quantity = mRandom.chance(0.85) ? 1 : mRandom.between(2, 3);
                    emitProduct("add_to_cart", product, quantity);
                    // ... or cannot decide (the same product in and out of the cart three times).
                    if (mRandom.chance(0.04)) {
                        for (int loop = 0; loop < 3; ++loop) {
                            emitProduct("remove_from_cart", product, quantity);
                            emitProduct("add_to_cart", product, quantity);
                        }
                    }
                    mCart.push_back({&product, quantity});
                    if (mRandom.chance(0.10)) {
                        emitProduct("remove_from_cart", product, quantity);
                        mCart.pop_back();
                    }
                }
            }
        }
        if (!mSubscribed && mRandom.chance(mSession == 1 ? 0.09 : 0.045)) {
            mSubscribed = true;
            emitSimple("newsletter_signup", {{"form", mRandom.chance(0.6) ? "footer" : "popup"}});
        }
        if (mCart.empty())
            return;

        // Subscribers have the welcome code: they finish more of their checkouts.
        const double checkout = device.checkout * std::sqrt(channel.conversion) * (mSubscribed ? 1.55 : 1.0);
        mAbandonedCheckout = true;
        if (!mRandom.chance(std::min(0.95, (backToCart ? 0.75 : 0.55) * checkout)))
            return;
        double value = 0;
        int items = 0;
        for (const auto &[product, quantity] : mCart) {
            value += product->price * quantity;
            items += quantity;
        }
        emitCheckout("begin_checkout", value, items, {});
        if (!mRandom.chance(std::min(0.97, 0.86 * checkout)))
            return;
        emitCheckout("add_shipping_info", value, items,
                     {{"shipping_tier", shippingTiers[size_t(mRandom.weighted(shippingWeights))]}});
        if (!mRandom.chance(std::min(0.97, 0.82 * checkout)))
            return;
        const char *payment = paymentTypes[size_t(mRandom.weighted(paymentWeights))];
        // Tracking incident for the data-quality checks: from an app release on, mobile
        // checkouts stop sending payment_type with add_payment_info.
        if (deviceProfiles[size_t(mSessionDevice)].name == "mobile"sv && mClock >= mPaymentTypeLost)
            emitCheckout("add_payment_info", value, items, {});
        else
            emitCheckout("add_payment_info", value, items, {{"payment_type", payment}});
        if (!mRandom.chance(std::min(0.98, 0.84 * std::sqrt(checkout))))
            return;
        ++mTransactions;
        emitCheckout("purchase", value, items,
                     {{"payment_type", payment},
                      {"transaction_id", "T" + std::to_string(100000 + mTransactions)}},
                     true);
        mCart.clear();
        mAbandonedCheckout = false;
    }

    std::string landingPage()
    {
        const double pick = mRandom.uniform();
        if (pick < 0.35)
            return "/";
        if (pick < 0.70)
            return "/category/"s + categoryProfiles[size_t(mRandom.between(0, 5))].name;
        return "/product/" + mCatalog[size_t(mRandom.weighted(mPopularity))].id;
    }

    void advance(double meanSeconds)
    {
        mClock += 2 * second + qint64(mRandom.exponential(meanSeconds) * double(second));
    }

    using Properties = std::initializer_list<std::pair<const char *, std::string>>;

    void emitPage(const std::string &page) { emitSimple("page_view", {{"page", page}}); }

    void emitSimple(const char *event, Properties properties)
    {
        writeEvent(event, properties, nullptr, std::nullopt, std::nullopt);
    }

    void emitProduct(const char *event, const Product &product, int quantity)
    {
        writeEvent(event, {{"product_name", product.name}, {"quantity", std::to_string(quantity)}},
             &product, product.price, std::nullopt);
    }

    /**
     * A checkout step as GA4's export has it once its items are unnested: a row per item
     * of the cart, at the same time, each with its product (so a funnel can hold the
     * product constant) and, for the purchase, the item's revenue (the rows add up to
     * the order's value).
     */
    void emitCheckout(const char *event, double value, int items, Properties properties, bool purchase = false)
    {
        std::vector<std::pair<const char *, std::string>> all(properties);
        all.emplace_back("items", std::to_string(items));
        all.emplace_back("value", money(value));
        all.emplace_back("quantity", std::string());
        for (size_t i = 0; i < mCart.size(); ++i) {
            const auto &[product, quantity] = mCart[i];
            all.back().second = std::to_string(quantity);
            const std::optional<double> revenue = purchase ? std::optional(product->price * quantity) : std::nullopt;
            writeEvent(event, {}, product, product->price, revenue, &all, i > 0);
        }
    }

    void writeEvent(const char *event, Properties properties, const Product *product,
              std::optional<double> price, std::optional<double> revenue,
              const std::vector<std::pair<const char *, std::string>> *more = nullptr, bool sameTime = false)
    {
        if (!sameTime)
            advance(std::string_view(event) == "product_view" ? 45.0 : 25.0);
        if (mClock >= mEnd)
            return;
        // Tracking incident: a site deploy broke the search box's tracking for five days.
        if (mClock >= mSearchOutage && mClock < mSearchOutage + 5 * day && std::string_view(event) == "search")
            return;
        mProperties.clear();
        mProperties += '{';
        const auto add = [this](const char *key, const std::string &value) {
            if (mProperties.size() > 1)
                mProperties += ',';
            JsonText::appendString(mProperties, key);
            mProperties += ':';
            if (isNumber(value))
                mProperties += value;
            else
                JsonText::appendString(mProperties, value);
        };
        for (const auto &[key, value] : properties)
            add(key, value);
        if (more) {
            for (const auto &[key, value] : *more)
                add(key, value);
        }
        mProperties += '}';
        if (mSessionKey != mLastSessionWritten) {
            mLastSessionWritten = mSessionKey;
            ++mSessions;
        }
        const std::string eventId = "e" + std::to_string(++mEventCounter);

        EventRecord record;
        record.timestampMs = mClock;
        record.user = mUser;
        record.event = event;
        record.session = mSessionKey;
        record.anonymousId = mAnonymous;
        record.device = deviceProfiles[size_t(mSessionDevice)].name;
        record.channel = channelProfiles[size_t(mSessionChannel)].name;
        record.country = countryProfiles[size_t(mCountry)].code;
        if (product) {
            record.product = product->id;
            record.category = categoryProfiles[size_t(product->category)].name;
        }
        record.price = price;
        record.revenue = revenue;
        if (revenue)
            record.currency = "USD";
        record.dedupKey = eventId;
        record.properties = mProperties;
        mSink(record);
    }

    Sink mSink;
    DemoRandom mRandom;
    std::vector<Product> mCatalog;
    std::vector<double> mPopularity;
    qint64 mStart;
    qint64 mEnd;
    qint64 mSearchOutage = mStart + 98 * day; // Monday 2026-08-10
    qint64 mPaymentTypeLost = mStart + 154 * day; // Monday 2026-10-05

    std::string mUser;
    std::string mAnonymous;
    std::string mSessionKey;
    int mDevice = 0;
    int mChannel = 0;
    int mCountry = 0;
    int mSessionDevice = 0;
    int mSessionChannel = 0;
    int mSession = 0;
    qint64 mClock = 0;
    std::vector<std::pair<const Product *, int>> mCart;
    bool mSubscribed = false; ///< signed up for the newsletter: returns and carts more (a weak signal)
    bool mAbandonedCheckout = false;
    qint64 mSessions = 0;
    qint64 mTransactions = 0;
    qint64 mEventCounter = 0;
    std::string mProperties;
    std::string mLastSessionWritten;
};

} // namespace

QDateTime DemoShop::firstDay()
{
    return QDateTime(QDate(2026, 5, 4), QTime(0, 0), QTimeZone::utc());
}

QStringList DemoShop::eventNames()
{
    QStringList names;
    for (const char *name : eventNameList)
        names.append(QLatin1String(name));
    return names;
}

QStringList DemoShop::devices()
{
    QStringList names;
    for (const DeviceProfile &profile : deviceProfiles)
        names.append(QLatin1String(profile.name));
    return names;
}

QStringList DemoShop::channels()
{
    QStringList names;
    for (const ChannelProfile &profile : channelProfiles)
        names.append(QLatin1String(profile.name));
    return names;
}

DemoShop::Result DemoShop::createWorkspace(const QString &path, const Options &options,
                                           const Progress &progress)
{
    // Built beside the target and renamed at the end, so that a crash, a kill or a cancel
    // never leaves a half-made workspace under the real name.
    Workspace::checkCreatable(path);
    const QString partial = path + QStringLiteral(".part");
    Workspace::remove(partial);
    Result result;
    try {
        auto workspace = Workspace::create(partial);
        result = generate(*workspace, options, progress);
        if (!result.cancelled && options.furnished)
            furnish(*workspace);
        if (!result.cancelled) {
            EventTable::load(workspace->connection()); // writes the reports' snapshot
            workspace->connection().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        }
    } catch (...) {
        Workspace::remove(partial);
        throw;
    }
    if (result.cancelled) {
        Workspace::remove(partial);
        return result;
    }
    // Closing the last connection checkpointed the WAL; nothing of it may follow the file.
    for (const char *suffix : {"-wal", "-shm"})
        QFile::remove(partial + QLatin1String(suffix));
    if (!QFile::rename(partial, path)) {
        Workspace::remove(partial);
        throw StoreError(StoreError::Kind::Internal,
                         QCoreApplication::translate("Funnelscope::DemoShop",
                                                     "Cannot move the demo workspace into place "
                                                     "at “%1”.")
                             .arg(QDir::toNativeSeparators(path)));
    }
    return result;
}

void DemoShop::furnish(Workspace &workspace)
{
    Connection &connection = workspace.connection();
    const qint64 lastMs = connection.queryInt("SELECT max(ts) FROM events");
    const QDate last = QDateTime::fromMSecsSinceEpoch(lastMs, QTimeZone::utc()).date();
    const auto tr = [](const char *text) { return QCoreApplication::translate("Funnelscope::DemoShop", text); };
    const QString team = tr("Demo team");

    // The starter dictionary, adopted a few weeks into the data; then what a team edits later.
    EventDictionary::Context context;
    context.who = team;
    context.reason = tr("Adopted the starter dictionary");
    context.enforceNaming = false;
    context.today = last.addDays(-60);
    const EventDictionary dictionary = EventDictionary::load(connection);
    dictionary.applied(connection, PlanDiff::compute(dictionary, TrackingPlan::starter(), PlanDiff::Removals::Keep), context);
    const auto edit = [&](const QString &event, EventDefinition::Field field, const QString &value, const QString &reason,
                          const QDate &day) {
        const EventDictionary current = EventDictionary::load(connection);
        const int row = current.indexOf(event);
        if (row < 0)
            return;
        EventDictionary::Context later = context;
        later.reason = reason;
        later.today = day;
        current.applied(connection, {DictionaryChange::editEvent(event, field, current.at(row).value(field), value)}, later);
    };
    edit(QStringLiteral("purchase"), EventDefinition::Owner, tr("Checkout squad"), tr("The checkout squad owns the order events"),
         last.addDays(-45));
    edit(QStringLiteral("add_to_cart"), EventDefinition::Tier, QStringLiteral("1"),
         tr("A core micro-conversion: it predicts a purchase"), last.addDays(-30));
    edit(QStringLiteral("search"), EventDefinition::LastReviewed, last.addDays(-10).toString(Qt::ISODate),
         tr("Reviewed after the search box outage"), last.addDays(-10));

    // A self-assessment, as a team fills it in after its first month with the data.
    const MaturityMatrix matrix = MaturityMatrix::builtIn();
    Assessment assessment = Assessment::blank(matrix);
    const struct
    {
        const char *dimension;
        double current;
        double target;
    } answers[] = {{"data_collection", 2, 3}, {"identity", 1.5, 2.5}, {"analytics", 2, 3},
                   {"activation", 1, 2}, {"experimentation", 1, 2}, {"decision_making", 1.5, 2.5}};
    for (const auto &answer : answers) {
        if (Assessment::Score *score = assessment.score(QLatin1String(answer.dimension))) {
            score->current = answer.current;
            score->target = answer.target;
        }
    }
    assessment.takenBy = team;
    Assessment::save(connection, assessment);

    // A funnel the team keeps, and two days it wants to remember on every time axis.
    FunnelQuery funnel;
    for (const char *step : {"product_view", "add_to_cart", "begin_checkout", "purchase"})
        funnel.steps.append({QLatin1String(step), {}});
    SavedReports::save(connection, QStringLiteral("funnel"), tr("Checkout funnel"), funnel.toJson());
    const auto annotate = [&](const QDate &from, const QDate &to, const QString &text, const QString &category) {
        Annotation annotation;
        annotation.fromMs = QDateTime(from, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        annotation.toMs = QDateTime(to, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        annotation.text = text;
        annotation.category = category;
        Annotations::add(connection, annotation);
    };
    annotate(last.addDays(-70), last.addDays(-63), tr("Summer sale"), QStringLiteral("campaign"));
    annotate(last.addDays(-28), last.addDays(-27), tr("App 3.2 release"), QStringLiteral("site_change"));
}

DemoShop::Result DemoShop::generate(Workspace &workspace, const Options &options,
                                    const Progress &progress)
{
    Connection &connection = workspace.connection();
    Transaction transaction(connection);

    ImportSource source;
    source.fileName = QCoreApplication::translate("Funnelscope::DemoShop",
                                                  "Demo shop (%1 users, seed %2)")
                          .arg(options.users)
                          .arg(options.seed);
    source.format = QStringLiteral("demo");
    source.timezone = QStringLiteral("UTC");
    const qint64 importId = ImportLog::begin(connection, source);

    ImportWriter writer(connection, importId);
    Simulator simulator([&writer](const EventRecord &record) { writer.write(record); }, options);
    Result result;
    if (!simulator.simulateUsers(options.users, progress)) {
        result.cancelled = true;
        return result; // the transaction rolls back
    }
    result.users = options.users;
    result.sessions = simulator.sessions();
    result.events = writer.written();

    ImportCounts counts;
    counts.rowsRead = writer.written() + writer.duplicates();
    counts.imported = writer.written();
    counts.duplicates = writer.duplicates();
    ImportLog::finish(connection, importId, counts);
    writer.finish(); // its segment, and what later imports read, as an import's
    transaction.commit();
    return result;
}

DemoShop::Result DemoShop::writeFile(const QString &path, FileFormat format, const Options &options,
                                     const Progress &progress)
{
    OutputFile file(path);
    if (!file.begin())
        throw StoreError(StoreError::Kind::ReadOnly, file.errorMessage());
    // The twelve columns of a typical shop export (the benchmark's input).
    static constexpr const char *columns[] = {"event_id", "user_id", "session_id", "event_name", "timestamp", "device",
                                              "channel", "country", "product_id", "category", "price", "revenue"};
    std::string buffer;
    buffer.reserve(1 << 20);
    if (format == FileFormat::Csv) {
        for (size_t i = 0; i < std::size(columns); ++i)
            buffer.append(i ? "," : "").append(columns[i]);
        buffer += '\n';
    }
    qint64 events = 0;
    const auto flush = [&file, &buffer] {
        file.write(buffer.data(), qint64(buffer.size()));
        buffer.clear();
    };
    const auto number = [](std::optional<double> value) { return value ? money(*value) : std::string(); };
    Simulator simulator(
        [&](const EventRecord &record) {
            ++events;
            const std::string time = isoTime(record.timestampMs);
            const std::string_view values[] = {record.dedupKey, record.user,    record.session,  record.event,
                                               time,            record.device,  record.channel,  record.country,
                                               record.product,  record.category};
            const std::string price = number(record.price);
            const std::string revenue = number(record.revenue);
            if (format == FileFormat::Csv) {
                // Demo values hold no comma, quote or line break: no quoting needed.
                for (const std::string_view value : values)
                    buffer.append(value).append(",");
                buffer.append(price).append(",").append(revenue).append("\n");
            } else {
                buffer += '{';
                for (size_t i = 0; i < std::size(values); ++i) {
                    if (values[i].empty())
                        continue;
                    if (buffer.back() != '{')
                        buffer += ',';
                    JsonText::appendString(buffer, columns[i]);
                    buffer += ':';
                    JsonText::appendString(buffer, values[i]);
                }
                if (!price.empty())
                    buffer.append(",\"price\":").append(price);
                if (!revenue.empty())
                    buffer.append(",\"revenue\":").append(revenue);
                buffer += "}\n";
            }
            if (buffer.size() > (1 << 20) - 4096)
                flush();
        },
        options);
    Result result;
    if (!simulator.simulateUsers(options.users, progress)) {
        file.cancelWriting();
        result.cancelled = true;
        return result;
    }
    flush();
    if (!file.commit())
        throw StoreError(StoreError::Kind::ReadOnly,
                         QCoreApplication::translate("Funnelscope::DemoShop", "Cannot write “%1”: %2.")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    result.users = options.users;
    result.sessions = simulator.sessions();
    result.events = events;
    return result;
}

} // namespace Funnelscope
