#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace atc {
class AppSettings;
class SecretStore;
} // namespace atc

namespace atc {

/**
 * The application settings (AppSettings): proxy (system, none, manual with authentication:
 * the password goes to the keychain), custom CA file, request concurrency and timeout,
 * entitlements, language and data folder. Every field validates inline; OK is disabled while
 * something is wrong. Saving the password is asynchronous: the dialog closes when the
 * keychain answered (a failure shows in the dialog). Open it with open(), never exec().
 */
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(AppSettings *settings, SecretStore *secrets, QWidget *parent = nullptr);

    /** Empty when every field is valid; else the first problem in words. */
    QString problem() const;

Q_SIGNALS:
    /** Written; some changes (language, data folder, proxy) apply at the next start. */
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
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace atc
