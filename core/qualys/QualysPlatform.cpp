#include "QualysPlatform.h"

#include "azure/AzureSession.h"

using namespace Qt::Literals::StringLiterals;

namespace atc {

namespace {

struct Pod
{
    const char *id;
    const char *apiHost;
    const char *gatewayHost;
};

// Reference §1.1. Gateways of GOV1 and of private clouds are not known: those need custom URLs.
// EU3 and UK1 gateways follow the third-party rule (qualysapi → gateway); both are overridable.
const Pod kPods[] = {
    {"US1", "qualysapi.qualys.com", "gateway.qg1.apps.qualys.com"},
    {"US2", "qualysapi.qg2.apps.qualys.com", "gateway.qg2.apps.qualys.com"},
    {"US3", "qualysapi.qg3.apps.qualys.com", "gateway.qg3.apps.qualys.com"},
    {"US4", "qualysapi.qg4.apps.qualys.com", "gateway.qg4.apps.qualys.com"},
    {"EU1", "qualysapi.qualys.eu", "gateway.qg1.apps.qualys.eu"},
    {"EU2", "qualysapi.qg2.apps.qualys.eu", "gateway.qg2.apps.qualys.eu"},
    {"EU3", "qualysapi.qg3.apps.qualys.it", "gateway.qg3.apps.qualys.it"},
    {"IN1", "qualysapi.qg1.apps.qualys.in", "gateway.qg1.apps.qualys.in"},
    {"CA1", "qualysapi.qg1.apps.qualys.ca", "gateway.qg1.apps.qualys.ca"},
    {"AE1", "qualysapi.qg1.apps.qualys.ae", "gateway.qg1.apps.qualys.ae"},
    {"UK1", "qualysapi.qg1.apps.qualys.co.uk", "gateway.qg1.apps.qualys.co.uk"},
    {"AU1", "qualysapi.qg1.apps.qualys.com.au", "gateway.qg1.apps.qualys.com.au"},
    {"KSA1", "qualysapi.qg1.apps.qualysksa.com", "gateway.qg1.apps.qualysksa.com"},
};

QualysPlatform fromPod(const Pod &pod)
{
    QualysPlatform p;
    p.id = QString::fromLatin1(pod.id);
    p.apiServer = QUrl(u"https://"_s + QString::fromLatin1(pod.apiHost));
    p.gateway = QUrl(u"https://"_s + QString::fromLatin1(pod.gatewayHost));
    p.title = p.id + u" ("_s + p.apiServer.host() + u')';
    return p;
}

QString origin(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    const int port = url.port(scheme == "https"_L1 ? 443 : scheme == "http"_L1 ? 80 : -1);
    return scheme + u"://"_s + url.host().toLower() + u':' + QString::number(port);
}

} // namespace

QString QualysPlatform::key() const
{
    if (isCustom())
        return u"custom:"_s + origin(gateway);
    return id;
}

QList<QualysPlatform> QualysPlatform::knownPlatforms()
{
    QList<QualysPlatform> out;
    for (const Pod &pod : kPods)
        out.append(fromPod(pod));
    return out;
}

QualysPlatform QualysPlatform::find(const QString &id)
{
    for (const Pod &pod : kPods) {
        if (id.trimmed().compare(QLatin1String(pod.id), Qt::CaseInsensitive) == 0)
            return fromPod(pod);
    }
    return {};
}

QualysPlatform QualysPlatform::custom(const QUrl &gateway, const QUrl &apiServer)
{
    QualysPlatform p;
    p.id = u"Custom"_s;
    p.gateway = gateway.adjusted(QUrl::StripTrailingSlash);
    p.apiServer = apiServer.adjusted(QUrl::StripTrailingSlash);
    p.title = tr("Custom (%1)").arg(p.gateway.host());
    return p;
}

QualysPlatform QualysPlatform::fromKey(const QString &key)
{
    if (key.startsWith("custom:"_L1))
        return {};
    return find(key);
}

QString QualysPlatform::validate() const
{
    if (id.isEmpty())
        return tr("No Qualys platform is chosen.");
    const struct
    {
        QUrl url;
        QString what;
    } hosts[] = {{gateway, tr("The Qualys gateway URL")},
                 {apiServer, tr("The Qualys API server URL")}};
    for (const auto &h : hosts) {
        if (!h.url.isValid() || h.url.host().isEmpty())
            return tr("%1 is missing or not a URL.").arg(h.what);
        QString why;
        if (!AzureSession::isAllowedUrl(h.url, &why))
            return tr("%1 is not usable: %2").arg(h.what, why);
        if (!h.url.userInfo().isEmpty())
            return tr("%1 must not hold a user name or password.").arg(h.what);
        if (h.url.hasQuery() || h.url.hasFragment())
            return tr("%1 must not have a query or fragment.").arg(h.what);
        if (!h.url.path().isEmpty() && h.url.path() != "/"_L1)
            return tr("%1 must be a server address only (such as "
                      "https://gateway.qg2.apps.qualys.com), "
                      "without a path.")
                .arg(h.what);
    }
    return {};
}

} // namespace atc
