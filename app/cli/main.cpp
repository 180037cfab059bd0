#include <cstdio>

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
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
        << QCoreApplication::translate(
               "atc",
               "Run 'atc <command> --help' for a command's options. Exit codes: docs/cli.md.")
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

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments();
    if (args.size() < 2 || args.at(1) == QLatin1String("--help") ||
        args.at(1) == QLatin1String("-h")) {
        printUsage(args.size() < 2 ? err : out);
        return args.size() < 2 ? ExitBadInput : ExitOk;
    }
    if (args.at(1) == QLatin1String("--version") || args.at(1) == QLatin1String("-v")) {
        out << "atc " << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitOk;
    }
    const QString command = args.takeAt(1);
    if (Command *c = findCommand(command)) {
        CliContext ctx{command, args, out, err};
        const int rc = c->execute(ctx);
        out.flush();
        err.flush();
        return rc;
    }
    err << QCoreApplication::translate("atc", "atc: unknown command '%1'").arg(command) << "\n\n";
    printUsage(err);
    return ExitBadInput;
}
