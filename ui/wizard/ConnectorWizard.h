#pragma once

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

Q_SIGNALS:
    void connectorSaved(const atc::ConnectorProfile &profile);

private:
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
};

} // namespace atc
