#pragma once

#include "entities.h"
#include "enumkeys.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace uw {

/** The built-in wording of kind, translated. */
NoticeTemplate defaultNoticeTemplate(NoticeKind kind);

/** The wording change uses for kind: its own when the project changed it, else the default. */
NoticeTemplate noticeTemplateFor(const Change &change, NoticeKind kind);

/**
 * The placeholders templates may use, without braces: change, purpose, window, window_start,
 * window_end, expected_end, time_zone, systems, business_processes, impact, contact,
 * from_version, to_version.
 */
QStringList noticePlaceholders();

/** Placeholders in text that noticePlaceholders() does not know, so an editor can warn. */
QStringList unknownNoticePlaceholders(const QString &text);

/** A filled-in notice, ready to copy or to save as an e-mail. */
struct Notice
{
    QString subject;
    QString body;
    /** E-mail addresses of the project's people, in id order. */
    QStringList recipients;
};

/**
 * Fills template from the document: times of window (may be null) in the readers' zone
 * (Change::timeZone); the systems of the window, or else those the runbook touches, and the
 * business processes they serve; the impact that follows from the rollout strategy; the lead
 * (else the first approver) as contact. expectedEndUtc is the new finish a delay notice
 * announces; invalid means the window's end.
 */
Notice composeNotice(const ProjectData &data, const NoticeTemplate &notice, const Window *window,
                     const QDateTime &expectedEndUtc = {});

/** "Subject: …", a blank line and the body: what "copy as text" puts on the clipboard. */
QString noticeAsText(const Notice &notice);

/**
 * The notice as an RFC 5322 message (.eml) that mail programs open as a draft: UTF-8 body in
 * quoted-printable, RFC 2047 encoded subject, CRLF line ends. from is the sender's address
 * (the contact person's when empty); dateUtc becomes the Date header and, with the subject,
 * the Message-ID, so the same notice saved twice is the same file.
 */
QByteArray noticeAsEml(const Notice &notice, const QString &from, const QDateTime &dateUtc);

namespace mail {

/** RFC 2047 "B" encoded words, each at most 75 characters, joined by folding whitespace. */
QByteArray encodeHeaderWords(const QString &text);
/** Quoted-printable (RFC 2045) with CRLF line ends and lines of at most 76 characters. */
QByteArray quotedPrintable(const QString &text);
/** "Sat, 05 Dec 2026 21:00:00 +0000", in English whatever the locale, as RFC 5322 wants. */
QByteArray rfc5322Date(const QDateTime &utc);

} // namespace mail
} // namespace uw
