#include "QualysTagCatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

#include "QpsSearch.h"
#include "QualysParsers.h"
#include "QualysSession.h"

using namespace Qt::Literals::StringLiterals;

namespace atc {

namespace {

const QString kSearch = u"/qps/rest/2.0/search/am/tag"_s;
const QString kCreate = u"/qps/rest/2.0/create/am/tag"_s;

} // namespace

struct QualysTagCatalog::Private
{
    QPointer<QualysSession> session;
    bool busy = false;
    quint64 generation = 0; ///< answers of a cancelled operation are dropped
};

QualysTagCatalog::QualysTagCatalog(QualysSession *session, QObject *parent)
    : QObject(parent), d(new Private)
{
    d->session = session;
}

QualysTagCatalog::~QualysTagCatalog()
{
    if (d->session)
        d->session->cancel(this);
    delete d;
}

void QualysTagCatalog::list()
{
    if (d->busy)
        return;
    d->busy = true;
    const quint64 gen = ++d->generation;
    auto finish = [this, gen](Result r) {
        if (gen != d->generation || !d->busy)
            return;
        d->busy = false;
        if (d->session)
            r.error = d->session->redacted(r.error);
        emit finished(r);
    };
    if (!d->session) {
        Result r;
        r.error = QualysError::make(QualysErrorKind::InvalidInput);
        return finish(r);
    }
    QpsSearch::run(d->session, this, kSearch, u"Tag"_s, {}, 100, {},
                   [finish](const QpsSearch::Outcome &outcome) {
                       Result r;
                       r.error = outcome.error;
                       for (const QJsonObject &o : outcome.objects)
                           r.tags << QualysParsers::tag(o);
                       finish(r);
                   });
}

void QualysTagCatalog::create(const QString &name, const QString &color, qint64 parentId)
{
    if (d->busy)
        return;
    d->busy = true;
    const quint64 gen = ++d->generation;
    const QString trimmed = name.trimmed();
    auto finish = [this, gen](Result r) {
        if (gen != d->generation || !d->busy)
            return;
        d->busy = false;
        if (d->session)
            r.error = d->session->redacted(r.error);
        emit finished(r);
    };
    if (!d->session || trimmed.isEmpty()) {
        Result r;
        r.error = QualysError::make(QualysErrorKind::InvalidInput, tr("a tag needs a name"));
        return finish(r);
    }
    const QJsonArray byName{
        QJsonObject{{u"field"_s, u"name"_s}, {u"operator"_s, u"EQUALS"_s}, {u"value"_s, trimmed}}};
    // Resolve or create, as Qualys's own scripts do: an existing tag is never duplicated.
    auto findExact = [trimmed,
                      parentId](const QList<QJsonObject> &objects) -> std::optional<QualysTag> {
        for (const QJsonObject &o : objects) {
            const QualysTag t = QualysParsers::tag(o);
            if (t.name.compare(trimmed, Qt::CaseInsensitive) == 0 &&
                (parentId == 0 || t.parentId == parentId))
                return t;
        }
        return std::nullopt;
    };
    QpsSearch::run(
        d->session, this, kSearch, u"Tag"_s, byName, 100, {},
        [this, finish, findExact, trimmed, color, parentId,
         byName](const QpsSearch::Outcome &found) {
            Result r;
            if (found.error.isError()) {
                r.error = found.error;
                return finish(r);
            }
            if (const auto existing = findExact(found.objects)) {
                r.tags << *existing;
                return finish(r);
            }
            QJsonObject tag{{u"name"_s, trimmed}};
            if (!color.isEmpty())
                tag[u"color"_s] = color;
            if (parentId > 0)
                tag[u"parentTagId"_s] = double(parentId);
            const QJsonObject body{
                {u"ServiceRequest"_s, QJsonObject{{u"data"_s, QJsonObject{{u"Tag"_s, tag}}}}}};
            d->session->qps("POST", kCreate, QJsonDocument(body).toJson(QJsonDocument::Compact),
                            QualysSession::Repeat::Never, this,
                            [this, finish, findExact, byName](const QualysSession::Reply &reply) {
                                Result out;
                                if (!reply.error.isError()) {
                                    const auto objects =
                                        QualysParsers::qpsResponse(reply.body).objects(u"Tag"_s);
                                    if (!objects.isEmpty())
                                        out.tags << QualysParsers::tag(objects.first());
                                    out.created = true;
                                    return finish(out);
                                }
                                if (!reply.error.isTransport() &&
                                    reply.error.kind != QualysErrorKind::ServerError) {
                                    out.error = reply.error;
                                    return finish(out);
                                }
                                // The answer was lost: the tag may exist now. Look again, never
                                // re-create.
                                QpsSearch::run(d->session, this, kSearch, u"Tag"_s, byName, 100, {},
                                               [finish, findExact, lost = reply.error](
                                                   const QpsSearch::Outcome &again) {
                                                   Result last;
                                                   if (const auto t = findExact(again.objects)) {
                                                       last.tags << *t;
                                                       last.created = true;
                                                   } else {
                                                       last.error = lost;
                                                   }
                                                   finish(last);
                                               });
                            });
        });
}

void QualysTagCatalog::cancel()
{
    if (!d->busy)
        return;
    if (d->session)
        d->session->cancel(this);
    d->busy = false;
    ++d->generation;
    Result r;
    r.error = QualysError::make(QualysErrorKind::Cancelled);
    emit finished(r);
}

} // namespace atc
