#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;
class QTableView;

namespace Funnelscope {

class EventTypesModel;
class ImportsModel;
struct WorkspaceSummary;

/**
 * The Data page: what the workspace holds (events, users, date range, events per type)
 * and where it came from (the imports, with their counts).
 */
class DataPage : public QWidget
{
    Q_OBJECT

public:
    explicit DataPage(QWidget *parent = nullptr);

    void setSummary(const WorkspaceSummary &summary);

Q_SIGNALS:
    void importRequested();

private:
    QLabel *addFigure(QGridLayout *grid, int column, const QString &caption);

    QLabel *mTitle;
    QLabel *mEvents;
    QLabel *mUsers;
    QLabel *mFirst;
    QLabel *mLast;
    QLabel *mTypes;
    EventTypesModel *mTypesModel;
    ImportsModel *mImportsModel;
    QTableView *mTypesView;
    QTableView *mImportsView;
};

} // namespace Funnelscope
