#pragma once

// Internal to atc_runtime: how the inventory's files store values (shared by InventoryDatabase,
// InventoryWriteBatch). Not for other libraries: the read side for views is InventoryReader.

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QString>
#include <QStringList>
#include <QVariant>

Q_DECLARE_LOGGING_CATEGORY(lcInventory)

namespace atc::inventory_sql {

using namespace Qt::Literals::StringLiterals;

inline QString toText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

inline QVariant toSql(const QDateTime &t)
{
    return t.isValid() ? QVariant(toText(t)) : QVariant(QMetaType(QMetaType::QString));
}

inline QDateTime fromSql(const QVariant &v)
{
    if (v.isNull())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t.toUTC();
}

inline QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

inline QStringList listFromJson(const QString &text)
{
    QStringList out;
    const QJsonArray a = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &v : a)
        out.append(v.toString());
    return out;
}

} // namespace atc::inventory_sql
