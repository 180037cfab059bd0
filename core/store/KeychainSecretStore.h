#pragma once

#include "SecretStore.h"

namespace atc {

/**
 * SecretStore over QtKeychain (the Secret Service on Linux: GNOME Keyring, KWallet). The
 * plaintext fallback is off, so a secret never lands in a settings file; without a keychain
 * every call fails with Status::NoBackend and a message that says what to install or start.
 * Each call is bounded by its own timeout (Status::Timeout). Never logs a secret. A sandbox
 * profile's key (sandbox::isSandboxSecretKey) never reaches QtKeychain: it reads as the
 * well-known key, and writing or removing it succeeds at once.
 */
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    static constexpr int DefaultTimeoutMs = 15000;
    static inline const QString DefaultService = QStringLiteral("azure-tenant-connector");

    explicit KeychainSecretStore(QObject *parent = nullptr, QString service = DefaultService,
                                 int timeoutMs = DefaultTimeoutMs);
    /** Pending calls end with Status::OtherError (their callbacks still run exactly once). */
    ~KeychainSecretStore() override;

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &secret, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;

    QString service() const { return m_service; }

    /** QtKeychain jobs started by every instance so far (a test seam: the sandbox starts none). */
    static int jobsStarted();

    /** The Status for a QKeychain::Error value (an int, so the header needs no QtKeychain). */
    static Status statusForKeychainError(int keychainError);

private:
    QString m_service;
    int m_timeoutMs;
};

} // namespace atc
