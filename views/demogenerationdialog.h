#pragma once

#include "demo/demoshop.h"

#include "tasks/worker.h"

#include <QProgressDialog>

namespace Funnelscope {

/**
 * Creates a demo workspace in a worker while showing its progress; Cancel really
 * cancels (the half-made file is removed). The GUI thread only relays progress.
 */
class DemoGenerationDialog : public QProgressDialog
{
    Q_OBJECT

public:
    DemoGenerationDialog(const QString &path, const DemoShop::Options &options,
                         QWidget *parent = nullptr);
    ~DemoGenerationDialog() override;

    void start();
    QString path() const { return mPath; }

Q_SIGNALS:
    void created(const QString &path);
    void failed(const QString &message);

private:
    void finish(const Outcome<DemoShop::Result> &outcome);

    QString mPath;
    DemoShop::Options mOptions;
    Worker<DemoShop::Result> mWorker;
};

} // namespace Funnelscope
