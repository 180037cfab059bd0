#pragma once

#include <memory>

#include <QCoreApplication>
#include <QString>

class QSettings;
class QTemporaryDir;

namespace atc {

/**
 * Application settings (not per profile), as typed keys over an ini file: by default
 * <AppConfigLocation>/settings.ini. Every setter validates like any other input and returns
 * false with a translated message, storing nothing, when the value is not acceptable. A value
 * edited by hand into something invalid reads back as the default. The proxy password is not
 * here: it lives in the keychain under proxyPasswordSecretKey().
 *
 * QSettings edits a private working copy (in a 0700 temporary folder); sync() checks what it
 * wrote and puts it in place with AtomicFile, mode 0600. So a full disk (where Qt 6.4's
 * QSaveFile, which QSettings uses, replaces the file with an empty one) never loses the
 * settings: sync() fails with words and the previous file stays as it was.
 */
class AppSettings
{
    Q_DECLARE_TR_FUNCTIONS(atc::AppSettings)
public:
    enum class ProxyMode
    {
        System, ///< the desktop's proxy configuration (default)
        None,   ///< direct connections
        Manual, ///< proxyHost():proxyPort(), optionally with proxyUser()
    };

    static constexpr int MinConcurrency = 1, MaxConcurrency = 32, DefaultConcurrency = 8;
    static constexpr int MinTimeoutSeconds = 5, MaxTimeoutSeconds = 300, DefaultTimeoutSeconds = 30;
    static constexpr int MinDeadlineSeconds = 10, MaxDeadlineSeconds = 3600,
                         DefaultDeadlineSeconds = 300;

    /** `iniPath` empty: <AppConfigLocation>/settings.ini. */
    explicit AppSettings(const QString &iniPath = {});
    ~AppSettings();
    AppSettings(const AppSettings &) = delete;
    AppSettings &operator=(const AppSettings &) = delete;

    QString fileName() const;
    /**
     * Writes pending changes (merged with what another process saved meanwhile); false (with
     * a message) when the file cannot be written, and then the file is left as it was. The
     * destructor saves what is still pending.
     */
    bool sync(QString *error = nullptr);

    // Entitlements: policy compliance needs both.
    bool pcAgentEnabled() const;
    void setPcAgentEnabled(bool on);
    bool complianceManagerEnabled() const;
    void setComplianceManagerEnabled(bool on);
    /** Desktop: closing the window hides it in the notification area; runs go on (off by default).
     */
    bool keepRunningInTray() const;
    void setKeepRunningInTray(bool on);
    bool policyComplianceEntitled() const { return pcAgentEnabled() && complianceManagerEnabled(); }

    // Proxy
    ProxyMode proxyMode() const;
    void setProxyMode(ProxyMode mode);
    QString proxyHost() const;
    bool setProxyHost(const QString &host, QString *error = nullptr);
    int proxyPort() const; ///< default 8080
    bool setProxyPort(int port, QString *error = nullptr);
    QString proxyUser() const;
    bool setProxyUser(const QString &user, QString *error = nullptr);
    /** Empty when the proxy settings are usable; else what to fix (Manual without a host). */
    QString proxyProblem() const;
    /** The keychain key of the manual proxy's password. */
    static QString proxyPasswordSecretKey() { return QStringLiteral("settings:proxy-password"); }

    // TLS and network
    QString caCertificateFile() const; ///< empty: system CAs only
    bool setCaCertificateFile(const QString &path, QString *error = nullptr);
    int requestConcurrency() const;
    bool setRequestConcurrency(int value, QString *error = nullptr);
    int requestTimeoutSeconds() const; ///< inactivity: no byte for this long ends a request
    bool setRequestTimeoutSeconds(int value, QString *error = nullptr);
    /** Total time one request may take, however steadily its answer trickles in. */
    int requestDeadlineSeconds() const;
    bool setRequestDeadlineSeconds(int value, QString *error = nullptr);

    // Presentation and storage
    QString language() const; ///< empty: the system language; else a locale name such as "de"
    bool setLanguage(const QString &name, QString *error = nullptr);
    QString dataDirectory() const; ///< empty: the default AppDataLocation
    bool setDataDirectory(const QString &path, QString *error = nullptr);
    /** dataDirectory() or, when empty, QStandardPaths::AppDataLocation. */
    QString effectiveDataDirectory() const;
    /** Where ProfileStore keeps profiles: effectiveDataDirectory() + "/profiles". */
    QString profilesDirectory() const;

    static QString proxyModeToString(ProxyMode mode);
    static bool proxyModeFromString(const QString &text, ProxyMode *mode);

private:
    QString m_path;                        ///< the settings file
    std::unique_ptr<QTemporaryDir> m_work; ///< holds the working copy QSettings edits
    std::unique_ptr<QSettings> m_settings; ///< on the working copy
};

} // namespace atc
