#include "CliContext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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

void CliContext::progress(const QString &text) const
{
    err << text << Qt::endl;
}

void CliContext::error(const QString &text) const
{
    err << QCoreApplication::translate("atc", "atc: error: %1").arg(text) << Qt::endl;
}

void configureProxy(const CliContext &ctx, QNetworkAccessManager *nam)
{
    const AppSettings settings;
    KeychainSecretStore keychain;
    ProxyConfigurator proxy(nam, &keychain);
    QObject::connect(&proxy, &ProxyConfigurator::ready, &proxy, [] { QCoreApplication::exit(0); });
    proxy.apply(settings);
    QCoreApplication::exec(); // until the keychain answered (ready() always comes later)
    if (!proxy.problem().isEmpty())
        ctx.progress(QCoreApplication::translate("atc", "atc: warning: %1").arg(proxy.problem()));
}

} // namespace atc::cli
