#pragma once

// What the runtime verbs (`run`, `daemon`, `connectors`, `inventory`, `perimeter-targets`)
// share: the data folder's paths, profiles by id or name, validation words, the secret
// provider, exit codes and JSON of a run. Documented in docs/cli-runtime.md.

#include <optional>

#include <QJsonObject>
#include <QList>

#include "CliContext.h"
#include "runtime/ConnectorRuntime.h"
#include "store/SecretResolver.h"

namespace atc::cli {

struct Paths
{
    QString dataDir;
    QString database;
    QString locks;
    QString profiles;
};
/** The data folder of the settings and the files in it. */
Paths paths();

/** The saved profiles; a file that cannot be loaded is a warning on stderr. */
QList<ConnectorProfile> loadProfiles(const CliContext &ctx, const Paths &p);
/** Empty when `p` may run; else the validator's words, naming each field of the file. */
QString problemsOf(const ConnectorProfile &p);
QString invalidProfileText(const ConnectorProfile &p, const QString &problems);
/** A profile by id or name (case-insensitive); reports and returns nullopt when unknown. */
std::optional<ConnectorProfile>
findProfile(const CliContext &ctx, const QList<ConnectorProfile> &profiles, const QString &wanted);

QString iso(const QDateTime &t);
QJsonValue isoOrNull(const QDateTime &t);

/**
 * The CLI's way to the authentication key (SecretResolver): AZURE_CLIENT_SECRET, else the
 * keychain, never an argument; a failure mentions the environment variable.
 */
SecretResolver::Options cliSecretOptions();
ConnectorRuntime::SecretProvider cliSecrets(SecretStore *keychain);
/** The exit code (docs/cli.md) of one finished run. */
int exitCodeFor(const RunSummary &s);
QJsonObject summaryJson(const QString &profileName, const RunSummary &s);

/** One progress line of `atc run`: "Sandbox: 45% Reading resources: 3 of 13 subscriptions, …". */
QString progressLine(const QString &profileName, const RunProgress &progress);

/** A read of the inventory stopped on an error: words, and no partial output. */
int inventoryReadFailed(CliContext &ctx, const InventoryDatabase &db);

} // namespace atc::cli
