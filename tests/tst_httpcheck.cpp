#include "httpcheck.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace uw;

/** HTTP check steps against a small server on 127.0.0.1 that answers what each test says. */
class TestHttpCheck : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void statusAndBodyDecide_data();
    void statusAndBodyDecide();
    void theMethodIsSent();
    void aSilentServerTimesOut();
    void aRefusedConnectionIsNamed();
    void onlyHttpAddressesAreChecked();

private:
    HttpOutcome check(const HttpCheckSpec &spec);
    HttpCheckSpec specFor(const QString &path) const;

    std::unique_ptr<QTcpServer> m_server;
    QByteArray m_response;
    QByteArray m_lastRequest;
};

void TestHttpCheck::init()
{
    m_server = std::make_unique<QTcpServer>();
    QVERIFY(m_server->listen(QHostAddress::LocalHost));
    m_response.clear();
    m_lastRequest.clear();
    connect(m_server.get(), &QTcpServer::newConnection, this, [this] {
        QTcpSocket *socket = m_server->nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            m_lastRequest += socket->readAll();
            if (!m_lastRequest.contains("\r\n\r\n") || m_response.isEmpty())
                return;
            socket->write(m_response);
            socket->disconnectFromHost();
        });
    });
}

HttpCheckSpec TestHttpCheck::specFor(const QString &path) const
{
    HttpCheckSpec spec;
    spec.url = QStringLiteral("http://127.0.0.1:%1%2").arg(m_server->serverPort()).arg(path);
    spec.timeoutSeconds = 10;
    return spec;
}

HttpOutcome TestHttpCheck::check(const HttpCheckSpec &spec)
{
    HttpCheck check;
    QSignalSpy finished(&check, &HttpCheck::finished);
    check.start(spec);
    if (!finished.wait(30000))
        return {};
    return finished.first().first().value<HttpOutcome>();
}

void TestHttpCheck::statusAndBodyDecide_data()
{
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<int>("expectedStatus");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("passed");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");

    const auto answer = [](const char *statusLine, const QByteArray &body) {
        return QByteArray("HTTP/1.1 ") + statusLine + "\r\nContent-Type: text/plain\r\n"
               + "Content-Length: " + QByteArray::number(body.size())
               + "\r\nConnection: close\r\n\r\n" + body;
    };
    const QString address = QStringLiteral("\u201chttp://127.0.0.1:PORT/health\u201d");
    QTest::newRow("the expected status passes")
        << answer("200 OK", "fine") << 200 << QString() << true << 200
        << address + QStringLiteral(" answered HTTP 200 as expected.");
    QTest::newRow("a matching body passes")
        << answer("200 OK", "{\"status\":\"UP\"}") << 200 << QStringLiteral("\"status\":\"UP\"")
        << true << 200
        << address
               + QStringLiteral(
                   " answered HTTP 200 and its body matched \u201c\"status\":\"UP\"\u201d, "
                   "as expected.");
    QTest::newRow("a wrong status fails")
        << answer("503 Service Unavailable", "down") << 200 << QString() << false << 503
        << address + QStringLiteral(" answered HTTP 503, but 200 was expected.");
    QTest::newRow("an expected error status passes")
        << answer("404 Not Found", "gone") << 404 << QString() << true << 404
        << address + QStringLiteral(" answered HTTP 404 as expected.");
    QTest::newRow("a body without the pattern fails")
        << answer("200 OK", "{\"status\":\"DOWN\"}") << 200 << QStringLiteral("UP") << false << 200
        << address
               + QStringLiteral(" answered HTTP 200 as expected, but its body did not match "
                                "\u201cUP\u201d.");
    QTest::newRow("a redirect is not followed")
        << QByteArray("HTTP/1.1 302 Found\r\nLocation: /elsewhere\r\nContent-Length: 0\r\n"
                      "Connection: close\r\n\r\n")
        << 200 << QString() << false << 302
        << address + QStringLiteral(" answered HTTP 302, but 200 was expected.");
}

void TestHttpCheck::statusAndBodyDecide()
{
    QFETCH(QByteArray, response);
    QFETCH(int, expectedStatus);
    QFETCH(QString, pattern);
    QFETCH(bool, passed);
    QFETCH(int, status);
    QFETCH(QString, message);

    m_response = response;
    HttpCheckSpec spec = specFor(QStringLiteral("/health"));
    spec.expectedStatus = expectedStatus;
    spec.bodyPattern = pattern;
    const HttpOutcome outcome = check(spec);
    QCOMPARE(outcome.message,
             message.replace(QStringLiteral("PORT"), QString::number(m_server->serverPort())));
    QCOMPARE(outcome.passed, passed);
    QCOMPARE(outcome.status, status);
    QVERIFY2(outcome.output.startsWith(QStringLiteral("HTTP %1 ").arg(status)),
             qPrintable(outcome.output));
}

void TestHttpCheck::theMethodIsSent()
{
    m_response = "HTTP/1.1 204 No Content\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
    HttpCheckSpec spec = specFor(QStringLiteral("/cache/flush"));
    spec.method = QStringLiteral("post");
    spec.expectedStatus = 204;
    const HttpOutcome outcome = check(spec);
    QVERIFY2(outcome.passed, qPrintable(outcome.message));
    QVERIFY2(m_lastRequest.startsWith("POST /cache/flush HTTP/1.1\r\n"), m_lastRequest.constData());
}

void TestHttpCheck::aSilentServerTimesOut()
{
    HttpCheckSpec spec = specFor(QStringLiteral("/slow"));
    spec.timeoutSeconds = 1;
    const HttpOutcome outcome = check(spec);
    QVERIFY(outcome.timedOut);
    QVERIFY(!outcome.passed);
    QCOMPARE(outcome.status, 0);
    QCOMPARE(outcome.message, QStringLiteral("\u201chttp://127.0.0.1:%1/slow\u201d gave no "
                                             "complete answer within 1 second(s).")
                                  .arg(m_server->serverPort()));
}

void TestHttpCheck::aRefusedConnectionIsNamed()
{
    const HttpCheckSpec spec = specFor(QStringLiteral("/health"));
    const quint16 port = m_server->serverPort();
    m_server->close();
    const HttpOutcome outcome = check(spec);
    QVERIFY(!outcome.passed);
    QCOMPARE(outcome.status, 0);
    QCOMPARE(outcome.message, QStringLiteral("The connection to \u201chttp://127.0.0.1:%1/"
                                             "health\u201d was refused: nothing listens there.")
                                  .arg(port));
}

void TestHttpCheck::onlyHttpAddressesAreChecked()
{
    HttpCheckSpec spec;
    spec.url = QStringLiteral("ftp://127.0.0.1/file");
    const HttpOutcome outcome = check(spec);
    QVERIFY(!outcome.passed);
    QCOMPARE(outcome.message,
             QStringLiteral(
                 "\u201cftp://127.0.0.1/file\u201d is not an http or https address, such as "
                 "https://shop.example.com/health."));
}

QTEST_GUILESS_MAIN(TestHttpCheck)

#include "tst_httpcheck.moc"
