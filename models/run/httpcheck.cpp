#include "httpcheck.h"

#include "stepchecks.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#if QT_CONFIG(ssl)
#include <QSslError>
#endif

namespace uw {
namespace {

/** Gives lupdate and the runtime one context for these messages. */
class HttpCheckText
{
    Q_DECLARE_TR_FUNCTIONS(uw::HttpCheck)
};

QString quoted(const QString &text)
{
    return HttpCheckText::tr("\u201c%1\u201d").arg(text);
}

} // namespace

HttpCheck::HttpCheck(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_timeoutTimer(new QTimer(this))
{
    qRegisterMetaType<uw::HttpOutcome>();
    m_timeoutTimer->setSingleShot(true);
    connect(m_timeoutTimer, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_reply)
            m_reply->abort();
    });
}

HttpCheck::~HttpCheck()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void HttpCheck::start(const HttpCheckSpec &spec)
{
    if (m_running)
        return;
    m_running = true;
    m_spec = spec;
    m_body.clear();
    m_bodyTruncated = false;
    m_tlsErrors.clear();
    m_timedOut = false;
    m_stopped = false;

    if (const QString problem = httpAddressProblem(spec.url); !problem.isEmpty()) {
        failToStart(problem);
        return;
    }
    if (const QString problem = patternProblem(spec.bodyPattern, HttpCheckText::tr("body pattern"));
        !problem.isEmpty()) {
        failToStart(problem);
        return;
    }
    m_url = QUrl(spec.url.trimmed(), QUrl::StrictMode);
    m_pattern = QRegularExpression(spec.bodyPattern);

    QNetworkRequest request(m_url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("UpgradeWorkbench/%1").arg(QLatin1String(UW_VERSION)));
    const QByteArray method = spec.method.trimmed().toUpper().toLatin1();
    if (method.isEmpty() || method == "GET")
        m_reply = m_network->get(request);
    else if (method == "HEAD")
        m_reply = m_network->head(request);
    else
        m_reply = m_network->sendCustomRequest(request, method);

    connect(m_reply, &QNetworkReply::readyRead, this, [this] {
        const QByteArray chunk = m_reply->readAll();
        const qsizetype room = bodyLimit - m_body.size();
        m_bodyTruncated = m_bodyTruncated || chunk.size() > room;
        m_body.append(chunk.first(std::min(room, chunk.size())));
    });
#if QT_CONFIG(ssl)
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            m_tlsErrors.append(error.errorString());
        if (!m_spec.verifyTls)
            m_reply->ignoreSslErrors();
    });
#endif
    connect(m_reply, &QNetworkReply::finished, this, &HttpCheck::onFinished);
    if (spec.timeoutSeconds > 0)
        m_timeoutTimer->start(std::chrono::seconds(spec.timeoutSeconds));
}

void HttpCheck::stop()
{
    if (!m_reply)
        return;
    m_stopped = true;
    m_reply->abort();
}

void HttpCheck::failToStart(const QString &message)
{
    QTimer::singleShot(0, this, [this, message] {
        HttpOutcome outcome;
        outcome.message = message;
        finish(outcome);
    });
}

QString HttpCheck::describeNetworkError() const
{
    const QString address = quoted(m_url.toDisplayString());
    if (!m_tlsErrors.isEmpty())
        return HttpCheckText::tr("The TLS certificate of %1 was not accepted: %2. Fix the "
                                 "certificate or use an address it is valid for.")
            .arg(address, m_tlsErrors.join(HttpCheckText::tr("; ")));
    switch (m_reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return HttpCheckText::tr("The connection to %1 was refused: nothing listens there.")
            .arg(address);
    case QNetworkReply::HostNotFoundError:
        return HttpCheckText::tr("The host of %1 was not found.").arg(address);
    case QNetworkReply::SslHandshakeFailedError:
        return HttpCheckText::tr("The TLS handshake with %1 failed: %2.")
            .arg(address, m_reply->errorString());
    default:
        break;
    }
    return HttpCheckText::tr("%1 could not be reached: %2.").arg(address, m_reply->errorString());
}

void HttpCheck::onFinished()
{
    m_timeoutTimer->stop();
    const QByteArray rest = m_reply->readAll();
    m_body.append(rest.first(std::min(bodyLimit - m_body.size(), rest.size())));
    const QString address = quoted(m_url.toDisplayString());
    HttpOutcome outcome;
    outcome.timedOut = m_timedOut;
    outcome.stopped = m_stopped;
    outcome.status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_timedOut) {
        outcome.message = HttpCheckText::tr("%1 gave no complete answer within %n second(s).",
                                            nullptr, m_spec.timeoutSeconds)
                              .arg(address);
    } else if (m_stopped) {
        outcome.message = HttpCheckText::tr("The check of %1 was stopped by hand.").arg(address);
    } else if (outcome.status == 0) {
        outcome.message = describeNetworkError();
    } else {
        const QString body = QString::fromUtf8(m_body);
        const QString reason = m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute)
                                   .toString();
        const QString status = QString::number(outcome.status);
        outcome.output = QStringLiteral("HTTP %1 %2\n").arg(status, reason)
                         + body.left(storedBodyLimit);
        if (m_bodyTruncated || body.size() > storedBodyLimit)
            outcome.output += HttpCheckText::tr("\n[body truncated after %1 characters]")
                                  .arg(std::min(body.size(), storedBodyLimit));
        if (!m_tlsErrors.isEmpty())
            outcome.output.prepend(HttpCheckText::tr("[certificate not verified, as the step "
                                                     "asks: %1]\n")
                                       .arg(m_tlsErrors.join(HttpCheckText::tr("; "))));
        if (outcome.status != m_spec.expectedStatus) {
            outcome.message = HttpCheckText::tr("%1 answered HTTP %2, but %3 was expected.")
                                  .arg(address, status, QString::number(m_spec.expectedStatus));
        } else if (!m_spec.bodyPattern.isEmpty() && !m_pattern.match(body).hasMatch()) {
            outcome.message = HttpCheckText::tr("%1 answered HTTP %2 as expected, but its body "
                                                "did not match %3.")
                                  .arg(address, status, quoted(m_spec.bodyPattern));
        } else {
            outcome.passed = true;
            outcome.message = m_spec.bodyPattern.isEmpty()
                                  ? HttpCheckText::tr("%1 answered HTTP %2 as expected.")
                                        .arg(address, status)
                                  : HttpCheckText::tr("%1 answered HTTP %2 and its body matched "
                                                      "%3, as expected.")
                                        .arg(address, status, quoted(m_spec.bodyPattern));
        }
    }
    m_reply->deleteLater();
    m_reply = nullptr;
    finish(outcome);
}

void HttpCheck::finish(HttpOutcome outcome)
{
    m_running = false;
    emit finished(outcome);
}

} // namespace uw
