#pragma once

#include <optional>

#include <QDialog>
#include <QList>
#include <QPointer>

#include "model/ConnectorProfile.h"
#include "qualys/QualysAccount.h"
#include "qualys/QualysKeyRotation.h"

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace atc {

class QualysSessionPool;
class SecretStore;

/**
 * "Rotate Azure key…": one new authentication key for every connector of one app registration
 * (the profiles with the same directory and client id): into the keychain of each, and to every
 * Qualys connector of theirs (QualysKeyRotation), with each step's outcome listed. A link whose
 * platform has no account on this computer gets the keychain only and is named as skipped.
 * Not owned pointers; opened with open().
 */
class RotateKeyDialog : public QDialog
{
    Q_OBJECT
public:
    RotateKeyDialog(const ConnectorProfile &profile, const QList<ConnectorProfile> &allProfiles,
                    const QList<QualysAccount> &accounts, SecretStore *secrets,
                    QualysSessionPool *pool, QWidget *parent = nullptr);
    ~RotateKeyDialog() override;

    /** The profiles of the same app registration (the selected one first). */
    const QList<ConnectorProfile> &profiles() const { return m_profiles; }
    bool isRunning() const { return m_running; }

public Q_SLOTS:
    void start();

Q_SIGNALS:
    void rotated(const atc::QualysKeyRotation::Result &result);

private:
    void acquireNext(int index);
    void run();
    void addOutcome(bool ok, const QString &text);

    QList<ConnectorProfile> m_profiles;
    QList<QualysAccount> m_accounts;
    SecretStore *m_secrets;
    QualysSessionPool *m_pool;
    /** Per profile and link: the account to push with (nullptr: keychain only). */
    struct Step
    {
        ConnectorProfile profile;
        std::optional<QualysAccount> account;
        QString platformKey;
    };
    QList<Step> m_steps;
    QList<QualysKeyRotation::Target> m_targets;
    QPointer<QualysKeyRotation> m_rotation;
    bool m_running = false;
    QString m_key;

    QLabel *m_scope;
    QLineEdit *m_newKey;
    QPushButton *m_start;
    QProgressBar *m_progress;
    QLabel *m_step;
    QListWidget *m_outcomes;
    QDialogButtonBox *m_buttons;
};

} // namespace atc
