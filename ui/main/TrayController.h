#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace atc {

struct RunSummary;

/**
 * The notification-area icon of the desktop when "Keep running in the notification area" is
 * on (AppSettings::keepRunningInTray, off by default): closing the window hides it and the
 * scheduler goes on; the icon's menu has Show, Run All Now and Quit; a run that ends with
 * errors says so in a desktop notification. Without a tray (some desktops, offscreen) nothing
 * changes: closing quits. The decisions are static functions, testable without a tray.
 */
class TrayController : public QObject
{
    Q_OBJECT
public:
    struct Notification
    {
        QString title;
        QString text;
        bool isEmpty() const { return title.isEmpty(); }
    };

    explicit TrayController(QObject *parent = nullptr);
    ~TrayController() override;

    /** The close-event decision: hide instead of quitting only when asked and a tray exists. */
    static bool hideOnClose(bool keepRunning, bool trayAvailable);
    /** What to notify for a finished run of `connectorName`: empty unless it ended with errors. */
    static Notification runNotification(const QString &connectorName, const RunSummary &summary);
    /** QSystemTrayIcon::isSystemTrayAvailable(), unless a test forced an answer (1/0; -1: real). */
    static bool trayAvailable();
    static void forceTrayAvailableForTesting(int available);

    /** Shows the icon when `on` and a tray exists; removes it otherwise. */
    void setEnabled(bool on);
    /** The icon is (to be) shown: closing the window hides it. */
    bool isActive() const { return m_active; }
    /** Shows `n` as a desktop notification while active; returns whether it was shown. */
    bool notify(const Notification &n);
    /** The last notification given to notify() while active (tests; tray-less platforms). */
    Notification lastNotification() const { return m_last; }
    QMenu *menu() const { return m_menu; }

Q_SIGNALS:
    void showRequested();
    void runAllRequested();
    void quitRequested();

private:
    bool m_active = false;
    QMenu *m_menu;
    QPointer<QSystemTrayIcon> m_icon;
    Notification m_last;
};

} // namespace atc
