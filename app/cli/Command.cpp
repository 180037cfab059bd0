#include "Command.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace atc::cli {

using namespace Qt::Literals::StringLiterals;

Command::Command(const char *name, const char *summary)
    : m_name(QString::fromLatin1(name)), m_summary(summary)
{}

Command::~Command() = default;

QString Command::summary() const
{
    return QCoreApplication::translate("atc", m_summary);
}

void Command::addPositional(const QString &name, const QString &description, const QString &syntax)
{
    m_positionals.append({name, description, syntax});
}

void Command::setArgumentCount(int min, int max)
{
    m_minArguments = min;
    m_maxArguments = max;
}

void Command::setFormats(const QStringList &formats, const QString &help, const QString &valueName,
                         const QString &defaultValue)
{
    m_formats = formats;
    // A verb may narrow or widen the formats its family declared: the last call wins.
    m_options.removeIf([](const QCommandLineOption &o) { return o.names().contains(u"format"_s); });
    m_options.append(defaultValue.isEmpty()
                         ? QCommandLineOption(u"format"_s, help, valueName)
                         : QCommandLineOption(u"format"_s, help, valueName, defaultValue));
}

QString Command::usageError(const QStringList &positional) const
{
    if (positional.size() > m_maxArguments)
        return QCoreApplication::translate("atc", "unexpected argument '%1'")
            .arg(positional.at(m_maxArguments));
    return QCoreApplication::translate("atc", "missing argument. Run 'atc %1 --help'.").arg(m_name);
}

int Command::execute(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(m_description);
    // Our own help options instead of addHelpOption(): --help-all would list Qt's options
    // (-platform …), which mean nothing to `atc`. Qt's words, so Qt's catalogue translates them.
    const QCommandLineOption help(
        {u"h"_s, u"help"_s},
        QCoreApplication::translate("QCommandLineParser", "Displays help on commandline options."));
    QCommandLineOption helpAll(u"help-all"_s, QString());
    helpAll.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(help);
    parser.addOption(helpAll);
    parser.addOption({{u"q"_s, u"quiet"_s},
                      QCoreApplication::translate("atc", "Only errors and warnings on stderr.")});
    parser.addOption(
        {u"verbose"_s, QCoreApplication::translate(
                           "atc", "Progress on stderr even off a terminal, and the developer "
                                  "log lines (atc.azure, atc.store …).")});
    for (const Positional &p : std::as_const(m_positionals))
        parser.addPositionalArgument(p.name, p.description, p.syntax);
    parser.addOptions(m_options);
    if (!parser.parse(ctx.args)) {
        ctx.error(parser.errorText());
        return ExitBadInput;
    }
    ctx.quiet = parser.isSet(u"quiet"_s);
    ctx.verbose = parser.isSet(u"verbose"_s) && !ctx.quiet;
    if (ctx.verbose) // main() silenced atc.*; QT_LOGGING_RULES still wins over this
        QLoggingCategory::setFilterRules(u"atc.*=true"_s);
    if (parser.isSet(help) || parser.isSet(helpAll)) {
        QString text = parser.helpText();
        const qsizetype eol = text.indexOf(u'\n');
        if (!m_helpUsage.isEmpty()) {
            text.replace(0, eol, m_helpUsage);
        } else if (const QString exe = QCoreApplication::arguments().value(0); !exe.isEmpty()) {
            // The parser names argv[0] (a full path); a user types "atc <verb>".
            const qsizetype at = text.left(eol).indexOf(exe);
            if (at >= 0)
                text.replace(at, exe.size(), u"atc "_s + m_name);
        }
        ctx.out << text;
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < m_minArguments || positional.size() > m_maxArguments) {
        ctx.error(usageError(positional));
        return ExitBadInput;
    }
    QString format;
    if (!m_formats.isEmpty() &&
        (parser.isSet(u"format"_s) || !parser.value(u"format"_s).isEmpty())) {
        // One parsing for every verb: any case, one message naming the accepted values.
        format = parser.value(u"format"_s).toLower();
        if (!m_formats.contains(format)) {
            // "a or b", "a, b or c": the list's last pair is joined by the translated "or".
            QString accepted = m_formats.constFirst();
            for (qsizetype i = 1; i < m_formats.size(); ++i) {
                accepted = i + 1 < m_formats.size() ? QCoreApplication::translate("atc", "%1, %2")
                                                          .arg(accepted, m_formats.at(i))
                                                    : QCoreApplication::translate("atc", "%1 or %2")
                                                          .arg(accepted, m_formats.at(i));
            }
            ctx.error(QCoreApplication::translate("atc", "--format must be %1, not \"%2\".")
                          .arg(accepted, parser.value(u"format"_s)));
            return ExitBadInput;
        }
    }
    return run(ctx, CommandArgs{parser, positional, format});
}

} // namespace atc::cli
