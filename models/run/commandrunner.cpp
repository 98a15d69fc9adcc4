#include "commandrunner.h"

#include "stepchecks.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTimer>

#include <algorithm>
#include <csignal>
#include <sys/types.h>
#include <unistd.h>

namespace uw {
namespace {

/** Gives lupdate and the runtime one context for these messages. */
class CommandRunnerText
{
    Q_DECLARE_TR_FUNCTIONS(uw::CommandRunner)
};

constexpr std::chrono::milliseconds groupPollInterval{50};
constexpr std::chrono::seconds killSettleTime{2};

/** Drops the UTF-8 continuation bytes a cut left at the front, so decoding starts cleanly. */
QByteArray fromCharacterBoundary(const QByteArray &bytes)
{
    qsizetype first = 0;
    while (first < bytes.size() && first < 4 && (uchar(bytes[first]) & 0xC0) == 0x80)
        ++first;
    return bytes.mid(first);
}

} // namespace

CommandRunner::CommandRunner(QObject *parent)
    : QObject(parent)
    , m_environment(QProcessEnvironment::systemEnvironment())
    , m_timeoutTimer(new QTimer(this))
    , m_graceTimer(new QTimer(this))
    , m_pollTimer(new QTimer(this))
{
    qRegisterMetaType<uw::CommandOutcome>();
    m_timeoutTimer->setSingleShot(true);
    m_graceTimer->setSingleShot(true);
    m_pollTimer->setInterval(groupPollInterval);
    connect(m_timeoutTimer, &QTimer::timeout, this, [this] { terminateGroup(Ending::TimedOut); });
    connect(m_graceTimer, &QTimer::timeout, this, [this] {
        if (m_group > 0)
            ::kill(pid_t(-m_group), SIGKILL);
        m_killDeadline.setRemainingTime(killSettleTime);
    });
    connect(m_pollTimer, &QTimer::timeout, this, &CommandRunner::completeWhenGroupGone);
}

CommandRunner::~CommandRunner()
{
    if (m_completed || !m_process)
        return;
    m_process->disconnect(this);
    if (m_group > 0)
        ::kill(pid_t(-m_group), SIGKILL);
    if (!m_processFinished)
        m_process->waitForFinished(1000);
}

void CommandRunner::setEnvironment(const QProcessEnvironment &environment)
{
    m_environment = environment;
}

void CommandRunner::setKillGrace(std::chrono::milliseconds grace)
{
    m_killGrace = grace;
}

void CommandRunner::setOutputCap(qsizetype bytes)
{
    m_outputCap = std::max<qsizetype>(bytes, 1);
}

bool CommandRunner::isRunning() const
{
    return !m_completed;
}

void CommandRunner::start(const CommandSpec &spec)
{
    if (!m_completed)
        return;
    m_spec = spec;
    m_completed = false;
    m_ending = Ending::Normal;
    m_processFinished = false;
    m_killDeadline = QDeadlineTimer(QDeadlineTimer::Forever);
    m_exitCode = -1;
    m_exitStatus = QProcess::NormalExit;
    m_output.clear();
    m_droppedBytes = 0;
    m_stdoutDecoder.resetState();
    m_stderrDecoder.resetState();
    m_stdoutLine.clear();
    m_stderrLine.clear();
    m_patternMatched = false;
    m_group = 0;

    if (spec.command.trimmed().isEmpty()) {
        failToStart(CommandRunnerText::tr("The step has no command to run."));
        return;
    }
    if (const QString problem = patternProblem(spec.outputPattern,
                                               CommandRunnerText::tr("output pattern"));
        !problem.isEmpty()) {
        failToStart(problem);
        return;
    }
    m_pattern = QRegularExpression(spec.outputPattern);

    m_process = std::make_unique<QProcess>();
    m_process->setProcessEnvironment(m_environment);
    m_process->setStandardInputFile(QProcess::nullDevice());
    // A session of its own makes the shell the leader of a new process group, so that one
    // signal to -pgid reaches every process the command starts, however deep.
    m_process->setChildProcessModifier([] { ::setsid(); });
    connect(m_process.get(), &QProcess::readyReadStandardOutput, this,
            [this] { readChannel(QProcess::StandardOutput); });
    connect(m_process.get(), &QProcess::readyReadStandardError, this,
            [this] { readChannel(QProcess::StandardError); });
    connect(m_process.get(), &QProcess::finished, this, &CommandRunner::onProcessFinished);
    connect(m_process.get(), &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            failToStart(CommandRunnerText::tr("The shell /bin/sh could not be started: %1.")
                            .arg(m_process->errorString()));
    });
    m_process->start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), spec.command});
    m_group = m_process->processId();
    if (spec.timeoutSeconds > 0)
        m_timeoutTimer->start(std::chrono::seconds(spec.timeoutSeconds));
}

void CommandRunner::stop()
{
    if (!m_completed && !m_processFinished && m_ending == Ending::Normal)
        terminateGroup(Ending::Stopped);
}

void CommandRunner::readChannel(QProcess::ProcessChannel channel)
{
    const bool standardError = channel == QProcess::StandardError;
    const QByteArray bytes = standardError ? m_process->readAllStandardError()
                                           : m_process->readAllStandardOutput();
    if (bytes.isEmpty())
        return;
    m_output.append(bytes);
    if (m_output.size() > m_outputCap) {
        const qsizetype excess = m_output.size() - m_outputCap;
        m_droppedBytes += excess;
        m_output.remove(0, excess);
    }
    const QString text = standardError ? m_stderrDecoder.decode(bytes)
                                       : m_stdoutDecoder.decode(bytes);
    matchLines(standardError ? m_stderrLine : m_stdoutLine, text, false);
    emit outputReceived(text, standardError);
}

void CommandRunner::matchLines(QString &pending, const QString &text, bool final)
{
    if (m_spec.outputPattern.isEmpty() || m_patternMatched)
        return;
    pending.append(text);
    qsizetype lineStart = 0;
    for (qsizetype newline = pending.indexOf(u'\n'); newline >= 0;
         newline = pending.indexOf(u'\n', lineStart)) {
        if (m_pattern.match(QStringView(pending).sliced(lineStart, newline - lineStart)).hasMatch()) {
            m_patternMatched = true;
            return;
        }
        lineStart = newline + 1;
    }
    pending.remove(0, lineStart);
    // A line longer than the cap is matched in pieces rather than held without limit.
    if (final || pending.size() > m_outputCap) {
        m_patternMatched = m_pattern.match(pending).hasMatch();
        pending.clear();
    }
}

void CommandRunner::terminateGroup(Ending ending)
{
    m_ending = ending;
    m_timeoutTimer->stop();
    if (m_group > 0)
        ::kill(pid_t(-m_group), SIGTERM);
    m_graceTimer->start(m_killGrace);
    m_pollTimer->start();
}

void CommandRunner::onProcessFinished(int exitCode, QProcess::ExitStatus status)
{
    readChannel(QProcess::StandardOutput);
    readChannel(QProcess::StandardError);
    matchLines(m_stdoutLine, m_stdoutDecoder.decode(QByteArray()), true);
    matchLines(m_stderrLine, m_stderrDecoder.decode(QByteArray()), true);
    m_processFinished = true;
    m_exitCode = exitCode;
    m_exitStatus = status;
    m_timeoutTimer->stop();
    if (m_ending == Ending::Normal)
        complete();
    else
        completeWhenGroupGone();
}

void CommandRunner::completeWhenGroupGone()
{
    // Processes killed with SIGKILL may take a moment to die; a process that cannot die (stuck
    // in the kernel) must not keep the step running for ever.
    if (m_processFinished && (!groupAlive() || m_killDeadline.hasExpired()))
        complete();
}

QStringList livingProcessesInGroup(qint64 group)
{
    QStringList living;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        if (!entry.front().isDigit())
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(entry));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        // "pid (name) state ppid pgrp ...": the name may hold anything, so read after its ')'.
        const qsizetype nameEnd = text.lastIndexOf(')');
        const QList<QByteArray> fields = text.mid(nameEnd + 2).split(' ');
        if (fields.size() > 2 && fields[2].toLongLong() == group && fields[0] != "Z")
            living.append(QString::fromLatin1(text.left(nameEnd + 1)));
    }
    return living;
}

bool CommandRunner::groupAlive() const
{
    if (m_group <= 0)
        return false;
#ifdef Q_OS_LINUX
    // kill(-group, 0) also counts zombies, which nobody may ever reap when PID 1 does not.
    return !livingProcessesInGroup(m_group).isEmpty();
#else
    return ::kill(pid_t(-m_group), 0) == 0;
#endif
}

void CommandRunner::failToStart(const QString &message)
{
    m_timeoutTimer->stop();
    m_processFinished = true;
    QTimer::singleShot(0, this, [this, message] {
        if (m_completed)
            return;
        m_completed = true;
        CommandOutcome outcome;
        outcome.message = message;
        emit finished(outcome);
    });
}

void CommandRunner::complete()
{
    if (m_completed)
        return;
    m_completed = true;
    m_graceTimer->stop();
    m_pollTimer->stop();

    CommandOutcome outcome;
    outcome.timedOut = m_ending == Ending::TimedOut;
    outcome.stopped = m_ending == Ending::Stopped;
    const bool endedItself = m_ending == Ending::Normal && m_exitStatus == QProcess::NormalExit;
    outcome.exitCode = endedItself ? m_exitCode : -1;
    outcome.passed = endedItself && m_exitCode == m_spec.expectedExitCode
                     && (m_spec.outputPattern.isEmpty() || m_patternMatched);
    outcome.truncated = m_droppedBytes > 0;
    const QString kept = QString::fromUtf8(outcome.truncated ? fromCharacterBoundary(m_output)
                                                             : m_output);
    outcome.output = outcome.truncated
                         ? CommandRunnerText::tr("[%1 earlier bytes of output left out; the last "
                                                 "%2 bytes follow]\n")
                                   .arg(m_droppedBytes)
                                   .arg(m_output.size())
                               + kept
                         : kept;
    outcome.message = describe();
    emit finished(outcome);
}

QString CommandRunner::describe() const
{
    switch (m_ending) {
    case Ending::TimedOut:
        return CommandRunnerText::tr("The command ran longer than its limit of %n second(s) and "
                                     "was ended together with every process it started.",
                                     nullptr, m_spec.timeoutSeconds);
    case Ending::Stopped:
        return CommandRunnerText::tr("The command was stopped by hand, together with every "
                                     "process it started.");
    case Ending::Normal:
        break;
    }
    if (m_exitStatus != QProcess::NormalExit)
        return CommandRunnerText::tr("The command was ended by a signal (it crashed or was "
                                     "killed from outside).");
    if (m_exitCode != m_spec.expectedExitCode)
        return CommandRunnerText::tr("The command ended with exit code %1, but %2 was expected.")
            .arg(QString::number(m_exitCode), QString::number(m_spec.expectedExitCode));
    if (m_spec.outputPattern.isEmpty())
        return CommandRunnerText::tr("The command ended with exit code %1, as expected.")
            .arg(m_exitCode);
    if (!m_patternMatched)
        return CommandRunnerText::tr("The command ended with exit code %1, but no line of its "
                                     "output matched \u201c%2\u201d.")
            .arg(QString::number(m_exitCode), m_spec.outputPattern);
    return CommandRunnerText::tr("The command ended with exit code %1 and its output matched "
                                 "\u201c%2\u201d, as expected.")
        .arg(QString::number(m_exitCode), m_spec.outputPattern);
}

} // namespace uw
