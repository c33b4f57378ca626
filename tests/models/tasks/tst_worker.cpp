// The one worker pattern: only the latest answer is shown and older jobs are cancelled;
// writes all run, in order; exceptions become sentences; a worker that goes away takes
// its answer with it; the engines' parallel ranges never wait for threads the shared
// pool does not have.
#include "analysis/parallel.h"
#include "store/storeerror.h"
#include "tasks/validationerror.h"
#include "tasks/worker.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Funnelscope;

class tst_Worker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onlyTheLatestAnswerIsShown()
    {
        Worker<int> worker;
        std::atomic<bool> firstStarted{false};
        std::atomic<bool> firstCancelled{false};
        QList<int> shown;
        worker.start([&firstStarted, &firstCancelled](const TaskContext &task) {
            firstStarted = true;
            while (!task.isCancelled())
                QThread::msleep(1);
            firstCancelled = true;
            return 1;
        }, [&shown](const Outcome<int> &outcome) { shown.append(outcome.value()); });
        QVERIFY(worker.isBusy());
        QTRY_VERIFY(firstStarted.load());
        QSignalSpy busy(&worker, &WorkerBase::busyChanged);
        worker.start([](const TaskContext &) { return 2; }, [&shown](const Outcome<int> &outcome) { shown.append(outcome.value()); });
        QTRY_COMPARE(shown, QList<int>{2});
        QTRY_VERIFY(firstCancelled.load());
        QTest::qWait(50);
        QCOMPARE(shown, QList<int>{2}); // the first job's answer never arrives
        QVERIFY(!worker.isBusy());
        QCOMPARE(busy.count(), 1);
        QCOMPARE(busy.first().at(0).toBool(), false);
    }

    void writesAllRunInOrder()
    {
        Worker<int> worker(nullptr, WorkerBase::Policy::Every);
        QList<int> done;
        QList<int> handled;
        QMutex mutex;
        for (int i = 0; i < 20; ++i) {
            worker.start([i, &done, &mutex](const TaskContext &task) {
                QThread::usleep(200);
                const QMutexLocker locker(&mutex);
                done.append(task.isCancelled() ? -i : i);
                return i;
            }, [&handled](const Outcome<int> &outcome) { handled.append(outcome.value()); });
        }
        QTRY_COMPARE(handled.size(), 20);
        QList<int> expected;
        for (int i = 0; i < 20; ++i)
            expected.append(i);
        QCOMPARE(done, expected);
        QCOMPARE(handled, expected);
        QVERIFY(!worker.isBusy());
    }

    void failuresAreSentencesNotExceptions()
    {
        Worker<int> worker;
        QString error;
        const auto fail = [&worker, &error](Worker<int>::Job job) {
            error.clear();
            bool answered = false;
            worker.start(std::move(job), [&error, &answered](const Outcome<int> &outcome) {
                QVERIFY(!outcome.ok());
                error = outcome.error();
                answered = true;
            });
            QTRY_VERIFY(answered);
        };
        fail([](const TaskContext &) -> int { throw StoreError(StoreError::Kind::Busy, QStringLiteral("The workspace w is busy.")); });
        QCOMPARE(error, QStringLiteral("The workspace w is busy."));
        fail([](const TaskContext &) -> int { throw ValidationError(QStringLiteral("No event has a property “colour”.")); });
        QCOMPARE(error, QStringLiteral("No event has a property “colour”."));
        fail([](const TaskContext &) -> int { throw std::runtime_error("vector::at"); });
        QCOMPARE(error, QStringLiteral("Internal error: vector::at"));
    }

    void aWorkerThatGoesAwayTakesItsAnswer()
    {
        bool answered = false;
        std::atomic<bool> cancelled{false};
        {
            Worker<int> worker;
            worker.start([&cancelled](const TaskContext &task) {
                while (!task.isCancelled())
                    QThread::msleep(1);
                cancelled = true;
                return 1;
            }, [&answered](const Outcome<int> &) { answered = true; });
            QTest::qWait(20);
        } // the destructor cancels and waits for the job to notice
        QVERIFY(cancelled.load());
        QTest::qWait(50);
        QVERIFY(!answered);
    }

    void progressReachesTheWindow()
    {
        Worker<int> worker;
        QSignalSpy progress(&worker, &WorkerBase::progressChanged);
        bool answered = false;
        worker.start([](const TaskContext &task) {
            for (int i = 1; i <= 3; ++i)
                task.setProgress(i, 3, i * 10);
            return 3;
        }, [&answered](const Outcome<int> &) { answered = true; });
        QTRY_VERIFY(answered);
        // Calls in quick succession are thinned out (at most one each 40 ms), the last is never dropped.
        QTRY_VERIFY(!progress.isEmpty());
        QVERIFY(progress.count() < 3);
        QCOMPARE(progress.last().at(0).toLongLong(), 3);
        QCOMPARE(progress.last().at(1).toLongLong(), 3);
        QCOMPARE(progress.last().at(2).toLongLong(), 30);
    }

    // Every pool thread busy with a report that itself splits its work: each still
    // finishes (the caller takes the parts nobody started), and the parts cover the range.
    void parallelRangesInsideAFullPoolFinish()
    {
        const int jobs = workerPool().maxThreadCount() + 2;
        std::atomic<int> finished{0};
        QList<Worker<qint64> *> workers;
        QList<qint64> sums;
        for (int j = 0; j < jobs; ++j) {
            auto *worker = new Worker<qint64>(this);
            workers.append(worker);
            worker->start([](const TaskContext &) {
                std::vector<qint64> parts(Parallel::maxParts, 0);
                const size_t count = 300'000;
                Parallel::forRanges(count, [&parts](int part, size_t begin, size_t end) {
                    for (size_t i = begin; i < end; ++i)
                        parts[size_t(part)] += qint64(i);
                });
                qint64 sum = 0;
                for (qint64 part : parts)
                    sum += part;
                return sum;
            }, [&sums, &finished](const Outcome<qint64> &outcome) {
                sums.append(outcome.value());
                ++finished;
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished.load(), jobs, 30000);
        const qint64 expected = qint64(300'000) * 299'999 / 2;
        for (qint64 sum : std::as_const(sums))
            QCOMPARE(sum, expected);
        qDeleteAll(workers);
    }
};

QTEST_GUILESS_MAIN(tst_Worker)
#include "tst_worker.moc"
