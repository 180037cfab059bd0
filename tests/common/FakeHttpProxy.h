#pragma once

// An HTTP proxy on loopback that never connects anywhere: it asks every request for Basic
// credentials (407), refuses the tunnel once they come (403), and records each request head.
// Tests use it to see that a client goes through the proxy and authenticates.
#include <memory>

#include <QByteArray>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>

namespace atc::test {

class FakeHttpProxy
{
public:
    FakeHttpProxy()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    /** Every request head received, in order (request line and headers, no body). */
    const QList<QByteArray> &heads() const { return m_heads; }

    /** Whether some request carried `Proxy-Authorization: Basic base64(user:password)`. */
    bool sawCredentials(const QByteArray &userColonPassword) const
    {
        const QByteArray expected = "Proxy-Authorization: Basic " + userColonPassword.toBase64();
        for (const QByteArray &h : m_heads) {
            if (h.contains(expected))
                return true;
        }
        return false;
    }

private:
    void serve(QTcpSocket *socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = buffer->left(end);
            buffer->remove(0, end + 4);
            m_heads.append(head);
            if (!head.contains("Proxy-Authorization:")) {
                socket->write("HTTP/1.1 407 Proxy Authentication Required\r\n"
                              "Proxy-Authenticate: Basic realm=\"test\"\r\n"
                              "Content-Length: 0\r\n\r\n");
            } else {
                socket->write("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n"
                              "Connection: close\r\n\r\n");
                socket->disconnectFromHost();
            }
        });
    }

    QTcpServer m_server;
    QList<QByteArray> m_heads;
};

} // namespace atc::test
