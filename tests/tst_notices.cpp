#include "notice.h"
#include "projectfile.h"
#include "projectjson.h"
#include "testutil.h"
#include "zonedtime.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace uw;

namespace {

struct ParsedMail
{
    QMap<QString, QString> headers;
    QByteArray rawBody;
};

ParsedMail parseMail(const QByteArray &eml)
{
    ParsedMail mail;
    const qsizetype split = eml.indexOf("\r\n\r\n");
    QByteArray head = eml.left(split);
    head.replace("\r\n ", " ").replace("\r\n\t", " ");
    for (const QByteArray &line : head.split('\n')) {
        const QByteArray trimmed = line.endsWith('\r') ? line.chopped(1) : line;
        const qsizetype colon = trimmed.indexOf(':');
        mail.headers.insert(QString::fromLatin1(trimmed.left(colon)).toLower(),
                            QString::fromUtf8(trimmed.mid(colon + 1).trimmed()));
    }
    mail.rawBody = eml.mid(split + 4);
    return mail;
}

/** RFC 2047: adjacent encoded words separated only by white space join without it. */
QString decodeWords(const QString &value)
{
    static const QRegularExpression word(QStringLiteral(R"(=\?UTF-8\?B\?([A-Za-z0-9+/=]*)\?=)"));
    QByteArray bytes;
    auto it = word.globalMatch(value);
    while (it.hasNext())
        bytes += QByteArray::fromBase64(it.next().captured(1).toLatin1());
    return QString::fromUtf8(bytes);
}

QString decodeQuotedPrintable(const QByteArray &encoded)
{
    QByteArray joined = encoded;
    joined.replace("=\r\n", "");
    QByteArray bytes;
    for (qsizetype i = 0; i < joined.size(); ++i) {
        if (joined.at(i) == '=' && i + 2 < joined.size()) {
            bytes += char(joined.mid(i + 1, 2).toInt(nullptr, 16));
            i += 2;
        } else {
            bytes += joined.at(i);
        }
    }
    bytes.replace("\r\n", "\n");
    return QString::fromUtf8(bytes);
}

ProjectData changeWithPeople()
{
    ProjectData data = test::richProject();
    data.change.title = QStringLiteral("Bestellsystem auf PostgreSQL 16 – Übergang");
    data.change.timeZone = QStringLiteral("America/New_York");
    data.people[3] = {3,
                      QStringLiteral("Robin Reader"),
                      RoleVerifier,
                      QStringLiteral("robin@example.org"),
                      {}};
    return data;
}

} // namespace

/** Notices to the people affected: templates filled from the document, text and e-mail. */
class TestNotices : public QObject
{
    Q_OBJECT

private slots:
    void everyKindHasADefaultThatUsesOnlyKnownPlaceholders();
    void kindKeysRoundTrip();
    void placeholdersAreFilledFromTheDocument();
    void recipientsAreReadFromContactsThatHoldMore_data();
    void recipientsAreReadFromContactsThatHoldMore();
    void windowTimesAreInTheReadersZone();
    void aDelayNamesTheNewEnd();
    void projectWordingReplacesTheDefaultAndKeepsUnknownPlaceholdersVisible();
    void textCopyHasSubjectAndBody();
    void emlParsesBackToTheSameNotice();
    void emlLinesStayShortAndUseCrlf();
    void projectWordingRoundTripsThroughFileAndJson();
    void jsonNamesAnUnknownNoticeKind();
};

void TestNotices::everyKindHasADefaultThatUsesOnlyKnownPlaceholders()
{
    QCOMPARE(allNoticeKinds().size(), 5);
    for (const NoticeKind kind : allNoticeKinds()) {
        const NoticeTemplate notice = defaultNoticeTemplate(kind);
        QVERIFY(!notice.subject.isEmpty());
        QVERIFY(notice.body.contains(QStringLiteral("{change}")));
        QVERIFY(notice.body.contains(QStringLiteral("{contact}")));
        QCOMPARE(unknownNoticePlaceholders(notice.subject + notice.body), QStringList());
    }
}

void TestNotices::kindKeysRoundTrip()
{
    for (const NoticeKind kind : allNoticeKinds())
        QCOMPARE(noticeKindFromKey(noticeKindKey(kind)), std::optional<NoticeKind>(kind));
    QCOMPARE(noticeKindKey(NoticeKind::RolledBack), QStringLiteral("rolled_back"));
    QVERIFY(!noticeKindFromKey(u"later"));
}

void TestNotices::placeholdersAreFilledFromTheDocument()
{
    const ProjectData data = test::richProject();
    const Notice notice = composeNotice(data, defaultNoticeTemplate(NoticeKind::Before),
                                        &data.windows.at(1));
    QVERIFY2(!notice.body.contains(QLatin1Char('{')), qPrintable(notice.body));
    QVERIFY(notice.subject.startsWith(QStringLiteral("Planned maintenance: Move orders to "
                                                     "PostgreSQL 16, ")));
    QVERIFY(notice.body.contains(QStringLiteral("Why: PostgreSQL 13 leaves support; stay "
                                                "patched.")));
    QVERIFY(notice.body.contains(QStringLiteral("Affected systems: order-service, db-primary")));
    QVERIFY(notice.body.contains(QStringLiteral("Affected business processes: order intake, "
                                                "billing")));
    // Blue-green: one switch-over, not a whole window of downtime.
    QVERIFY(notice.body.contains(QStringLiteral("one switch-over")));
    QVERIFY(notice.body.contains(QStringLiteral("Questions: Casey Change (+49 69 0000)")));
    QCOMPARE(notice.recipients, QStringList{QStringLiteral("dana@example.org")});

    const Notice rolledBack = composeNotice(data, defaultNoticeTemplate(NoticeKind::RolledBack),
                                            &data.windows.at(1));
    QVERIFY(rolledBack.body.contains(QStringLiteral("previous state (PostgreSQL 13.14)")));
}

void TestNotices::recipientsAreReadFromContactsThatHoldMore_data()
{
    QTest::addColumn<QString>("contact");
    QTest::addColumn<QStringList>("recipients");
    QTest::newRow("address alone")
        << QStringLiteral("mara@example.com") << QStringList{QStringLiteral("mara@example.com")};
    QTest::newRow("address and telephone") << QStringLiteral("mara@example.com, +49 69 5550 1001")
                                           << QStringList{QStringLiteral("mara@example.com")};
    QTest::newRow("name and angle brackets")
        << QStringLiteral("Mara Lind <mara.lind@ops.example.org>")
        << QStringList{QStringLiteral("mara.lind@ops.example.org")};
    QTest::newRow("two addresses, sentence stop")
        << QStringLiteral("mara@example.com; on call: pager@example.net.")
        << QStringList{QStringLiteral("mara@example.com"), QStringLiteral("pager@example.net")};
    QTest::newRow("telephone only") << QStringLiteral("+49 69 5550 1001") << QStringList{};
    QTest::newRow("a handle is no address") << QStringLiteral("@mara on chat") << QStringList{};
}

void TestNotices::recipientsAreReadFromContactsThatHoldMore()
{
    QFETCH(QString, contact);
    QFETCH(QStringList, recipients);
    ProjectData data;
    data.people[1] = Person{1, QStringLiteral("Mara"), RoleLead, contact, {}};
    const Notice notice = composeNotice(data, defaultNoticeTemplate(NoticeKind::Before), nullptr);
    QCOMPARE(notice.recipients, recipients);
}

void TestNotices::windowTimesAreInTheReadersZone()
{
    ProjectData data = changeWithPeople();
    const NoticeTemplate times{QStringLiteral("{window_start}"),
                               QStringLiteral("{window} {time_zone}")};
    // 21:00 UTC on 5 December is 16:00 in New York (EST).
    const Notice notice = composeNotice(data, times, &data.windows.at(1));
    QCOMPARE(notice.subject, formatInZone(test::utc(2026, 12, 5, 21), data.change.timeZone));
    QVERIFY2(notice.subject.contains(QStringLiteral("16:00")), qPrintable(notice.subject));
    QVERIFY2(notice.body.endsWith(QStringLiteral("America/New_York")), qPrintable(notice.body));
    QVERIFY(notice.body.contains(QStringLiteral("22:00")));
    data.change.timeZone = QStringLiteral("Mars/Olympus");
    QVERIFY(composeNotice(data, times, &data.windows.at(1)).body.endsWith(QStringLiteral("UTC")));
}

void TestNotices::aDelayNamesTheNewEnd()
{
    ProjectData data = test::richProject();
    data.change.timeZone = QStringLiteral("UTC");
    const Notice notice = composeNotice(data, defaultNoticeTemplate(NoticeKind::Delayed),
                                        &data.windows.at(1), test::utc(2026, 12, 6, 5, 30));
    QVERIFY2(notice.body.contains(QStringLiteral("finish by Sun 2026-12-06 05:30")),
             qPrintable(notice.body));
    QVERIFY(notice.body.contains(QStringLiteral("instead of Sun 2026-12-06 03:00")));
    const Notice withoutWindow = composeNotice(data, defaultNoticeTemplate(NoticeKind::Before),
                                               nullptr);
    QVERIFY(withoutWindow.body.contains(QStringLiteral("(not yet fixed)")));
}

void TestNotices::projectWordingReplacesTheDefaultAndKeepsUnknownPlaceholdersVisible()
{
    const ProjectData data = test::richProject();
    const NoticeTemplate own{QStringLiteral("Heads-up: {change}"),
                             QStringLiteral("{change} ends {window_end}. {mood}")};
    QCOMPARE(unknownNoticePlaceholders(own.body), QStringList{QStringLiteral("mood")});
    const Notice notice = composeNotice(data, own, &data.windows.at(1));
    QCOMPARE(notice.subject, QStringLiteral("Heads-up: Move orders to PostgreSQL 16"));
    QVERIFY(notice.body.endsWith(QStringLiteral(". {mood}")));
}

void TestNotices::textCopyHasSubjectAndBody()
{
    const Notice notice{QStringLiteral("Done"), QStringLiteral("All good.\n"), {}};
    QCOMPARE(noticeAsText(notice), QStringLiteral("Subject: Done\n\nAll good.\n"));
}

void TestNotices::emlParsesBackToTheSameNotice()
{
    const ProjectData data = changeWithPeople();
    const Notice notice = composeNotice(data, defaultNoticeTemplate(NoticeKind::Before),
                                        &data.windows.at(1));
    const QByteArray eml = noticeAsEml(notice, QStringLiteral("casey@example.org"),
                                       test::utc(2026, 12, 1, 9, 5));
    const ParsedMail mail = parseMail(eml);
    QCOMPARE(mail.headers.value(QStringLiteral("mime-version")), QStringLiteral("1.0"));
    QCOMPARE(mail.headers.value(QStringLiteral("content-type")),
             QStringLiteral("text/plain; charset=UTF-8"));
    QCOMPARE(mail.headers.value(QStringLiteral("content-transfer-encoding")),
             QStringLiteral("quoted-printable"));
    QCOMPARE(mail.headers.value(QStringLiteral("from")), QStringLiteral("casey@example.org"));
    QCOMPARE(mail.headers.value(QStringLiteral("to")),
             QStringLiteral("dana@example.org, robin@example.org"));
    QCOMPARE(mail.headers.value(QStringLiteral("date")),
             QStringLiteral("Tue, 01 Dec 2026 09:05:00 +0000"));
    QVERIFY(QRegularExpression(QStringLiteral(R"(^<[0-9a-f]{32}@upgrade-workbench\.invalid>$)"))
                .match(mail.headers.value(QStringLiteral("message-id")))
                .hasMatch());
    QCOMPARE(decodeWords(mail.headers.value(QStringLiteral("subject"))), notice.subject);
    QCOMPARE(decodeQuotedPrintable(mail.rawBody), notice.body);
    // Saved twice, the same notice is the same message.
    QCOMPARE(noticeAsEml(notice, QStringLiteral("casey@example.org"), test::utc(2026, 12, 1, 9, 5)),
             eml);
}

void TestNotices::emlLinesStayShortAndUseCrlf()
{
    const ProjectData data = changeWithPeople();
    Notice notice = composeNotice(data, defaultNoticeTemplate(NoticeKind::Delayed),
                                  &data.windows.at(1));
    notice.body += QString(200, QChar(u'é')) + QStringLiteral(" trailing space \n= sign\n");
    const QByteArray eml = noticeAsEml(notice, {}, test::utc(2026, 12, 6, 2));
    QVERIFY(eml.endsWith("\r\n"));
    for (const QByteArray &line : eml.chopped(1).split('\n')) {
        QVERIFY2(line.endsWith('\r'), line.constData());
        QVERIFY2(line.size() - 1 <= 76, line.constData());
        for (const char c : line)
            QVERIFY2(uchar(c) < 128, line.constData());
    }
    const ParsedMail mail = parseMail(eml);
    QCOMPARE(mail.headers.value(QStringLiteral("from")), QStringLiteral("dana@example.org"));
    QCOMPARE(decodeWords(mail.headers.value(QStringLiteral("subject"))), notice.subject);
    QCOMPARE(decodeQuotedPrintable(mail.rawBody), notice.body);
}

void TestNotices::projectWordingRoundTripsThroughFileAndJson()
{
    ProjectData data = test::richProject();
    const NoticeTemplate own{QStringLiteral("Verzögert: {change}"),
                             QStringLiteral("Neues Ende: {expected_end}\n{contact}\n")};
    data.change.noticeTemplates[NoticeKind::Delayed] = own;
    QCOMPARE(noticeTemplateFor(data.change, NoticeKind::Delayed), own);
    QCOMPARE(noticeTemplateFor(data.change, NoticeKind::Done),
             defaultNoticeTemplate(NoticeKind::Done));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("wording.uwb"));
    QVERIFY(createProject(path, data));
    auto reopened = openProject(path, Store::Access::ReadOnly);
    QVERIFY2(reopened, qPrintable(reopened ? QString() : reopened.error().message));
    QVERIFY(reopened.value()->change() == data.change);

    const QByteArray json = writeProjectJson(data);
    QVERIFY(json.contains("\"notice_templates\""));
    QVERIFY(json.contains("\"delayed\""));
    QString error;
    const auto read = readProjectJson(json, &error);
    QVERIFY2(read, qPrintable(error));
    QVERIFY(read->change == data.change);
}

void TestNotices::jsonNamesAnUnknownNoticeKind()
{
    QString error;
    const auto read = readProjectJson(R"({"format": "upgrade-workbench", "version": 1,
        "change": {"title": "T", "notice_templates": {"later": {"subject": "s", "body": "b"}}}})",
                                      &error);
    QVERIFY(!read);
    QVERIFY2(error.contains(QStringLiteral("change.notice_templates.later")), qPrintable(error));
    const auto wrongType = readProjectJson(R"({"format": "upgrade-workbench", "version": 1,
        "change": {"notice_templates": {"done": {"subject": 3}}}})",
                                           &error);
    QVERIFY(!wrongType);
    QVERIFY2(error.contains(QStringLiteral("change.notice_templates.done.subject")),
             qPrintable(error));
}

QTEST_GUILESS_MAIN(TestNotices)
#include "tst_notices.moc"
