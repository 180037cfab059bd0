#pragma once

// What `test-connection`, `discover` and `sandbox` share: running the Azure jobs to their end,
// their exit codes and their text and JSON output.

#include <QJsonObject>

#include "CliContext.h"
#include "azure/ConnectionTester.h"
#include "azure/ResourceDiscovery.h"
#include "azure/TenantDiscovery.h"

namespace atc::cli {

/** The exit code (docs/cli.md) for an Azure error; ExitOk for none. */
int exitCodeFor(const AzureError &e);

/** Runs a ConnectionTester to its end (runToEnd); `verbose`: each step on stderr. */
ConnectionTester::Result runTester(const CliContext &ctx, AzureSession *session, bool write,
                                   bool verbose);

struct Discovery
{
    TenantDiscovery::Result tenant;
    ResourceDiscovery::Result resources;
    QList<AzureResource> resourceList;
    bool ranResources = false;
};
/** Runs the tenant discovery and, `withResources`, the resource discovery to their end. */
Discovery runDiscovery(const CliContext &ctx, AzureSession *session, bool withResources,
                       bool verbose);

QJsonObject snapshotJson(const TenantSnapshot &s);
QJsonObject resourceJson(const AzureResource &r);
QJsonObject testResultJson(const ConnectionTester::Result &r);
/** The management-group tree with its subscriptions, terminal-safe. */
void printTree(const CliContext &ctx, const TenantSnapshot &s);
/** One line per Test Connection step (and its advice), terminal-safe. */
void printSteps(const CliContext &ctx, const ConnectionTester::Result &r);

} // namespace atc::cli
