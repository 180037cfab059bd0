#pragma once

#include <QMessageBox>
#include <QPointer>
#include <QWizard>

#include "ConnectorDraft.h"
#include "WizardPageId.h"
#include "WizardServices.h"

namespace atc {

class BasicDetailsPage;
class TenantDetailsPage;
class SubscriptionDetailsPage;
class ConnectorDetailsPage;
class TagsActivationPage;
class AssignTagsPage;
class ConfirmationPage;
class QualysSessionPool;

/**
 * The Create Connector wizard: seven thin pages over one ConnectorDraft that the wizard owns.
 * Create: a new profile. Edit: `initial` pre-filled, saved under its id, its stored key kept
 * unless a new one is typed. Duplicate: `initial` pre-filled as a new profile that reuses
 * the stored key unless a new one is typed. Loads the other profiles' names and the tag
 * catalogue from the ProfileStore. Emits connectorSaved() once Create succeeded (the dialog
 * is then accepted).
 */
class ConnectorWizard : public QWizard
{
    Q_OBJECT
public:
    using Mode = ConnectorDraft::Mode;

    ConnectorWizard(const WizardServices &services, Mode mode = Mode::Create,
                    const ConnectorProfile &initial = {}, QWidget *parent = nullptr);
    ~ConnectorWizard() override;

    ConnectorDraft *draft() const { return m_draft; }
    int nextId() const override;

    BasicDetailsPage *basicDetailsPage() const { return m_basic; }
    TenantDetailsPage *tenantDetailsPage() const { return m_tenant; }
    SubscriptionDetailsPage *subscriptionDetailsPage() const { return m_subscriptions; }
    ConnectorDetailsPage *connectorDetailsPage() const { return m_connector; }
    TagsActivationPage *tagsActivationPage() const { return m_tags; }
    AssignTagsPage *assignTagsPage() const { return m_assign; }
    ConfirmationPage *confirmationPage() const { return m_confirmation; }
    /** The Qualys sessions of Assign Tags and Confirmation (null without an account store). */
    QualysSessionPool *qualysSessions() const { return m_qualys; }

    /** Messages about the saved profiles that could not be read, if any (shown nowhere). */
    QStringList loadProblems() const { return m_loadProblems; }

    /** Whether the draft differs from where the wizard started (Cancel then asks first). */
    bool hasUnsavedChanges() const;
    /** The "Discard changes?" question while it is open, else null. */
    QMessageBox *discardQuestion() const { return m_discardQuestion; }

    /** Cancel, Escape and the window's close button: asks before discarding changes. */
    void reject() override;

    /**
     * The size the wizard opens with: room for its largest page, bounded by the screen's
     * available area (a longer page scrolls). QWidget's own first size is the current page's
     * hint capped at 2/3 of the screen, which squeezed the longer pages.
     */
    QSize defaultSize() const;
    void setVisible(bool visible) override;

Q_SIGNALS:
    void connectorSaved(const atc::ConnectorProfile &profile);

protected:
    void showEvent(QShowEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onPageChanged(int id);
    void revealCurrentPage();

    WizardServices m_services;
    ConnectorDraft *m_draft;
    QualysSessionPool *m_qualys = nullptr;
    BasicDetailsPage *m_basic;
    TenantDetailsPage *m_tenant;
    SubscriptionDetailsPage *m_subscriptions;
    ConnectorDetailsPage *m_connector;
    TagsActivationPage *m_tags;
    AssignTagsPage *m_assign;
    ConfirmationPage *m_confirmation;
    QStringList m_loadProblems;
    // Where the wizard started (taken at the first show): Cancel asks only after a change.
    bool m_baselineTaken = false;
    ConnectorProfile m_baselineProfile;
    QString m_baselineSecret;
    std::optional<QualysAccount> m_baselineAccount;
    QList<qint64> m_baselineTagIds;
    bool m_baselineLocal = true;
    QPointer<QMessageBox> m_discardQuestion;
    bool m_sized = false; ///< defaultSize() applied (setVisible())
};

} // namespace atc
