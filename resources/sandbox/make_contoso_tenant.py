#!/usr/bin/env python3
"""Writes contoso-tenant.json, the emulator's sandbox tenant ("Contoso").

Deterministic: the same script always writes the same file. The ids of the tenant and of the
apps must match atc::emulator::sandbox in emulator/AzureEmulator.h.

    python3 resources/sandbox/make_contoso_tenant.py > resources/sandbox/contoso-tenant.json
"""
import json
import random

TENANT_ID = "8f3e2b1a-5c4d-4e6f-9a8b-7c6d5e4f3a2b"
DOMAIN = "contoso-sandbox.onmicrosoft.com"
MG = "/providers/Microsoft.Management/managementGroups/"

rnd = random.Random(20240607)


def sub_id(n):
    return "c0a1b2c3-%04x-4d5e-9f60-7a8b9c0d1e%02x" % (n, n)


groups = [
    ("contoso", "Contoso", None),
    ("contoso-platform", "Platform", "contoso"),
    ("contoso-landingzones", "Landing Zones", "contoso"),
    ("contoso-sandbox", "Sandbox", "contoso"),
    ("contoso-decommissioned", "Decommissioned", "contoso"),
    ("contoso-identity", "Identity", "contoso-platform"),
    ("contoso-connectivity", "Connectivity", "contoso-platform"),
    ("contoso-management", "Management", "contoso-platform"),
    ("contoso-corp", "Corp", "contoso-landingzones"),
    ("contoso-online", "Online", "contoso-landingzones"),
]

# (n, displayName, parent group, state, env, owner, costCenter, region, workload mix)
subscriptions = [
    (1, "Contoso Identity", "contoso-identity", "Enabled", "prod", "identity-team", "CC-1100", "westeurope", "identity"),
    (2, "Contoso Connectivity", "contoso-connectivity", "Enabled", "prod", "network-team", "CC-1100", "westeurope", "network"),
    (3, "Contoso Management", "contoso-management", "Enabled", "prod", "platform-team", "CC-1100", "northeurope", "mgmt"),
    (4, "Corp Finance Prod", "contoso-corp", "Enabled", "prod", "finance-it", "CC-2100", "westeurope", "corp"),
    (5, "Corp HR Prod", "contoso-corp", "Enabled", "prod", "hr-it", "CC-2200", "northeurope", "corp"),
    (6, "Corp Shared Dev", "contoso-corp", "Enabled", "dev", "finance-it", "CC-2100", "westeurope", "corp"),
    (7, "Online Web Prod", "contoso-online", "Enabled", "prod", "web-team", "CC-3100", "eastus", "web"),
    (8, "Online Web Dev", "contoso-online", "Enabled", "dev", "web-team", "CC-3100", "eastus2", "web"),
    (9, "Online Mobile API", "contoso-online", "Enabled", "prod", "mobile-team", "CC-3200", "westus2", "web"),
    (10, "Sandbox Playground", "contoso-sandbox", "Enabled", "sandbox", "sre-team", "CC-9000", "uksouth", "sandbox"),
    (11, "Sandbox Data Science", "contoso-sandbox", "Warned", "sandbox", "data-team", "CC-9000", "southeastasia", "data"),
    (12, "Legacy ERP (disabled)", "contoso-decommissioned", "Disabled", "prod", "finance-it", "CC-2100", "westeurope", "corp"),
    (13, "Contoso Pay-As-You-Go", None, "Enabled", "test", "it-ops", "CC-1000", "centralus", "web"),
]

MIX = {
    "identity": ["vm", "nic", "disk", "kv", "nsg", "vnet", "id", "log"],
    "network": ["vnet", "pip", "pip", "agw", "lb", "nsg", "rt", "fw", "vgw", "pe", "dns"],
    "mgmt": ["log", "aa", "st", "kv", "appi", "vm", "nic", "disk", "id"],
    "corp": ["vm", "vm", "nic", "nic", "disk", "disk", "sql", "sqldb", "sqldb", "st", "kv", "nsg", "pe", "app", "asp"],
    "web": ["app", "app", "asp", "agw", "pip", "aks", "acr", "cosmos", "st", "kv", "appi", "func", "redis", "vmss", "lb", "nsg", "pe"],
    "sandbox": ["vm", "nic", "disk", "pip", "st", "app", "asp", "nsg"],
    "data": ["st", "st", "cosmos", "sql", "sqldb", "vm", "nic", "disk", "kv", "evh", "sb"],
}
TYPES = {
    "vm": ("Microsoft.Compute/virtualMachines", "vm"),
    "vmss": ("Microsoft.Compute/virtualMachineScaleSets", "vmss"),
    "disk": ("Microsoft.Compute/disks", "disk"),
    "nic": ("Microsoft.Network/networkInterfaces", "nic"),
    "pip": ("Microsoft.Network/publicIPAddresses", "pip"),
    "vnet": ("Microsoft.Network/virtualNetworks", "vnet"),
    "nsg": ("Microsoft.Network/networkSecurityGroups", "nsg"),
    "lb": ("Microsoft.Network/loadBalancers", "lb"),
    "agw": ("Microsoft.Network/applicationGateways", "agw"),
    "rt": ("Microsoft.Network/routeTables", "rt"),
    "fw": ("Microsoft.Network/azureFirewalls", "afw"),
    "vgw": ("Microsoft.Network/virtualNetworkGateways", "vgw"),
    "pe": ("Microsoft.Network/privateEndpoints", "pe"),
    "dns": ("Microsoft.Network/privateDnsZones", "privatelink"),
    "st": ("Microsoft.Storage/storageAccounts", "st"),
    "app": ("Microsoft.Web/sites", "app"),
    "func": ("Microsoft.Web/sites", "func"),
    "asp": ("Microsoft.Web/serverFarms", "asp"),
    "aks": ("Microsoft.ContainerService/managedClusters", "aks"),
    "acr": ("Microsoft.ContainerRegistry/registries", "acr"),
    "kv": ("Microsoft.KeyVault/vaults", "kv"),
    "sql": ("Microsoft.Sql/servers", "sql"),
    "sqldb": ("Microsoft.Sql/servers/databases", "sqldb"),
    "cosmos": ("Microsoft.DocumentDB/databaseAccounts", "cosmos"),
    "appi": ("Microsoft.Insights/components", "appi"),
    "log": ("Microsoft.OperationalInsights/workspaces", "log"),
    "aa": ("Microsoft.Automation/automationAccounts", "aa"),
    "id": ("Microsoft.ManagedIdentity/userAssignedIdentities", "id"),
    "redis": ("Microsoft.Cache/redis", "redis"),
    "evh": ("Microsoft.EventHub/namespaces", "evhns"),
    "sb": ("Microsoft.ServiceBus/namespaces", "sb"),
}
APPS = ["billing", "hr", "portal", "shop", "crm", "erp", "api", "search", "auth", "reports", "ledger", "payroll"]
COUNTS = {1: 28, 2: 46, 3: 30, 4: 52, 5: 40, 6: 38, 7: 62, 8: 44, 9: 48, 10: 30, 11: 36, 12: 22, 13: 24}

resources = []
for n, name, parent, state, env, owner, cc, region, mix in subscriptions:
    sid = sub_id(n)
    short = name.lower().replace(" ", "")[:6]
    regions = [region, region, region, rnd.choice(["westeurope", "northeurope", "eastus", "westus2", "uksouth", "japaneast"])]
    rgs = ["rg-%s-%s-%02d" % (rnd.choice(APPS), env, i + 1) for i in range(max(2, COUNTS[n] // 12))]
    used = set()
    for i in range(COUNTS[n]):
        key = rnd.choice(MIX[mix])
        rtype, prefix = TYPES[key]
        app = rnd.choice(APPS)
        loc = rnd.choice(regions)
        attempt = 0
        while True:
            attempt += 1
            if key in ("st", "acr"):
                rname = "%s%s%s%03d" % (prefix, app, env[:4], rnd.randrange(1000))
            elif key == "sqldb":
                rname = "sql-%s-%s/%s-db" % (app, env, app)
            elif key == "dns":
                rname = "privatelink.%s.core.windows.net" % rnd.choice(["blob", "file", "queue", "table"])
            else:
                rname = "%s-%s-%s-%s-%02d" % (prefix, app, env, loc[:6], rnd.randrange(1, 40))
            if attempt > 20:
                rname = "%s-%d" % (rname, i)
            if rname not in used:
                used.add(rname)
                break
        r = {
            "subscriptionId": sid,
            "resourceGroup": rnd.choice(rgs),
            "type": rtype,
            "name": rname,
            "location": "global" if key == "dns" else loc,
            "tags": {"env": env, "owner": owner, "costCenter": cc, "app": app},
        }
        if rnd.random() < 0.15:
            del r["tags"]["app"]
        if key == "pip":
            r["publicIp"] = "%d.%d.%d.%d" % (rnd.choice([20, 40, 51, 52, 104, 137]), rnd.randrange(256), rnd.randrange(256), rnd.randrange(1, 255))
            if rnd.random() < 0.5:
                r["fqdn"] = "%s.%s.cloudapp.azure.com" % (rname, loc)
        elif key in ("app", "func"):
            r["fqdn"] = "%s.azurewebsites.net" % rname
            r["properties"] = {"state": "Running", "kind": "functionapp" if key == "func" else "app"}
        elif key == "agw":
            r["fqdn"] = "%s.%s.cloudapp.azure.com" % (rname, loc)
            r["publicIp"] = "20.%d.%d.%d" % (rnd.randrange(256), rnd.randrange(256), rnd.randrange(1, 255))
        elif key == "aks":
            r["fqdn"] = "%s-dns-%06x.hcp.%s.azmk8s.io" % (rname, rnd.randrange(1 << 24), loc)
        elif key == "sql":
            r["fqdn"] = "%s.database.windows.net" % rname
        elif key == "vm":
            r["properties"] = {"hardwareProfile": {"vmSize": rnd.choice(["Standard_B2s", "Standard_D2s_v5", "Standard_D4s_v5", "Standard_E4s_v5"])},
                               "storageProfile": {"osDisk": {"osType": rnd.choice(["Linux", "Linux", "Windows"])}}}
            if rnd.random() < 0.3:
                r["publicIp"] = "52.%d.%d.%d" % (rnd.randrange(256), rnd.randrange(256), rnd.randrange(1, 255))
        elif key == "acr":
            r["fqdn"] = "%s.azurecr.io" % rname
        elif key == "kv":
            r["fqdn"] = "%s.vault.azure.net" % rname
        elif key == "cosmos":
            r["fqdn"] = "%s.documents.azure.com" % rname
        resources.append(r)

tenant = {
    "tenantId": TENANT_ID,
    "displayName": "Contoso (sandbox)",
    "domains": [DOMAIN, "contoso.example"],
    "managementGroups": [{"name": TENANT_ID, "displayName": "Tenant Root Group"}]
    + [dict({"name": g, "displayName": d}, **({"parent": p} if p else {})) for g, d, p in groups],
    "subscriptions": [
        dict({"subscriptionId": sub_id(n), "displayName": name, "state": state,
              "tags": {"env": env, "owner": owner, "costCenter": cc}}, **({"parent": parent} if parent else {}))
        for n, name, parent, state, env, owner, cc, region, mix in subscriptions
    ],
    "resources": resources,
    "apps": [
        {"clientId": "0d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a", "displayName": "atc-discovery",
         "secrets": [{"value": "sandbox-secret-value-not-for-production", "expires": "2099-12-31T00:00:00Z"}],
         "roles": [{"role": "Reader", "scope": MG + TENANT_ID}]},
        {"clientId": "3a9f1c2e-7b6d-4e5f-8a1b-2c3d4e5f6a7b", "displayName": "atc-expired-secret",
         "secrets": [{"value": "sandbox-expired-secret-value", "expires": "2024-01-31T00:00:00Z"}],
         "roles": [{"role": "Reader", "scope": MG + TENANT_ID}]},
        {"clientId": "5b8e2d1f-9c7a-4b6e-8d5c-4e3f2a1b0c9d", "displayName": "atc-one-subscription",
         "secrets": [{"value": "sandbox-subscription-reader-secret"}],
         "roles": [{"role": "Reader", "scope": "/subscriptions/" + sub_id(7)}]},
        {"clientId": "7c1d3e5f-2a4b-4c6d-9e8f-1a2b3c4d5e6f", "displayName": "atc-remediation",
         "secrets": [{"value": "sandbox-contributor-secret"}],
         "roles": [{"role": "Contributor", "scope": MG + TENANT_ID}]},
    ],
}
print(json.dumps(tenant, indent=1))
