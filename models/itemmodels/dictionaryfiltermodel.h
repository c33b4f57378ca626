#pragma once

#include <QSortFilterProxyModel>

namespace Funnelscope {

/**
 * The dictionary's events filtered by stage, tier, status and owner (exact keys; empty
 * for any) and by a text found in the name, display name, description, owner or tags.
 * Sorts numbers and dates by value.
 */
class DictionaryFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit DictionaryFilterModel(QObject *parent = nullptr);

    void setStage(const QString &stage);
    void setTier(int tier); ///< 0: any
    void setStatus(const QString &status);
    void setOwner(const QString &owner);
    void setText(const QString &text);
    void setDueOnly(bool dueOnly);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString mStage;
    int mTier = 0;
    QString mStatus;
    QString mOwner;
    QString mText;
    bool mDueOnly = false;
};

} // namespace Funnelscope
