#include "SecretMessages.h"

#include <QCoreApplication>

namespace atc {

QString secretStatusMessage(SecretStore::Status status, const QString &detail)
{
    using Status = SecretStore::Status;
    QString text;
    switch (status) {
    case Status::Ok:
        return {};
    case Status::NotFound:
        text = QCoreApplication::translate(
            "atc::SecretStore",
            "No authentication key is stored for this connector. Enter the key again.");
        break;
    case Status::AccessDenied:
        text = QCoreApplication::translate(
            "atc::SecretStore",
            "Access to the keychain was denied. Unlock your keyring (for example the login "
            "keyring of GNOME Keyring or KWallet) and allow this application, then try again.");
        break;
    case Status::NoBackend:
        text = QCoreApplication::translate(
            "atc::SecretStore",
            "No keychain service is available. Install and start a Secret Service provider such "
            "as GNOME Keyring or KWallet, then try again.");
        break;
    case Status::Timeout:
        text = QCoreApplication::translate(
            "atc::SecretStore",
            "The keychain did not answer in time. Check that the keyring is unlocked and no "
            "password prompt is waiting, then try again.");
        break;
    case Status::Locked:
        text = QCoreApplication::translate(
            "atc::SecretStore",
            "Unlock your keyring: the authentication key is stored, but in a locked keyring (for "
            "example the login keyring of GNOME Keyring or KWallet). Unlock it, then try again; "
            "the key does not need to be entered again.");
        break;
    case Status::OtherError:
        text = QCoreApplication::translate("atc::SecretStore",
                                           "The keychain reported an error. Try again; if it "
                                           "persists, restart the keyring service.");
        break;
    }
    if (!detail.isEmpty())
        text += u' ' + QCoreApplication::translate("atc::SecretStore", "(%1)").arg(detail);
    return text;
}

} // namespace atc
