#include "QualysAccountStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

#include "io/AtomicFile.h"
#include "io/PrivatePaths.h"

using namespace Qt::Literals::StringLiterals;

namespace atc {

namespace {

constexpr int FileVersion = 1;
constexpr qint64 MaxFileBytes = 1024 * 1024;

QJsonObject toJson(const QualysAccount &a)
{
    QJsonObject o{
        {u"platform"_s, a.platform.id},
        {u"kind"_s, a.authKind == QualysAccount::AuthKind::Client ? u"client"_s : u"password"_s},
        {u"user"_s, a.user}};
    if (a.platform.isCustom()) {
        o[u"gateway"_s] = a.platform.gateway.toString();
        o[u"apiServer"_s] = a.platform.apiServer.toString();
    }
    return o;
}

bool fromJson(const QJsonObject &o, QualysAccount *out)
{
    const QString id = o.value("platform"_L1).toString();
    const QString user = o.value("user"_L1).toString();
    const QString kind = o.value("kind"_L1).toString();
    if (user.trimmed().isEmpty() || (kind != "client"_L1 && kind != "password"_L1))
        return false;
    QualysAccount a;
    if (id == "Custom"_L1) {
        a.platform = QualysPlatform::custom(QUrl(o.value("gateway"_L1).toString()),
                                            QUrl(o.value("apiServer"_L1).toString()));
    } else {
        a.platform = QualysPlatform::find(id);
    }
    if (!a.platform.validate().isEmpty())
        return false;
    a.user = user;
    a.authKind =
        kind == "client"_L1 ? QualysAccount::AuthKind::Client : QualysAccount::AuthKind::Password;
    *out = a;
    return true;
}

bool sameSlot(const QualysAccount &a, const QualysAccount &b)
{
    return a.platform.key() == b.platform.key() && a.user == b.user;
}

} // namespace

QualysAccountStore::QualysAccountStore(QString directory) : m_directory(std::move(directory)) {}

QString QualysAccountStore::filePath() const
{
    return QDir(m_directory).filePath(u"qualys-accounts.json"_s);
}

QList<QualysAccount> QualysAccountStore::load(QString *error) const
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = tr("The Qualys accounts file %1 cannot be used (%2); no account is loaded. "
                        "It is left as it is until you save an account.")
                         .arg(filePath(), why);
        return QList<QualysAccount>();
    };
    QFile f(filePath());
    if (!f.exists())
        return {};
    if (f.size() > MaxFileBytes)
        return fail(tr("larger than 1 MiB"));
    if (!f.open(QIODevice::ReadOnly))
        return fail(f.errorString());
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.read(MaxFileBytes), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return fail(tr("not a JSON object"));
    const QJsonObject root = doc.object();
    if (root.value("version"_L1).toInt() > FileVersion)
        return fail(tr("written by a newer version of the application"));
    QList<QualysAccount> out;
    int skipped = 0;
    for (const QJsonValue &v : root.value("accounts"_L1).toArray()) {
        QualysAccount a;
        if (v.isObject() && fromJson(v.toObject(), &a))
            out.append(a);
        else
            ++skipped;
    }
    if (skipped > 0 && error)
        *error = tr("%n damaged entry(s) of %1 were skipped.", nullptr, skipped).arg(filePath());
    return out;
}

bool QualysAccountStore::save(const QList<QualysAccount> &accounts, QString *error) const
{
    QJsonArray list;
    for (const QualysAccount &a : accounts)
        list.append(toJson(a));
    const QJsonObject root{{u"version"_s, FileVersion}, {u"accounts"_s, list}};
    if (!PrivatePaths::makeFolder(m_directory, error))
        return false;
    AtomicFile::Options options;
    options.privateMode = true;
    options.allowDevices = false;
    return AtomicFile::write(filePath(), QJsonDocument(root).toJson(QJsonDocument::Indented),
                             options, error);
}

bool QualysAccountStore::upsert(const QualysAccount &account, QString *error) const
{
    QString loadError;
    QList<QualysAccount> all = load(&loadError);
    // The newest is kept last: forPlatform() prefers it.
    all.erase(std::remove_if(all.begin(), all.end(),
                             [&](const QualysAccount &a) { return sameSlot(a, account); }),
              all.end());
    all.append(account);
    return save(all, error);
}

bool QualysAccountStore::remove(const QualysAccount &account, QString *error) const
{
    QString loadError;
    QList<QualysAccount> all = load(&loadError);
    all.erase(std::remove_if(all.begin(), all.end(),
                             [&](const QualysAccount &a) { return sameSlot(a, account); }),
              all.end());
    return save(all, error);
}

std::optional<QualysAccount> QualysAccountStore::forPlatform(const QString &platformKey) const
{
    const QList<QualysAccount> all = load();
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (it->platform.key() == platformKey)
            return *it;
    }
    return std::nullopt;
}

} // namespace atc
