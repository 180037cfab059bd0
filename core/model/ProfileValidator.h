#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include "ConnectorProfile.h"

namespace atc {

/** Every input of a profile that validation can speak about. The wizard maps fields to pages. */
enum class ProfileField
{
    Name,
    Description,
    Applications,
    CloudType,
    CustomAuthorityHost,
    CustomArmEndpoint,
    CaCertificateFile,
    TenantName,
    ClientId,
    DirectoryId,
    AuthenticationKey,
    TenantPollingFrequency,
    SubscriptionPollingFrequency,
    ConnectorNamePrefix,
    SelectedManagementGroups,
    ExcludedManagementGroups,
    VmScanning,
    CloudPerimeterScan,
    PerimeterSchedule,
    PolicyCompliance,
    Sca,
    CertView,
    AssetTags,
    TagRules,
    ConnectorTags,
};

enum class Severity
{
    Error,   ///< blocks saving and the wizard's Next
    Warning, ///< shown, never blocks
};

struct ValidationIssue
{
    ProfileField field;
    Severity severity;
    QString message; ///< translated, says what to do
};

/** What validation needs to know beyond the profile itself. */
struct ValidationContext
{
    QStringList otherProfileNames;         ///< names of the other saved profiles (uniqueness)
    QList<Tag> tagCatalog;                 ///< tag ids in the profile must exist here
    bool policyComplianceEntitled = false; ///< PC agent and Compliance Manager are enabled
    QString authenticationKey;             ///< the key typed now (may be empty)
    bool storedSecretExists = false;       ///< a key for this profile is in the keychain
};

/** Checks every rule at once. Never stops at the first problem. Thread-safe, no I/O. */
class ProfileValidator
{
    Q_DECLARE_TR_FUNCTIONS(atc::ProfileValidator)
public:
    static constexpr int MaxNameLength = 255;
    static constexpr int MaxDescriptionLength = 1000;
    static constexpr int MaxPrefixLength = 64;

    static QList<ValidationIssue> validate(const ConnectorProfile &profile,
                                           const ValidationContext &context);

    /**
     * The rules a saved profile must meet wherever it is used: on save, on import and when it
     * is loaded for a run (CLI, daemon, desktop). The errors of validate() about the profile's
     * own values; not the rules that depend on the surroundings (the authentication key, the
     * tag catalogue, the policy-compliance entitlement and its SCA exclusivity, the other
     * profiles' names), which the wizard checks where they are chosen, and the wizard's demand
     * for a connector name prefix (a file may leave it empty; one that is given must be valid).
     * Errors only.
     */
    static QList<ValidationIssue> validateSaved(const ConnectorProfile &profile);

    /** The key of `field` in the profile file, e.g. "tenant.pollingMinutes". */
    static QString fieldKey(ProfileField field);
    /**
     * One line per issue: `"<file key>": <message>`, joined by `separator`. For the CLI, the
     * daemon and the store's error texts, which must name the field. `separator` empty: a
     * space.
     */
    static QString describe(const QList<ValidationIssue> &issues, const QString &separator = {});

    /** Empty when `text` is a usable Application (client) ID, else what to do (translated). */
    static QString clientIdProblem(const QString &text);
    /** Empty when `text` is a usable Directory (tenant) ID, else what to do (translated). */
    static QString directoryIdProblem(const QString &text);
    /** A C0 or C1 control character, DEL, or a line/paragraph separator. */
    static bool containsControlCharacters(const QString &text);

    /** Polling frequency rule: whole hours from 1 to 23, stored in minutes. */
    static bool isValidPollingMinutes(int minutes);
    static bool isGuid(const QString &text);
    /** A GUID or a DNS domain name such as contoso.onmicrosoft.com. */
    static bool isValidDirectoryId(const QString &text);

    /** Letters and digits (ASCII), space, '-', '_', '.'; at most MaxPrefixLength; not blank. */
    static bool isValidConnectorNamePrefix(const QString &text);
    /** An absolute http(s) URL with a host; plain http only for loopback hosts. */
    static bool isValidCustomEndpoint(const QUrl &url);
    /** localhost, 127.0.0.0/8 or ::1. */
    static bool isLoopbackHost(const QString &host);

    static bool hasErrors(const QList<ValidationIssue> &issues);
    static bool hasWarnings(const QList<ValidationIssue> &issues);
    static QList<ValidationIssue> forField(const QList<ValidationIssue> &issues, ProfileField f);
};

} // namespace atc
