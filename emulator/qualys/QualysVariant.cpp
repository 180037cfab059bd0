#include "QualysVariant.h"

#include <QRandomGenerator>

using namespace Qt::Literals::StringLiterals;

namespace atc::emulator::qualys {

QualysVariant QualysVariant::fromSeed(quint32 seed)
{
    QRandomGenerator rng(seed);
    auto coin = [&rng]() { return rng.bounded(2) == 1; };
    QualysVariant v;
    v.createReturns201 = coin();
    v.createReturnsIdOnly = coin();
    v.authClientReturns201 = coin();
    v.frequenciesAsNumbers = coin();
    v.qpsBooleansAsJson = coin();
    v.errorStyle = QualysErrorStyle(rng.bounded(4));
    v.omitToWaitHeader = coin();
    v.qpsEmptyDataArray = coin();
    v.pagedDefaultSize = coin() ? 50 : 10;
    v.orgFrequencyUnderADay = coin();
    v.echoRoundedFrequency = coin();
    v.duplicateNameIs400 = coin();
    v.nameCaseSensitive = coin();
    v.memCommaStringAccepted = coin();
    v.statusUnknownIdIs404 = coin();
    v.qpsUnauthorizedHtml = coin();
    v.qpsDuplicateSubscriptionAccepted = coin();
    v.qpsRejectsAttachedUpdate = coin();
    return v;
}

namespace {

const char *const styleNames[] = {"statusErrorMessage", "errorCode", "timestampNoMessage",
                                  "plainText"};

} // namespace

QualysVariant QualysVariant::fromJson(const QJsonObject &json, const QualysVariant &base)
{
    QualysVariant v = base;
    auto flag = [&json](const char *key, bool *target) {
        const QJsonValue value = json.value(QLatin1StringView(key));
        if (value.isBool())
            *target = value.toBool();
    };
    flag("createReturns201", &v.createReturns201);
    flag("createReturnsIdOnly", &v.createReturnsIdOnly);
    flag("authClientReturns201", &v.authClientReturns201);
    flag("frequenciesAsNumbers", &v.frequenciesAsNumbers);
    flag("qpsBooleansAsJson", &v.qpsBooleansAsJson);
    flag("omitToWaitHeader", &v.omitToWaitHeader);
    flag("qpsEmptyDataArray", &v.qpsEmptyDataArray);
    flag("orgFrequencyUnderADay", &v.orgFrequencyUnderADay);
    flag("echoRoundedFrequency", &v.echoRoundedFrequency);
    flag("duplicateNameIs400", &v.duplicateNameIs400);
    flag("nameCaseSensitive", &v.nameCaseSensitive);
    flag("memCommaStringAccepted", &v.memCommaStringAccepted);
    flag("statusUnknownIdIs404", &v.statusUnknownIdIs404);
    flag("qpsUnauthorizedHtml", &v.qpsUnauthorizedHtml);
    flag("qpsDuplicateSubscriptionAccepted", &v.qpsDuplicateSubscriptionAccepted);
    flag("qpsRejectsAttachedUpdate", &v.qpsRejectsAttachedUpdate);
    const int size = json.value("pagedDefaultSize"_L1).toInt(0);
    if (size == 10 || size == 50)
        v.pagedDefaultSize = size;
    const QString style = json.value("errorStyle"_L1).toString();
    for (int i = 0; i < 4; ++i) {
        if (style == QLatin1StringView(styleNames[i]))
            v.errorStyle = QualysErrorStyle(i);
    }
    return v;
}

QJsonObject QualysVariant::toJson() const
{
    return {{"createReturns201"_L1, createReturns201},
            {"createReturnsIdOnly"_L1, createReturnsIdOnly},
            {"authClientReturns201"_L1, authClientReturns201},
            {"frequenciesAsNumbers"_L1, frequenciesAsNumbers},
            {"qpsBooleansAsJson"_L1, qpsBooleansAsJson},
            {"errorStyle"_L1, QLatin1StringView(styleNames[int(errorStyle)])},
            {"omitToWaitHeader"_L1, omitToWaitHeader},
            {"qpsEmptyDataArray"_L1, qpsEmptyDataArray},
            {"pagedDefaultSize"_L1, pagedDefaultSize},
            {"orgFrequencyUnderADay"_L1, orgFrequencyUnderADay},
            {"echoRoundedFrequency"_L1, echoRoundedFrequency},
            {"duplicateNameIs400"_L1, duplicateNameIs400},
            {"nameCaseSensitive"_L1, nameCaseSensitive},
            {"memCommaStringAccepted"_L1, memCommaStringAccepted},
            {"statusUnknownIdIs404"_L1, statusUnknownIdIs404},
            {"qpsUnauthorizedHtml"_L1, qpsUnauthorizedHtml},
            {"qpsDuplicateSubscriptionAccepted"_L1, qpsDuplicateSubscriptionAccepted},
            {"qpsRejectsAttachedUpdate"_L1, qpsRejectsAttachedUpdate}};
}

} // namespace atc::emulator::qualys
