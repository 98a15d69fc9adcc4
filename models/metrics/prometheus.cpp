#include "prometheus.h"

#include "keychain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimeZone>
#include <QTimer>

#include <cmath>
#include <memory>

namespace uw {
namespace {

const QString nameLabel = QStringLiteral("__name__");

QString escapeLabelValue(const QString &value)
{
    QString escaped;
    escaped.reserve(value.size());
    for (const QChar c : value) {
        if (c == u'\\' || c == u'"')
            escaped.append(u'\\').append(c);
        else if (c == u'\n')
            escaped.append(QLatin1String("\\n"));
        else
            escaped.append(c);
    }
    return escaped;
}

QDateTime fromPrometheusTime(double seconds)
{
    return QDateTime::fromMSecsSinceEpoch(std::llround(seconds * 1000), QTimeZone::utc());
}

QString prometheusTime(const QDateTime &timeUtc)
{
    return QString::number(double(timeUtc.toMSecsSinceEpoch()) / 1000, 'f', 3);
}

MetricReading failure(MetricState state, const QString &message)
{
    return {{}, {state, message, {}}};
}

/** Reads one [time, "value"] pair; false when it has another shape. */
bool readPoint(const QJsonValue &point, double *seconds, QString *text)
{
    const QJsonArray pair = point.toArray();
    if (!point.isArray() || pair.size() != 2 || !pair[0].isDouble() || !pair[1].isString())
        return false;
    *seconds = pair[0].toDouble();
    *text = pair[1].toString();
    return true;
}

/** Collects the samples of one answer and what was wrong with some of them. */
struct AnswerCollector
{
    const Metric &metric;
    const QString &where;
    QList<MetricSample> samples;
    QStringList invalidSeries;
    QString badShape;

    void add(const QString &series, const QJsonValue &point, int index)
    {
        double seconds = 0;
        QString text;
        if (!readPoint(point, &seconds, &text)) {
            badShape = MetricReader::tr("Result %1 from %2 has no [time, \"value\"] pair.")
                           .arg(index + 1)
                           .arg(where);
            return;
        }
        const std::optional<double> value = parseMetricNumber(text);
        if (!value) {
            badShape = MetricReader::tr(
                           "Result %1 from %2 has the value \"%3\", which is no number.")
                           .arg(index + 1)
                           .arg(where, text);
            return;
        }
        if (!std::isfinite(*value)) {
            const QString name = series.isEmpty() ? metric.name : series;
            if (!invalidSeries.contains(name))
                invalidSeries.append(name);
            return;
        }
        samples.append({metric.id, fromPrometheusTime(seconds), series, *value});
    }
};

QString resultTypeMismatch(const QString &resultType, PrometheusResultType expected,
                           const QString &where)
{
    if (expected == PrometheusResultType::Vector && resultType == QLatin1String("matrix"))
        return MetricReader::tr("%1 answered with a range vector (matrix) where one value per "
                                "series was expected. Remove the [range] selector from the "
                                "query or wrap it in a function such as rate().")
            .arg(where);
    return MetricReader::tr("%1 answered with a result of type \"%2\" where %3 was expected.")
        .arg(where, resultType,
             expected == PrometheusResultType::Vector ? QStringLiteral("vector")
                                                      : QStringLiteral("matrix"));
}

QByteArray formBody(const QList<std::pair<QString, QString>> &parameters)
{
    QByteArray body;
    for (const auto &[key, value] : parameters) {
        if (!body.isEmpty())
            body.append('&');
        // Percent-encode everything but unreserved characters: a bare '+' would reach the
        // server as a space and change the PromQL.
        body.append(QUrl::toPercentEncoding(key)).append('=').append(QUrl::toPercentEncoding(value));
    }
    return body;
}

} // namespace

QString prometheusSeriesKey(const QJsonObject &labels)
{
    QStringList keys = labels.keys();
    keys.removeAll(nameLabel);
    keys.sort();
    QString key = labels.value(nameLabel).toString();
    if (keys.isEmpty())
        return key;
    QStringList parts;
    for (const QString &label : std::as_const(keys))
        parts.append(QStringLiteral("%1=\"%2\"")
                         .arg(label, escapeLabelValue(labels.value(label).toString())));
    return key + u'{' + parts.join(u',') + u'}';
}

LabelList parsePrometheusSeriesKey(const QString &key)
{
    LabelList labels;
    const qsizetype brace = key.indexOf(u'{');
    const QString name = brace < 0 ? key : key.left(brace);
    if (!name.isEmpty())
        labels.append({nameLabel, name});
    if (brace < 0)
        return labels;
    qsizetype i = brace + 1;
    while (i < key.size() && key[i] != u'}') {
        const qsizetype equals = key.indexOf(QLatin1String("=\""), i);
        if (equals < 0)
            break;
        const QString label = key.mid(i, equals - i);
        QString value;
        qsizetype j = equals + 2;
        for (; j < key.size() && key[j] != u'"'; ++j) {
            if (key[j] == u'\\' && j + 1 < key.size()) {
                ++j;
                value.append(key[j] == u'n' ? QChar(u'\n') : key[j]);
            } else {
                value.append(key[j]);
            }
        }
        labels.append({label, value});
        i = j + 1;
        if (i < key.size() && key[i] == u',')
            ++i;
    }
    return labels;
}

QString readableLegend(const QString &seriesKey)
{
    QString name;
    QStringList parts;
    for (const auto &[label, value] : parsePrometheusSeriesKey(seriesKey)) {
        if (label == nameLabel)
            name = value;
        else
            parts.append(label + u'=' + value);
    }
    if (parts.isEmpty())
        return name;
    return name.isEmpty() ? parts.join(QLatin1String(", "))
                          : name + QLatin1String(": ") + parts.join(QLatin1String(", "));
}

MetricReading parsePrometheusAnswer(const Metric &metric, int httpStatus, const QByteArray &body,
                                    PrometheusResultType expected, const QString &where)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject answer = document.object();
    const QString status = answer.value(QLatin1String("status")).toString();
    if (status == QLatin1String("error")) {
        return failure(MetricState::QueryFailed,
                       MetricReader::tr("%1 rejected the query of \"%2\" (%3): %4")
                           .arg(where, metric.name,
                                answer.value(QLatin1String("errorType")).toString(),
                                answer.value(QLatin1String("error")).toString()));
    }
    if (httpStatus >= 400) {
        return failure(MetricState::HttpError, MetricReader::tr("%1 answered HTTP %2 for \"%3\".")
                                                   .arg(where)
                                                   .arg(httpStatus)
                                                   .arg(metric.name));
    }
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return failure(MetricState::BadAnswer,
                       MetricReader::tr("The answer of %1 is not JSON (%2 at byte %3).")
                           .arg(where, parseError.error != QJsonParseError::NoError
                                           ? parseError.errorString()
                                           : MetricReader::tr("no object"))
                           .arg(parseError.offset));
    }
    if (status != QLatin1String("success")) {
        return failure(MetricState::BadAnswer,
                       MetricReader::tr("The answer of %1 has the status \"%2\" instead of "
                                        "\"success\" or \"error\".")
                           .arg(where, status));
    }
    const QJsonObject data = answer.value(QLatin1String("data")).toObject();
    const QString resultType = data.value(QLatin1String("resultType")).toString();
    const QJsonValue result = data.value(QLatin1String("result"));

    AnswerCollector collector{metric, where, {}, {}, {}};
    if (resultType == QLatin1String("scalar") && expected == PrometheusResultType::Vector) {
        collector.add(QString(), result, 0);
    } else if ((resultType == QLatin1String("vector") && expected == PrometheusResultType::Vector)
               || (resultType == QLatin1String("matrix")
                   && expected == PrometheusResultType::Matrix)) {
        if (!result.isArray()) {
            return failure(MetricState::BadAnswer,
                           MetricReader::tr("The answer of %1 has no result list.").arg(where));
        }
        const QJsonArray series = result.toArray();
        for (int i = 0; i < series.size() && collector.badShape.isEmpty(); ++i) {
            const QJsonObject item = series[i].toObject();
            const QString key = prometheusSeriesKey(item.value(QLatin1String("metric")).toObject());
            if (expected == PrometheusResultType::Vector) {
                collector.add(key, item.value(QLatin1String("value")), i);
                continue;
            }
            const QJsonArray values = item.value(QLatin1String("values")).toArray();
            for (const QJsonValue &point : values)
                collector.add(key, point, i);
        }
    } else {
        return failure(MetricState::BadAnswer, resultTypeMismatch(resultType, expected, where));
    }

    if (!collector.badShape.isEmpty())
        return failure(MetricState::BadAnswer, collector.badShape);
    MetricReading reading{collector.samples, {MetricState::Ok, {}, {}}};
    if (!collector.invalidSeries.isEmpty()) {
        reading.status.state = MetricState::InvalidValue;
        reading.status.message = MetricReader::tr("%1 returned NaN or an infinite value for %2.")
                                     .arg(where, collector.invalidSeries.join(QLatin1String("; ")));
    } else if (reading.samples.isEmpty()) {
        reading.status.state = MetricState::NoData;
        reading.status.message = MetricReader::tr("%1 has no series for the query of \"%2\"; "
                                                  "check its labels and whether the target is "
                                                  "scraped.")
                                     .arg(where, metric.name);
    }
    return reading;
}

std::pair<QUrl, QString> prometheusServer(const Metric &metric)
{
    const QUrl url(metric.serverUrl.trimmed());
    if (metric.serverUrl.trimmed().isEmpty())
        return {{},
                MetricReader::tr("Metric \"%1\" has no Prometheus server URL.").arg(metric.name)};
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        return {{},
                MetricReader::tr("Metric \"%1\" has the server URL \"%2\", which is no http or "
                                 "https address.")
                    .arg(metric.name, metric.serverUrl)};
    }
    // A password in the address would travel in every file and export of the project.
    if (!url.userInfo().isEmpty()) {
        return {{},
                MetricReader::tr("The server address of metric \"%1\" contains a user name or "
                                 "password. Remove it from the address and give the token in "
                                 "the metric's settings, as an environment variable or a "
                                 "keychain entry.")
                    .arg(metric.name)};
    }
    return {url, {}};
}

QString serverOrigin(const QUrl &url)
{
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    return QStringLiteral("%1://%2:%3")
        .arg(url.scheme(), url.host().toLower())
        .arg(url.port(defaultPort));
}

QString originBoundKeychainKey(const QString &key, const QUrl &server)
{
    return QStringLiteral("%1 @ %2").arg(key, serverOrigin(server));
}

PrometheusReader::PrometheusReader(const Metric &metric, QNetworkAccessManager *network,
                                   bool allowedToReach, QObject *parent)
    : MetricReader(metric, parent)
    , m_network(network)
    , m_allowedToReach(allowedToReach)
{}

void PrometheusReader::read(Done done)
{
    send(QStringLiteral("query"), {{QStringLiteral("query"), metric().query}},
         PrometheusResultType::Vector, std::move(done));
}

void PrometheusReader::readAt(const QDateTime &timeUtc, Done done)
{
    send(QStringLiteral("query"),
         {{QStringLiteral("query"), metric().query},
          {QStringLiteral("time"), prometheusTime(timeUtc)}},
         PrometheusResultType::Vector, std::move(done));
}

void PrometheusReader::readRange(const QDateTime &startUtc, const QDateTime &endUtc,
                                 std::chrono::seconds step, Done done)
{
    send(QStringLiteral("query_range"),
         {{QStringLiteral("query"), metric().query},
          {QStringLiteral("start"), prometheusTime(startUtc)},
          {QStringLiteral("end"), prometheusTime(endUtc)},
          {QStringLiteral("step"), QString::number(std::max<qint64>(1, step.count()))}},
         PrometheusResultType::Matrix, std::move(done));
}

void PrometheusReader::send(const QString &endpoint, const Parameters &parameters,
                            PrometheusResultType expected, Done done)
{
    if (!m_allowedToReach) {
        done(failure(MetricState::NotAllowed,
                     tr("Metric \"%1\" would query %2; review what this project reaches and "
                        "trust it first.")
                         .arg(metric().name, metric().serverUrl)));
        return;
    }
    auto [url, problem] = prometheusServer(metric());
    if (!problem.isEmpty()) {
        done(failure(MetricState::NotConfigured, problem));
        return;
    }
    if (metric().query.trimmed().isEmpty()) {
        done(failure(MetricState::NotConfigured,
                     tr("Metric \"%1\" has no PromQL query.").arg(metric().name)));
        return;
    }
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + QLatin1String("/api/v1/") + endpoint);
    if (metric().tokenKeychainKey.isEmpty() || !m_keychainToken.isEmpty()) {
        post(url, parameters, expected, std::move(done));
        return;
    }
    if (m_readingKeychain) {
        done(failure(MetricState::NotConfigured,
                     tr("Still waiting for the system keychain to give the token for \"%1\".")
                         .arg(metric().name)));
        return;
    }
    m_readingKeychain = true;
    // The entry is the one stored for this server: a file that names another server's entry
    // finds nothing, so a token never leaves for an origin it was not stored for.
    readKeychainSecret(originBoundKeychainKey(metric().tokenKeychainKey, url), m_timeout, this,
                       [this, url, parameters, expected,
                        done = std::move(done)](const KeychainAnswer &answer) mutable {
                           m_readingKeychain = false;
                           if (!answer.ok() || answer.secret.isEmpty()) {
                               const QString reason = answer.ok()
                                                          ? tr("the entry \"%1\" is empty")
                                                                .arg(metric().tokenKeychainKey)
                                                          : answer.error;
                               done(failure(MetricState::NotConfigured,
                                            tr("The token for \"%1\" cannot be read: %2.")
                                                .arg(metric().name, reason)));
                               return;
                           }
                           m_keychainToken = answer.secret;
                           post(url, parameters, expected, std::move(done));
                       });
}

void PrometheusReader::post(const QUrl &url, const Parameters &parameters,
                            PrometheusResultType expected, Done done)
{
    const QString where = tr("Prometheus at %1").arg(url.toDisplayString(QUrl::RemoveUserInfo));
    QNetworkRequest request(url);
    // The token goes to the origin it was given for, never along a redirect to another.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    if (!metric().tokenKeychainKey.isEmpty()) {
        request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + m_keychainToken);
    } else if (!metric().tokenVariable.isEmpty()) {
        const QByteArray token = qgetenv(metric().tokenVariable.toLocal8Bit().constData());
        if (token.isEmpty()) {
            done(failure(MetricState::NotConfigured,
                         tr("The environment variable %1, which should hold the token for "
                            "\"%2\", is not set.")
                             .arg(metric().tokenVariable, metric().name)));
            return;
        }
        request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + token);
    }

    QNetworkReply *reply = m_network->post(request, formBody(parameters));
    // Owned by the reader so that deleting the reader cancels the request instead of calling done.
    reply->setParent(this);
    auto timedOut = std::make_shared<bool>(false);
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    timer->start(m_timeout);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, timedOut, expected, where, done = std::move(done)] {
                reply->deleteLater();
                const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
                if (*timedOut) {
                    done(failure(MetricState::Timeout, tr("%1 did not answer within %2 s.")
                                                           .arg(where)
                                                           .arg(double(m_timeout.count()) / 1000)));
                    return;
                }
                if (!status.isValid()) {
                    done(failure(MetricState::Unreachable,
                                 tr("%1 cannot be reached: %2").arg(where, reply->errorString())));
                    return;
                }
                // A refused token may have been replaced in the keychain: read it again next time.
                if (status.toInt() == 401 || status.toInt() == 403)
                    m_keychainToken.clear();
                done(parsePrometheusAnswer(metric(), status.toInt(), reply->readAll(), expected,
                                           where));
            });
}

} // namespace uw
