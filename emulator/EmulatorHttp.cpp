#include "EmulatorHttp.h"

#include <QHttpServerRequest>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace atc::emulator {

QString HttpRequest::queryValue(const QString &key, bool *present) const
{
    for (const auto &item : query) {
        if (item.first.compare(key, Qt::CaseInsensitive) == 0) {
            if (present)
                *present = true;
            return item.second;
        }
    }
    if (present)
        *present = false;
    return {};
}

void HttpReply::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QList<QPair<QString, QString>> parseFormEncoded(const QByteArray &text)
{
    QList<QPair<QString, QString>> items;
    for (const QByteArray &part : text.split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        QByteArray key = eq < 0 ? part : part.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : part.mid(eq + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        items.append({QString::fromUtf8(QByteArray::fromPercentEncoding(key)),
                      QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
    }
    return items;
}

QByteArray formEncodeLower(const QByteArray &utf8)
{
    static const char hex[] = "0123456789abcdef";
    QByteArray out;
    out.reserve(utf8.size() * 3 / 2);
    for (const char ch : utf8) {
        const unsigned char c = static_cast<unsigned char>(ch);
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
            c == '-' || c == '_' || c == '.' || c == '(' || c == ')' || c == '*' || c == '!') {
            out.append(char(c));
        } else if (c == ' ') {
            out.append('+');
        } else {
            out.append('%').append(hex[c >> 4]).append(hex[c & 15]);
        }
    }
    return out;
}

namespace {

const char *reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

} // namespace

QByteArray serializeReply(const HttpReply &reply, qint64 contentLength)
{
    QByteArray out;
    out.reserve(reply.body.size() + 512);
    out.append("HTTP/1.1 ").append(QByteArray::number(reply.status)).append(' ');
    out.append(reasonPhrase(reply.status)).append("\r\n");
    for (const auto &h : reply.headers)
        out.append(h.first).append(": ").append(h.second).append("\r\n");
    out.append("Content-Length: ").append(QByteArray::number(contentLength)).append("\r\n\r\n");
    return out;
}

HttpRequest fromServerRequest(const QHttpServerRequest &request)
{
    HttpRequest r;
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        r.method = "GET"_ba;
        break;
    case QHttpServerRequest::Method::Post:
        r.method = "POST"_ba;
        break;
    case QHttpServerRequest::Method::Put:
        r.method = "PUT"_ba;
        break;
    case QHttpServerRequest::Method::Delete:
        r.method = "DELETE"_ba;
        break;
    case QHttpServerRequest::Method::Patch:
        r.method = "PATCH"_ba;
        break;
    case QHttpServerRequest::Method::Head:
        r.method = "HEAD"_ba;
        break;
    default:
        r.method = "OTHER"_ba;
        break;
    }
    const QUrl url = request.url();
    r.path = url.path(QUrl::FullyDecoded);
    r.query = parseFormEncoded(url.query(QUrl::FullyEncoded).toLatin1());
    for (const auto &h : request.headers())
        r.headers.insert(h.first.toLower(), h.second);
    r.body = request.body();
    r.loopback = request.remoteAddress().isLoopback();
    return r;
}

} // namespace atc::emulator
