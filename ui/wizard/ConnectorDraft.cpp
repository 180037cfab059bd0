#include "ConnectorDraft.h"

namespace atc {

using namespace Qt::Literals::StringLiterals;

PageId pageOfField(ProfileField field)
{
    switch (field) {
    case ProfileField::Name:
    case ProfileField::Description:
    case ProfileField::Applications:
        return PageId::BasicDetails;
    case ProfileField::CloudType:
    case ProfileField::CustomAuthorityHost:
    case ProfileField::CustomArmEndpoint:
    case ProfileField::CaCertificateFile:
    case ProfileField::TenantName:
    case ProfileField::ClientId:
    case ProfileField::DirectoryId:
    case ProfileField::AuthenticationKey:
    case ProfileField::TenantPollingFrequency:
        return PageId::TenantDetails;
    case ProfileField::SubscriptionPollingFrequency:
    case ProfileField::ConnectorNamePrefix:
        return PageId::SubscriptionDetails;
    case ProfileField::SelectedManagementGroups:
    case ProfileField::ExcludedManagementGroups:
        return PageId::ConnectorDetails;
    case ProfileField::VmScanning:
    case ProfileField::CloudPerimeterScan:
    case ProfileField::PerimeterSchedule:
    case ProfileField::PolicyCompliance:
    case ProfileField::Sca:
    case ProfileField::CertView:
    case ProfileField::AssetTags:
    case ProfileField::TagRules:
        return PageId::TagsActivation;
    case ProfileField::ConnectorTags:
        return PageId::AssignTags;
    }
    return PageId::Confirmation;
}

QList<ProfileField> fieldsOfPage(PageId page)
{
    QList<ProfileField> fields;
    for (int f = int(ProfileField::Name); f <= int(ProfileField::ConnectorTags); ++f) {
        if (pageOfField(ProfileField(f)) == page)
            fields.append(ProfileField(f));
    }
    return fields;
}

ConnectorDraft::ConnectorDraft(QObject *parent)
    : ConnectorDraft(Mode::Create, ConnectorProfile{}, parent)
{}

ConnectorDraft::ConnectorDraft(Mode mode, const ConnectorProfile &initial, QObject *parent)
    : QObject(parent), m_mode(mode), m_profile(initial), m_original(initial)
{
    if (mode != Mode::Create && !initial.id.isEmpty())
        m_storedSecretKey = initial.secretKey();
    if (mode == Mode::Duplicate) {
        m_profile.id.clear();
        m_profile.created = {};
        m_profile.modified = {};
        m_profile.name = tr("%1 (copy)").arg(initial.name);
        m_profile.enabled = true; // a new connector, created to run
        // A new connector on Qualys too: the original's ids must never be updated through it.
        m_profile.qualysLinks.clear();
    }
    revalidate();
}

ConnectorProfile ConnectorDraft::normalizedProfile() const
{
    ConnectorProfile p = m_profile;
    if (p.scopeMode == ScopeMode::AllManagementGroups)
        p.selectedManagementGroups.clear();
    else
        p.excludedManagementGroups.clear();
    if (!p.activateVmScanning)
        p.activateCloudPerimeterScan = false;
    if (p.cloud != CloudType::Custom)
        p.customEndpoints = {};
    return p;
}

bool ConnectorDraft::sameCredentials(const ConnectorProfile &a, const ConnectorProfile &b)
{
    return a.cloud == b.cloud && a.customEndpoints == b.customEndpoints &&
           a.caCertificateFile == b.caCertificateFile && a.directoryId == b.directoryId &&
           a.clientId == b.clientId && a.remediationEnabled == b.remediationEnabled;
}

bool ConnectorDraft::sameScope(const ConnectorProfile &a, const ConnectorProfile &b)
{
    return a.scopeMode == b.scopeMode && a.selectedManagementGroups == b.selectedManagementGroups &&
           a.excludedManagementGroups == b.excludedManagementGroups &&
           a.connectorNamePrefix == b.connectorNamePrefix;
}

void ConnectorDraft::update(const std::function<void(ConnectorProfile &)> &edit)
{
    ConnectorProfile before = m_profile;
    edit(m_profile);
    if (m_profile == before)
        return;
    const bool credentials = !sameCredentials(before, m_profile);
    const bool scope = !sameScope(before, m_profile);
    if (credentials)
        forgetTest();
    revalidate();
    if (credentials)
        Q_EMIT credentialsChanged();
    if (scope || credentials)
        Q_EMIT scopeChanged();
    Q_EMIT changed();
}

void ConnectorDraft::setSecret(const QString &secret)
{
    if (secret == m_secret)
        return;
    m_secret = secret;
    forgetTest();
    revalidate();
    Q_EMIT credentialsChanged();
    Q_EMIT scopeChanged();
    Q_EMIT changed();
}

void ConnectorDraft::setStoredSecretKey(const QString &key)
{
    if (key == m_storedSecretKey)
        return;
    m_storedSecretKey = key;
    revalidate();
    Q_EMIT changed();
}

void ConnectorDraft::setOtherProfileNames(const QStringList &names)
{
    m_otherNames = names;
    revalidate();
    Q_EMIT changed();
}

void ConnectorDraft::setTagCatalog(const QList<Tag> &tags)
{
    m_tags = tags;
    revalidate();
    Q_EMIT tagCatalogChanged();
    Q_EMIT changed();
}

void ConnectorDraft::setPolicyComplianceEntitled(bool entitled)
{
    m_pcEntitled = entitled;
    revalidate();
    Q_EMIT changed();
}

ValidationContext ConnectorDraft::validationContext() const
{
    ValidationContext ctx;
    ctx.otherProfileNames = m_otherNames;
    ctx.tagCatalog = m_tags;
    ctx.policyComplianceEntitled = m_pcEntitled;
    ctx.authenticationKey = m_secret;
    ctx.storedSecretExists = !m_storedSecretKey.isEmpty();
    return ctx;
}

QList<ValidationIssue> ConnectorDraft::issuesFor(ProfileField field) const
{
    return ProfileValidator::forField(m_issues, field);
}

bool ConnectorDraft::pageHasErrors(PageId page) const
{
    for (const ValidationIssue &issue : m_issues) {
        if (issue.severity == Severity::Error && pageOfField(issue.field) == page)
            return true;
    }
    return false;
}

void ConnectorDraft::setTesting(bool testing)
{
    if (testing == m_testing)
        return;
    m_testing = testing;
    Q_EMIT testStateChanged();
    Q_EMIT changed();
}

bool ConnectorDraft::setTestResult(const ConnectionTester::Result &result, quint64 generation)
{
    if (generation != m_generation)
        return false;
    m_testResult = result;
    m_hasTestResult = true;
    Q_EMIT testStateChanged();
    Q_EMIT scopeChanged();
    Q_EMIT changed();
    return true;
}

bool ConnectorDraft::testRequired() const
{
    if (m_mode != Mode::Edit)
        return true;
    return !m_secret.isEmpty() || !sameCredentials(m_profile, m_original);
}

void ConnectorDraft::setExistingConnectors(const QList<SubscriptionConnector> &connectors)
{
    m_existing = connectors;
    Q_EMIT scopeChanged();
    Q_EMIT changed();
}

void ConnectorDraft::forgetTest()
{
    ++m_generation;
    const bool had = m_hasTestResult;
    m_hasTestResult = false;
    m_testResult = {};
    if (had)
        Q_EMIT testStateChanged();
}

void ConnectorDraft::setCreateLocally(bool on)
{
    if (on == m_createLocally)
        return;
    m_createLocally = on;
    Q_EMIT qualysChanged();
    Q_EMIT changed();
}

void ConnectorDraft::setQualysAccounts(const QList<QualysAccount> &accounts)
{
    m_qualysAccounts = accounts;
    // Edit / Duplicate: the account of the platform the profile was pushed to, so that the
    // next push updates it; its tags come along.
    if (!m_qualysAccount && m_mode != Mode::Create) {
        for (const QualysAccount &a : accounts) {
            if (const QualysLink *link = m_original.qualysLink(a.platform.key())) {
                m_qualysAccount = a;
                m_qualysTagIds = link->connectorTagIds;
                break;
            }
        }
    }
    Q_EMIT qualysChanged();
    Q_EMIT changed();
}

void ConnectorDraft::setQualysAccount(const std::optional<QualysAccount> &account)
{
    if (account == m_qualysAccount)
        return;
    const bool otherPlatform =
        !account || !m_qualysAccount || account->platform.key() != m_qualysAccount->platform.key();
    m_qualysAccount = account;
    if (otherPlatform) // tag ids are the platform's own
        m_qualysTagIds.clear();
    Q_EMIT qualysChanged();
    Q_EMIT changed();
}

void ConnectorDraft::setQualysTagIds(const QList<qint64> &ids)
{
    if (ids == m_qualysTagIds)
        return;
    m_qualysTagIds = ids;
    Q_EMIT qualysChanged();
    Q_EMIT changed();
}

void ConnectorDraft::revalidate()
{
    m_issues = ProfileValidator::validate(normalizedProfile(), validationContext());
}

} // namespace atc
