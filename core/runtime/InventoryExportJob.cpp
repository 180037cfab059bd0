#include "InventoryExportJob.h"

#include <QIODevice>
#include <QThread>

#include "InventoryExport.h"
#include "io/AtomicFile.h"
#include "io/Background.h"
#include "store/ProfileStore.h"

namespace atc {

InventoryExportJob::InventoryExportJob(QString databasePath, InventoryDatabase::ExportFilter filter,
                                       Format format, QString outputPath, QObject *parent)
    : QObject(parent), m_databasePath(std::move(databasePath)), m_filter(std::move(filter)),
      m_format(format), m_outputPath(std::move(outputPath))
{
    qRegisterMetaType<atc::InventoryExportJob::Result>();
    m_pool.setMaxThreadCount(1);
    m_pool.setThreadPriority(QThread::LowPriority);
}

InventoryExportJob::~InventoryExportJob()
{
    // Only while not delivered: a delivered future is reset and would never finish
    // (Background.h). Cancelled through the flag: run() stops within a few rows.
    if (m_running) {
        m_cancel = true;
        m_future.waitForFinished();
    }
}

void InventoryExportJob::setTagCatalogue(const QString &profilesDirectory)
{
    if (!m_started)
        m_profilesDirectory = profilesDirectory;
}

void InventoryExportJob::start()
{
    if (m_started)
        return;
    m_started = true;
    m_running = true;
    // The job itself is the context: finished() is emitted on its thread, never after it died.
    m_future = runInBackground(
        this, [this] { return run(); },
        [this](Result r) {
            m_running = false;
            Q_EMIT finished(r);
        },
        &m_pool);
}

void InventoryExportJob::cancel()
{
    m_cancel = true;
}

InventoryExportJob::Result InventoryExportJob::run()
{
    Result r;
    r.path = m_outputPath;
    // The connection belongs to this thread: created, used and removed here.
    InventoryDatabase db(m_databasePath);
    QString error;
    if (!db.open(&error)) {
        r.error = tr("The inventory could not be opened: %1").arg(error);
        return r;
    }
    const auto report = [this](int rows, int total) {
        QMetaObject::invokeMethod(
            this, [this, rows, total] { Q_EMIT progress(rows, total); }, Qt::QueuedConnection);
    };

    // AtomicFile: a failed or cancelled export leaves an existing file as it was; a FIFO or a
    // device is written in place; a folder is refused.
    const AtomicFile::Writer writer = [&](QIODevice *file, QString *reason) {
        bool ok = false;
        if (m_format == Format::PerimeterTargets) {
            const QList<InventoryDatabase::PerimeterTarget> targets =
                db.perimeterTargets(m_filter.profileId);
            if (!db.readError().isEmpty()) {
                *reason = db.readError();
                return false;
            }
            ok = true;
            for (const InventoryDatabase::PerimeterTarget &t : targets) {
                if (m_cancel)
                    return false;
                ok = ok && file->write(t.target.toUtf8() + '\n') >= 0;
                ++r.rows;
            }
        } else {
            const int total = db.countAssets(m_filter);
            report(0, total);
            InventoryExport::Control control;
            control.cancel = &m_cancel;
            // Names, not ids: the same columns as `atc inventory export` (InventoryCommand).
            if (!m_profilesDirectory.isEmpty()) {
                for (const Tag &t : ProfileStore(m_profilesDirectory).loadTags())
                    control.tagNames.insert(t.id, t.name);
            }
            control.progress = [&report, total](int rows) { report(rows, total); };
            ok = m_format == Format::Json
                     ? InventoryExport::writeJson(db, m_filter, file, &r.rows, control)
                     : InventoryExport::writeCsv(db, m_filter, file, &r.rows, control);
            if (!ok && !m_cancel && !db.readError().isEmpty())
                *reason = db.readError();
        }
        return ok && !m_cancel;
    };
    const bool written = AtomicFile::write(m_outputPath, writer, AtomicFile::Options(), &error);
    if (m_cancel) {
        r.cancelled = true;
        return r;
    }
    if (!written) {
        r.error = error;
        return r;
    }
    r.ok = true;
    return r;
}

} // namespace atc
