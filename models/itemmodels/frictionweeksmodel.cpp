#include "frictionweeksmodel.h"

#include <QLocale>

#include <algorithm>

namespace Funnelscope {

void FrictionWeeksModel::setResult(const FrictionResult &result)
{
    beginResetModel();
    mWeeks = result.weeks;
    std::reverse(mWeeks.begin(), mWeeks.end());
    endResetModel();
}

QString FrictionWeeksModel::signalName(FrictionQuery::Signal signal)
{
    switch (signal) {
    case FrictionQuery::Signal::CartLoop: return tr("Cart loops");
    case FrictionQuery::Signal::SearchStruggle: return tr("Search struggles");
    case FrictionQuery::Signal::StalledCheckout: return tr("Stalled checkouts");
    case FrictionQuery::Signal::HighValueAbandonment: return tr("High-value carts left");
    }
    return QString();
}

std::optional<double> FrictionWeeksModel::trend(FrictionQuery::Signal signal) const
{
    if (mWeeks.size() < 5)
        return std::nullopt;
    const size_t s = size_t(signal);
    double before = 0;
    for (int row = 1; row <= 4; ++row)
        before += double(mWeeks[row].sessions[s]);
    before /= 4;
    if (before <= 0)
        return std::nullopt;
    return double(mWeeks.first().sessions[s]) / before - 1;
}

int FrictionWeeksModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mWeeks.size());
}

int FrictionWeeksModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FrictionWeeksModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= mWeeks.size())
        return {};
    const FrictionWeek &week = mWeeks.at(index.row());
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        if (index.column() == Week)
            return locale.toString(week.monday, QLocale::ShortFormat);
        return locale.toString(week.sessions[size_t(index.column() - CartLoops)]);
    }
    if (role == Qt::ToolTipRole && index.column() != Week) {
        const size_t s = size_t(index.column() - CartLoops);
        return tr("%1 sessions of %2 persons in the week from %3")
            .arg(locale.toString(week.sessions[s]), locale.toString(week.persons[s]),
                 locale.toString(week.monday, QLocale::LongFormat));
    }
    if (role == Qt::TextAlignmentRole)
        return int((index.column() == Week ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    return {};
}

QVariant FrictionWeeksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole)
        return section == Week ? tr("Week from") : signalName(signalOf(section));
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case CartLoops: return tr("Sessions where one product went into the cart and out again at least three times");
        case SearchStruggles: return tr("Sessions with three or more searches and no product viewed after the last");
        case StalledCheckouts: return tr("Sessions without a purchase where a checkout step was followed by nothing for five minutes");
        case HighValue: return tr("Carts in the top 10 % by value that never reached a purchase");
        default: break;
        }
    }
    return {};
}

} // namespace Funnelscope
