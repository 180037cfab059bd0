#include "TrayController.h"

#include <QApplication>
#include <QMenu>
#include <QSystemTrayIcon>

#include "runtime/RuntimeTypes.h"

namespace atc {

using namespace Qt::Literals::StringLiterals;

namespace {

int &forcedAvailability()
{
    static int forced = -1;
    return forced;
}

} // namespace

TrayController::TrayController(QObject *parent) : QObject(parent), m_menu(new QMenu)
{
    m_menu->setObjectName(u"trayMenu"_s);
    QAction *show = m_menu->addAction(tr("&Show Azure Tenant Connector"));
    show->setObjectName(u"trayShowAction"_s);
    connect(show, &QAction::triggered, this, &TrayController::showRequested);
    QAction *runAll = m_menu->addAction(tr("&Run All Now"));
    runAll->setObjectName(u"trayRunAllAction"_s);
    connect(runAll, &QAction::triggered, this, &TrayController::runAllRequested);
    m_menu->addSeparator();
    QAction *quit = m_menu->addAction(tr("&Quit"));
    quit->setObjectName(u"trayQuitAction"_s);
    connect(quit, &QAction::triggered, this, &TrayController::quitRequested);
}

TrayController::~TrayController()
{
    delete m_icon.data();
    delete m_menu; // a QMenu has no QObject parent here: the tray icon only borrows it
}

bool TrayController::hideOnClose(bool keepRunning, bool trayAvailable)
{
    // Without a tray a hidden window could never come back: close as usual.
    return keepRunning && trayAvailable;
}

TrayController::Notification TrayController::runNotification(const QString &connectorName,
                                                             const RunSummary &summary)
{
    if (summary.cancelled)
        return {};
    const bool failed = summary.state == ConnectorState::Error;
    if (!failed && summary.state != ConnectorState::FinishedWithErrors && summary.errors.isEmpty())
        return {};
    Notification n;
    n.title = failed ? tr("Run of \"%1\" failed").arg(connectorName)
                     : tr("Run of \"%1\" ended with errors").arg(connectorName);
    QStringList lines;
    if (!summary.errors.isEmpty())
        lines << summary.errors.first();
    if (summary.errors.size() > 1)
        lines << tr("%n more error(s): see Run history.", nullptr, int(summary.errors.size() - 1));
    if (lines.isEmpty())
        lines << tr("See Run history for what went wrong.");
    n.text = lines.join(u'\n');
    return n;
}

bool TrayController::trayAvailable()
{
    const int forced = forcedAvailability();
    return forced >= 0 ? forced == 1 : QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayController::forceTrayAvailableForTesting(int available)
{
    forcedAvailability() = available;
}

void TrayController::setEnabled(bool on)
{
    m_active = on && trayAvailable();
    if (!m_active) {
        delete m_icon.data();
        return;
    }
    if (m_icon || !QSystemTrayIcon::isSystemTrayAvailable())
        return; // forced on in a test: the decisions without a real icon
    m_icon = new QSystemTrayIcon(QApplication::windowIcon(), this);
    m_icon->setObjectName(u"trayIcon"_s);
    m_icon->setToolTip(tr("Azure Tenant Connector"));
    m_icon->setContextMenu(m_menu);
    connect(m_icon, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    Q_EMIT showRequested();
            });
    m_icon->show();
}

bool TrayController::notify(const Notification &n)
{
    if (!m_active || n.isEmpty())
        return false;
    m_last = n;
    if (m_icon && QSystemTrayIcon::supportsMessages())
        m_icon->showMessage(n.title, n.text, QSystemTrayIcon::Warning);
    return true;
}

} // namespace atc
