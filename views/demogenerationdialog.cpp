#include "demogenerationdialog.h"

#include "store/storeerror.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

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
    connect(&mWatcher, &QFutureWatcher<Outcome>::progressValueChanged, this,
            &QProgressDialog::setValue);
    connect(&mWatcher, &QFutureWatcher<Outcome>::finished, this, &DemoGenerationDialog::finish);
    connect(this, &QProgressDialog::canceled, &mWatcher, &QFutureWatcher<Outcome>::cancel);
}

DemoGenerationDialog::~DemoGenerationDialog()
{
    mWatcher.cancel();
    mWatcher.waitForFinished();
}

void DemoGenerationDialog::start()
{
    const QString path = mPath;
    const DemoShop::Options options = mOptions;
    mWatcher.setFuture(QtConcurrent::run([path, options](QPromise<Outcome> &promise) {
        promise.setProgressRange(0, 100);
        Outcome outcome;
        try {
            outcome.result = DemoShop::createWorkspace(path, options, [&promise](int percent) {
                promise.setProgressValue(percent);
                return !promise.isCanceled();
            });
        } catch (const StoreError &error) {
            outcome.error = error.message();
        } catch (const std::exception &error) {
            outcome.error = QString::fromUtf8(error.what());
        }
        promise.addResult(outcome);
    }));
    show();
}

void DemoGenerationDialog::finish()
{
    const bool hasResult = mWatcher.future().resultCount() > 0;
    const Outcome outcome = hasResult ? mWatcher.result() : Outcome{{0, 0, 0, true}, {}};
    if (!outcome.error.isEmpty()) {
        Q_EMIT failed(outcome.error);
        reject();
    } else if (outcome.result.cancelled || mWatcher.isCanceled()) {
        reject();
    } else {
        Q_EMIT created(mPath);
        accept();
    }
}

} // namespace Funnelscope
