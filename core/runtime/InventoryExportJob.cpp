#include "InventoryExportJob.h"

#include <QSaveFile>
#include <QThread>

#include "InventoryExport.h"

namespace atc {

InventoryExportJob::InventoryExportJob(QString databasePath, InventoryDatabase::ExportFilter filter,
                                       Format format, QString outputPath, QObject *parent)
    : QObject(parent), m_databasePath(std::move(databasePath)), m_filter(std::move(filter)),
      m_format(format), m_outputPath(std::move(outputPath))
{
    qRegisterMetaType<atc::InventoryExportJob::Result>();
}

InventoryExportJob::~InventoryExportJob()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

void InventoryExportJob::start()
{
    if (m_running || m_thread)
        return;
    m_running = true;
    m_thread = QThread::create([this] {
        const Result r = run();
        QMetaObject::invokeMethod(
            this,
            [this, r] {
                m_running = false;
                Q_EMIT finished(r);
            },
            Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("atc-export"));
    m_thread->start(QThread::LowPriority);
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
    QSaveFile file(m_outputPath);
    if (!file.open(QIODevice::WriteOnly)) {
        r.error = tr("%1 could not be written: %2").arg(m_outputPath, file.errorString());
        return r;
    }
    const auto report = [this](int rows, int total) {
        QMetaObject::invokeMethod(
            this, [this, rows, total] { Q_EMIT progress(rows, total); }, Qt::QueuedConnection);
    };

    bool ok = false;
    if (m_format == Format::PerimeterTargets) {
        const QList<InventoryDatabase::PerimeterTarget> targets =
            db.perimeterTargets(m_filter.profileId);
        ok = true;
        for (const InventoryDatabase::PerimeterTarget &t : targets) {
            if (m_cancel)
                break;
            ok = ok && file.write(t.target.toUtf8() + '\n') >= 0;
            ++r.rows;
        }
    } else {
        const int total = db.countAssets(m_filter);
        report(0, total);
        InventoryExport::Control control;
        control.cancel = &m_cancel;
        control.progress = [&report, total](int rows) { report(rows, total); };
        ok = m_format == Format::Json
                 ? InventoryExport::writeJson(db, m_filter, &file, &r.rows, control)
                 : InventoryExport::writeCsv(db, m_filter, &file, &r.rows, control);
    }
    if (m_cancel) {
        file.cancelWriting();
        r.cancelled = true;
        return r;
    }
    if (!ok || !file.commit()) {
        r.error = tr("%1 could not be written: %2")
                      .arg(m_outputPath,
                           file.errorString().isEmpty() ? db.lastError() : file.errorString());
        return r;
    }
    r.ok = true;
    return r;
}

} // namespace atc
