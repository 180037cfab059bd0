#include "AzureEmulator.h"

#include "AdminApi.h"
#include "ArmRouter.h"
#include "EmulatorContext.h"
#include "EmulatorHttp.h"
#include "EntraApi.h"
#include "FaultInjector.h"
#include "TenantModel.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QFile>
#include <QHttpServerRequest>
#include <QLoggingCategory>
#include <QPointer>
#include <QRandomGenerator>
#include <QSslServer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcEmulator, "atc.emulator")

namespace atc::emulator {

namespace {

/** The HTTP front end: hands every parsed request to the emulator and answers later. */
class HttpFrontend : public QAbstractHttpServer
{
public:
    using Handler = std::function<void(const QHttpServerRequest &, QTcpSocket *)>;
    explicit HttpFrontend(Handler handler, QObject *parent)
        : QAbstractHttpServer(parent), m_handler(std::move(handler))
    {}

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        m_handler(request, socket);
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}

private:
    Handler m_handler;
};

} // namespace
/*
 * The facade's insides: the HTTP front end and the API families over one shared context.
 * A request goes admin → faults → Entra → ARM (see EmulatorContext.h); this class only turns
 * QHttpServer requests into HttpRequest and writes the HttpReply back (latency, body faults).
 */
class AzureEmulator::Private
{
public:
    explicit Private(AzureEmulator *owner)
        : q(owner), faultInjector(ctx), entra(ctx), arm(ctx), adminApi(ctx, *owner)
    {}

    AzureEmulator *q;
    EmulatorContext ctx;
    FaultInjector faultInjector;
    EntraApi entra;
    ArmRouter arm;
    AdminApi adminApi;
    HttpFrontend *server = nullptr;
    const bool m_trace = qEnvironmentVariableIsSet("ATC_EMULATOR_TRACE");
    QRandomGenerator latencyRandom{0x1a7e}; // deterministic latency distribution
    int resourceGraphDelayed = 0;           // Resource Graph answers waiting for their latency

    void newServer();
    void onRequest(const QHttpServerRequest &request, QTcpSocket *socket);
    void deliver(const QPointer<QTcpSocket> &socket, HttpReply reply, bool closeAfter);
    HttpReply dispatch(const HttpRequest &request);
};

// ---------------------------------------------------------------------------------------------
// HTTP plumbing

void AzureEmulator::Private::newServer()
{
    // A fresh front end per listen(), so that HTTP and HTTPS never share settings.
    delete server;
    server = new HttpFrontend([this](const QHttpServerRequest &request,
                                     QTcpSocket *socket) { onRequest(request, socket); },
                              q);
}

void AzureEmulator::Private::onRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    HttpRequest r = fromServerRequest(request);
    const bool closeAfter = r.header("connection"_ba).toLower() == "close"_ba;

    const bool admin = r.path.startsWith(u"/_emulator/"_s);
    HttpReply reply;
    Delivery delivery = Delivery::Normal;
    if (admin) {
        reply = adminApi.handle(r);
    } else {
        ++ctx.stats.requests;
        if (!faultInjector.faultFor(r, &reply, &delivery)) {
            QElapsedTimer timer;
            timer.start();
            reply = dispatch(r);
            if (m_trace)
                qCInfo(lcEmulator) << r.method << r.path << reply.status << reply.body.size()
                                   << "bytes" << timer.nsecsElapsed() / 1000 << "us";
        }
        reply.delivery = delivery;
    }

    const QPointer<QTcpSocket> target(socket);
    int latency = admin ? 0 : ctx.faults.latencyMs;
    if (!admin && ctx.faults.latencyMaxMs > latency)
        latency += int(latencyRandom.bounded(ctx.faults.latencyMaxMs - latency + 1));
    if (latency > 0) {
        const bool graph =
            r.path.endsWith(u"/providers/Microsoft.ResourceGraph/resources"_s, Qt::CaseInsensitive);
        if (graph) {
            ++resourceGraphDelayed;
            ctx.stats.resourceGraphPeakInFlight =
                std::max(ctx.stats.resourceGraphPeakInFlight, resourceGraphDelayed);
        }
        QTimer::singleShot(latency, q,
                           [this, target, reply = std::move(reply), closeAfter, graph]() {
                               resourceGraphDelayed -= graph ? 1 : 0;
                               deliver(target, reply, closeAfter);
                           });
    } else {
        deliver(target, std::move(reply), closeAfter);
    }
}

void AzureEmulator::Private::deliver(const QPointer<QTcpSocket> &socket, HttpReply reply,
                                     bool closeAfter)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    // One write per response, and no Nagle delay: a header segment followed by a body segment
    // would otherwise wait for the client's delayed ACK (the write-write-read stall).
    if (socket->socketOption(QAbstractSocket::LowDelayOption).toInt() != 1)
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    const qint64 full = reply.body.size();
    switch (reply.delivery) {
    case Delivery::Normal: {
        QByteArray bytes = serializeReply(reply, full);
        bytes.append(reply.body);
        socket->write(bytes);
        break;
    }
    case Delivery::Truncated: {
        const qint64 half = full / 2;
        QByteArray bytes = serializeReply(reply, half);
        bytes.append(reply.body.constData(), half);
        socket->write(bytes);
        break;
    }
    case Delivery::CloseMidBody: {
        QByteArray bytes = serializeReply(reply, full);
        bytes.append(reply.body.constData(), full / 2);
        socket->write(bytes);
        socket->disconnectFromHost();
        return;
    }
    }
    if (closeAfter)
        socket->disconnectFromHost();
}

HttpReply AzureEmulator::Private::dispatch(const HttpRequest &request)
{
    HttpReply reply;
    if (entra.route(request, &reply))
        return reply;
    return arm.handle(request);
}

// ---------------------------------------------------------------------------------------------
// Public API

AzureEmulator::AzureEmulator(QObject *parent) : QObject(parent), d(std::make_unique<Private>(this))
{
    d->ctx.model.loadJson(sandboxTenantJson());
}

AzureEmulator::~AzureEmulator() = default;

bool AzureEmulator::loadTenantJson(const QByteArray &json, QString *error)
{
    if (!d->ctx.model.loadJson(json, error))
        return false;
    d->ctx.access.clear();
    return true;
}

bool AzureEmulator::loadTenantFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return loadTenantJson(file.readAll(), error);
}

QByteArray AzureEmulator::sandboxTenantJson()
{
    QFile file(u":/atc/emulator/contoso-tenant.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QByteArray AzureEmulator::generateSyntheticTenant(const SyntheticTenantSpec &spec, QString *error)
{
    TenantModel model;
    if (!model.generate(spec, error))
        return {};
    return model.toJson();
}

bool AzureEmulator::loadSyntheticTenant(const SyntheticTenantSpec &spec, QString *error)
{
    if (!d->ctx.model.generate(spec, error))
        return false;
    d->ctx.access.clear();
    return true;
}

bool AzureEmulator::listen(quint16 port, QString *error)
{
    d->newServer();
    d->ctx.tls = false;
    const quint16 bound = d->server->listen(QHostAddress::LocalHost, port);
    if (bound == 0) {
        if (error)
            *error = tr("Cannot listen on 127.0.0.1:%1").arg(port);
        return false;
    }
    d->ctx.port = bound;
    return true;
}

bool AzureEmulator::listenTls(const QSslCertificate &certificate, const QSslKey &key, quint16 port,
                              QString *error)
{
    d->newServer();
    d->ctx.tls = true;
    d->server->sslSetup(certificate, key);
    const QStringList names = certificate.subjectAlternativeNames().values(QSsl::DnsEntry);
    d->ctx.tlsHost =
        names.isEmpty()
            ? certificate.subjectInfo(QSslCertificate::CommonName).value(0, u"localhost"_s)
            : names.first();
    const quint16 bound = d->server->listen(QHostAddress::LocalHost, port);
    if (bound == 0) {
        if (error)
            *error = tr("Cannot listen on 127.0.0.1:%1").arg(port);
        return false;
    }
    d->ctx.port = bound;
    return true;
}

quint16 AzureEmulator::port() const
{
    return d->ctx.port;
}

QUrl AzureEmulator::baseUrl() const
{
    return d->ctx.baseUrl();
}

FaultOptions &AzureEmulator::faults()
{
    return d->ctx.faults;
}

void AzureEmulator::expireAllTokens()
{
    for (TokenInfo &info : d->ctx.tokens) {
        info.expiresAtMs = 0;
        info.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-1);
    }
}

EmulatorStats AzureEmulator::stats() const
{
    return d->ctx.stats;
}

void AzureEmulator::resetStats()
{
    d->ctx.stats = EmulatorStats();
}

void AzureEmulator::burnResourceGraphQuota(const QString &clientId, int queries)
{
    d->ctx.quotas.burnGraphQueries(
        clientId, queries, std::max(1, d->ctx.faults.resourceGraphWindowMs), QuotaModel::clockMs());
}

void AzureEmulator::setArmBucketTokens(const QString &clientId, const QString &subscriptionId,
                                       double tokens)
{
    d->ctx.quotas.setArmTokens(clientId, subscriptionId, tokens,
                               std::max(1, d->ctx.faults.armBucketSize), QuotaModel::clockMs());
}

void AzureEmulator::resetQuotas()
{
    d->ctx.quotas.clear();
}

TenantModel &AzureEmulator::tenant()
{
    return d->ctx.model;
}

bool AzureEmulator::addSubscription(const QString &subscriptionId, const QString &displayName,
                                    const QString &parentGroup, const QString &state)
{
    SubscriptionEntry s;
    s.subscriptionId = subscriptionId;
    s.displayName = displayName;
    s.parent = parentGroup.compare(d->ctx.model.tenantId, Qt::CaseInsensitive) == 0 ? QString()
                                                                                    : parentGroup;
    s.state = state;
    return d->ctx.model.addSubscription(s);
}

bool AzureEmulator::deleteSubscription(const QString &subscriptionId)
{
    return d->ctx.model.deleteSubscription(subscriptionId);
}

bool AzureEmulator::setSubscriptionState(const QString &subscriptionId, const QString &state)
{
    static const QStringList states{u"Enabled"_s, u"Warned"_s, u"PastDue"_s, u"Disabled"_s,
                                    u"Deleted"_s};
    if (!states.contains(state))
        return false;
    return d->ctx.model.setSubscriptionState(subscriptionId, state);
}

bool AzureEmulator::moveSubscription(const QString &subscriptionId, const QString &newParentGroup)
{
    return d->ctx.model.moveSubscription(subscriptionId, newParentGroup);
}

bool AzureEmulator::addResource(const QString &subscriptionId, const QString &resourceGroup,
                                const QString &type, const QString &name, const QString &location)
{
    if (!type.contains(u'/'))
        return false;
    ResourceEntry r;
    r.resourceGroup = resourceGroup.toUtf8();
    r.name = name.toUtf8();
    r.type = d->ctx.model.internType(type.toUtf8());
    r.location = d->ctx.model.internLocation(location.toUtf8());
    return d->ctx.model.addResource(subscriptionId, std::move(r));
}

bool AzureEmulator::removeResource(const QString &resourceId)
{
    return d->ctx.model.removeResource(resourceId);
}

} // namespace atc::emulator
