#include "dictionaryfiltermodel.h"

#include "dictionarymodel.h"

namespace Funnelscope {

DictionaryFilterModel::DictionaryFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(DictionaryModel::KeyRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void DictionaryFilterModel::setStage(const QString &stage)
{
    mStage = stage;
    invalidateFilter();
}

void DictionaryFilterModel::setTier(int tier)
{
    mTier = tier;
    invalidateFilter();
}

void DictionaryFilterModel::setStatus(const QString &status)
{
    mStatus = status;
    invalidateFilter();
}

void DictionaryFilterModel::setOwner(const QString &owner)
{
    mOwner = owner;
    invalidateFilter();
}

void DictionaryFilterModel::setText(const QString &text)
{
    mText = text.trimmed();
    invalidateFilter();
}

void DictionaryFilterModel::setDueOnly(bool dueOnly)
{
    mDueOnly = dueOnly;
    invalidateFilter();
}

bool DictionaryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto key = [&](int column) {
        return sourceModel()->index(sourceRow, column, sourceParent).data(DictionaryModel::KeyRole);
    };
    if (!mStage.isEmpty() && key(DictionaryModel::Stage).toString() != mStage)
        return false;
    if (mTier != 0 && key(DictionaryModel::Tier).toInt() != mTier)
        return false;
    if (!mStatus.isEmpty() && key(DictionaryModel::Status).toString() != mStatus)
        return false;
    if (!mOwner.isEmpty() && key(DictionaryModel::Owner).toString() != mOwner)
        return false;
    const QModelIndex first = sourceModel()->index(sourceRow, 0, sourceParent);
    if (mDueOnly && !first.data(DictionaryModel::DueForReviewRole).toBool())
        return false;
    if (!mText.isEmpty()
        && !first.data(DictionaryModel::SearchTextRole).toString().contains(mText, Qt::CaseInsensitive))
        return false;
    return true;
}

bool DictionaryFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.column() == DictionaryModel::Stage) {
        // Funnel order, not alphabetical.
        static const QStringList order = {QStringLiteral("discovery"), QStringLiteral("consideration"),
                                          QStringLiteral("conversion"), QStringLiteral("retention"),
                                          QStringLiteral("advocacy")};
        return order.indexOf(left.data(sortRole()).toString()) < order.indexOf(right.data(sortRole()).toString());
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace Funnelscope
