#pragma once

// For keychain tests: a D-Bus session bus of the test's own, optionally with a real Secret
// Service (GNOME Keyring) on it, so that they never touch the user's keyring and run on bare CI
// machines; and a way to wait for a keychain's answer.

#include "keychain.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <optional>

namespace uw::test {

class PrivateSessionBus
{
public:
    enum class Activation { Standard, None };

    ~PrivateSessionBus()
    {
        // The keyring daemon leaves when its bus goes away.
        m_bus.kill();
        m_bus.waitForFinished(5000);
    }

    /**
     * Starts the bus and points this process at it (DBUS_SESSION_BUS_ADDRESS), before anything
     * connects to a session bus. Activation::None starts no service on demand. Empty when it
     * worked, else why not, naming what to install.
     */
    QString start(Activation activation = Activation::Standard)
    {
        const QString daemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
        if (daemon.isEmpty())
            return QStringLiteral("dbus-daemon is not installed: run `apt-get install dbus-daemon` "
                                  "(scripts/packages.txt lists it)");
        QStringList arguments{QStringLiteral("--nofork"), QStringLiteral("--print-address=1")};
        if (activation == Activation::None) {
            const QString config = m_dir.filePath(QStringLiteral("bus.conf"));
            QFile file(config);
            if (!file.open(QIODevice::WriteOnly))
                return file.errorString();
            file.write(
                "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration "
                "1.0//EN\" \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                "<busconfig><type>session</type><listen>unix:tmpdir=/tmp</listen>"
                "<auth>EXTERNAL</auth><policy context=\"default\">"
                "<allow send_destination=\"*\" eavesdrop=\"true\"/>"
                "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n");
            arguments.prepend(QStringLiteral("--config-file=") + config);
        } else {
            arguments.prepend(QStringLiteral("--session"));
        }
        m_bus.setProcessEnvironment(environment());
        m_bus.start(daemon, arguments);
        if (!m_bus.waitForStarted(10000))
            return m_bus.errorString();
        while (!m_bus.canReadLine()) {
            if (!m_bus.waitForReadyRead(10000))
                return QStringLiteral("dbus-daemon printed no address: ")
                       + QString::fromLocal8Bit(m_bus.readAllStandardError());
        }
        m_address = m_bus.readLine().trimmed();
        qputenv("DBUS_SESSION_BUS_ADDRESS", m_address);
        return {};
    }

    /** Starts GNOME Keyring's Secret Service on the bus with an unlocked login keyring. */
    QString startKeyring()
    {
        const QString keyring = QStandardPaths::findExecutable(
            QStringLiteral("gnome-keyring-daemon"));
        if (keyring.isEmpty())
            return QStringLiteral("gnome-keyring-daemon is not installed: run `apt-get install "
                                  "gnome-keyring` (scripts/packages.txt lists it)");
        // --login creates and unlocks the login keyring with the password on standard input.
        for (const QStringList &arguments :
             {QStringList{QStringLiteral("--daemonize"), QStringLiteral("--login")},
              QStringList{QStringLiteral("--start"), QStringLiteral("--components=secrets")}}) {
            QProcess process;
            process.setProcessEnvironment(environment());
            process.start(keyring, arguments);
            if (!process.waitForStarted(10000))
                return process.errorString();
            if (arguments.contains(QStringLiteral("--login"))) {
                process.write("keychain-test");
                process.closeWriteChannel();
            }
            if (!process.waitForFinished(20000) || process.exitCode() != 0)
                return QStringLiteral("gnome-keyring-daemon %1 failed: %2")
                    .arg(arguments.join(u' '),
                         QString::fromLocal8Bit(process.readAllStandardError()));
        }
        return {};
    }

private:
    QProcessEnvironment environment() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), m_dir.path());
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.path());
        if (!m_address.isEmpty())
            environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                               QString::fromUtf8(m_address));
        return environment;
    }

    QTemporaryDir m_dir;
    QProcess m_bus;
    QByteArray m_address;
};

/** Runs one keychain call to its end. */
inline KeychainAnswer answerOf(
    const std::function<void(std::function<void(const KeychainAnswer &)>)> &start)
{
    std::optional<KeychainAnswer> result;
    start([&result](const KeychainAnswer &answer) { result = answer; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 30000))
        return {{}, QStringLiteral("no answer within 30 s")};
    return *result;
}

} // namespace uw::test
