#include "ConnectorWizard.h"

#include <QLoggingCategory>

#include "AssignTagsPage.h"
#include "BasicDetailsPage.h"
#include "ConfirmationPage.h"
#include "ConnectorDetailsPage.h"
#include "QualysSessionPool.h"
#include "SubscriptionDetailsPage.h"
#include "TagsActivationPage.h"
#include "TenantDetailsPage.h"
#include "qualys/QualysAccountStore.h"
#include "store/ProfileStore.h"

Q_LOGGING_CATEGORY(lcWizard, "atc.ui.wizard", QtInfoMsg)

namespace atc {

using namespace Qt::Literals::StringLiterals;

ConnectorWizard::ConnectorWizard(const WizardServices &services, Mode mode,
                                 const ConnectorProfile &initial, QWidget *parent)
    : QWizard(parent), m_services(services), m_draft(new ConnectorDraft(mode, initial, this))
{
    setObjectName(u"connectorWizard"_s);
    switch (mode) {
    case Mode::Create:
        setWindowTitle(tr("Create Connector"));
        break;
    case Mode::Edit:
        setWindowTitle(tr("Edit Connector"));
        break;
    case Mode::Duplicate:
        setWindowTitle(tr("Duplicate Connector"));
        break;
    }
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, false);

    // What validation needs from outside the profile.
    if (m_services.profileStore) {
        const ProfileLoadReport report = m_services.profileStore->loadAll();
        QStringList names;
        for (const ConnectorProfile &p : report.profiles) {
            if (mode == Mode::Edit && p.id == initial.id)
                continue;
            names.append(p.name);
        }
        for (const ProfileLoadProblem &problem : report.problems) {
            m_loadProblems.append(problem.path + u": "_s + problem.reason);
            qCWarning(lcWizard) << "Skipped a profile:" << problem.path << problem.reason;
        }
        m_draft->setOtherProfileNames(names);
        QString tagError;
        m_draft->setTagCatalog(m_services.profileStore->loadTags(&tagError));
        if (!tagError.isEmpty())
            m_loadProblems.append(tagError);
    }
    m_draft->setPolicyComplianceEntitled(m_services.policyComplianceEntitled);
    if (m_services.qualysAccounts && m_services.networkAccessManager) {
        // Assign Tags and Confirmation share the sessions: one sign-in per platform.
        m_qualys = new QualysSessionPool(m_services.networkAccessManager, m_services.secretStore,
                                         m_services.qualysConfig, this);
        QString accountsError;
        m_draft->setQualysAccounts(m_services.qualysAccounts->load(&accountsError));
        if (!accountsError.isEmpty())
            m_loadProblems.append(accountsError);
    }

    m_basic = new BasicDetailsPage(m_draft, this);
    m_tenant = new TenantDetailsPage(m_draft, m_services, this);
    m_subscriptions = new SubscriptionDetailsPage(m_draft, this);
    m_connector = new ConnectorDetailsPage(m_draft, this);
    m_tags = new TagsActivationPage(m_draft, this);
    m_assign = new AssignTagsPage(m_draft, m_services.profileStore, m_qualys, this);
    m_confirmation = new ConfirmationPage(m_draft, m_services, m_qualys, this);
    setPage(int(PageId::BasicDetails), m_basic);
    setPage(int(PageId::TenantDetails), m_tenant);
    setPage(int(PageId::SubscriptionDetails), m_subscriptions);
    setPage(int(PageId::ConnectorDetails), m_connector);
    setPage(int(PageId::TagsActivation), m_tags);
    setPage(int(PageId::AssignTags), m_assign);
    setPage(int(PageId::Confirmation), m_confirmation);
    setStartId(int(PageId::BasicDetails));
    setButtonText(QWizard::FinishButton,
                  mode == Mode::Edit ? tr("&Save Connector") : tr("&Create Connector"));

    connect(m_confirmation, &ConfirmationPage::created, this, &ConnectorWizard::connectorSaved);
}

ConnectorWizard::~ConnectorWizard() = default;

int ConnectorWizard::nextId() const
{
    switch (PageId(currentId())) {
    case PageId::BasicDetails:
        return int(PageId::TenantDetails);
    case PageId::TenantDetails:
        return int(PageId::SubscriptionDetails);
    case PageId::SubscriptionDetails:
        return int(PageId::ConnectorDetails);
    case PageId::ConnectorDetails:
        return int(PageId::TagsActivation);
    case PageId::TagsActivation:
        return int(PageId::AssignTags);
    case PageId::AssignTags:
        return int(PageId::Confirmation);
    case PageId::Confirmation:
        break;
    }
    return -1;
}

} // namespace atc
