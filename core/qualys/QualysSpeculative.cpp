#include "QualysSpeculative.h"

#include <QJsonArray>
#include <QJsonObject>

#include <memory>

#include "QualysParsers.h"
#include "QualysSession.h"

using namespace Qt::Literals::StringLiterals;

namespace atc {

namespace {

constexpr int PageSize = 100;

bool isAbsent(const QualysError &e)
{
    // The endpoint does not exist here (or answers in a way that says nothing).
    return e.kind == QualysErrorKind::NotFound || e.kind == QualysErrorKind::HttpError ||
           e.kind == QualysErrorKind::Unsupported || e.kind == QualysErrorKind::Rejected;
}

} // namespace

QString QualysSpeculative::listPath(int pageNumber, int pageSize)
{
    return u"/connectors/v1.0/org/azure/list?pageNumber=%1&pageSize=%2"_s.arg(pageNumber)
        .arg(pageSize);
}

QString QualysSpeculative::getPath(qint64 id)
{
    return u"/connectors/v1.0/org/azure/"_s + QString::number(id);
}

void QualysSpeculative::findByName(QualysSession *session, QObject *context, const QString &name,
                                   const QString &tenantId, Callback done)
{
    struct Walk
    {
        QualysSession *session;
        QObject *context;
        QString name, tenantId;
        Callback done;
        int page = 0;
        std::function<void()> next;
    };
    auto walk = std::make_shared<Walk>();
    walk->session = session;
    walk->context = context;
    walk->name = name.trimmed();
    walk->tenantId = tenantId.trimmed();
    walk->done = std::move(done);
    std::weak_ptr<Walk> weak = walk;
    walk->next = [weak] {
        const auto w = weak.lock();
        if (!w)
            return;
        w->session->gateway(
            "GET", listPath(w->page, PageSize), {}, QualysSession::Repeat::Safe, w->context,
            [w](const QualysSession::Reply &reply) {
                Lookup result;
                if (reply.error.isError()) {
                    if (!isAbsent(reply.error))
                        result.error = reply.error;
                    auto finishWith = std::move(w->done);
                    w->next = nullptr; // breaks the cycle
                    finishWith(result);
                    return;
                }
                result.available = true;
                const QJsonObject root = reply.json.object();
                const QJsonArray content =
                    reply.json.isArray() ? reply.json.array() : root.value("content"_L1).toArray();
                for (const QJsonValue &v : content) {
                    const QualysTenantConnector c = QualysParsers::tenantConnector(v.toObject());
                    if (c.deleted || c.name.compare(w->name, Qt::CaseInsensitive) != 0)
                        continue;
                    if (!c.tenantId.isEmpty() && !w->tenantId.isEmpty() &&
                        c.tenantId.compare(w->tenantId, Qt::CaseInsensitive) != 0)
                        continue;
                    result.connector = c;
                    break;
                }
                const int totalPages =
                    int(QualysParsers::toInteger(root.value("totalPages"_L1)).value_or(0));
                ++w->page;
                const bool more = !result.connector && !content.isEmpty() && w->page < totalPages;
                if (more && w->page < w->session->config().maxPages) {
                    w->next();
                    return;
                }
                auto finishWith = std::move(w->done);
                w->next = nullptr;
                finishWith(result);
            });
    };
    // The walk keeps itself alive through the pending callback's capture.
    walk->next();
}

void QualysSpeculative::get(QualysSession *session, QObject *context, qint64 id, Callback done)
{
    session->gateway("GET", getPath(id), {}, QualysSession::Repeat::Safe, context,
                     [done = std::move(done)](const QualysSession::Reply &reply) {
                         Lookup result;
                         if (reply.error.isError()) {
                             if (!isAbsent(reply.error))
                                 result.error = reply.error;
                             done(result);
                             return;
                         }
                         QJsonObject o = reply.json.object();
                         // Tolerate a wrapper ({"data": {…}} / paged content).
                         if (!o.contains("id"_L1)) {
                             const QJsonValue inner = o.value("content"_L1).isArray()
                                                          ? o.value("content"_L1).toArray().first()
                                                          : o.value("data"_L1);
                             if (inner.isObject())
                                 o = inner.toObject();
                         }
                         result.available = true;
                         if (!o.isEmpty())
                             result.connector = QualysParsers::tenantConnector(o);
                         done(result);
                     });
}

} // namespace atc
