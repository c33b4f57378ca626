#include "demogenerationdialog.h"

namespace Funnelscope {

DemoGenerationDialog::DemoGenerationDialog(const QString &path, const DemoShop::Options &options,
                                           QWidget *parent)
    : QProgressDialog(parent)
    , mPath(path)
    , mOptions(options)
{
    setWindowTitle(tr("Demo shop"));
    setLabelText(tr("Creating the demo shop with %1 shoppers…").arg(QLocale().toString(options.users)));
    setRange(0, 100);
    setMinimumDuration(0);
    setAutoClose(false);
    setAutoReset(false);
    setWindowModality(Qt::WindowModal);
    connect(&mWorker, &WorkerBase::progressChanged, this, [this](qint64 percent) { setValue(int(percent)); });
    connect(this, &QProgressDialog::canceled, &mWorker, &WorkerBase::stop);
}

DemoGenerationDialog::~DemoGenerationDialog()
{
    mWorker.shutdown();
}

void DemoGenerationDialog::start()
{
    mWorker.start([path = mPath, options = mOptions](const TaskContext &task) {
        return DemoShop::createWorkspace(path, options, [&task](int percent) {
            task.setProgress(percent, 100);
            return !task.isCancelled();
        });
    }, [this](const Outcome<DemoShop::Result> &outcome) { finish(outcome); });
    show();
}

void DemoGenerationDialog::finish(const Outcome<DemoShop::Result> &outcome)
{
    if (!outcome.ok()) {
        Q_EMIT failed(outcome.error());
        reject();
    } else if (outcome.value().cancelled) {
        reject();
    } else {
        Q_EMIT created(mPath);
        accept();
    }
}

} // namespace Funnelscope
