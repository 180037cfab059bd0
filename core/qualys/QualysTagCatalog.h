#pragma once

#include <QObject>

#include "QualysError.h"
#include "QualysTypes.h"

namespace atc {

class QualysSession;

/**
 * The platform's tags (QPS 2.0 am/tag): list() walks every page of the search; create() makes
 * a static tag after searching for the exact name (an existing one is returned, not
 * duplicated). One operation at a time per object; finished() once per operation.
 */
class QualysTagCatalog : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        QualysError error;
        QList<QualysTag> tags; ///< list(): all; create(): the one created or found
        bool created = false;  ///< create(): false when the name already existed
        bool ok() const { return !error.isError(); }
    };

    explicit QualysTagCatalog(QualysSession *session, QObject *parent = nullptr);
    ~QualysTagCatalog() override;
    void list();
    void create(const QString &name, const QString &color = {}, qint64 parentId = 0);
    void cancel();

Q_SIGNALS:
    void finished(const atc::QualysTagCatalog::Result &result);

private:
    struct Private;
    Private *d;
};

} // namespace atc
