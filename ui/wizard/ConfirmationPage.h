#pragma once

#include <optional>

#include <QPointer>

#include "DraftPage.h"
#include "WizardServices.h"
#include "runtime/ConnectorLifecycle.h"

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTextBrowser;

namespace atc {

class QualysAccountCombo;
class QualysSessionPool;
class TenantConnectorPush;

/**
 * Page 7: a readable summary of every setting, and Create Connector. Creating is core's
 * ConnectorLifecycle::save(): the profile, the key in the SecretStore (asynchronously), then
 * the optional createSubscriptionConnectors hook. A failure is shown on the page and rolled
 * back: a save failure writes no key; a key (or hook) failure removes the just-saved profile
 * again (Edit: restores the previous version).
 *
 * Where: "Create on this computer" and/or "Create on Qualys <platform>". With an account
 * chosen the push (TenantConnectorPush) runs after the local save; its link is stored into
 * the profile and saved (also when the reply was lost). A failed push keeps the local
 * connector and says so; the page then stays open with the words and a Retry.
 */
class ConfirmationPage : public DraftPage
{
    Q_OBJECT
public:
    /** `pool` may be null: no Qualys push. Not owned. */
    ConfirmationPage(ConnectorDraft *draft, const WizardServices &services,
                     QualysSessionPool *pool = nullptr, QWidget *parent = nullptr);
    ~ConfirmationPage() override;

    void initializePage() override;
    bool isComplete() const override;
    /** Starts creating (asynchronously) and returns false until it succeeded. */
    bool validatePage() override;

    bool isCreating() const { return m_busy; }
    bool isCreated() const { return m_created; }
    const ConnectorProfile &savedProfile() const { return m_saved; }
    /** The summary as plain text (for tests and the accessible description). */
    QString summaryText() const;

    void startCreate();
    /** Pushes the saved profile to the draft's Qualys account (again, after a failure). */
    void startPush();
    bool isPushing() const { return m_pushing; }
    /** The id the platform gave on the last push (nullopt: none yet, or none returned). */
    std::optional<qint64> qualysConnectorId() const { return m_qualysId; }

Q_SIGNALS:
    void created(const atc::ConnectorProfile &profile);
    void createFailed(const QString &error);
    /** The push ended; `profile` is the saved profile with its link (when one was stored). */
    void qualysPushFinished(bool ok, const atc::ConnectorProfile &profile);

private:
    QString buildSummaryHtml() const;
    void fail(const QString &message);
    void setStatus(const QString &text);
    void updateQualysControls();
    void offerSandboxQualys();
    void pushWithKey(const QString &azureKey);
    void finishPush(bool ok, const QString &text);
    QStringList qualysProblems() const;

    WizardServices m_services;
    QTextBrowser *m_summary;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_error;
    bool m_busy = false;
    bool m_created = false;
    ConnectorProfile m_saved;
    ConnectorLifecycle *m_lifecycle = nullptr; ///< save(): profile, key, rollback

    QualysSessionPool *m_pool;
    QCheckBox *m_createLocal = nullptr;
    QCheckBox *m_createQualys = nullptr;
    QualysAccountCombo *m_account = nullptr;
    QLabel *m_qualysNotes = nullptr;
    QLabel *m_qualysResult = nullptr;
    QPushButton *m_retryPush = nullptr;
    bool m_pushing = false;
    bool m_sandboxOffered = false;
    std::optional<qint64> m_qualysId;
    QPointer<TenantConnectorPush> m_push;
};

} // namespace atc
