#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

namespace atc {

/**
 * One Qualys platform (pod): its API server (QPS, HTTP Basic) and its gateway (connector
 * v1.0 API, Bearer JWT). The two hosts are separate on the real platform; never derive one
 * from the other silently (docs/qualys.md, "Platforms").
 */
struct QualysPlatform
{
    Q_DECLARE_TR_FUNCTIONS(atc::QualysPlatform)
public:
    QString id;     ///< "US1" … "KSA1", or "Custom"
    QString title;  ///< "US1 (qualysapi.qualys.com)", translated for Custom
    QUrl apiServer; ///< https://qualysapi.qualys.com
    QUrl gateway;   ///< https://gateway.qg1.apps.qualys.com

    bool isCustom() const { return id == QLatin1String("Custom"); }
    /**
     * The stable key under which a profile records its link and the keychain its credentials:
     * the pod id, or "custom:" + the gateway's origin (scheme://host:port) for custom URLs.
     */
    QString key() const;
    bool isValid() const { return apiServer.isValid() && gateway.isValid(); }

    /** The pod table (docs/qualys.md), US1 first. */
    static QList<QualysPlatform> knownPlatforms();
    /** A pod by id (case-insensitive); an invalid platform when unknown. */
    static QualysPlatform find(const QString &id);
    /** A platform from two URLs (https, or http to loopback only; checked by validate()). */
    static QualysPlatform custom(const QUrl &gateway, const QUrl &apiServer);
    /** The platform a key() stands for (custom keys need the URLs: returns invalid). */
    static QualysPlatform fromKey(const QString &key);
    /** Empty when usable; else translated words (not https, path or query present, …). */
    QString validate() const;
};

} // namespace atc
