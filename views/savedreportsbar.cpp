#include "savedreportsbar.h"

#include "document/workspacetables.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace Funnelscope {

SavedReportsBar::SavedReportsBar(const QString &kind, const Texts &texts, QWidget *parent)
    : QWidget(parent)
    , mKind(kind)
    , mTexts(texts)
    , mList(new QComboBox(this))
{
    mList->setPlaceholderText(texts.placeholder);
    mList->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    mList->setMinimumContentsLength(10);
    auto *save = new QPushButton(tr("Save…"), this);
    auto *remove = new QPushButton(tr("Delete"), this);
    connect(mList, &QComboBox::activated, this, [this](int index) { Q_EMIT chosen(mList->itemData(index).toByteArray()); });
    connect(save, &QPushButton::clicked, this, &SavedReportsBar::askAndSave);
    connect(remove, &QPushButton::clicked, this, &SavedReportsBar::removeCurrent);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(mList, 1);
    layout->addWidget(save);
    layout->addWidget(remove);
}

SavedReportsBar::~SavedReportsBar() = default;

void SavedReportsBar::setWorkspace(const QString &path)
{
    mPath = path;
    change({}, QString());
}

void SavedReportsBar::saveAs(const QString &name, const QByteArray &query)
{
    change([kind = mKind, name, query](Connection &connection) { SavedReports::save(connection, kind, name, query); },
           name);
}

void SavedReportsBar::change(std::function<void(Connection &)> change, const QString &current)
{
    if (mPath.isEmpty())
        return;
    mWorker.start([path = mPath, kind = mKind, change = std::move(change)](const TaskContext &task) {
        const auto tables = WorkspaceTables::open(path, task);
        if (change) {
            change(tables->connection());
            tables->save(task);
        }
        return SavedReports::list(tables->connection(), kind);
    }, [this, current](const Outcome<QList<SavedReports::Report>> &outcome) { show(outcome, current); });
}

void SavedReportsBar::show(const Outcome<QList<SavedReports::Report>> &outcome, const QString &current)
{
    if (!outcome.ok()) {
        QMessageBox::warning(this, mTexts.listTitle, outcome.error());
        return;
    }
    mList->clear();
    for (const SavedReports::Report &report : outcome.value())
        mList->addItem(report.name, report.query);
    mList->setCurrentIndex(mList->findText(current));
    Q_EMIT listChanged();
}

void SavedReportsBar::askAndSave()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, mTexts.saveTitle, tr("Name:"), QLineEdit::Normal,
                                               mList->currentText(), &ok)
                             .trimmed();
    if (ok && !name.isEmpty() && mSource)
        saveAs(name, mSource());
}

void SavedReportsBar::removeCurrent()
{
    if (mList->currentIndex() < 0)
        return;
    change([kind = mKind, name = mList->currentText()](Connection &connection) {
        SavedReports::remove(connection, kind, name);
    }, QString());
}

} // namespace Funnelscope
