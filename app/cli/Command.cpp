#include "Command.h"

#include <QCoreApplication>

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
    parser.addHelpOption();
    for (const Positional &p : std::as_const(m_positionals))
        parser.addPositionalArgument(p.name, p.description, p.syntax);
    parser.addOptions(m_options);
    if (!parser.parse(ctx.args)) {
        ctx.error(parser.errorText());
        return ExitBadInput;
    }
    if (parser.isSet(u"help"_s)) {
        QString help = parser.helpText();
        if (!m_helpUsage.isEmpty()) // the parser names argv[0] (a full path): what a user types
            help.replace(0, help.indexOf(u'\n'), m_helpUsage);
        ctx.out << help;
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
            QString accepted = m_formats.constFirst();
            for (qsizetype i = 1; i < m_formats.size(); ++i)
                accepted =
                    QCoreApplication::translate("atc", "%1 or %2").arg(accepted, m_formats.at(i));
            ctx.error(QCoreApplication::translate("atc", "--format must be %1, not \"%2\".")
                          .arg(accepted, parser.value(u"format"_s)));
            return ExitBadInput;
        }
    }
    return run(ctx, CommandArgs{parser, positional, format});
}

} // namespace atc::cli
