#include "QualysRequestLog.h"

#include <QJsonDocument>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace atc::emulator::qualys {

namespace {

bool isSecretName(const QString &name)
{
    static const QStringList names{
        u"password"_s,  u"secretvalue"_s,   u"authenticationkey"_s,  u"clientsecret"_s,
        u"secretkey"_s, u"authorization"_s, u"proxy-authorization"_s};
    return names.contains(name.toLower());
}

} // namespace

QJsonValue QualysRequestLog::redactJson(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : value.toArray())
            out.append(redactJson(item));
        return out;
    }
    if (!value.isObject())
        return value;
    QJsonObject out;
    const QJsonObject in = value.toObject();
    for (auto it = in.begin(); it != in.end(); ++it)
        out.insert(it.key(), isSecretName(it.key()) ? QJsonValue(u"***"_s) : redactJson(*it));
    return out;
}

QString QualysRequestLog::redactForm(const QByteArray &body)
{
    QStringList parts;
    for (const auto &item : parseFormEncoded(body))
        parts.append(item.first + u'=' + (isSecretName(item.first) ? u"***"_s : item.second));
    return parts.join(u'&');
}

qint64 QualysRequestLog::add(const QString &server, const HttpRequest &request)
{
    QJsonObject headers;
    for (auto it = request.headers.begin(); it != request.headers.end(); ++it) {
        const QString name = QString::fromLatin1(it.key());
        headers.insert(name, isSecretName(name) ? u"***"_s : QString::fromUtf8(it.value()));
    }
    QJsonObject query;
    for (const auto &item : request.query)
        query.insert(item.first, isSecretName(item.first) ? u"***"_s : item.second);
    QJsonObject entry{{"seq"_L1, m_next},
                      {"server"_L1, server},
                      {"method"_L1, QString::fromLatin1(request.method)},
                      {"path"_L1, request.path},
                      {"query"_L1, query},
                      {"headers"_L1, headers},
                      {"bodySize"_L1, qint64(request.body.size())}};
    const QByteArray type = request.header("content-type"_ba).toLower();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error == QJsonParseError::NoError && !request.body.isEmpty()) {
        entry.insert("body"_L1, redactJson(doc.isArray() ? QJsonValue(doc.array())
                                                         : QJsonValue(doc.object())));
    } else if (type.startsWith("application/x-www-form-urlencoded"_ba)) {
        entry.insert("body"_L1, redactForm(request.body));
    } else if (!request.body.isEmpty()) {
        // Unknown text could hold a secret anywhere: only its size is kept.
        entry.insert("body"_L1, u"(%1 bytes, not shown)"_s.arg(request.body.size()));
    }
    m_entries.append(entry);
    while (m_entries.size() > MaxEntries)
        m_entries.removeFirst();
    return m_next++;
}

void QualysRequestLog::finish(qint64 sequence, int status, const QStringList &unknownFields)
{
    for (qsizetype i = m_entries.size() - 1; i >= 0; --i) {
        QJsonObject entry = m_entries.at(i).toObject();
        if (entry.value("seq"_L1).toInteger() != sequence)
            continue;
        entry.insert("status"_L1, status);
        if (!unknownFields.isEmpty())
            entry.insert("unknownFields"_L1, QJsonArray::fromStringList(unknownFields));
        m_entries.replace(i, entry);
        return;
    }
}

} // namespace atc::emulator::qualys
