#include "ProfileValidator.h"

#include "SandboxIdentity.h"

#include <QDir>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

namespace atc {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kNilGuid = u"00000000-0000-0000-0000-000000000000"_s;

bool isNilGuid(const QString &text)
{
    return text.compare(kNilGuid, Qt::CaseInsensitive) == 0;
}

// A DNS name of at least two labels, each 1..63 of [a-z0-9-] not starting or ending with '-',
// and an alphabetic top-level label (so that "1.2.3.4" is not taken for a domain).
bool isDomainName(const QString &text)
{
    if (text.isEmpty() || text.size() > 253)
        return false;
    const QStringList labels = text.split(u'.');
    if (labels.size() < 2)
        return false;
    for (const QString &label : labels) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-'))
            return false;
        for (QChar c : label) {
            const char16_t u = c.unicode();
            const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') ||
                            (u >= u'0' && u <= u'9') || u == u'-';
            if (!ok)
                return false;
        }
    }
    const QString &tld = labels.last();
    if (tld.size() < 2)
        return false;
    for (QChar c : tld) {
        if (!c.isLetter())
            return false;
    }
    return true;
}

// Azure tag names may not contain these characters.
bool isValidAzureTagKey(const QString &key)
{
    if (key.trimmed().isEmpty() || key.size() > 512)
        return false;
    for (QChar c : key) {
        if (QStringView(u"<>%&\\?/").contains(c))
            return false;
    }
    return true;
}

} // namespace

bool ProfileValidator::isValidPollingMinutes(int minutes)
{
    return minutes >= 60 && minutes <= 23 * 60 && minutes % 60 == 0;
}

bool ProfileValidator::isGuid(const QString &text)
{
    static const QRegularExpression re(
        u"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"_s);
    return re.match(text).hasMatch();
}

bool ProfileValidator::isValidDirectoryId(const QString &text)
{
    if (isGuid(text))
        return !isNilGuid(text);
    return isDomainName(text);
}

QString ProfileValidator::clientIdProblem(const QString &text)
{
    if (text.isEmpty()) {
        return tr("Enter the Application (client) ID of the app registration, a GUID shown on "
                  "its Overview page.");
    }
    if (!isGuid(text)) {
        return tr("The Application (client) ID must be a GUID such as "
                  "11111111-2222-3333-4444-555555555555. Copy it from the app registration's "
                  "Overview page.");
    }
    if (isNilGuid(text)) {
        return tr("The Application (client) ID cannot be the empty GUID. Copy the real ID from "
                  "the app registration.");
    }
    return {};
}

QString ProfileValidator::directoryIdProblem(const QString &dir)
{
    if (dir.isEmpty()) {
        return tr("Enter the Directory (tenant) ID: a GUID or a verified domain such as "
                  "contoso.onmicrosoft.com.");
    }
    if (dir.compare(u"common"_s, Qt::CaseInsensitive) == 0 ||
        dir.compare(u"organizations"_s, Qt::CaseInsensitive) == 0 ||
        dir.compare(u"consumers"_s, Qt::CaseInsensitive) == 0) {
        return tr("\"%1\" is not a tenant. Enter your own Directory (tenant) ID or verified "
                  "domain.")
            .arg(dir);
    }
    if (isGuid(dir) && isNilGuid(dir)) {
        return tr("The Directory (tenant) ID cannot be the empty GUID. Copy the real ID from the "
                  "Entra ID Overview page.");
    }
    if (!isValidDirectoryId(dir)) {
        return dir.contains(QRegularExpression(u"\\s"_s))
                   ? tr("Remove the spaces from the Directory (tenant) ID.")
                   : tr("The Directory (tenant) ID must be a GUID or a verified domain such as "
                        "contoso.onmicrosoft.com.");
    }
    return {};
}

bool ProfileValidator::containsControlCharacters(const QString &text)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7f && u <= 0x9f) || u == 0x2028 || u == 0x2029)
            return true;
    }
    return false;
}

QString ProfileValidator::fieldKey(ProfileField field)
{
    switch (field) {
    case ProfileField::Name:
        return u"name"_s;
    case ProfileField::Description:
        return u"description"_s;
    case ProfileField::Applications:
        return u"applications"_s;
    case ProfileField::CloudType:
        return u"tenant.cloud"_s;
    case ProfileField::CustomAuthorityHost:
        return u"tenant.customEndpoints.authorityHost"_s;
    case ProfileField::CustomArmEndpoint:
        return u"tenant.customEndpoints.armEndpoint"_s;
    case ProfileField::CaCertificateFile:
        return u"tenant.caCertificateFile"_s;
    case ProfileField::TenantName:
        return u"tenant.tenantName"_s;
    case ProfileField::ClientId:
        return u"tenant.clientId"_s;
    case ProfileField::DirectoryId:
        return u"tenant.directoryId"_s;
    case ProfileField::AuthenticationKey:
        return u"authentication key"_s; // never in the file
    case ProfileField::TenantPollingFrequency:
        return u"tenant.pollingMinutes"_s;
    case ProfileField::SubscriptionPollingFrequency:
        return u"subscriptions.pollingMinutes"_s;
    case ProfileField::ConnectorNamePrefix:
        return u"subscriptions.connectorNamePrefix"_s;
    case ProfileField::SelectedManagementGroups:
        return u"scope.selectedManagementGroups"_s;
    case ProfileField::ExcludedManagementGroups:
        return u"scope.excludedManagementGroups"_s;
    case ProfileField::VmScanning:
        return u"activation.vmScanning"_s;
    case ProfileField::CloudPerimeterScan:
        return u"activation.cloudPerimeterScan"_s;
    case ProfileField::PerimeterSchedule:
        return u"activation.perimeterSchedule"_s;
    case ProfileField::PolicyCompliance:
        return u"activation.policyCompliance"_s;
    case ProfileField::Sca:
        return u"activation.sca"_s;
    case ProfileField::CertView:
        return u"activation.certView"_s;
    case ProfileField::AssetTags:
        return u"tags.assetTagIds"_s;
    case ProfileField::TagRules:
        return u"tags.rules"_s;
    case ProfileField::ConnectorTags:
        return u"tags.connectorTagIds"_s;
    }
    return {};
}

QString ProfileValidator::describe(const QList<ValidationIssue> &issues, const QString &separator)
{
    QStringList lines;
    for (const ValidationIssue &i : issues)
        lines << tr("\"%1\": %2").arg(fieldKey(i.field), i.message);
    return lines.join(separator.isEmpty() ? u" "_s : separator);
}

QList<ValidationIssue> ProfileValidator::validateSaved(const ConnectorProfile &profile)
{
    // The surroundings are taken as satisfied: what is left are the profile's own values.
    ValidationContext ctx;
    ctx.storedSecretExists = true;
    ctx.policyComplianceEntitled = true;
    for (const QString &id : profile.assetTagIds + profile.connectorTagIds)
        ctx.tagCatalog.append(Tag{id, id, {}, {}, {}});
    for (const TagRule &r : profile.tagRules) {
        if (!r.tagId.isEmpty())
            ctx.tagCatalog.append(Tag{r.tagId, r.tagId, {}, {}, {}});
    }
    QList<ValidationIssue> out;
    for (const ValidationIssue &i : validate(profile, ctx)) {
        if (i.severity != Severity::Error || i.field == ProfileField::PolicyCompliance ||
            i.field == ProfileField::Sca)
            continue;
        // The wizard asks for a prefix; a saved file may leave it out (the default is empty:
        // connector names are then the subscriptions' names). A prefix given must be valid.
        if (i.field == ProfileField::ConnectorNamePrefix && profile.connectorNamePrefix.isEmpty())
            continue;
        out << i;
    }
    // A hand-edited file must not give the sandbox's treatment (well-known key, in-process
    // emulator) to another tenant. ProfileStore::save drops a marker the wizard left behind.
    if (profile.sandbox && !sandbox::hasSandboxIdentity(profile)) {
        out << ValidationIssue{
            ProfileField::DirectoryId, Severity::Error,
            tr("\"sandbox\" is true, but the tenant is not the built-in "
               "sandbox tenant (cloud Custom, directory %1, application %2): "
               "set \"sandbox\" to false or use the sandbox tenant.")
                .arg(QLatin1String(sandbox::TenantId), QLatin1String(sandbox::ClientId))};
    }
    return out;
}

bool ProfileValidator::isValidConnectorNamePrefix(const QString &text)
{
    if (text.trimmed().isEmpty() || text.size() > MaxPrefixLength)
        return false;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') ||
                        (u >= u'0' && u <= u'9') || u == u' ' || u == u'-' || u == u'_' ||
                        u == u'.';
        if (!ok)
            return false;
    }
    return true;
}

bool ProfileValidator::isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    // Parsed by hand: the model library stays free of Qt Network.
    QString h = host;
    if (h.startsWith(u'[') && h.endsWith(u']'))
        h = h.mid(1, h.size() - 2);
    static const QRegularExpression ipv6Loopback(u"^(0{0,4}:){2,7}0{0,3}1$"_s);
    if (ipv6Loopback.match(h).hasMatch())
        return true;
    const QStringList parts = h.split(u'.');
    if (parts.size() != 4 || parts.first() != u"127"_s)
        return false;
    for (const QString &part : parts) {
        bool ok = false;
        const int v = part.toInt(&ok);
        if (!ok || part.isEmpty() || part.size() > 3 || v < 0 || v > 255)
            return false;
    }
    return true;
}

bool ProfileValidator::isValidCustomEndpoint(const QUrl &url)
{
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https"_s)
        return true;
    return scheme == u"http"_s && isLoopbackHost(url.host());
}

bool ProfileValidator::hasErrors(const QList<ValidationIssue> &issues)
{
    for (const ValidationIssue &i : issues) {
        if (i.severity == Severity::Error)
            return true;
    }
    return false;
}

bool ProfileValidator::hasWarnings(const QList<ValidationIssue> &issues)
{
    for (const ValidationIssue &i : issues) {
        if (i.severity == Severity::Warning)
            return true;
    }
    return false;
}

QList<ValidationIssue> ProfileValidator::forField(const QList<ValidationIssue> &issues,
                                                  ProfileField f)
{
    QList<ValidationIssue> out;
    for (const ValidationIssue &i : issues) {
        if (i.field == f)
            out << i;
    }
    return out;
}

QList<ValidationIssue> ProfileValidator::validate(const ConnectorProfile &p,
                                                  const ValidationContext &ctx)
{
    QList<ValidationIssue> issues;
    auto error = [&issues](ProfileField f, const QString &message) {
        issues.append({f, Severity::Error, message});
    };
    auto warning = [&issues](ProfileField f, const QString &message) {
        issues.append({f, Severity::Warning, message});
    };

    // Basic details
    const QString name = p.name.trimmed();
    if (name.isEmpty()) {
        error(ProfileField::Name, tr("Enter a name for the connector."));
    } else if (p.name.size() > MaxNameLength) {
        error(ProfileField::Name, tr("Shorten the name to at most %1 characters (it has %2).")
                                      .arg(MaxNameLength)
                                      .arg(p.name.size()));
    } else if (containsControlCharacters(p.name)) {
        error(ProfileField::Name, tr("Remove the control characters (such as line breaks, tabs "
                                     "or escape sequences) from the name."));
    } else {
        for (const QString &other : ctx.otherProfileNames) {
            if (other.trimmed().compare(name, Qt::CaseInsensitive) == 0) {
                error(ProfileField::Name,
                      tr("A connector named \"%1\" already exists. Choose another name.")
                          .arg(other.trimmed()));
                break;
            }
        }
    }
    if (p.description.size() > MaxDescriptionLength) {
        error(ProfileField::Description,
              tr("Shorten the description to at most %1 characters (it has %2).")
                  .arg(MaxDescriptionLength)
                  .arg(p.description.size()));
    }

    // Tenant details
    if (p.cloud == CloudType::Custom) {
        const struct
        {
            ProfileField field;
            QUrl url;
            QString label;
        } endpoints[] = {
            {ProfileField::CustomAuthorityHost, p.customEndpoints.authorityHost,
             tr("sign-in (authority) URL")},
            {ProfileField::CustomArmEndpoint, p.customEndpoints.armEndpoint,
             tr("Resource Manager URL")},
        };
        for (const auto &e : endpoints) {
            if (e.url.isEmpty()) {
                error(e.field, tr("Enter the %1 of the custom endpoint.").arg(e.label));
            } else if (!e.url.isValid() || e.url.isRelative() || e.url.host().isEmpty() ||
                       (e.url.scheme().compare(u"http"_s, Qt::CaseInsensitive) != 0 &&
                        e.url.scheme().compare(u"https"_s, Qt::CaseInsensitive) != 0)) {
                error(e.field, tr("Enter the %1 as an absolute http or https URL, for example "
                                  "https://login.example.com.")
                                   .arg(e.label));
            } else if (!isValidCustomEndpoint(e.url)) {
                error(e.field, tr("Use https for the %1: plain http is only allowed for loopback "
                                  "addresses such as 127.0.0.1 or localhost.")
                                   .arg(e.label));
            }
        }
    }
    // Existence and readability are the caller's concern: validation does no I/O.
    if (!p.caCertificateFile.isEmpty() &&
        (p.caCertificateFile.trimmed().isEmpty() || !QDir::isAbsolutePath(p.caCertificateFile))) {
        error(ProfileField::CaCertificateFile,
              tr("Choose the CA certificate file by its full path, or leave it empty."));
    }
    if (p.tenantName.size() > MaxNameLength) {
        error(ProfileField::TenantName,
              tr("Shorten the tenant name to at most %1 characters.").arg(MaxNameLength));
    } else if (containsControlCharacters(p.tenantName)) {
        error(ProfileField::TenantName,
              tr("Remove the control characters (such as line breaks, tabs or escape "
                 "sequences) from the tenant name."));
    }

    if (const QString problem = clientIdProblem(p.clientId); !problem.isEmpty())
        error(ProfileField::ClientId, problem);
    if (const QString problem = directoryIdProblem(p.directoryId); !problem.isEmpty())
        error(ProfileField::DirectoryId, problem);

    if (ctx.authenticationKey.isEmpty()) {
        // The sandbox's key is the well-known one (SandboxIdentity.h): nothing to enter.
        if (!ctx.storedSecretExists && !p.sandbox) {
            error(ProfileField::AuthenticationKey,
                  tr("Enter the authentication key: the Value of a client secret of the app "
                     "registration."));
        }
    } else if (isGuid(ctx.authenticationKey.trimmed())) {
        warning(ProfileField::AuthenticationKey,
                tr("This looks like a client secret's Secret ID. Enter the secret's Value "
                   "instead; Azure shows it only once, when the secret is created."));
    }

    // Says what the value is, so that 0, -60, 90 or 1440 are not told they are "over" a limit.
    if (!isValidPollingMinutes(p.tenantPollingMinutes)) {
        error(ProfileField::TenantPollingFrequency,
              tr("The tenant polling frequency must be a whole number of hours from 1 to 23 "
                 "(60 to 1380 minutes); it is %1 minutes.")
                  .arg(p.tenantPollingMinutes));
    }

    // Subscription details
    if (!isValidPollingMinutes(p.subscriptionPollingMinutes)) {
        error(ProfileField::SubscriptionPollingFrequency,
              tr("The subscription polling frequency must be a whole number of hours from 1 to "
                 "23 (60 to 1380 minutes); it is %1 minutes.")
                  .arg(p.subscriptionPollingMinutes));
    }
    if (p.connectorNamePrefix.trimmed().isEmpty()) {
        error(ProfileField::ConnectorNamePrefix,
              tr("Enter a prefix for the names of the subscription connectors."));
    } else if (p.connectorNamePrefix.size() > MaxPrefixLength) {
        error(
            ProfileField::ConnectorNamePrefix,
            tr("Shorten the connector name prefix to at most %1 characters.").arg(MaxPrefixLength));
    } else if (!isValidConnectorNamePrefix(p.connectorNamePrefix)) {
        error(ProfileField::ConnectorNamePrefix,
              tr("Use only letters, digits, spaces, '-', '_' and '.' in the connector name "
                 "prefix."));
    }

    // Scope
    if (p.scopeMode == ScopeMode::SelectedManagementGroups) {
        bool any = false;
        for (const QString &g : p.selectedManagementGroups)
            any = any || !g.trimmed().isEmpty();
        if (!any) {
            error(ProfileField::SelectedManagementGroups,
                  tr("Select at least one management group, or choose all management groups."));
        }
        if (!p.excludedManagementGroups.isEmpty()) {
            warning(ProfileField::ExcludedManagementGroups,
                    tr("Excluded management groups only apply with \"All management groups\"; "
                       "they are ignored for a selection."));
        }
    }

    // Activation
    if (p.activateCloudPerimeterScan && !p.activateVmScanning) {
        error(ProfileField::CloudPerimeterScan,
              tr("Cloud perimeter scan needs VM scanning. Turn on VM scanning or turn off the "
                 "perimeter scan."));
    }
    if (p.activateCloudPerimeterScan && !p.perimeterSchedule.useGlobalConfiguration) {
        const PerimeterScanSchedule &s = p.perimeterSchedule;
        bool daysOk = !s.daysOfWeek.isEmpty();
        for (int d : s.daysOfWeek)
            daysOk = daysOk && d >= 1 && d <= 7;
        if (!daysOk) {
            error(ProfileField::PerimeterSchedule,
                  tr("Choose at least one day of the week for the perimeter scan."));
        }
        if (!s.startTime.isValid()) {
            error(ProfileField::PerimeterSchedule,
                  tr("Choose a start time for the perimeter scan."));
        }
        if (s.timeZone.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(s.timeZone.toUtf8())) {
            error(ProfileField::PerimeterSchedule,
                  tr("Choose a time zone for the perimeter scan, such as Europe/Berlin."));
        }
    }
    if (p.activatePolicyCompliance && !ctx.policyComplianceEntitled) {
        error(ProfileField::PolicyCompliance,
              tr("Policy compliance needs the PC agent and Compliance Manager. Enable both in "
                 "the application settings, or turn off policy compliance."));
    }
    if (p.activatePolicyCompliance && p.activateSca) {
        error(ProfileField::Sca, tr("Policy compliance and SCA cannot both be activated. Turn "
                                    "off one of them."));
    }

    // Tags
    QSet<QString> known;
    for (const Tag &t : ctx.tagCatalog)
        known.insert(t.id);
    for (const QString &id : p.assetTagIds) {
        if (!known.contains(id)) {
            error(ProfileField::AssetTags,
                  tr("An asset tag no longer exists in the tag catalogue. Remove it or choose "
                     "another tag."));
            break;
        }
    }
    if (p.assetTagIds.isEmpty()) {
        warning(ProfileField::AssetTags,
                tr("No asset tag is chosen. We recommend one generic tag such as \"Azure\" so "
                   "that every asset from this tenant is easy to find."));
    }
    for (const QString &id : p.connectorTagIds) {
        if (!known.contains(id)) {
            error(ProfileField::ConnectorTags,
                  tr("A connector tag no longer exists in the tag catalogue. Remove it or "
                     "choose another tag."));
            break;
        }
    }
    for (int i = 0; i < p.tagRules.size(); ++i) {
        const TagRule &r = p.tagRules.at(i);
        const int n = i + 1;
        if (r.field == TagRuleField::AzureTag && !isValidAzureTagKey(r.azureTagKey)) {
            error(
                ProfileField::TagRules,
                tr("Rule %1: enter the Azure tag key to look at (without < > % & \\ ? /).").arg(n));
        }
        if (r.value.isEmpty()) {
            error(ProfileField::TagRules, tr("Rule %1: enter a value to compare with.").arg(n));
        } else if (r.op == TagRuleOperator::Regex) {
            const QRegularExpression re(r.value);
            if (!re.isValid()) {
                error(ProfileField::TagRules,
                      tr("Rule %1: the regular expression is not valid at position %2: %3. "
                         "Correct the expression.")
                          .arg(n)
                          .arg(re.patternErrorOffset())
                          .arg(re.errorString()));
            }
        }
        if (r.tagId.isEmpty()) {
            error(ProfileField::TagRules, tr("Rule %1: choose the tag to apply.").arg(n));
        } else if (!known.contains(r.tagId)) {
            error(ProfileField::TagRules, tr("Rule %1: its tag no longer exists in the tag "
                                             "catalogue. Choose another tag.")
                                              .arg(n));
        }
    }
    return issues;
}

} // namespace atc
