#include "QualysHttpServer.h"

#include <QHttpServerRequest>

using namespace Qt::Literals::StringLiterals;

namespace atc::emulator::qualys {

bool QualysHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
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
    m_handler(r, socket);
    return true;
}

void QualysHttpServer::deliver(const QPointer<QTcpSocket> &socket, const HttpReply &reply,
                               bool closeAfter)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    QByteArray bytes = serializeReply(reply, reply.body.size());
    bytes.append(reply.body);
    socket->write(bytes);
    if (closeAfter)
        socket->disconnectFromHost();
}

} // namespace atc::emulator::qualys
