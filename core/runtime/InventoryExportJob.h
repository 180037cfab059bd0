#pragma once

#include <atomic>
#include <memory>

#include <QFuture>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include "InventoryDatabase.h"

namespace atc {

/**
 * One export of the inventory to a file, off the calling thread: its own read connection to
 * the inventory file on a worker thread (WAL: runs may write meanwhile), written through
 * AtomicFile, so a failed or cancelled export leaves an existing file untouched (a FIFO or a
 * device is written in place, a folder refused). Progress and
 * the result arrive as queued signals on the thread that owns the job.
 */
class InventoryExportJob : public QObject
{
    Q_OBJECT
public:
    enum class Format
    {
        Csv,
        Json,
        PerimeterTargets, ///< one public IP or FQDN per line (profileId of the filter)
    };
    Q_ENUM(Format)

    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        int rows = 0;
        QString path;
        QString error; ///< translated, when neither ok nor cancelled
    };

    InventoryExportJob(QString databasePath, InventoryDatabase::ExportFilter filter, Format format,
                       QString outputPath, QObject *parent = nullptr);
    /** Cancels and waits for the worker (the file is not written). */
    ~InventoryExportJob() override;

    /**
     * The tag catalogue (ProfileStore::loadTags) of this profiles folder: the assetTags column
     * holds tag names, as in `atc inventory export` and the desktop's views; a tag not in it (a
     * deleted one) stays as its id. Read on the worker when the export starts. Not called: ids.
     */
    void setTagCatalogue(const QString &profilesDirectory);
    void start();
    /** Thread-safe; finished() follows with cancelled = true unless the export was done. */
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    /** `total` is -1 until counted. */
    void progress(int rows, int total);
    void finished(const atc::InventoryExportJob::Result &result);

private:
    Result run(); // on the worker thread

    const QString m_databasePath;
    const InventoryDatabase::ExportFilter m_filter;
    const Format m_format;
    const QString m_outputPath;
    QString m_profilesDirectory; ///< empty: no tag catalogue, ids are written
    /** The only way to stop the work: a cancelled QFuture would never deliver finished(). */
    std::atomic_bool m_cancel{false};
    bool m_started = false;
    bool m_running = false;
    /** One low-priority thread of its own: a long export never holds up the global pool. */
    QThreadPool m_pool;
    QFuture<Result> m_future; ///< run() reads the members: waited for while m_running
};

} // namespace atc

Q_DECLARE_METATYPE(atc::InventoryExportJob::Result)
