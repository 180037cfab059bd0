#include "EmulatorClient.h"

#include <QSignalSpy>
#include <QUrlQuery>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace atc::test {

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QUrl joinUrl(const QUrl &base, const QByteArray &pathAndQuery)
{
    return QUrl::fromEncoded(base.toEncoded() + pathAndQuery, QUrl::StrictMode);
}

QNetworkRequest EmulatorClient::request(const QUrl &url, const QByteArray &bearer) const
{
    QNetworkRequest r(url);
    if (!bearer.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + bearer);
    r.setTransferTimeout(20000);
    if (m_useSsl)
        r.setSslConfiguration(m_ssl);
    return r;
}

HttpResult EmulatorClient::run(QNetworkReply *reply)
{
    HttpResult result;
    QSignalSpy spy(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        spy.wait(20000);
    result.finished = reply->isFinished();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return result;
}

HttpResult EmulatorClient::get(const QByteArray &pathAndQuery, const QByteArray &bearer)
{
    return getUrl(joinUrl(m_base, pathAndQuery), bearer);
}

HttpResult EmulatorClient::getUrl(const QUrl &url, const QByteArray &bearer)
{
    return run(m_nam.get(request(url, bearer)));
}

HttpResult EmulatorClient::post(const QByteArray &pathAndQuery, const QByteArray &body,
                                const QByteArray &contentType, const QByteArray &bearer)
{
    QNetworkRequest r = request(joinUrl(m_base, pathAndQuery), bearer);
    r.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    return run(m_nam.post(r, body));
}

HttpResult EmulatorClient::requestToken(const QString &tenant, const QString &clientId,
                                        const QString &secret, const QString &scope)
{
    QUrlQuery form;
    form.addQueryItem(u"client_id"_s, QString::fromLatin1(QUrl::toPercentEncoding(clientId)));
    form.addQueryItem(u"scope"_s, QString::fromLatin1(QUrl::toPercentEncoding(scope)));
    if (!secret.isNull())
        form.addQueryItem(u"client_secret"_s, QString::fromLatin1(QUrl::toPercentEncoding(secret)));
    form.addQueryItem(u"grant_type"_s, u"client_credentials"_s);
    return post("/" + QUrl::toPercentEncoding(tenant) + "/oauth2/v2.0/token",
                form.query(QUrl::FullyEncoded).toLatin1(), "application/x-www-form-urlencoded");
}

QByteArray EmulatorClient::token(const QString &clientId, const QString &secret,
                                 const QString &tenant)
{
    const HttpResult r = requestToken(tenant, clientId, secret);
    EXPECT_EQ(r.status, 200) << r.body.left(300).toStdString();
    return r.json().value("access_token"_L1).toString().toLatin1();
}

} // namespace atc::test
