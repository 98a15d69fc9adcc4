#pragma once

#include "entities.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStringDecoder>

#include <chrono>
#include <memory>

class QTimer;

namespace uw {

/**
 * The processes of a process group that are still alive, as "pid (name)"; zombies waiting to be
 * reaped count as dead, since nobody may ever reap them when PID 1 does not. Linux only (/proc).
 */
QStringList livingProcessesInGroup(qint64 group);

/** How a command step ended, with a sentence for people and the (capped) output to store. */
struct CommandOutcome
{
    bool passed = false;
    /** -1 when the command did not end by itself (never started, killed, crashed). */
    int exitCode = -1;
    bool timedOut = false;
    bool stopped = false;
    /** stdout and stderr as they arrived; the last outputCap bytes when truncated. */
    QString output;
    bool truncated = false;
    QString message;
};

/**
 * Runs one command step through /bin/sh -c in a session and process group of its own, so that
 * a timeout or a stop ends everything the command started: SIGTERM to the whole group, and
 * SIGKILL to whatever is left after a grace period. Output is streamed as it arrives; pass or
 * fail comes from the exit code and, when the step names one, an output pattern that some line
 * of stdout or stderr must match. Secrets never enter the project file: commands reference
 * environment variables, which come from the environment given here.
 */
class CommandRunner : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype defaultOutputCap = 64 * 1024;

    explicit CommandRunner(QObject *parent = nullptr);
    /** Kills a command still running, with its whole group. */
    ~CommandRunner() override;

    /** The environment commands see; the program's own environment by default. */
    void setEnvironment(const QProcessEnvironment &environment);
    /** How long the group has after SIGTERM before SIGKILL (5 s by default). */
    void setKillGrace(std::chrono::milliseconds grace);
    void setOutputCap(qsizetype bytes);

    /**
     * Starts spec.command; a timeout of 0 or less means no limit. finished() follows exactly
     * once, also when the command cannot start (then from the event loop, never from here).
     */
    void start(const CommandSpec &spec);
    /** Ends a running command and its whole process group; finished() reports it stopped. */
    void stop();
    bool isRunning() const;
    /** The command's process group (the shell's pid); 0 before it started. */
    qint64 processGroup() const { return m_group; }

signals:
    void outputReceived(const QString &text, bool standardError);
    void finished(const uw::CommandOutcome &outcome);

private:
    enum class Ending { Normal, TimedOut, Stopped };

    void readChannel(QProcess::ProcessChannel channel);
    void matchLines(QString &pending, const QString &text, bool final);
    void terminateGroup(Ending ending);
    void onProcessFinished(int exitCode, QProcess::ExitStatus status);
    void completeWhenGroupGone();
    void complete();
    void failToStart(const QString &message);
    bool groupAlive() const;
    QString describe() const;

    QProcessEnvironment m_environment;
    std::chrono::milliseconds m_killGrace{5000};
    qsizetype m_outputCap = defaultOutputCap;

    CommandSpec m_spec;
    QRegularExpression m_pattern;
    std::unique_ptr<QProcess> m_process;
    QTimer *m_timeoutTimer = nullptr;
    QTimer *m_graceTimer = nullptr;
    QTimer *m_pollTimer = nullptr;
    /** After SIGKILL: how long to wait for the group to die before reporting anyway. */
    QDeadlineTimer m_killDeadline{QDeadlineTimer::Forever};
    qint64 m_group = 0;
    Ending m_ending = Ending::Normal;
    bool m_processFinished = false;
    bool m_completed = true;
    int m_exitCode = -1;
    QProcess::ExitStatus m_exitStatus = QProcess::NormalExit;
    QByteArray m_output;
    qint64 m_droppedBytes = 0;
    QStringDecoder m_stdoutDecoder{QStringDecoder::Utf8};
    QStringDecoder m_stderrDecoder{QStringDecoder::Utf8};
    QString m_stdoutLine;
    QString m_stderrLine;
    bool m_patternMatched = false;
};

} // namespace uw

Q_DECLARE_METATYPE(uw::CommandOutcome)
