#include "ExportStatus.h"

#include <QProgressBar>
#include <QStatusBar>
#include <QToolButton>

#include "widgets/MessageBar.h"

namespace atc {

using namespace Qt::Literals::StringLiterals;

ExportStatus::ExportStatus(QStatusBar *statusBar, MessageBar *messages, QObject *parent)
    : QObject(parent), m_messages(messages), m_progress(new QProgressBar(statusBar)),
      m_cancel(new QToolButton(statusBar))
{
    m_progress->setObjectName(u"exportProgressBar"_s);
    m_progress->setAccessibleName(tr("Export progress"));
    m_progress->setMaximumWidth(160);
    m_progress->setFormat(tr("Export %p%"));
    m_cancel->setObjectName(u"cancelExportButton"_s);
    m_cancel->setText(tr("Cancel Export"));
    m_cancel->setAccessibleName(tr("Cancel the export"));
    connect(m_cancel, &QToolButton::clicked, this, &ExportStatus::cancel);
    statusBar->addPermanentWidget(m_progress);
    statusBar->addPermanentWidget(m_cancel);
    m_progress->hide();
    m_cancel->hide();
}

bool ExportStatus::start(const QString &databasePath, const QString &profileId,
                         InventoryExportJob::Format format, const QString &path,
                         const QString &profilesDirectory)
{
    if (m_job) {
        m_messages->showMessage(tr("An export is running. Wait for it or cancel it first."),
                                MessageBar::Kind::Warning);
        return false;
    }
    InventoryDatabase::ExportFilter filter;
    filter.profileId = profileId;
    // Its own read connection on a worker: 200,000 rows never stall the window.
    auto *job = new InventoryExportJob(databasePath, filter, format, path, this);
    job->setTagCatalogue(profilesDirectory);
    m_job = job;
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    connect(job, &InventoryExportJob::progress, this, [this](int rows, int total) {
        if (total > 0) {
            m_progress->setRange(0, total);
            m_progress->setValue(rows);
        }
    });
    connect(
        job, &InventoryExportJob::finished, this,
        [this, job, format](const InventoryExportJob::Result &r) {
            m_progress->hide();
            m_cancel->hide();
            const bool perimeter = format == InventoryExportJob::Format::PerimeterTargets;
            if (r.ok)
                m_messages->showMessage(
                    perimeter
                        ? tr("Exported %n perimeter target(s) to %1.", nullptr, r.rows).arg(r.path)
                        : tr("Exported %n asset(s) to %1.", nullptr, r.rows).arg(r.path),
                    MessageBar::Kind::Information);
            else if (r.cancelled)
                m_messages->showMessage(tr("Export cancelled; %1 was not changed.").arg(r.path),
                                        MessageBar::Kind::Information);
            else
                m_messages->showMessage((perimeter
                                             ? tr("The perimeter targets could not be exported: %1")
                                             : tr("The inventory could not be exported: %1"))
                                            .arg(r.error),
                                        MessageBar::Kind::Error);
            job->deleteLater();
            Q_EMIT finished(r);
        });
    job->start();
    return true;
}

void ExportStatus::cancel()
{
    if (m_job)
        m_job->cancel();
}

} // namespace atc
