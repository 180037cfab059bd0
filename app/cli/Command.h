#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

#include "CliContext.h"

namespace atc::cli {

/**
 * What a verb's run() gets: the parsed options, the positional arguments and the checked
 * `--format` (lower case; empty when the verb has no --format).
 */
struct CommandArgs
{
    const QCommandLineParser &parser;
    QStringList positional;
    QString format;

    bool isSet(const QString &option) const { return parser.isSet(option); }
    QString value(const QString &option) const { return parser.value(option); }
    bool json() const { return format == QLatin1String("json"); }
};

/**
 * One `atc` verb (anchor: KeePassXC src/cli/Command.h). A verb declares, in its constructor,
 * its name, a one-line summary for `atc --help`, the description of its own `--help`, its
 * options, positional arguments and output formats; execute() does the rest once for every
 * verb, in this order:
 *
 *   parse the options ── error ──────────────────────────────► "atc: error: …", ExitBadInput
 *   --quiet / --verbose (every verb) ────────────────────────► ctx.quiet, ctx.verbose
 *   --help, --help-all ("Usage: atc <verb> …") ──────────────► help on stdout, ExitOk
 *   positional arguments (min..max) ── wrong count ──────────► usage words,    ExitBadInput
 *   --format (one of formats(), any case) ── other ──────────► one message,    ExitBadInput
 *   run(ctx, args) ──────────────────────────────────────────► the verb's exit code
 *
 * Exit codes: ExitCode in CliContext.h (docs/cli.md). A verb that waits for asynchronous work
 * uses runToEnd() (RunToEnd.h), never an event loop of its own.
 */
class Command
{
public:
    virtual ~Command();

    QString name() const { return m_name; }
    /** The translated one-line summary shown by `atc --help`. */
    QString summary() const;

    /** Parses ctx.args (argv with the verb removed) and runs the verb; returns the exit code. */
    int execute(CliContext &ctx);

protected:
    /** `summary` is untranslated, marked with QT_TRANSLATE_NOOP("atc", …). */
    Command(const char *name, const char *summary);

    /** The verb's work, after every check of execute() passed. */
    virtual int run(CliContext &ctx, const CommandArgs &args) = 0;
    /**
     * The words for a wrong number of positional arguments, without "atc: error: ". By default
     * "unexpected argument '…'" for one too many; verbs with positional arguments say their usage.
     */
    virtual QString usageError(const QStringList &positional) const;

    void setDescription(const QString &description) { m_description = description; }
    void addOption(const QCommandLineOption &option) { m_options.append(option); }
    /** A positional argument shown in --help; the count accepted is setArgumentCount(). */
    void addPositional(const QString &name, const QString &description,
                       const QString &syntax = QString());
    void setArgumentCount(int min, int max);
    /**
     * Adds `--format`: `formats` are the accepted values (lower case); `defaultValue` empty
     * means none (the option is then required by the verb's usage, not by execute()).
     */
    void setFormats(const QStringList &formats, const QString &help, const QString &valueName,
                    const QString &defaultValue);
    /** Replaces the first line of --help (by default "Usage: atc <verb> [options] …"). */
    void setHelpUsage(const QString &usage) { m_helpUsage = usage; }

private:
    QString m_name;
    const char *m_summary;
    QString m_description;
    QList<QCommandLineOption> m_options;
    struct Positional
    {
        QString name, description, syntax;
    };
    QList<Positional> m_positionals;
    int m_minArguments = 0;
    int m_maxArguments = 0;
    QStringList m_formats;
    QString m_helpUsage;
};

} // namespace atc::cli
