#pragma once

#include <functional>
#include <optional>

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include "WizardPageId.h"
#include "azure/ConnectionTester.h"
#include "model/ConnectorProfile.h"
#include "model/ProfileValidator.h"
#include "qualys/QualysAccount.h"
#include "runtime/RuntimeTypes.h"

namespace atc {

/**
 * The one model behind the Create Connector wizard: the profile being edited, the typed
 * authentication key, the validation context and the last Test Connection result. Pages read
 * and write only this object and never each other.
 *
 * Changing a credential (cloud, endpoints, CA file, directory id, client id, key, remediation)
 * forgets the last test result, so that Next on the tenant page needs a new successful test.
 */
class ConnectorDraft : public QObject
{
    Q_OBJECT
public:
    enum class Mode
    {
        Create,
        Edit,      ///< the saved profile is overwritten; its stored key is kept unless retyped
        Duplicate, ///< a new profile; the original's stored key is reused unless retyped
    };

    explicit ConnectorDraft(QObject *parent = nullptr);
    ConnectorDraft(Mode mode, const ConnectorProfile &initial, QObject *parent = nullptr);

    Mode mode() const { return m_mode; }
    /** The profile being edited, with both the selected and the excluded groups kept. */
    const ConnectorProfile &profile() const { return m_profile; }
    /** What Create saves: the group list that does not apply to the scope mode is emptied. */
    ConnectorProfile normalizedProfile() const;
    /** The profile as it was when the wizard opened (Edit: the saved version). */
    const ConnectorProfile &originalProfile() const { return m_original; }

    /** Applies `edit` to the profile and emits the signals of what changed. */
    void update(const std::function<void(ConnectorProfile &)> &edit);

    /** The key typed in the wizard; empty means "use the stored key" when there is one. */
    QString secret() const { return m_secret; }
    void setSecret(const QString &secret);
    /** The keychain key of an already stored authentication key (Edit, Duplicate). */
    QString storedSecretKey() const { return m_storedSecretKey; }
    void setStoredSecretKey(const QString &key);
    bool usesStoredSecret() const { return m_secret.isEmpty() && !m_storedSecretKey.isEmpty(); }

    void setOtherProfileNames(const QStringList &names);
    const QList<Tag> &tagCatalog() const { return m_tags; }
    void setTagCatalog(const QList<Tag> &tags);
    bool policyComplianceEntitled() const { return m_pcEntitled; }
    void setPolicyComplianceEntitled(bool entitled);

    ValidationContext validationContext() const;
    /** Every issue of the (normalized) profile, recomputed on each change. */
    const QList<ValidationIssue> &issues() const { return m_issues; }
    QList<ValidationIssue> issuesFor(ProfileField field) const;
    bool pageHasErrors(PageId page) const;

    // Test Connection
    /** Increases whenever a credential changes; a test started earlier is stale. */
    quint64 credentialGeneration() const { return m_generation; }
    bool isTesting() const { return m_testing; }
    void setTesting(bool testing);
    bool hasTestResult() const { return m_hasTestResult; }
    bool lastTestOk() const { return m_hasTestResult && m_testResult.ok; }
    const ConnectionTester::Result &testResult() const { return m_testResult; }
    const TenantSnapshot &snapshot() const { return m_testResult.snapshot; }
    /** Accepts the result only when no credential changed since `generation`. */
    bool setTestResult(const ConnectionTester::Result &result, quint64 generation);
    /**
     * Whether Next on Tenant Details needs a successful test. Always for Create and
     * Duplicate; for Edit only when a credential or endpoint differs from the saved profile or
     * a new key was typed (docs/wizard.md). Changing the name, description, scope, tags or
     * polling needs none.
     */
    bool testRequired() const;
    /** Tenant Details may be left: a successful test, or none needed and none failed. */
    bool tenantAccepted() const
    {
        return !m_testing && (lastTestOk() || (!testRequired() && !m_hasTestResult));
    }

    /** Edit: the subscription connectors the profile has now (for Keep / Create / Disable). */
    const QList<SubscriptionConnector> &existingConnectors() const { return m_existing; }
    void setExistingConnectors(const QList<SubscriptionConnector> &connectors);

    // Where to create (Confirmation) and the Qualys platform's tags (Assign Tags)
    /** "Create on this computer": the local runtime runs it. Off: saved disabled, only to
     *  record the Qualys link (docs/qualys.md). */
    bool createLocally() const { return m_createLocally; }
    void setCreateLocally(bool on);
    /** The accounts the user may push with (Settings ▸ Qualys accounts, the sandbox's). */
    const QList<QualysAccount> &qualysAccounts() const { return m_qualysAccounts; }
    void setQualysAccounts(const QList<QualysAccount> &accounts);
    /** The account to push with after the local save; nullopt: not on Qualys. */
    const std::optional<QualysAccount> &qualysAccount() const { return m_qualysAccount; }
    void setQualysAccount(const std::optional<QualysAccount> &account);
    /** Platform tag ids chosen on Assign Tags: the link's connectorTagIds (defaultTagIds). */
    const QList<qint64> &qualysTagIds() const { return m_qualysTagIds; }
    void setQualysTagIds(const QList<qint64> &ids);
    /** At least one place to create in. */
    bool hasCreateTarget() const { return m_createLocally || m_qualysAccount.has_value(); }

Q_SIGNALS:
    void changed();            ///< anything (profile, key, context, test)
    void qualysChanged();      ///< where to create, the account or the platform tags
    void credentialsChanged(); ///< the last test result was forgotten
    void scopeChanged();       ///< scope, name prefix or snapshot: the preview is stale
    void tagCatalogChanged();
    void testStateChanged(); ///< testing started/stopped or a result arrived

private:
    static bool sameCredentials(const ConnectorProfile &a, const ConnectorProfile &b);
    static bool sameScope(const ConnectorProfile &a, const ConnectorProfile &b);
    void forgetTest();
    void revalidate();

    Mode m_mode = Mode::Create;
    ConnectorProfile m_profile;
    ConnectorProfile m_original;
    QString m_secret;
    QString m_storedSecretKey;
    QStringList m_otherNames;
    QList<Tag> m_tags;
    bool m_pcEntitled = false;
    QList<ValidationIssue> m_issues;
    quint64 m_generation = 0;
    bool m_testing = false;
    bool m_hasTestResult = false;
    ConnectionTester::Result m_testResult;
    bool m_createLocally = true;
    QList<QualysAccount> m_qualysAccounts;
    std::optional<QualysAccount> m_qualysAccount;
    QList<qint64> m_qualysTagIds;
    QList<SubscriptionConnector> m_existing;
};

} // namespace atc
