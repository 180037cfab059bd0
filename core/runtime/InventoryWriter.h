#pragma once

#include <atomic>
#include <functional>
#include <memory>

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QThread>

#include "InventoryDatabase.h"
#include "RuntimeTypes.h"
#include "TagEvaluator.h"

namespace atc {

/** One batch of whole subscriptions to write in one transaction (writeInventories). */
struct InventoryWriteJob
{
    qint64 id = 0; ///< assigned by InventoryWriter::enqueue()
    /** Keeps the batch alive: `inventories` point into it. Never modified once queued. */
    QList<AzureResource> resources;
    QList<InventoryDatabase::SubscriptionInventory> inventories;
    std::shared_ptr<const TagEvaluator> tags; ///< shared read-only with the writer thread
    int enabledModules = 0;
    bool keepProperties = false;
    QDateTime now;
};

/**
 * Writes inventories on a worker thread with its own connection to the database file, so a
 * batch transaction never blocks the calling (GUI) thread. Jobs are written one after the
 * other in the order given; written() reports each on the caller's thread. The caller bounds
 * the queue with pending() (ConnectorRun pauses the discovery, docs/inventory.md).
 *
 * Destroying the writer interrupts a write in progress (rolled back: that subscription keeps
 * its previous inventory), drops queued jobs and joins the thread, which takes at most the
 * time of 1,000 rows.
 */
class InventoryWriter : public QObject
{
    Q_OBJECT
public:
    explicit InventoryWriter(QString databasePath, QObject *parent = nullptr);
    ~InventoryWriter() override;

    /** Called on the writer thread every 1,000 resources (tests). Set before enqueue(). */
    void setProgressHook(std::function<void(qint64 resourcesDone)> hook);

    /** Queues a job; returns its id. */
    qint64 enqueue(InventoryWriteJob job);
    /** Jobs queued or being written. */
    int pending() const { return m_pending; }
    /** Rolls back the write in progress within 1,000 rows and fails the queued jobs. */
    void interrupt() { *m_abort = true; }

Q_SIGNALS:
    /** On the caller's thread. `error` is the database's words when !ok. */
    void written(qint64 jobId, bool ok, const atc::RunCounts &counts, const QString &error);
    /** Internal: hands a job to the worker (queued across the threads). */
    void writeRequested(const std::shared_ptr<atc::InventoryWriteJob> &job);

private:
    QString m_path;
    QThread m_thread;
    std::shared_ptr<std::atomic_bool> m_abort;
    std::function<void(qint64)> m_progressHook;
    qint64 m_nextId = 1;
    int m_pending = 0;
};

} // namespace atc

Q_DECLARE_METATYPE(std::shared_ptr<atc::InventoryWriteJob>)
