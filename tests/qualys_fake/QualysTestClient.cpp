#include "QualysTestClient.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QUrlQuery>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace atc::test {

QByteArray QualysResult::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool QualysResult::hasHeader(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QUrl QualysTestClient::join(const QUrl &base, const QByteArray &pathAndQuery)
{
    return QUrl::fromEncoded(base.toEncoded() + pathAndQuery, QUrl::StrictMode);
}

QualysResult QualysTestClient::send(const QByteArray &method, const QUrl &url,
                                    const QList<QPair<QByteArray, QByteArray>> &headers,
                                    const QByteArray &body, int timeoutMs)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
    QSignalSpy spy(reply, &QNetworkReply::finished);
    QualysResult result;
    if (!reply->isFinished())
        spy.wait(timeoutMs + 5000);
    result.finished = reply->isFinished();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return result;
}

QualysResult QualysTestClient::auth(const QString &login, const QString &password,
                                    const QByteArray &tokenFlag)
{
    QUrlQuery form;
    form.addQueryItem(u"username"_s, QString::fromLatin1(QUrl::toPercentEncoding(login)));
    form.addQueryItem(u"password"_s, QString::fromLatin1(QUrl::toPercentEncoding(password)));
    form.addQueryItem(u"token"_s, QString::fromLatin1(tokenFlag));
    return send("POST", join(m_fake.gatewayUrl(), "/auth"),
                {{"Content-Type", "application/x-www-form-urlencoded"}},
                form.query(QUrl::FullyEncoded).toLatin1());
}

QByteArray QualysTestClient::token()
{
    const QualysResult r = auth(QString::fromLatin1(TestLogin), QString::fromLatin1(TestPassword));
    EXPECT_EQ(r.status, 201) << r.body.toStdString();
    return r.body;
}

QualysResult QualysTestClient::v1(const QByteArray &method, const QByteArray &pathAndQuery,
                                  const QByteArray &body, const QByteArray &token)
{
    return send(method, join(m_fake.gatewayUrl(), pathAndQuery),
                {{"Authorization", "Bearer " + token},
                 {"Content-Type", "application/json"},
                 {"Accept", "application/json"}},
                body);
}

QualysResult QualysTestClient::qps(const QByteArray &method, const QByteArray &path,
                                   const QByteArray &body, const QString &login,
                                   const QString &password)
{
    const QByteArray basic = (login + u':' + password).toUtf8().toBase64();
    return send(method, join(m_fake.apiServerUrl(), path),
                {{"Authorization", "Basic " + basic},
                 {"X-Requested-With", "atc-tests"},
                 {"Content-Type", "application/json"},
                 {"Accept", "application/json"}},
                body);
}

QualysResult QualysTestClient::control(const QByteArray &method, const QByteArray &pathAndQuery,
                                       const QByteArray &body)
{
    return send(method, join(m_fake.controlUrl(), pathAndQuery),
                {{"Content-Type", "application/json"}}, body);
}

void setUpFake(emulator::qualys::FakeQualys &fake)
{
    ASSERT_TRUE(fake.start()) << fake.errorString().toStdString();
    emulator::qualys::FakeQualysUser user;
    user.login = QString::fromLatin1(TestLogin);
    user.password = QString::fromLatin1(TestPassword);
    user.clientId = QString::fromLatin1(TestClientId);
    user.clientSecret = QString::fromLatin1(TestClientSecret);
    fake.addUser(user);
    emulator::qualys::FakeQualysAzureTenant azure;
    azure.tenantId = QString::fromLatin1(TestTenantId);
    azure.managementGroups = {{QString::fromLatin1(TestTenantId), {}, u"Tenant Root Group"_s},
                              {u"mg-prod"_s, QString::fromLatin1(TestTenantId), u"Prod"_s},
                              {u"mg-dev"_s, QString::fromLatin1(TestTenantId), u"Dev"_s}};
    azure.subscriptions = {
        {u"11111111-0000-4000-8000-000000000001"_s, u"Prod One"_s, u"Enabled"_s, u"mg-prod"_s},
        {u"11111111-0000-4000-8000-000000000002"_s, u"Prod Two"_s, u"Enabled"_s, u"mg-prod"_s},
        {u"11111111-0000-4000-8000-000000000003"_s, u"Dev One"_s, u"Enabled"_s, u"mg-dev"_s},
        {u"11111111-0000-4000-8000-000000000004"_s, u"Old"_s, u"Disabled"_s, u"mg-prod"_s}};
    azure.appSecrets.insert(QString::fromLatin1(TestAppId), QString::fromLatin1(TestAppSecret));
    fake.setAzureTenant(azure);
}

QJsonObject tenantBody(const QString &name)
{
    return {{"name"_L1, name},
            {"description"_L1, "created by tests"_L1},
            {"applicationId"_L1, QString::fromLatin1(TestAppId)},
            {"secretValue"_L1, QString::fromLatin1(TestAppSecret)},
            {"tenantId"_L1, QString::fromLatin1(TestTenantId)},
            {"connectorAppInfos"_L1, QJsonArray{QJsonObject{{"name"_L1, "AI"_L1}}}},
            {"orgRunFrequency"_L1, 240},
            {"connectorRunFrequency"_L1, 1440},
            {"isCreateConnectorForNewSubscriptionsAutomatically"_L1, true},
            {"autoActivateVM"_L1, true}};
}

QByteArray memberBody(const QString &name, const QString &subscriptionId)
{
    const QJsonObject connector{
        {"name"_L1, name},
        {"runFrequency"_L1, 240},
        {"disabled"_L1, false},
        {"activation"_L1,
         QJsonObject{{"set"_L1, QJsonObject{{"ActivationModule"_L1, QJsonArray{u"VM"_s}}}}}},
        {"authRecord"_L1,
         QJsonObject{{"applicationId"_L1, QString::fromLatin1(TestAppId)},
                     {"directoryId"_L1, QString::fromLatin1(TestTenantId)},
                     {"subscriptionId"_L1, subscriptionId},
                     {"authenticationKey"_L1, QString::fromLatin1(TestAppSecret)}}}};
    return QJsonDocument(
               QJsonObject{{"ServiceRequest"_L1,
                            QJsonObject{{"data"_L1,
                                         QJsonObject{{"AzureAssetDataConnector"_L1, connector}}}}}})
        .toJson(QJsonDocument::Compact);
}

} // namespace atc::test
