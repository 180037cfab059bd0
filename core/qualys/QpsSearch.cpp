#include "QpsSearch.h"

#include <QJsonDocument>
#include <QSet>

#include <memory>

#include "QualysParsers.h"
#include "QualysSession.h"

using namespace Qt::Literals::StringLiterals;

namespace atc {

void QpsSearch::run(QualysSession *session, QObject *context, const QString &path,
                    const QString &objectName, const QJsonArray &criteria, int pageSize,
                    PageCallback onPage, Callback done, bool allPages)
{
    struct Walk
    {
        QualysSession *session;
        QObject *context;
        QString path, objectName;
        QJsonArray criteria;
        int pageSize;
        bool allPages;
        PageCallback onPage;
        Callback done;
        Outcome outcome;
        QSet<qint64> seen;
        std::optional<qint64> startFromId;
        std::function<void()> next;

        void end()
        {
            auto finishWith = std::move(done);
            next = nullptr; // breaks the cycle
            finishWith(outcome);
        }
    };
    auto walk = std::make_shared<Walk>();
    walk->session = session;
    walk->context = context;
    walk->path = path;
    walk->objectName = objectName;
    walk->criteria = criteria;
    walk->pageSize = pageSize;
    walk->allPages = allPages;
    walk->onPage = std::move(onPage);
    walk->done = std::move(done);
    std::weak_ptr<Walk> weak = walk;
    walk->next = [weak] {
        const auto w = weak.lock();
        if (!w)
            return;
        QJsonObject preferences{{u"limitResults"_s, w->pageSize}};
        if (w->startFromId)
            preferences[u"startFromId"_s] = double(*w->startFromId);
        QJsonObject request{{u"preferences"_s, preferences}};
        if (!w->criteria.isEmpty())
            request[u"filters"_s] = QJsonObject{{u"Criteria"_s, w->criteria}};
        const QByteArray body = QJsonDocument(QJsonObject{{u"ServiceRequest"_s, request}})
                                    .toJson(QJsonDocument::Compact);
        // A search changes nothing: safe to repeat.
        w->session->qps(
            "POST", w->path, body, QualysSession::Repeat::Safe, w->context,
            [w](const QualysSession::Reply &reply) {
                if (reply.error.isError()) {
                    w->outcome.error = reply.error;
                    return w->end();
                }
                ++w->outcome.pages;
                const QualysParsers::QpsResponse r = QualysParsers::qpsResponse(reply.body);
                int fresh = 0;
                qint64 maxId = 0;
                for (const QJsonObject &o : r.objects(w->objectName)) {
                    const qint64 id = QualysParsers::toInteger(o.value("id"_L1)).value_or(0);
                    maxId = std::max(maxId, id);
                    if (id != 0 && w->seen.contains(id))
                        continue;
                    w->seen.insert(id);
                    w->outcome.objects.append(o);
                    ++fresh;
                }
                if (w->onPage)
                    w->onPage(int(w->outcome.objects.size()));
                if (!r.hasMoreRecords || !w->allPages)
                    return w->end();
                const qint64 lastId = r.lastId.value_or(maxId);
                if (fresh == 0 || lastId <= 0 || (w->startFromId && lastId <= *w->startFromId)) {
                    w->outcome.error = QualysError::make(
                        QualysErrorKind::MalformedResponse,
                        QualysSession::tr("the search reported more records but its next page "
                                          "brought nothing new"));
                    return w->end();
                }
                if (w->outcome.pages >= w->session->config().maxPages) {
                    w->outcome.error = QualysError::make(
                        QualysErrorKind::MalformedResponse,
                        QualysSession::tr("the search has more than %1 pages; stopped")
                            .arg(w->session->config().maxPages));
                    return w->end();
                }
                w->startFromId = lastId;
                w->next();
            });
    };
    walk->next();
}

} // namespace atc
