#pragma once

// A tiny synchronous-for-tests HTTP helper over a real QNetworkAccessManager: each call
// waits for the reply with QSignalSpy (bounded), never with a fixed sleep.
#include "AzureEmulator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QUrl>

namespace atc::test {

struct HttpResult
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    bool finished = false;

    QByteArray header(const QByteArray &name) const;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

class EmulatorClient
{
public:
    explicit EmulatorClient(QUrl base) : m_base(std::move(base)) {}

    void setSslConfiguration(const QSslConfiguration &config)
    {
        m_ssl = config;
        m_useSsl = true;
    }
    QUrl base() const { return m_base; }

    /** GET of a path+query relative to the base URL ("/subscriptions?api-version=…"). */
    HttpResult get(const QByteArray &pathAndQuery, const QByteArray &bearer = {});
    /** GET of an absolute, already-encoded URL, used verbatim (nextLinks). */
    HttpResult getUrl(const QUrl &url, const QByteArray &bearer = {});
    HttpResult post(const QByteArray &pathAndQuery, const QByteArray &body,
                    const QByteArray &contentType, const QByteArray &bearer = {});

    /** Client-credentials token request; returns the whole result. */
    HttpResult
    requestToken(const QString &tenant, const QString &clientId, const QString &secret,
                 const QString &scope = QStringLiteral("https://management.azure.com/.default"));
    /** A valid access token for the sandbox's discovery app (or the given app). */
    QByteArray token(const QString &clientId = QString::fromLatin1(emulator::sandbox::ClientId),
                     const QString &secret = QString::fromLatin1(emulator::sandbox::ClientSecret),
                     const QString &tenant = QString::fromLatin1(emulator::sandbox::TenantId));

private:
    HttpResult run(QNetworkReply *reply);
    QNetworkRequest request(const QUrl &url, const QByteArray &bearer) const;

    QUrl m_base;
    QNetworkAccessManager m_nam;
    QSslConfiguration m_ssl;
    bool m_useSsl = false;
};

/** URL of a base + encoded path/query, parsed strictly. */
QUrl joinUrl(const QUrl &base, const QByteArray &pathAndQuery);

} // namespace atc::test
