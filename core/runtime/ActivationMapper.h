#pragma once

#include <QString>
#include <QStringList>

#include "azure/AzureTypes.h"
#include "model/ConnectorProfile.h"

namespace atc {

/**
 * Which activation modules apply to which resources (docs/activation.md):
 * VM and PC → virtual machines and scale sets; SCA → virtual machines, scale sets and
 * container hosts; CPS (cloud perimeter scan) → resources with a public IP address or public
 * DNS name; CERTVIEW → public endpoints serving TLS (App Service, application gateways, Front
 * Door, CDN, API Management, container apps, static web apps).
 */
class ActivationMapper
{
public:
    enum Module
    {
        VM = 0x1,
        PC = 0x2,
        SCA = 0x4,
        CPS = 0x8,
        CertView = 0x10,
    };

    /** The modules the profile turns on (CPS only with VM, as the model requires). */
    static int enabledModules(const ConnectorProfile &profile);
    /** The modules that apply to the resource, whatever the profile. */
    static int applicableModules(const AzureResource &resource);
    /** The part of applicableModules() that depends on the type alone. */
    static int typeModules(const QString &type);
    /** applicableModules() with typeModules(resource.type) already known. */
    static int applicableModules(const AzureResource &resource, int typeModules);
    /** enabled ∩ applicable, as sorted module names ("CERTVIEW", "CPS", "PC", "SCA", "VM"). */
    static QStringList modulesFor(const AzureResource &resource, int enabledModules);

    static QString moduleName(Module module);
    static QStringList moduleNames(int modules);

    static bool isVirtualMachine(const QString &type);
    static bool isContainerHost(const QString &type);
    static bool isTlsEndpoint(const QString &type);
};

} // namespace atc
