#pragma once

#include "metricreading.h"

#include <QJsonObject>
#include <QUrl>

#include <chrono>
#include <utility>

class QNetworkAccessManager;

namespace uw {

/** What a query must answer: one value per series now, or a history per series. */
enum class PrometheusResultType { Vector, Matrix };

using LabelList = QList<std::pair<QString, QString>>;

/**
 * The identity of a Prometheus series as stored in MetricSample::series: `name{a="b",c="d"}`
 * with labels sorted, so that the same series always gets the same key. "" when no labels.
 */
QString prometheusSeriesKey(const QJsonObject &labels);
/** The metric name and labels of a key made by prometheusSeriesKey, in order. */
LabelList parsePrometheusSeriesKey(const QString &key);
/** A legend a person reads: "name: a=b, c=d" (or "a=b, c=d" without a name). */
QString readableLegend(const QString &seriesKey);

/**
 * Interprets a Prometheus HTTP API answer (body and HTTP status); where names the server for
 * messages. Values NaN/Inf are left out and reported; the finite ones are kept.
 */
MetricReading parsePrometheusAnswer(const Metric &metric, int httpStatus, const QByteArray &body,
                                    PrometheusResultType expected, const QString &where);

/**
 * The server of a metric's serverUrl, or an error message naming the metric; an address with a
 * user name or password in it is refused.
 */
std::pair<QUrl, QString> prometheusServer(const Metric &metric);
/** "scheme://host:port" of url, the port written out even when it is the scheme's default. */
QString serverOrigin(const QUrl &url);
/**
 * The keychain entry under which the token named key is stored for server: the entry is bound
 * to the server's origin, so a project that points the same key at another server finds none.
 */
QString originBoundKeychainKey(const QString &key, const QUrl &server);

/**
 * Queries a Prometheus server for one metric: instant queries for live values, query_range for
 * history and baselines. A bearer token comes from the system keychain entry the metric names
 * (read once, and again after the server refuses it) or else from the environment variable it
 * names (read at each request), so that it never enters the project file. Nothing is sent
 * unless the caller established that the user trusts this metric's server and token source.
 */
class PrometheusReader : public MetricReader
{
    Q_OBJECT

public:
    /** network must live in this reader's thread and outlive it. */
    PrometheusReader(const Metric &metric, QNetworkAccessManager *network, bool allowedToReach,
                     QObject *parent = nullptr);

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    /** An instant query at the server's now. */
    void read(Done done) override;
    void readAt(const QDateTime &timeUtc, Done done);
    void readRange(const QDateTime &startUtc, const QDateTime &endUtc, std::chrono::seconds step,
                   Done done);

private:
    using Parameters = QList<std::pair<QString, QString>>;
    void send(const QString &endpoint, const Parameters &parameters, PrometheusResultType expected,
              Done done);
    void post(const QUrl &url, const Parameters &parameters, PrometheusResultType expected,
              Done done);

    QNetworkAccessManager *m_network;
    std::chrono::milliseconds m_timeout{10000};
    /** The token read from the keychain; empty until read, or after the server refused it. */
    QByteArray m_keychainToken;
    /** A keychain read is under way: polls meanwhile fail at once instead of piling up. */
    bool m_readingKeychain = false;
    bool m_allowedToReach;
};

} // namespace uw
