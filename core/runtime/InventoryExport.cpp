#include "InventoryExport.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace atc {

namespace {
QString isoOrEmpty(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QStringList tagNames(const QStringList &ids, const InventoryExportControl &control)
{
    if (control.tagNames.isEmpty())
        return ids;
    QStringList names;
    names.reserve(ids.size());
    for (const QString &id : ids)
        names.append(control.tagNames.value(id, id));
    return names;
}
} // namespace

QStringList InventoryExport::csvColumns()
{
    return {u"profileId"_s,   u"connector"_s, u"subscriptionId"_s, u"resourceId"_s, u"name"_s,
            u"type"_s,        u"location"_s,  u"resourceGroup"_s,  u"kind"_s,       u"azureTags"_s,
            u"publicIps"_s,   u"fqdns"_s,     u"assetTags"_s,      u"activation"_s, u"firstSeen"_s,
            u"lastChanged"_s, u"removedAt"_s};
}

QString InventoryExport::csvField(const QString &field)
{
    // A cell a spreadsheet would evaluate as a formula (OWASP "CSV injection": a resource
    // named =HYPERLINK(…)) gets a leading apostrophe, so it is shown as text.
    QString value = field;
    if (!value.isEmpty()) {
        const char16_t first = value.front().unicode();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' ||
            first == u'\r')
            value.prepend(u'\'');
    }
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') &&
        !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

bool InventoryExport::writeCsv(const InventoryDatabase &db,
                               const InventoryDatabase::ExportFilter &filter, QIODevice *out,
                               int *rows, const Control &control)
{
    InventoryDatabase::ExportFilter f = filter;
    f.withProperties = false;
    QStringList header;
    for (const QString &c : csvColumns())
        header << csvField(c);
    bool ok = out->write(header.join(u',').toUtf8() + "\r\n") >= 0;
    int n = 0;
    ok = db.forEachAsset(
             f,
             [&](const InventoryDatabase::AssetRow &a) {
                 const QStringList fields = {a.profileId,
                                             a.connectorName,
                                             a.subscriptionId,
                                             a.resourceId,
                                             a.name,
                                             a.type,
                                             a.location,
                                             a.resourceGroup,
                                             a.kind,
                                             a.tagsJson,
                                             a.publicIps.join(u';'),
                                             a.fqdns.join(u';'),
                                             tagNames(a.assetTags, control).join(u';'),
                                             a.activation.join(u';'),
                                             isoOrEmpty(a.firstSeen),
                                             isoOrEmpty(a.lastChanged),
                                             isoOrEmpty(a.removedAt)};
                 QStringList quoted;
                 quoted.reserve(fields.size());
                 for (const QString &field : fields)
                     quoted.append(csvField(field));
                 const QString line = quoted.join(u',');
                 if (out->write(line.toUtf8() + "\r\n") < 0)
                     ok = false;
                 if (++n % ProgressInterval == 0 && control.progress)
                     control.progress(n);
             },
             control.cancel) &&
         ok;
    if (rows)
        *rows = n;
    return ok;
}

bool InventoryExport::writeJson(const InventoryDatabase &db,
                                const InventoryDatabase::ExportFilter &filter, QIODevice *out,
                                int *rows, const Control &control)
{
    bool ok = out->write("[") >= 0;
    int n = 0;
    ok = db.forEachAsset(
             filter,
             [&](const InventoryDatabase::AssetRow &a) {
                 QJsonObject o{
                     {u"profileId"_s, a.profileId},
                     {u"connector"_s, a.connectorName},
                     {u"connectorId"_s, a.connectorId},
                     {u"subscriptionId"_s, a.subscriptionId},
                     {u"resourceId"_s, a.resourceId},
                     {u"name"_s, a.name},
                     {u"type"_s, a.type},
                     {u"location"_s, a.location},
                     {u"resourceGroup"_s, a.resourceGroup},
                     {u"kind"_s, a.kind},
                     {u"azureTags"_s, QJsonDocument::fromJson(a.tagsJson.toUtf8()).object()},
                     {u"publicIps"_s, QJsonArray::fromStringList(a.publicIps)},
                     {u"fqdns"_s, QJsonArray::fromStringList(a.fqdns)},
                     {u"assetTags"_s, QJsonArray::fromStringList(tagNames(a.assetTags, control))},
                     {u"activation"_s, QJsonArray::fromStringList(a.activation)},
                     {u"firstSeen"_s, isoOrEmpty(a.firstSeen)},
                     {u"lastChanged"_s, isoOrEmpty(a.lastChanged)},
                     {u"removedAt"_s, a.removedAt.isValid() ? QJsonValue(isoOrEmpty(a.removedAt))
                                                            : QJsonValue(QJsonValue::Null)},
                 };
                 if (!a.propertiesJson.isEmpty())
                     o.insert(u"properties"_s,
                              QJsonDocument::fromJson(a.propertiesJson.toUtf8()).object());
                 const QByteArray item = QJsonDocument(o).toJson(QJsonDocument::Compact);
                 if (out->write(n == 0 ? "\n" : ",\n") < 0 || out->write(item) < 0)
                     ok = false;
                 if (++n % ProgressInterval == 0 && control.progress)
                     control.progress(n);
             },
             control.cancel) &&
         ok;
    if (out->write(n == 0 ? "]\n" : "\n]\n") < 0)
        ok = false;
    if (rows)
        *rows = n;
    return ok;
}

} // namespace atc
