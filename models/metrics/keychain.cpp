#include "keychain.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QThread>
#include <QTimer>

#include <memory>

namespace uw {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(uw::Keychain)
};

/**
 * Carries a finished job's answer from the application's thread, where every keychain job runs
 * (the keychain library is not made for jobs of other threads), to the caller's thread.
 */
class AnswerCarrier : public QObject
{
    Q_OBJECT

signals:
    void answered(const uw::KeychainAnswer &answer);
};

KeychainAnswer answerOf(const QKeychain::Job &job, const QString &key)
{
    if (job.error() == QKeychain::NoError) {
        const auto *read = qobject_cast<const QKeychain::ReadPasswordJob *>(&job);
        return {read ? read->binaryData() : QByteArray(), {}};
    }
    if (job.error() == QKeychain::EntryNotFound)
        return {{}, Tr::tr("the system keychain has no entry \"%1\"").arg(key)};
    return {{}, Tr::tr("the system keychain cannot be used: %1").arg(job.errorString())};
}

/**
 * Runs the job makeJob creates in the application's thread and calls done once, in context's
 * thread: with the job's answer, or with a timeout when the keychain keeps it waiting.
 */
void runJob(std::function<QKeychain::Job *()> makeJob, const QString &key,
            std::chrono::milliseconds timeout, QObject *context,
            std::function<void(const KeychainAnswer &)> done)
{
    QCoreApplication *application = QCoreApplication::instance();
    if (!application) {
        done({{}, Tr::tr("the system keychain needs the application running")});
        return;
    }
    auto answered = std::make_shared<bool>(false);
    auto finish = [answered, done = std::move(done)](const KeychainAnswer &answer) {
        if (!std::exchange(*answered, true))
            done(answer);
    };
    auto *carrier = new AnswerCarrier;
    carrier->moveToThread(application->thread());
    // Queued to context's thread; dropped if context is gone by then.
    QObject::connect(carrier, &AnswerCarrier::answered, context, finish, Qt::QueuedConnection);
    auto *timer = new QTimer(context);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, context, [finish, timer, key, timeout] {
        timer->deleteLater();
        finish({{},
                Tr::tr("the system keychain did not answer about \"%1\" within %2 s; it may be "
                       "locked and waiting for its password")
                    .arg(key)
                    .arg(double(timeout.count()) / 1000)});
    });
    QObject::connect(carrier, &AnswerCarrier::answered, timer, &QObject::deleteLater);
    timer->start(timeout);
    QMetaObject::invokeMethod(
        carrier,
        [carrier, makeJob = std::move(makeJob), key] {
            QKeychain::Job *job = makeJob();
            QObject::connect(job, &QKeychain::Job::finished, carrier,
                             [carrier, key](QKeychain::Job *finished) {
                                 emit carrier->answered(answerOf(*finished, key));
                                 carrier->deleteLater();
                             });
            job->start();
        },
        Qt::QueuedConnection);
}

} // namespace

void readKeychainSecret(const QString &key, std::chrono::milliseconds timeout, QObject *context,
                        std::function<void(const KeychainAnswer &)> done)
{
    runJob(
        [key] {
            auto *job = new QKeychain::ReadPasswordJob(QString::fromLatin1(keychainService));
            job->setKey(key);
            return job;
        },
        key, timeout, context, std::move(done));
}

void writeKeychainSecret(const QString &key, const QByteArray &secret,
                         std::chrono::milliseconds timeout, QObject *context,
                         std::function<void(const KeychainAnswer &)> done)
{
    runJob(
        [key, secret] {
            auto *job = new QKeychain::WritePasswordJob(QString::fromLatin1(keychainService));
            job->setKey(key);
            job->setBinaryData(secret);
            return job;
        },
        key, timeout, context, std::move(done));
}

} // namespace uw

#include "keychain.moc"
