#include "InventoryWriter.h"

#include <utility>

#include <QLoggingCategory>

#include "io/Background.h"

using namespace Qt::Literals::StringLiterals;

namespace atc {

namespace {

/** Lives on the writer thread; opens its own connection on first use. */
class WriterWorker : public QObject
{
    Q_OBJECT
public:
    WriterWorker(QString path, std::shared_ptr<std::atomic_bool> abort,
                 std::function<void(qint64)> progressHook)
        : m_path(std::move(path)), m_abort(std::move(abort)),
          m_progressHook(std::move(progressHook))
    {}

    void write(const std::shared_ptr<InventoryWriteJob> &job)
    {
        RunCounts counts;
        bool ok = false;
        QString error;
        if (!m_db) {
            m_db = std::make_unique<InventoryDatabase>(m_path);
            if (!m_db->open(&error))
                m_db.reset();
        }
        if (*m_abort) {
            error = InventoryWriter::tr("The inventory write was interrupted.");
        } else if (m_db) {
            InventoryDatabase::AssetRules rules;
            rules.tags = job->tags.get();
            rules.enabledModules = job->enabledModules;
            rules.keepProperties = job->keepProperties;
            rules.progressHook = m_progressHook;
            rules.abort = m_abort.get();
            ok = m_db->writeInventories(job->inventories, rules, job->now, &counts);
            if (!ok)
                error = m_db->lastError();
        }
        const qint64 id = job->id;
        // Freeing 10,000 resources takes a while: on a pool thread, so that neither the
        // caller's thread nor the next write waits for it.
        job->inventories.clear();
        disposeInBackground(std::exchange(job->resources, {}));
        Q_EMIT done(id, ok, counts, error);
    }

Q_SIGNALS:
    void done(qint64 jobId, bool ok, const atc::RunCounts &counts, const QString &error);

private:
    QString m_path;
    std::shared_ptr<std::atomic_bool> m_abort;
    std::function<void(qint64)> m_progressHook;
    std::unique_ptr<InventoryDatabase> m_db; ///< created and destroyed on the writer thread
};

} // namespace

InventoryWriter::InventoryWriter(QString databasePath, QObject *parent)
    : QObject(parent), m_path(std::move(databasePath)),
      m_abort(std::make_shared<std::atomic_bool>(false))
{
    qRegisterMetaType<std::shared_ptr<atc::InventoryWriteJob>>();
    qRegisterMetaType<atc::RunCounts>();
    m_thread.setObjectName(u"atc-inventory-writer"_s);
}

InventoryWriter::~InventoryWriter()
{
    interrupt();
    m_thread.quit();
    m_thread.wait(); // the worker stops within 1,000 rows (rolled back), see the class comment
}

void InventoryWriter::setProgressHook(std::function<void(qint64)> hook)
{
    m_progressHook = std::move(hook);
}

qint64 InventoryWriter::enqueue(InventoryWriteJob job)
{
    if (!m_thread.isRunning()) {
        // Created on first use, so that setProgressHook() may come after the constructor.
        auto *worker = new WriterWorker(m_path, m_abort, m_progressHook);
        worker->moveToThread(&m_thread);
        connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
        connect(this, &InventoryWriter::writeRequested, worker, &WriterWorker::write,
                Qt::QueuedConnection);
        connect(worker, &WriterWorker::done, this,
                [this](qint64 id, bool ok, const RunCounts &counts, const QString &error) {
                    --m_pending;
                    Q_EMIT written(id, ok, counts, error);
                });
        m_thread.start();
    }
    auto shared = std::make_shared<InventoryWriteJob>(std::move(job));
    shared->id = m_nextId++;
    ++m_pending;
    Q_EMIT writeRequested(shared);
    return shared->id;
}

} // namespace atc

#include "InventoryWriter.moc"
