#include "SandboxProfiles.h"

#include <algorithm>

#include <QStringList>

#include "model/SandboxIdentity.h"

namespace atc {

using namespace Qt::Literals::StringLiterals;

namespace {

// Fixed ids: the catalogue finds them again at the next start (no duplicates).
const QString kAzureTag = u"5a4db0c0-0001-4e5f-9a8b-5a4db0c0a001"_s;
const QString kProductionTag = u"5a4db0c0-0002-4e5f-9a8b-5a4db0c0a002"_s;
const QString kDevelopmentTag = u"5a4db0c0-0003-4e5f-9a8b-5a4db0c0a003"_s;
const QString kInternetFacingTag = u"5a4db0c0-0004-4e5f-9a8b-5a4db0c0a004"_s;

bool hasTag(const QList<Tag> &tags, const QString &id)
{
    return std::any_of(tags.begin(), tags.end(), [&id](const Tag &t) { return t.id == id; });
}

} // namespace

bool isSandboxProfile(const ConnectorProfile &profile, const QString &sandboxDirectoryId)
{
    if (profile.sandbox)
        return true;
    if (profile.cloud != CloudType::Custom ||
        profile.directoryId.compare(sandboxDirectoryId, Qt::CaseInsensitive) != 0)
        return false;
    const QString host = profile.customEndpoints.authorityHost.host();
    return host == u"127.0.0.1"_s || host == u"localhost"_s;
}

bool repointSandboxProfile(ConnectorProfile &profile, const QUrl &baseUrl)
{
    const CloudEndpoints wanted{baseUrl, baseUrl};
    if (profile.customEndpoints == wanted)
        return false;
    profile.customEndpoints = wanted;
    return true;
}

void applySandboxTenant(ConnectorProfile &profile, const SandboxTenant &tenant)
{
    profile.cloud = CloudType::Custom;
    profile.customEndpoints = {tenant.baseUrl, tenant.baseUrl};
    profile.caCertificateFile.clear();
    profile.tenantName = tenant.tenantName;
    profile.directoryId = tenant.directoryId;
    profile.clientId = tenant.clientId;
    profile.sandbox = sandbox::hasSandboxIdentity(profile);
}

ConnectorProfile SandboxProfiles::startingProfile(const SandboxTenant &tenant,
                                                  const QList<ConnectorProfile> &existing,
                                                  const QList<Tag> &catalogue)
{
    QStringList names;
    for (const ConnectorProfile &p : existing)
        names << p.name.toLower();
    QString name = tr("Contoso sandbox");
    for (int n = 2; names.contains(name.toLower()); ++n)
        name = tr("Contoso sandbox %1").arg(n);
    ConnectorProfile start;
    start.name = name;
    start.description = tr("The built-in emulated tenant: try the application without Azure.");
    applySandboxTenant(start, tenant);
    start.connectorNamePrefix = u"sandbox"_s;

    // Only the tags the catalogue has (a deleted one is not referred to).
    if (hasTag(catalogue, kAzureTag))
        start.assetTagIds << kAzureTag;
    const auto rule = [&](TagRuleField field, const QString &key, const QString &value,
                          const QString &tagId) {
        if (!hasTag(catalogue, tagId))
            return;
        TagRule r;
        r.field = field;
        r.azureTagKey = key;
        r.op = TagRuleOperator::Equals;
        r.value = value;
        r.tagId = tagId;
        start.tagRules << r;
    };
    // The sandbox tenant's resources carry env = prod / dev / sandbox.
    rule(TagRuleField::AzureTag, u"env"_s, u"prod"_s, kProductionTag);
    rule(TagRuleField::AzureTag, u"env"_s, u"dev"_s, kDevelopmentTag);
    rule(TagRuleField::ResourceType, {}, u"Microsoft.Network/publicIPAddresses"_s,
         kInternetFacingTag);
    rule(TagRuleField::ResourceType, {}, u"Microsoft.Web/sites"_s, kInternetFacingTag);
    return start;
}

QList<Tag> SandboxProfiles::sandboxTags()
{
    return {
        Tag{kAzureTag, tr("Azure"), u"#0078d4"_s, {}, tr("Every asset of the sandbox tenant.")},
        Tag{kProductionTag,
            tr("Production"),
            u"#d13438"_s,
            {},
            tr("Resources tagged env = prod in Azure.")},
        Tag{kDevelopmentTag,
            tr("Development"),
            u"#107c10"_s,
            {},
            tr("Resources tagged env = dev in Azure.")},
        Tag{kInternetFacingTag,
            tr("Internet-facing"),
            u"#ff8c00"_s,
            {},
            tr("Public IP addresses and web apps.")},
    };
}

bool SandboxProfiles::addSandboxTags(QList<Tag> *catalogue)
{
    bool added = false;
    for (Tag t : sandboxTags()) {
        if (hasTag(*catalogue, t.id))
            continue; // kept as the user left it
        const auto nameTaken = [catalogue](const QString &name) {
            return std::any_of(catalogue->begin(), catalogue->end(), [&name](const Tag &o) {
                return o.name.compare(name, Qt::CaseInsensitive) == 0;
            });
        };
        if (nameTaken(t.name))
            t.name = tr("%1 (sandbox)").arg(t.name);
        if (nameTaken(t.name))
            continue;
        catalogue->append(t);
        added = true;
    }
    return added;
}

} // namespace atc
