#include "QualysAccount.h"

using namespace Qt::Literals::StringLiterals;

namespace atc {

QString QualysAccount::secretKey() const
{
    return u"qualys:"_s + platform.key() + u':' + user;
}

QString QualysAccount::displayName() const
{
    return QCoreApplication::translate("atc::QualysAccount", "%1 on %2")
        .arg(user, platform.isCustom() ? platform.gateway.host() : platform.id);
}

bool QualysAccount::operator==(const QualysAccount &o) const
{
    return platform.key() == o.platform.key() && platform.apiServer == o.platform.apiServer &&
           authKind == o.authKind && user == o.user;
}

} // namespace atc
