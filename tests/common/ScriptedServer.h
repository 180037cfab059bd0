#pragma once
// A minimal scripted HTTP/1.1 server on 127.0.0.1 for client tests: exact request lines,
// headers and bodies on the wire; one request per connection (Connection: close).

#include <functional>
#include <memory>

#include <QHash>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace atc::test {

struct Request
{
    QByteArray method, target, body;
    QHash<QByteArray, QByteArray> headers;
};

struct Answer
{
    Answer(int s = 200, QByteArray b = {}, int d = 0,
           QList<std::pair<QByteArray, QByteArray>> h = {})
        : status(s), body(std::move(b)), delayMs(d), headers(std::move(h))
    {}
    int status;
    QByteArray body;
    int delayMs;
    QList<std::pair<QByteArray, QByteArray>> headers;
};

/** One request per connection (Connection: close); answers come from `handler`. */
class ScriptedServer : public QObject
{
public:
    std::function<Answer(const Request &)> handler;
    QList<Request> requests;
    int open = 0, maxOpen = 0;

    ScriptedServer()
    {
        m_server.listen(QHostAddress::LocalHost);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection())
                serve(s);
        });
    }
    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
    }

private:
    void serve(QTcpSocket *s)
    {
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        QObject::connect(s, &QTcpSocket::readyRead, this, [this, s, buffer] {
            buffer->append(s->readAll());
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
            const Answer a = handler(r);
            QTimer::singleShot(a.delayMs, s, [this, s, a] {
                QByteArray out = "HTTP/1.1 " + QByteArray::number(a.status) +
                                 " X\r\nContent-Type: application/json\r\nConnection: close\r\n";
                for (const auto &[k, v] : a.headers)
                    out += k + ": " + v + "\r\n";
                out += "Content-Length: " + QByteArray::number(a.body.size()) + "\r\n\r\n" + a.body;
                --open;
                s->write(out);
                s->disconnectFromHost();
            });
        });
    }
    QTcpServer m_server;
};

} // namespace atc::test
