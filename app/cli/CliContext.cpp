#include "CliContext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace atc::cli {

void CliContext::printJson(const QJsonValue &value) const
{
    QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    out.flush();
}

void CliContext::progress(const QString &text) const
{
    err << text << Qt::endl;
}

void CliContext::error(const QString &text) const
{
    err << QStringLiteral("atc: error: ") << text << Qt::endl;
}

} // namespace atc::cli
