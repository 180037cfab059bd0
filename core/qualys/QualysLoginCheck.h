#pragma once

#include <QObject>

#include "QualysError.h"

namespace atc {

class QualysSession;

/**
 * Test login: proves both hosts accept the account, the gateway (a JWT from /auth or
 * /auth/oidc) and the API server (a one-row QPS tag search, which also proves API access:
 * a user without it gets HTTP 200 UNAUTHORIZED). Emits finished() once.
 */
class QualysLoginCheck : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        QualysError error;
        bool gatewayOk = false;
        bool apiServerOk = false;
        bool ok() const { return !error.isError(); }
    };

    explicit QualysLoginCheck(QualysSession *session, QObject *parent = nullptr);
    ~QualysLoginCheck() override;
    void start();
    void cancel();

Q_SIGNALS:
    void finished(const atc::QualysLoginCheck::Result &result);

private:
    struct Private;
    Private *d;
};

} // namespace atc
