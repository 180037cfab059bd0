#pragma once

#include <type_traits>
#include <utility>

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace atc {

/**
 * The project's one idiom for "run this off the GUI thread and deliver a typed result"
 * (docs/architecture.md, "Threads"):
 *
 *     runInBackground(this, [raw] { return decode(raw); },
 *                     [this](Decoded d) { use(std::move(d)); });
 *
 * `work` runs on a thread of `pool` (the global pool unless given); `deliver` is then called with
 * its result, moved, on `context`'s thread, through a QFutureWatcher that is a child of `context`:
 * if `context` is destroyed first, the result is dropped and `deliver` never runs. `work` must not
 * touch `context` (or anything else of the calling thread) unless it is thread-safe.
 *
 * Returns the future, for an owner whose destructor must wait for `work` (it may hold
 * references to the owner's members); the result itself goes to `deliver` only. Wait for it
 * only until `deliver` has run: moving the result out (QFuture::takeResult) resets the future,
 * which then never reads as finished, so a later waitForFinished() blocks for ever. Stop work
 * with a flag of its own, never QFuture::cancel(): a cancelled future is never delivered.
 *
 * Work that owns a thread-affine resource for a long time (the run's SQLite write connection)
 * is not a job but a worker: a QObject moved to its own QThread (InventoryWriter). Freeing a
 * large value without a result is disposeInBackground().
 */
template <typename Work, typename Deliver>
QFuture<std::invoke_result_t<std::decay_t<Work>>>
runInBackground(QObject *context, Work &&work, Deliver &&deliver,
                QThreadPool *pool = QThreadPool::globalInstance())
{
    using Result = std::invoke_result_t<std::decay_t<Work>>;
    auto *watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, deliver = std::forward<Deliver>(deliver)]() mutable {
                         watcher->deleteLater();
                         if (watcher->isCanceled()) // never started: the pool was cleared
                             return;
                         if constexpr (std::is_void_v<Result>)
                             deliver();
                         else // moved out of the future, not shared with it
                             deliver(watcher->future().takeResult());
                     });
    QFuture<Result> future = QtConcurrent::run(pool, std::forward<Work>(work));
    watcher->setFuture(future);
    return future;
}

/**
 * Destroys `value` on a thread of the global pool: freeing tens of thousands of resources costs
 * as much as decoding them. A receiver that kept a copy only drops a reference here.
 */
template <typename T> void disposeInBackground(T value)
{
    QThreadPool::globalInstance()->start(
        [v = std::move(value)]() mutable { [[maybe_unused]] const T gone = std::move(v); });
}

} // namespace atc
