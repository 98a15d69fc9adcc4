#pragma once

// Helpers for tests of metric sources: a canned HTTP server and a way to wait for a reading.

#include "metricreading.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace uw::test {

/** Answers every HTTP request with the same canned answer, as a misbehaving server would. */
class FakeServer : public QObject
{
public:
    struct Answer
    {
        int status = 200;
        QByteArray body;
        int delayMs = 0;
    };

    FakeServer()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
    }

    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }

    Answer answer;
    /** The last complete request, head and body. */
    QByteArray request;
    /** How many answers the server has sent (a delayed one counts once it is written). */
    int answered = 0;

private:
    void serve(QTcpSocket *socket)
    {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype headEnd = buffer->indexOf("\r\n\r\n");
            if (headEnd < 0)
                return;
            qsizetype length = 0;
            for (const QByteArray &line : buffer->left(headEnd).split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer->size() < headEnd + 4 + length)
                return;
            request = *buffer;
            const Answer reply = answer;
            QTimer::singleShot(reply.delayMs, socket, [this, socket, reply] {
                ++answered;
                socket->write(QByteArray("HTTP/1.1 ") + QByteArray::number(reply.status)
                              + " Canned\r\nContent-Type: application/json\r\nContent-Length: "
                              + QByteArray::number(reply.body.size())
                              + "\r\nConnection: close\r\n\r\n" + reply.body);
                socket->disconnectFromHost();
            });
        });
    }

    QTcpServer m_server;
};

/** A Prometheus metric "Error rate" (id 3) with a query, on the server at url. */
inline Metric prometheusMetric(const QString &url)
{
    Metric metric;
    metric.id = 3;
    metric.name = QStringLiteral("Error rate");
    metric.source = MetricSource::Prometheus;
    metric.serverUrl = url;
    metric.query = QStringLiteral("sum(rate(errors_total[5m]))");
    return metric;
}

/** Runs one asynchronous reading to its end. */
inline MetricReading readingOf(const std::function<void(MetricReader::Done)> &start)
{
    std::optional<MetricReading> result;
    start([&result](const MetricReading &reading) { result = reading; });
    if (QTest::qWaitFor([&result] { return result.has_value(); }, 15000))
        return *result;
    return MetricReading{{}, {MetricState::Waiting, QStringLiteral("no reading within 15 s"), {}}};
}

} // namespace uw::test
