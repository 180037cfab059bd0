#pragma once

#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

class QNetworkAccessManager;

namespace atc::cli {

/** Documented in docs/cli.md. Never reuse a number for another meaning. */
enum ExitCode
{
    ExitOk = 0,
    ExitFailure = 1,           ///< anything not covered below (including a partial run)
    ExitBadInput = 2,          ///< bad arguments, invalid profile, unknown profile
    ExitAuthFailure = 3,       ///< token request refused (tenant, app, secret)
    ExitPermissionFailure = 4, ///< authenticated but not authorised (role missing)
    ExitNetworkFailure = 5,    ///< DNS, TLS, proxy, timeout, server unreachable or failing
    ExitBusy = 6,              ///< a run of that connector is already in progress
    ExitSecretUnavailable = 7, ///< no secret in the keychain or AZURE_CLIENT_SECRET
    ExitDisabled = 8,          ///< the tenant connector is disabled (atc profiles enable)
    ExitInventoryDamaged = 9,  ///< the inventory file is damaged (restore a backup or delete it)
    ExitQualysFailure = 10,    ///< a Qualys platform refused or could not complete the request
    ExitCancelled = 130,       ///< interrupted (SIGINT/SIGTERM)
};

/**
 * What one CLI command gets: its arguments (program name first, the command word removed
 * from the rest so that QCommandLineParser sees `atc-<command> [options]`), and the two
 * streams. Machine-readable output goes to `out`; progress and errors to `err`.
 */
struct CliContext
{
    QString command;  ///< e.g. "profiles"
    QStringList args; ///< argv with the command word removed
    QTextStream &out;
    QTextStream &err;
    bool quiet = false;         ///< --quiet: errors and warnings only
    bool verbose = false;       ///< --verbose: progress even off a terminal, developer log lines
    bool errIsTerminal = false; ///< stderr is a terminal (progress is for a person watching)

    void printJson(const QJsonValue &value) const;
    /**
     * Transient progress ("Resources: 3 of 9 …"): on stderr only when a person watches it (a
     * terminal) or with --verbose, never with --quiet; terminal-safe.
     */
    void progress(const QString &text) const;
    /** An outcome worth a line on stderr ("3 assets exported"): unless --quiet; terminal-safe. */
    void note(const QString &text) const;
    /** A whole "atc: warning: …" line: always (even --quiet); terminal-safe. */
    void warn(const QString &line) const;
    void error(const QString &text) const; ///< "atc: error: …" on stderr (terminal-safe)
};

/**
 * `text` safe to print on a terminal: every C0 control (line break and tab included), DEL,
 * C1 control and line/paragraph separator becomes U+FFFD, so that a name from Azure or a
 * profile cannot move the cursor, clear the screen or fake a line. For fields in text output;
 * JSON output needs nothing (QJsonDocument escapes them).
 */
QString printable(const QString &text);
/** Like printable(), but keeps line breaks and tabs (for whole messages the CLI composed). */
QString printableLines(const QString &text);

/**
 * The settings' proxy on `nam` (ProxyConfigurator), waiting (runToEnd) for the keychain's proxy
 * password when there is one; a problem (no password) is a warning on stderr, not a failure.
 */
void configureProxy(const CliContext &ctx, QNetworkAccessManager *nam);

} // namespace atc::cli
