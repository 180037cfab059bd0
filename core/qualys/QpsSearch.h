#pragma once

#include <functional>

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "QualysError.h"

class QObject;

namespace atc {

class QualysSession;

/**
 * A QPS search walked to its end (internal to atc_qualys): the same request with
 * preferences.startFromId = the previous page's lastId while hasMoreRecords is true, bounded by
 * config().maxPages. Objects are de-duplicated by id (whether startFromId is inclusive is not
 * documented) and a page that brings nothing new ends the walk with MalformedResponse.
 */
class QpsSearch
{
public:
    struct Outcome
    {
        QualysError error;
        QList<QJsonObject> objects; ///< unwrapped from data[].<objectName>
        int pages = 0;
    };
    using Callback = std::function<void(const Outcome &)>;
    using PageCallback = std::function<void(int objectsSoFar)>;

    static void run(QualysSession *session, QObject *context, const QString &path,
                    const QString &objectName, const QJsonArray &criteria, int pageSize,
                    PageCallback onPage, Callback done, bool allPages = true);
};

} // namespace atc
