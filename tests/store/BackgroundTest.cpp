// runInBackground (core/io/Background.h): the one idiom for work off the GUI thread with a typed
// result. The work runs on a pool thread; the result arrives, moved, on the context's thread; a
// context that died first never receives it.
#include <gtest/gtest.h>

#include <memory>

#include <QCoreApplication>
#include <QSemaphore>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include "io/Background.h"

using namespace atc;
using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int kTimeoutMs = 10000;
}

TEST(RunInBackground, WorkOffThreadResultOnTheContextThread)
{
    QObject context;
    QThread *workThread = nullptr;
    QThread *deliverThread = nullptr;
    QString delivered;
    bool done = false;
    runInBackground(
        &context,
        [&workThread] {
            workThread = QThread::currentThread();
            return u"typed result"_s;
        },
        [&](QString result) {
            deliverThread = QThread::currentThread();
            delivered = std::move(result);
            done = true;
        });
    EXPECT_FALSE(done) << "delivered synchronously, not through the event loop";
    ASSERT_TRUE(QTest::qWaitFor([&] { return done; }, kTimeoutMs));
    EXPECT_NE(workThread, QThread::currentThread());
    EXPECT_EQ(deliverThread, QThread::currentThread());
    EXPECT_EQ(delivered, u"typed result"_s);
}

TEST(RunInBackground, MoveOnlyResult)
{
    QObject context;
    std::unique_ptr<int> got;
    runInBackground(
        &context, [] { return std::make_unique<int>(42); },
        [&](std::unique_ptr<int> p) { got = std::move(p); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return got != nullptr; }, kTimeoutMs));
    EXPECT_EQ(*got, 42);
}

TEST(RunInBackground, VoidWork)
{
    QObject context;
    bool ran = false;
    bool delivered = false;
    runInBackground(
        &context, [&ran] { ran = true; }, [&] { delivered = ran; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return delivered; }, kTimeoutMs));
}

TEST(RunInBackground, ResultDroppedWhenTheContextDiedFirst)
{
    auto context = std::make_unique<QObject>();
    QSemaphore started;
    QSemaphore release;
    bool delivered = false;
    QFuture<int> future = runInBackground(
        context.get(),
        [&] {
            started.release();
            release.acquire();
            return 7;
        },
        [&delivered](int) { delivered = true; });
    ASSERT_TRUE(started.tryAcquire(1, kTimeoutMs));
    context.reset(); // while the work still runs
    release.release();
    future.waitForFinished();
    EXPECT_EQ(future.result(), 7);
    // Whatever the finished watcher would have posted is handled now: nothing arrives.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    EXPECT_FALSE(delivered);
}

TEST(RunInBackground, RunsOnTheGivenPool)
{
    QObject context;
    QThreadPool pool; // its threads, unlike the global pool's, start at the lowest priority
    pool.setMaxThreadCount(1);
    pool.setThreadPriority(QThread::LowestPriority);
    QThread::Priority seen = QThread::InheritPriority;
    bool done = false;
    runInBackground(
        &context, [] { return QThread::currentThread()->priority(); },
        [&](QThread::Priority p) {
            seen = p;
            done = true;
        },
        &pool);
    ASSERT_TRUE(QTest::qWaitFor([&] { return done; }, kTimeoutMs));
    EXPECT_EQ(seen, QThread::LowestPriority);
}

TEST(DisposeInBackground, DestroysOnAPoolThread)
{
    // Like a QList of resources: the last reference goes on a pool thread.
    struct Recorder
    {
        Recorder(QThread **w, QSemaphore *g) : where(w), gone(g) {}
        Recorder(const Recorder &) = delete;
        QThread **where;
        QSemaphore *gone;
        ~Recorder()
        {
            *where = QThread::currentThread();
            gone->release();
        }
    };
    QThread *where = nullptr;
    QSemaphore gone;
    disposeInBackground(std::make_shared<Recorder>(&where, &gone));
    ASSERT_TRUE(gone.tryAcquire(1, kTimeoutMs));
    EXPECT_NE(where, nullptr);
    EXPECT_NE(where, QThread::currentThread());
}
