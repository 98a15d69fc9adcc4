#pragma once

#include "entities.h"

#include <QObject>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace uw {

/** How an HTTP check step ended, with a sentence for people and the answer to store. */
struct HttpOutcome
{
    bool passed = false;
    /** The HTTP status received; 0 when no answer came. */
    int status = 0;
    bool timedOut = false;
    bool stopped = false;
    /** Status line and the beginning of the body, capped. */
    QString output;
    QString message;
};

/**
 * Runs one HTTP check step: sends the request, and passes when the status is the expected one
 * and, when the step names one, the body matches its pattern. Redirects are not followed, so
 * the status checked is the one this address answers. Certificate problems fail the check,
 * unless the step turned verification off; then they are written at the top of its output.
 */
class HttpCheck : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype bodyLimit = 1024 * 1024;
    static constexpr qsizetype storedBodyLimit = 64 * 1024;

    explicit HttpCheck(QObject *parent = nullptr);
    ~HttpCheck() override;

    /** finished() follows exactly once, also for a bad address (then from the event loop). */
    void start(const HttpCheckSpec &spec);
    void stop();
    bool isRunning() const { return m_running; }

signals:
    void finished(const uw::HttpOutcome &outcome);

private:
    void onFinished();
    void finish(HttpOutcome outcome);
    void failToStart(const QString &message);
    QString describeNetworkError() const;

    QNetworkAccessManager *m_network = nullptr;
    QNetworkReply *m_reply = nullptr;
    QTimer *m_timeoutTimer = nullptr;
    HttpCheckSpec m_spec;
    QUrl m_url;
    QRegularExpression m_pattern;
    QByteArray m_body;
    bool m_bodyTruncated = false;
    QStringList m_tlsErrors;
    bool m_timedOut = false;
    bool m_stopped = false;
    bool m_running = false;
};

} // namespace uw

Q_DECLARE_METATYPE(uw::HttpOutcome)
