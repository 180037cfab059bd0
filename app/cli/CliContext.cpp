#include "CliContext.h"

#include <QCoreApplication>
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
    err << QCoreApplication::translate("atc", "atc: error: %1").arg(text) << Qt::endl;
}

} // namespace atc::cli
