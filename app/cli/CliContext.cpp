#include "CliContext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "RunToEnd.h"
#include "runtime/ProxyConfigurator.h"
#include "store/AppSettings.h"
#include "store/KeychainSecretStore.h"

namespace atc::cli {

void CliContext::printJson(const QJsonValue &value) const
{
    QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    out.flush();
}

namespace {

QString replaceControls(const QString &text, bool keepLines)
{
    QString out = text;
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if (keepLines && (u == u'\n' || u == u'\t'))
            continue;
        if (u < 0x20 || (u >= 0x7f && u <= 0x9f) || u == 0x2028 || u == 0x2029)
            c = QChar(QChar::ReplacementCharacter);
    }
    return out;
}

} // namespace

QString printable(const QString &text)
{
    return replaceControls(text, false);
}

QString printableLines(const QString &text)
{
    return replaceControls(text, true);
}

void CliContext::progress(const QString &text) const
{
    if (!quiet && (errIsTerminal || verbose))
        err << printableLines(text) << Qt::endl;
}

void CliContext::note(const QString &text) const
{
    if (!quiet)
        err << printableLines(text) << Qt::endl;
}

void CliContext::warn(const QString &line) const
{
    err << printableLines(line) << Qt::endl;
}

void CliContext::error(const QString &text) const
{
    err << printableLines(QCoreApplication::translate("atc", "atc: error: %1").arg(text))
        << Qt::endl;
}

void configureProxy(const CliContext &ctx, QNetworkAccessManager *nam)
{
    const AppSettings settings;
    KeychainSecretStore keychain;
    ProxyConfigurator proxy(nam, &keychain);
    runToEnd<bool>([&](const std::function<void(bool)> &finish) {
        QObject::connect(&proxy, &ProxyConfigurator::ready, &proxy, [finish] { finish(true); });
        proxy.apply(settings);
    });
    if (!proxy.problem().isEmpty())
        ctx.warn(QCoreApplication::translate("atc", "atc: warning: %1").arg(proxy.problem()));
}

} // namespace atc::cli
