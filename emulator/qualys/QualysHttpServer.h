#pragma once

#include "EmulatorHttp.h"

#include <QAbstractHttpServer>
#include <QPointer>
#include <QTcpSocket>

#include <functional>

namespace atc::emulator::qualys {

/** One listening port of the fake: hands each parsed request and its socket to a handler,
 *  which answers (now or later) through deliver(). */
class QualysHttpServer : public QAbstractHttpServer
{
public:
    using Handler = std::function<void(const HttpRequest &, QTcpSocket *)>;
    QualysHttpServer(Handler handler, QObject *parent)
        : QAbstractHttpServer(parent), m_handler(std::move(handler))
    {}

    /** Writes the reply in one piece; closes the connection after it when asked. */
    static void deliver(const QPointer<QTcpSocket> &socket, const HttpReply &reply,
                        bool closeAfter);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}

private:
    Handler m_handler;
};

} // namespace atc::emulator::qualys
