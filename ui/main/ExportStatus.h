#pragma once

#include <QObject>
#include <QPointer>

#include "runtime/InventoryExportJob.h"
#include "widgets/MessageBar.h"

class QProgressBar;
class QStatusBar;
class QToolButton;

namespace atc {

/**
 * The main window's inventory export: one InventoryExportJob at a time (its own read
 * connection on a worker thread), its progress and Cancel in the status bar, the outcome in
 * the message bar.
 */
class ExportStatus : public QObject
{
    Q_OBJECT
public:
    ExportStatus(QStatusBar *statusBar, MessageBar *messages, QObject *parent);

    /** False (and said) when an export is running. `profilesDirectory`: its tag catalogue
     *  turns tag ids into names (InventoryExportJob::setTagCatalogue). */
    bool start(const QString &databasePath, const QString &profileId,
               InventoryExportJob::Format format, const QString &path,
               const QString &profilesDirectory);
    void cancel();
    bool isRunning() const { return !m_job.isNull(); }

Q_SIGNALS:
    /** Written, cancelled or failed. */
    void finished(const atc::InventoryExportJob::Result &result);

private:
    MessageBar *m_messages;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    QPointer<InventoryExportJob> m_job;
};

} // namespace atc
