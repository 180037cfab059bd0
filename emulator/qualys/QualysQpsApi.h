#pragma once

#include "EmulatorHttp.h"
#include "QualysAuthApi.h"
#include "QualysFakeState.h"

namespace atc::emulator::qualys {

/**
 * The API server port: QPS 3.0 azureassetdataconnector (Q1–Q7) and QPS 2.0 tags (Q8–Q10).
 * Order: route (unknown → 404, so v1.0 paths are not found here), X-Requested-With (400),
 * HTTP Basic or a gateway Bearer token (401), API and connector rights (HTTP 200 UNAUTHORIZED),
 * then the body: JSON only with Content-Type application/json. Replies are JSON iff Accept asks for
 * it, else a minimal XML ServiceResponse.
 */
class QualysQpsApi
{
public:
    QualysQpsApi(QualysFakeState &state, QualysAuthApi &auth) : m_state(state), m_auth(auth) {}

    HttpReply handle(const HttpRequest &request);

private:
    enum class Op
    {
        None,
        Create,
        Update,
        Get,
        SearchConnectors,
        Delete,
        Run,
        Errors,
        TagSearch,
        TagCreate,
        TagGet
    };
    /** The operation for a signed-in user (Basic, or a gateway Bearer token). */
    HttpReply authorized(const HttpRequest &request, Op op, qint64 id, const FakeQualysUser &user);
    struct Search
    {
        struct Criterion
        {
            QString field;
            QString op;
            QString value;
        };
        QList<Criterion> criteria;
        int limit = 100;
        qint64 startFromId = 0;
    };

    HttpReply invalid(const QString &message) const;
    bool readBody(const HttpRequest &request, bool required, QJsonObject *out,
                  HttpReply *failure) const;
    /** Preferences and Criteria; `fields` maps each allowed field to its operators. */
    bool readSearch(const QJsonObject &body, const QHash<QString, QStringList> &fields, Search *out,
                    HttpReply *failure) const;
    static bool matches(const QString &actual, const QString &op, const QString &value);

    HttpReply create(const HttpRequest &request, const FakeQualysUser &user);
    HttpReply update(const HttpRequest &request, qint64 id);
    HttpReply get(qint64 id);
    HttpReply search(const HttpRequest &request);
    HttpReply remove(qint64 id);
    HttpReply run(qint64 id);
    HttpReply searchErrors(const HttpRequest &request);
    HttpReply searchTags(const HttpRequest &request);
    HttpReply createTag(const HttpRequest &request);
    HttpReply getTag(qint64 id);
    HttpReply idOnly(qint64 id) const;

    QualysFakeState &m_state;
    QualysAuthApi &m_auth;
    bool m_json = false; ///< the current request's Accept asks for JSON
};

} // namespace atc::emulator::qualys
