#include "FakeQualys.h"

#include "QualysAuthApi.h"
#include "QualysControlApi.h"
#include "QualysFakeState.h"
#include "QualysFaultInjector.h"
#include "QualysGatewayApi.h"
#include "QualysHttpServer.h"
#include "QualysQpsApi.h"
#include "QualysRateLimiter.h"
#include "QualysRequestLog.h"
#include "QualysResponses.h"
#include "QualysSimulation.h"
#include "QualysSpeculativeApi.h"

#include <QTimer>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace atc::emulator::qualys {

namespace {

enum class Port
{
    Gateway,
    Api,
    Control
};

} // namespace

class FakeQualys::Private
{
public:
    explicit Private(FakeQualys *owner)
        : q(owner), auth(state), simulation(state), speculative(state),
          gateway(state, auth, speculative), qps(state, auth), control(*owner)
    {
        clockTimer.setInterval(1000);
        QObject::connect(&clockTimer, &QTimer::timeout, owner, [this]() { realTimeTick(); });
    }

    FakeQualys *q;
    QualysFakeState state;
    QualysAuthApi auth;
    QualysSimulation simulation;
    QualysSpeculativeApi speculative;
    QualysGatewayApi gateway;
    QualysQpsApi qps;
    QualysControlApi control;
    QualysFaultInjector faults;
    QualysRequestLog log;
    QualysRateLimiter gatewayLimit;
    QualysRateLimiter qpsLimit;
    int qpsConcurrency = 2;
    int qpsRunning = 0;
    QualysHttpServer *servers[3] = {nullptr, nullptr, nullptr};
    quint16 ports[3] = {0, 0, 0};
    QString host = u"127.0.0.1"_s;
    QString controlHost = u"127.0.0.1"_s;
    bool tls = false;
    QString error;
    QTimer clockTimer;
    double clockRate = 0;
    double clockCarry = 0;

    bool listen(const QHostAddress &address, const QSslCertificate *certificate,
                const QSslKey *key);
    void onRequest(Port port, const HttpRequest &request, QTcpSocket *socket);
    bool limited(Port port, const HttpRequest &request, HttpReply *reply, int *remaining);
    void realTimeTick();
    QUrl url(Port port) const;
};

bool FakeQualys::Private::listen(const QHostAddress &address, const QSslCertificate *certificate,
                                 const QSslKey *key)
{
    for (int i = 0; i < 3; ++i) {
        delete servers[i];
        const Port port = Port(i);
        servers[i] = new QualysHttpServer(
            [this, port](const HttpRequest &r, QTcpSocket *s) { onRequest(port, r, s); }, q);
        if (certificate && port != Port::Control)
            servers[i]->sslSetup(*certificate, *key);
        ports[i] = servers[i]->listen(address, 0);
        if (ports[i] == 0) {
            error = u"cannot listen on %1"_s.arg(address.toString());
            return false;
        }
    }
    tls = certificate != nullptr;
    host = address.toString();
    controlHost = host;
    if (certificate) {
        const QStringList names = certificate->subjectAlternativeNames().values(QSsl::DnsEntry);
        host = names.isEmpty() ? u"localhost"_s : names.first();
    }
    return true;
}

QUrl FakeQualys::Private::url(Port port) const
{
    const int i = int(port);
    if (ports[i] == 0)
        return {};
    QUrl u;
    u.setScheme(tls && port != Port::Control ? u"https"_s : u"http"_s);
    u.setHost(port == Port::Control ? controlHost : host);
    u.setPort(ports[i]);
    return u;
}

bool FakeQualys::Private::limited(Port port, const HttpRequest &request, HttpReply *reply,
                                  int *remaining)
{
    int toWait = 0;
    const bool omitWait = state.variant.omitToWaitHeader;
    if (port == Port::Gateway) {
        if (request.path == "/auth"_L1 || request.path.startsWith("/auth/"_L1))
            return false; // sign-in is exempt [C]
        if (gatewayLimit.acquire(state.clock.nowSecs(), remaining, &toWait))
            return false;
        *reply = QualysResponses::v1Error(429, u"API rate limit exceeded"_s, request.path,
                                          state.variant, state.clock.now());
        reply->setHeader("X-RateLimit-Limit"_ba, QByteArray::number(gatewayLimit.limit()));
        reply->setHeader("X-RateLimit-Remaining"_ba, "0"_ba);
        reply->setHeader("X-RateLimit-Window-Sec"_ba,
                         QByteArray::number(gatewayLimit.windowSecs()));
        if (!omitWait)
            reply->setHeader("X-RateLimit-ToWait-Sec"_ba, QByteArray::number(toWait));
        return true;
    }
    // QPS: concurrency first, then the rate [C].
    const bool busy = qpsRunning >= qpsConcurrency;
    if (!busy && qpsLimit.acquire(state.clock.nowSecs(), remaining, &toWait))
        return false;
    *reply =
        busy ? QualysResponses::simpleReturn(
                   409, 1960, u"Concurrency limit of %1 API calls exceeded."_s.arg(qpsConcurrency),
                   state.clock.now())
             : QualysResponses::simpleReturn(
                   409, 1965, u"This API cannot be run again for another %1 seconds."_s.arg(toWait),
                   state.clock.now());
    reply->setHeader("X-RateLimit-Limit"_ba, QByteArray::number(qpsLimit.limit()));
    reply->setHeader("X-RateLimit-Window-Sec"_ba, QByteArray::number(qpsLimit.windowSecs()));
    reply->setHeader("X-RateLimit-Remaining"_ba, busy ? QByteArray::number(*remaining) : "0"_ba);
    if (!omitWait)
        reply->setHeader("X-RateLimit-ToWait-Sec"_ba, QByteArray::number(busy ? 1 : toWait));
    reply->setHeader("X-Concurrency-Limit-Limit"_ba, QByteArray::number(qpsConcurrency));
    reply->setHeader("X-Concurrency-Limit-Running"_ba, QByteArray::number(qpsRunning));
    return true;
}

void FakeQualys::Private::onRequest(Port port, const HttpRequest &request, QTcpSocket *socket)
{
    const QPointer<QTcpSocket> target(socket);
    const bool closeAfter = request.header("connection"_ba).toLower() == "close"_ba;
    if (port == Port::Control) {
        QualysHttpServer::deliver(target, control.handle(request), closeAfter);
        return;
    }
    const QString server = port == Port::Gateway ? u"gateway"_s : u"api"_s;
    const qint64 seq = log.add(server, request);
    HttpReply reply;
    QStringList unknownFields;
    int remaining = -1;
    bool counted = false;
    if (request.body.size() > MaxBodyBytes ||
        request.header("content-length"_ba).toLongLong() > MaxBodyBytes) {
        reply = QualysResponses::v1Error(413, u"Request body too large"_s, request.path,
                                         state.variant, state.clock.now());
        log.finish(seq, reply.status, {});
        QualysHttpServer::deliver(target, reply, true);
        return;
    }
    if (limited(port, request, &reply, &remaining)) {
        log.finish(seq, reply.status, {});
        QualysHttpServer::deliver(target, reply, closeAfter);
        return;
    }
    if (port == Port::Api) {
        ++qpsRunning; // until the reply leaves (delays and hangs keep it running)
        counted = true;
    }
    const std::optional<FakeQualysFault> fault = faults.match(server, request);
    const bool canned = fault && !fault->lostReply && fault->status != 0;
    const bool silent =
        fault && (fault->lostReply || fault->hang || fault->closeConnection) && !canned;
    if (canned) {
        reply.status = fault->status;
        for (const auto &h : fault->headers)
            reply.setHeader(h.first, h.second);
        reply.body = fault->body;
    } else if (!fault || fault->lostReply || (!fault->hang && !fault->closeConnection)) {
        reply =
            port == Port::Gateway ? gateway.handle(request, &unknownFields) : qps.handle(request);
    }
    if (remaining >= 0) {
        const QualysRateLimiter &l = port == Port::Gateway ? gatewayLimit : qpsLimit;
        reply.setHeader("X-RateLimit-Limit"_ba, QByteArray::number(l.limit()));
        reply.setHeader("X-RateLimit-Remaining"_ba, QByteArray::number(remaining));
        reply.setHeader("X-RateLimit-Window-Sec"_ba, QByteArray::number(l.windowSecs()));
    }
    log.finish(seq, silent ? 0 : reply.status, unknownFields);

    // Runs once, when the exchange ends: the reply left, the socket closed or was dropped.
    auto done = std::make_shared<bool>(false);
    auto finish = [this, done, counted]() {
        if (*done)
            return;
        *done = true;
        if (counted)
            --qpsRunning;
    };
    const int delay = fault ? fault->delayMs : 0;
    if (silent) {
        const bool close = fault->closeConnection;
        QTimer::singleShot(close ? delay : HangLimitMs, q, [target, finish]() {
            finish();
            if (target)
                target->abort();
        });
        if (target)
            QObject::connect(target, &QObject::destroyed, q, finish);
        return;
    }
    if (delay > 0) {
        QTimer::singleShot(delay, q, [target, reply, closeAfter, finish]() {
            finish();
            QualysHttpServer::deliver(target, reply, closeAfter);
        });
        if (target)
            QObject::connect(target, &QObject::destroyed, q, finish);
        return;
    }
    finish();
    QualysHttpServer::deliver(target, reply, closeAfter);
}

void FakeQualys::Private::realTimeTick()
{
    clockCarry += clockRate;
    const double whole = std::floor(clockCarry);
    if (whole >= 1) {
        clockCarry -= whole;
        simulation.advance(qint64(whole));
    }
}

// ---------------------------------------------------------------------------------------------

FakeQualys::FakeQualys(QObject *parent) : QObject(parent), d(std::make_unique<Private>(this)) {}

FakeQualys::~FakeQualys() = default;

bool FakeQualys::start(const QHostAddress &address)
{
    return d->listen(address, nullptr, nullptr);
}

bool FakeQualys::startTls(const QSslCertificate &certificate, const QSslKey &key,
                          const QHostAddress &address)
{
    return d->listen(address, &certificate, &key);
}

QString FakeQualys::errorString() const
{
    return d->error;
}

QUrl FakeQualys::gatewayUrl() const
{
    return d->url(Port::Gateway);
}

QUrl FakeQualys::apiServerUrl() const
{
    return d->url(Port::Api);
}

QUrl FakeQualys::controlUrl() const
{
    return d->url(Port::Control);
}

void FakeQualys::addUser(const FakeQualysUser &user)
{
    d->state.addUser(user);
}

void FakeQualys::setAzureTenant(const FakeQualysAzureTenant &tenant)
{
    d->state.azure = tenant;
    d->state.azure.tenantId = tenant.tenantId.toLower();
    QHash<QString, QString> secrets;
    for (auto it = tenant.appSecrets.begin(); it != tenant.appSecrets.end(); ++it)
        secrets.insert(it.key().toLower(), it.value());
    d->state.azure.appSecrets = secrets;
}

bool FakeQualys::setAzureTenantJson(const QByteArray &json, QString *error)
{
    FakeQualysAzureTenant tenant;
    if (!FakeQualysAzureTenant::fromJson(json, &tenant, error))
        return false;
    setAzureTenant(tenant);
    return true;
}

void FakeQualys::setVariantSeed(quint32 seed)
{
    d->state.variant = QualysVariant::fromSeed(seed);
}

void FakeQualys::setVariant(const QualysVariant &variant)
{
    d->state.variant = variant;
}

QualysVariant FakeQualys::variant() const
{
    return d->state.variant;
}

void FakeQualys::setSpeculative(bool on)
{
    d->state.speculative = on;
}

bool FakeQualys::speculative() const
{
    return d->state.speculative;
}

void FakeQualys::advanceClock(int seconds)
{
    d->simulation.advance(seconds);
}

QDateTime FakeQualys::clockNow() const
{
    return d->state.clock.now();
}

void FakeQualys::setRealTimeClock(double simulatedSecondsPerSecond)
{
    d->clockRate = qBound(0.0, simulatedSecondsPerSecond, 86400.0);
    d->clockCarry = 0;
    if (d->clockRate > 0)
        d->clockTimer.start();
    else
        d->clockTimer.stop();
}

void FakeQualys::expireTokens()
{
    d->state.jwt.expireAll();
}

bool FakeQualys::addFault(const FakeQualysFault &fault)
{
    return d->faults.add(fault);
}

void FakeQualys::clearFaults()
{
    d->faults.clear();
}

void FakeQualys::setGatewayRateLimit(int limit, int windowSec)
{
    d->gatewayLimit.configure(limit, windowSec);
}

void FakeQualys::setQpsRateLimit(int limit, int windowSec)
{
    d->qpsLimit.configure(limit, windowSec);
}

void FakeQualys::setQpsConcurrencyLimit(int limit)
{
    d->qpsConcurrency = qBound(1, limit, 1000);
}

QJsonArray FakeQualys::requests() const
{
    return d->log.toJson();
}

QJsonObject FakeQualys::state() const
{
    return d->state.toJson();
}

void FakeQualys::reset()
{
    d->state.resetData();
    d->state.variant = QualysVariant();
    d->state.speculative = false;
    d->faults.clear();
    d->log.clear();
    d->gatewayLimit.configure(300, 3600);
    d->qpsLimit.configure(300, 3600);
    d->qpsConcurrency = 2;
}

} // namespace atc::emulator::qualys
