#pragma once

#include <QNetworkProxy>
#include <QObject>
#include <QPointer>
#include <QString>

class QNetworkAccessManager;

namespace atc {

class AppSettings;
class SecretStore;

/**
 * Applies the settings' proxy choice to one QNetworkAccessManager, the same way in the GUI and
 * in `atc`. System: the desktop's proxy configuration (per manager, no global). None: direct.
 * Manual: an HTTP proxy; with a user, the password comes from ATC_PROXY_PASSWORD when set (for
 * headless services), else from the keychain, asynchronously, so ready() says when requests
 * may start. Qt sends the credentials when the proxy answers 407. A missing password is not
 * fatal: the proxy is used without one and problem() says why authentication may fail.
 *
 * Loopback targets (the sandbox emulator) never go through a proxy: Qt bypasses it for them.
 */
class ProxyConfigurator : public QObject
{
    Q_OBJECT
public:
    /** The environment variable that may hold the manual proxy's password. */
    static constexpr const char *PasswordVariable = "ATC_PROXY_PASSWORD";

    ProxyConfigurator(QNetworkAccessManager *nam, SecretStore *secrets, QObject *parent = nullptr);

    /** Applies `settings` now; a later apply() supersedes a keychain read still running. */
    void apply(const AppSettings &settings);
    bool isReady() const { return m_ready; }
    /** Translated; empty when the proxy is fully configured. */
    QString problem() const { return m_problem; }

    /** The proxy for Manual mode (without password); NoProxy for None; DefaultProxy else. */
    static QNetworkProxy proxyFromSettings(const AppSettings &settings);

Q_SIGNALS:
    /** The proxy (and its password, if any) is in place. Emitted once per apply(). */
    void ready();

private:
    void finish(const QString &problem);

    QPointer<QNetworkAccessManager> m_nam;
    SecretStore *m_secrets = nullptr;
    QObject *m_pending = nullptr; ///< context of the running keychain read
    quint64 m_generation = 0;
    bool m_ready = false;
    QString m_problem;
};

} // namespace atc
