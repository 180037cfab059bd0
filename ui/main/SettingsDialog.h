#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QSpinBox;
class QTabWidget;

namespace atc {
class AppSettings;
class QualysAccountStore;
class QualysAccountsPage;
class SecretStore;
struct QualysClientConfig;
} // namespace atc

namespace atc {

/**
 * The application settings (AppSettings): proxy (system, none, manual with authentication:
 * the password goes to the keychain), custom CA file, request concurrency and timeout,
 * entitlements, language and data folder. Every field validates inline; OK is disabled while
 * something is wrong. Saving the password is asynchronous: the dialog closes when the
 * keychain answered (a failure shows in the dialog). Open it with open(), never exec().
 * An optional second tab manages the Qualys accounts (addQualysAccountsPage()).
 */
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(AppSettings *settings, SecretStore *secrets, QWidget *parent = nullptr);

    /** Empty when every field is valid; else the first problem in words. */
    QString problem() const;

    /**
     * Adds the "Qualys accounts" tab (QualysAccountsPage: accounts saved at once, their
     * secrets in `secrets`). None of the pointers is owned.
     */
    void addQualysAccountsPage(QualysAccountStore *accounts, QNetworkAccessManager *nam,
                               const QualysClientConfig &config);
    QualysAccountsPage *qualysAccountsPage() const { return m_qualysPage; }
    /** Shows the Qualys accounts tab (when there is one). */
    void showQualysAccounts();

    /**
     * The one rule for when settings take effect, said the same in the dialog, its tooltips,
     * the message after saving and docs/desktop.md.
     */
    static QString whenChangesApply();

Q_SIGNALS:
    /** Written; the changes take effect as whenChangesApply() says. */
    void saved();

private:
    void validate();
    void save();
    void finishSave(bool ok);

    AppSettings *m_settings;
    SecretStore *m_secrets;
    QComboBox *m_proxyMode;
    QLineEdit *m_proxyHost;
    QSpinBox *m_proxyPort;
    QLineEdit *m_proxyUser;
    QLineEdit *m_proxyPassword;
    QLineEdit *m_caFile;
    QSpinBox *m_concurrency;
    QSpinBox *m_timeout;
    QCheckBox *m_pcAgent;
    QCheckBox *m_complianceManager;
    QComboBox *m_language;
    QLineEdit *m_dataDirectory;
    QCheckBox *m_keepRunning;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QTabWidget *m_tabs;
    QualysAccountsPage *m_qualysPage = nullptr;
};

} // namespace atc
