#include "ActivationMapper.h"

using namespace Qt::Literals::StringLiterals;

namespace atc {

namespace {
bool typeIn(const QString &type, std::initializer_list<QLatin1String> types)
{
    for (const QLatin1String &t : types) {
        if (type.compare(t, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}
} // namespace

bool ActivationMapper::isVirtualMachine(const QString &type)
{
    return typeIn(type, {"Microsoft.Compute/virtualMachines"_L1,
                         "Microsoft.Compute/virtualMachineScaleSets"_L1});
}

bool ActivationMapper::isContainerHost(const QString &type)
{
    return typeIn(type, {"Microsoft.ContainerService/managedClusters"_L1,
                         "Microsoft.ContainerInstance/containerGroups"_L1,
                         "Microsoft.RedHatOpenShift/openShiftClusters"_L1,
                         "Microsoft.Kubernetes/connectedClusters"_L1});
}

bool ActivationMapper::isTlsEndpoint(const QString &type)
{
    return typeIn(type,
                  {"Microsoft.Web/sites"_L1, "Microsoft.Web/staticSites"_L1,
                   "Microsoft.Network/applicationGateways"_L1, "Microsoft.Network/frontDoors"_L1,
                   "Microsoft.Cdn/profiles"_L1, "Microsoft.Cdn/profiles/endpoints"_L1,
                   "Microsoft.ApiManagement/service"_L1, "Microsoft.App/containerApps"_L1});
}

int ActivationMapper::enabledModules(const ConnectorProfile &profile)
{
    int m = 0;
    if (profile.activateVmScanning)
        m |= VM;
    if (profile.activateVmScanning && profile.activateCloudPerimeterScan)
        m |= CPS;
    if (profile.activatePolicyCompliance)
        m |= PC;
    if (profile.activateSca)
        m |= SCA;
    if (profile.activateCertView)
        m |= CertView;
    return m;
}

int ActivationMapper::typeModules(const QString &type)
{
    int m = 0;
    if (isVirtualMachine(type))
        m |= VM | PC | SCA;
    if (isContainerHost(type))
        m |= SCA;
    if (type.compare("Microsoft.Network/publicIPAddresses"_L1, Qt::CaseInsensitive) == 0)
        m |= CPS;
    if (isTlsEndpoint(type))
        m |= CertView;
    return m;
}

int ActivationMapper::applicableModules(const AzureResource &r, int typeModules)
{
    if (!r.publicIpAddresses.isEmpty() || !r.fqdns.isEmpty())
        typeModules |= CPS;
    return typeModules;
}

int ActivationMapper::applicableModules(const AzureResource &r)
{
    return applicableModules(r, typeModules(r.type));
}

QStringList ActivationMapper::modulesFor(const AzureResource &resource, int enabled)
{
    return moduleNames(enabled & applicableModules(resource));
}

QString ActivationMapper::moduleName(Module module)
{
    switch (module) {
    case VM:
        return u"VM"_s;
    case PC:
        return u"PC"_s;
    case SCA:
        return u"SCA"_s;
    case CPS:
        return u"CPS"_s;
    case CertView:
        return u"CERTVIEW"_s;
    }
    return {};
}

QStringList ActivationMapper::moduleNames(int modules)
{
    // Alphabetical, so that stored lists and hashes are stable.
    QStringList names;
    if (modules & CertView)
        names << moduleName(CertView);
    if (modules & CPS)
        names << moduleName(CPS);
    if (modules & PC)
        names << moduleName(PC);
    if (modules & SCA)
        names << moduleName(SCA);
    if (modules & VM)
        names << moduleName(VM);
    return names;
}

} // namespace atc
