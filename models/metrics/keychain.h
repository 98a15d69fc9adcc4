#pragma once

#include <QByteArray>
#include <QString>

#include <chrono>
#include <functional>

class QObject;

namespace uw {

/**
 * Secrets such as a Prometheus bearer token live in the system keychain (the Secret Service
 * on Linux, the Keychain on macOS, the credential store on Windows), never in the project
 * file. Every entry of the program is under this service name and a key the user chooses.
 */
inline constexpr auto keychainService = "Upgrade Workbench";

/** What a keychain call gives back: the secret, or why there is none (a sentence). */
struct KeychainAnswer
{
    QByteArray secret;
    QString error;

    bool ok() const { return error.isEmpty(); }
};

/**
 * Reads the secret stored under key, asynchronously; done runs in context's thread. A
 * keychain that does not answer within timeout (a locked keyring waiting for a password
 * prompt nobody sees) fails with a message saying so. Nothing runs after context is deleted.
 */
void readKeychainSecret(const QString &key, std::chrono::milliseconds timeout, QObject *context,
                        std::function<void(const KeychainAnswer &)> done);

/** Stores secret under key (replacing what was there), asynchronously, as readKeychainSecret(). */
void writeKeychainSecret(const QString &key, const QByteArray &secret,
                         std::chrono::milliseconds timeout, QObject *context,
                         std::function<void(const KeychainAnswer &)> done);

} // namespace uw
