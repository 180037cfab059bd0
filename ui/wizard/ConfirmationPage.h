#pragma once

#include <optional>

#include "DraftPage.h"
#include "WizardServices.h"
#include "runtime/ConnectorLifecycle.h"

class QLabel;
class QProgressBar;
class QTextBrowser;

namespace atc {

/**
 * Page 7: a readable summary of every setting, and Create Connector. Creating is core's
 * ConnectorLifecycle::save(): the profile, the key in the SecretStore (asynchronously), then
 * the optional createSubscriptionConnectors hook. A failure is shown on the page and rolled
 * back: a save failure writes no key; a key (or hook) failure removes the just-saved profile
 * again (Edit: restores the previous version).
 */
class ConfirmationPage : public DraftPage
{
    Q_OBJECT
public:
    ConfirmationPage(ConnectorDraft *draft, const WizardServices &services,
                     QWidget *parent = nullptr);

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

Q_SIGNALS:
    void created(const atc::ConnectorProfile &profile);
    void createFailed(const QString &error);

private:
    QString buildSummaryHtml() const;
    void fail(const QString &message);
    void setStatus(const QString &text);

    WizardServices m_services;
    QTextBrowser *m_summary;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_error;
    bool m_busy = false;
    bool m_created = false;
    ConnectorProfile m_saved;
    ConnectorLifecycle *m_lifecycle = nullptr; ///< save(): profile, key, rollback
};

} // namespace atc
