#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

class QHttpServerRequest;

namespace atc::emulator {

/** A request as the emulator's handlers see it: decoded path and query, lower-case headers. */
struct HttpRequest
{
    QByteArray method;
    QString path;                          ///< percent-decoded
    QList<QPair<QString, QString>> query;  ///< form-decoded keys and values, in order
    QHash<QByteArray, QByteArray> headers; ///< lower-case names
    QByteArray body;
    bool loopback = true;

    /** First value whose key matches case-insensitively (e.g. "$skipToken" = "$skiptoken"). */
    QString queryValue(const QString &key, bool *present = nullptr) const;
    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
};

/** How the bytes of a reply reach the client (fault injection). */
enum class Delivery
{
    Normal,
    Truncated,    ///< Content-Length and body both cut in half: an unparsable JSON document
    CloseMidBody, ///< full Content-Length announced, half the body sent, then the socket closes
};

struct HttpReply
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    Delivery delivery = Delivery::Normal;

    void setHeader(const QByteArray &name, const QByteArray &value);
};

/** Decodes application/x-www-form-urlencoded text ('+' = space). */
QList<QPair<QString, QString>> parseFormEncoded(const QByteArray &text);
/** The request as the emulators' APIs see it: method, decoded path, query, lower-case headers. */
HttpRequest fromServerRequest(const QHttpServerRequest &request);
/** Percent-encodes like ARM's nextLinks: unreserved kept, space → '+', lower-case hex. */
QByteArray formEncodeLower(const QByteArray &utf8);
/** The HTTP/1.1 head for `reply`: status line, headers and the given Content-Length. */
QByteArray serializeReply(const HttpReply &reply, qint64 contentLength);

} // namespace atc::emulator
