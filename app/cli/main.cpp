#include <cstdio>

#include <unistd.h>

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTextStream>
#include <QTranslator>

#include "CliContext.h"
#include "Commands.h"
#include "io/PrivatePaths.h"

using namespace atc::cli;

namespace {

void printUsage(QTextStream &out)
{
    out << QCoreApplication::translate("atc", "Usage: atc <command> [options]") << "\n\n"
        << QCoreApplication::translate("atc", "Commands:") << "\n";
    for (const auto &c : commands())
        out << "  " << c->name().leftJustified(20) << c->summary() << "\n";
    out << "\n"
        << QCoreApplication::translate("atc", "Options of every command: --help, --quiet (-q), "
                                              "--verbose. atc --version prints the version.")
        << "\n"
        << QCoreApplication::translate("atc", "Run 'atc help <command>' or 'atc <command> --help' "
                                              "for a command's options. Exit codes: docs/cli.md.")
        << "\n";
}

} // namespace

int main(int argc, char **argv)
{
    // No core dump (it would hold the authentication key) and private files: PrivatePaths.h.
    atc::PrivatePaths::protectProcess();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("AzureTenantConnector"));
    QCoreApplication::setApplicationName(QStringLiteral("azure-tenant-connector"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ATC_VERSION_STRING));

    // Messages in the environment's language (LC_ALL, LC_MESSAGES, LANG) when a translation
    // exists: ours are embedded under :/i18n; Qt's own (QCommandLineParser's help) come from
    // Qt's catalogue. Unlike the desktop, the settings' language is not used: a shell user
    // expects the CLI to follow the shell.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("atc"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    // The developer log lines (atc.store, atc.azure, atc.qualys …) are not for an ordinary
    // command's stderr: only with --verbose (Command::execute) or QT_LOGGING_RULES, which
    // Qt applies after these rules.
    QLoggingCategory::setFilterRules(QStringLiteral("atc.*=false"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments();
    const QString first = args.value(1);
    if (args.size() < 2 || first == QLatin1String("--help") || first == QLatin1String("-h") ||
        first == QLatin1String("--help-all") ||
        (first == QLatin1String("help") && args.size() == 2)) {
        printUsage(args.size() < 2 ? err : out);
        return args.size() < 2 ? ExitBadInput : ExitOk;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v") ||
        first == QLatin1String("version")) {
        out << "atc " << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitOk;
    }
    if (first == QLatin1String("help")) { // atc help <command>: that command's --help
        if (args.size() > 3) {
            err << QCoreApplication::translate("atc", "atc: error: usage: atc help [command]")
                << Qt::endl;
            return ExitBadInput;
        }
        args = QStringList{args.at(0), args.at(2), QStringLiteral("--help")};
    }
    const QString command = args.takeAt(1);
    if (Command *c = findCommand(command)) {
        CliContext ctx{command, args, out, err};
        ctx.errIsTerminal = isatty(STDERR_FILENO) == 1;
        const int rc = c->execute(ctx);
        out.flush();
        err.flush();
        return rc;
    }
    err << QCoreApplication::translate("atc", "atc: unknown command '%1'").arg(command) << "\n\n";
    printUsage(err);
    return ExitBadInput;
}
