#pragma once
// A scripted HTTP/1.1 server for client tests, on 127.0.0.1 or another loopback address: it
// records every connection, request and byte (so a test can assert that a host received
// nothing) and answers from a handler, one request per connection (Connection: close). Answers
// can be delayed, sent without Content-Length, or trickled forever.

#include <functional>
#include <memory>
#include <utility>

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace atc::test {

struct Request
{
    QByteArray method, target, body;
    QHash<QByteArray, QByteArray> headers; ///< names in lower case
};

struct Answer
{
    Answer(int s = 200, QByteArray b = {}, QList<std::pair<QByteArray, QByteArray>> h = {})
        : status(s), body(std::move(b)), headers(std::move(h))
    {}
    int status;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    int delayMs = 0;
    bool noLength = false; ///< no Content-Length: the body ends when the connection closes
    bool trickle = false;  ///< headers at once, then the body one byte per 200 ms, forever

    Answer &delayed(int ms)
    {
        delayMs = ms;
        return *this;
    }
};

class ScriptedServer : public QObject
{
public:
    std::function<Answer(const Request &)> handler;
    QList<Request> requests;
    int connections = 0;
    int closedByClient = 0;    ///< connections the client closed while a trickle was being sent
    int open = 0, maxOpen = 0; ///< requests answered concurrently (delayed answers)
    QByteArray received;       ///< every byte of every connection

    explicit ScriptedServer(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0)
    {
        m_ok = m_server.listen(address, port);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection())
                serve(s);
        });
    }
    bool isListening() const { return m_ok; }
    quint16 port() const { return m_server.serverPort(); }
    QUrl url(const QString &scheme = QStringLiteral("http")) const
    {
        return QUrl(QStringLiteral("%1://%2:%3")
                        .arg(scheme, m_server.serverAddress().toString())
                        .arg(m_server.serverPort()));
    }

private:
    void serve(QTcpSocket *s)
    {
        ++connections;
        auto buffer = std::make_shared<QByteArray>();
        auto sending = std::make_shared<bool>(false);
        QObject::connect(s, &QTcpSocket::disconnected, s, [this, s, sending] {
            if (*sending)
                ++closedByClient;
            s->deleteLater();
        });
        QObject::connect(s, &QTcpSocket::readyRead, this, [this, s, buffer, sending] {
            const QByteArray chunk = s->readAll();
            received += chunk;
            buffer->append(chunk);
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            Request r;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            const QList<QByteArray> first = lines.first().trimmed().split(' ');
            r.method = first.value(0);
            r.target = first.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    r.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                     lines[i].mid(colon + 1).trimmed());
            }
            const int length = r.headers.value("content-length").toInt();
            if (buffer->size() < end + 4 + length)
                return;
            r.body = buffer->mid(end + 4, length);
            buffer->clear();
            requests.append(r);
            maxOpen = std::max(maxOpen, ++open);
            const Answer a = handler ? handler(r) : Answer{404};
            QTimer::singleShot(a.delayMs, s, [this, s, a, sending] {
                --open;
                QByteArray out = "HTTP/1.1 " + QByteArray::number(a.status) +
                                 " X\r\nContent-Type: application/json\r\nConnection: close\r\n";
                for (const auto &[k, v] : a.headers)
                    out += k + ": " + v + "\r\n";
                if (a.trickle) {
                    // A well-formed answer whose body never completes: one byte every 200 ms.
                    *sending = true;
                    s->write(out + "Content-Length: 1000000\r\n\r\n");
                    auto *timer = new QTimer(s);
                    QObject::connect(timer, &QTimer::timeout, s, [s] { s->write(" "); });
                    timer->start(200);
                    return;
                }
                if (!a.noLength)
                    out += "Content-Length: " + QByteArray::number(a.body.size()) + "\r\n";
                s->write(out + "\r\n" + a.body);
                s->disconnectFromHost();
            });
        });
    }
    QTcpServer m_server;
    bool m_ok = false;
};

} // namespace atc::test
