#include "QualysHttpServer.h"

#include <QHttpServerRequest>

using namespace Qt::Literals::StringLiterals;

namespace atc::emulator::qualys {

bool QualysHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    HttpRequest r = fromServerRequest(request);
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
