#include "notice.h"

#include "zonedtime.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>

#include <array>

namespace uw {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(uw::Notice)
};

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral(R"(\{([a-z_]+)\})"));
    return pattern;
}

QString impactOf(RolloutStrategy rollout)
{
    switch (rollout) {
    case RolloutStrategy::BigBang:
        break;
    case RolloutStrategy::Phased:
        return Tr::tr("The systems are changed one group at a time; each group is unavailable "
                      "for a short while when its turn comes.");
    case RolloutStrategy::ParallelRun:
        return Tr::tr("The old and the new version run side by side; no interruption is "
                      "planned.");
    case RolloutStrategy::BlueGreen:
        return Tr::tr("Traffic moves to the upgraded copy in one switch-over; expect an "
                      "interruption of a few minutes at that moment.");
    }
    return Tr::tr("The affected services are unavailable for the whole window.");
}

QList<Id> affectedSystemIds(const ProjectData &data, const Window *window)
{
    if (window && !window->systemIds.isEmpty())
        return window->systemIds;
    QList<Id> ids;
    for (const auto &[id, step] : data.steps) {
        for (const Id systemId : step.systemIds) {
            if (!ids.contains(systemId))
                ids.append(systemId);
        }
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

QString contactOf(const ProjectData &data)
{
    const Person *chosen = nullptr;
    for (const int role : {int(RoleLead), int(RoleApprover)}) {
        for (const auto &[id, person] : data.people) {
            if (!chosen && (person.roles & role))
                chosen = &person;
        }
    }
    if (!chosen)
        return Tr::tr("the change team");
    return chosen->contact.isEmpty() ? chosen->name
                                     : Tr::tr("%1 (%2)").arg(chosen->name, chosen->contact);
}

QString listOrNone(const QStringList &items)
{
    return items.isEmpty() ? Tr::tr("none named") : items.join(QLatin1String(", "));
}

QString fill(const QString &text, const std::map<QString, QString> &values)
{
    QString filled;
    qsizetype last = 0;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const auto value = values.find(match.captured(1));
        filled += text.mid(last, match.capturedStart() - last);
        // An unknown placeholder stays visible, so the sender sees it before the readers do.
        filled += value == values.end() ? match.captured(0) : value->second;
        last = match.capturedEnd();
    }
    return filled + text.mid(last);
}

/**
 * The e-mail addresses in a person's contact field, which often holds a telephone number or a
 * name beside them: "mara@example.com, +49 69 5550 1001" or "Mara <mara@example.com>".
 */
QStringList contactAddresses(const QString &contact)
{
    static const QRegularExpression address(
        QStringLiteral(R"re((?:^|[\s<>,;(])([^\s@<>,;()"]+@[^\s@<>,;()"]+\.[^\s@<>,;()".]+))re"));
    QStringList addresses;
    for (auto match = address.globalMatch(contact); match.hasNext();)
        addresses.append(match.next().captured(1));
    return addresses;
}

} // namespace

NoticeTemplate defaultNoticeTemplate(NoticeKind kind)
{
    switch (kind) {
    case NoticeKind::Before:
        break;
    case NoticeKind::Start:
        return {Tr::tr("Work in progress: {change}"),
                Tr::tr("Hello,\n\n"
                       "the planned work \"{change}\" has begun. It is scheduled to end by "
                       "{window_end} ({time_zone}).\n\n"
                       "Affected systems: {systems}\n"
                       "Affected business processes: {business_processes}\n"
                       "What you will notice: {impact}\n\n"
                       "We will write again when the work is finished. Urgent questions: "
                       "{contact}\n")};
    case NoticeKind::Done:
        return {Tr::tr("Completed: {change}"),
                Tr::tr("Hello,\n\n"
                       "the work \"{change}\" is finished and the systems are back in normal "
                       "service ({to_version}).\n\n"
                       "Affected systems: {systems}\n\n"
                       "If something does not work as it did before, please tell {contact}.\n")};
    case NoticeKind::Delayed:
        return {Tr::tr("Taking longer than planned: {change}"),
                Tr::tr("Hello,\n\n"
                       "the work \"{change}\" needs more time than planned. We now expect to "
                       "finish by {expected_end} instead of {window_end} ({time_zone}).\n\n"
                       "Affected business processes: {business_processes}\n"
                       "What you will notice until then: {impact}\n\n"
                       "We will write again when the work is finished. Questions: {contact}\n")};
    case NoticeKind::RolledBack:
        return {Tr::tr("Change withdrawn, previous state restored: {change}"),
                Tr::tr("Hello,\n\n"
                       "the work \"{change}\" could not be completed as planned. We have "
                       "returned the systems to their previous state ({from_version}); they "
                       "work as they did before the window.\n\n"
                       "Affected systems: {systems}\n\n"
                       "We will announce a new date once the cause is understood. Questions: "
                       "{contact}\n")};
    }
    return {Tr::tr("Planned maintenance: {change}, {window_start}"),
            Tr::tr("Hello,\n\n"
                   "we are planning the following change: {change}\n\n"
                   "Why: {purpose}\n"
                   "When: {window} ({time_zone})\n"
                   "Affected systems: {systems}\n"
                   "Affected business processes: {business_processes}\n"
                   "What you will notice: {impact}\n\n"
                   "Please keep this period free of work that depends on these systems. We "
                   "will write when the work starts and when it is finished.\n\n"
                   "Questions: {contact}\n")};
}

NoticeTemplate noticeTemplateFor(const Change &change, NoticeKind kind)
{
    const auto own = change.noticeTemplates.find(kind);
    return own == change.noticeTemplates.end() ? defaultNoticeTemplate(kind) : own->second;
}

QStringList noticePlaceholders()
{
    return {QStringLiteral("change"),
            QStringLiteral("purpose"),
            QStringLiteral("window"),
            QStringLiteral("window_start"),
            QStringLiteral("window_end"),
            QStringLiteral("expected_end"),
            QStringLiteral("time_zone"),
            QStringLiteral("systems"),
            QStringLiteral("business_processes"),
            QStringLiteral("impact"),
            QStringLiteral("contact"),
            QStringLiteral("from_version"),
            QStringLiteral("to_version")};
}

QStringList unknownNoticePlaceholders(const QString &text)
{
    const QStringList known = noticePlaceholders();
    QStringList unknown;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!known.contains(name) && !unknown.contains(name))
            unknown.append(name);
    }
    return unknown;
}

Notice composeNotice(const ProjectData &data, const NoticeTemplate &notice, const Window *window,
                     const QDateTime &expectedEndUtc)
{
    const QString zone = zoneOrUtc(data.change.timeZone);
    const auto when = [&zone](const QDateTime &utc) {
        return utc.isValid() ? formatInZone(utc, zone) : Tr::tr("(not yet fixed)");
    };
    QStringList systems;
    QStringList processes;
    for (const Id id : affectedSystemIds(data, window)) {
        const auto system = data.systems.find(id);
        if (system == data.systems.end())
            continue;
        systems.append(system->second.name);
        for (const QString &process : system->second.businessProcesses) {
            if (!processes.contains(process))
                processes.append(process);
        }
    }
    const QDateTime start = window ? window->startUtc : QDateTime();
    const QDateTime end = window ? window->endUtc : QDateTime();
    const std::map<QString, QString> values{
        {QStringLiteral("change"), data.change.title},
        {QStringLiteral("purpose"), data.change.purpose},
        {QStringLiteral("window"), Tr::tr("%1 to %2").arg(when(start), when(end))},
        {QStringLiteral("window_start"), when(start)},
        {QStringLiteral("window_end"), when(end)},
        {QStringLiteral("expected_end"), when(expectedEndUtc.isValid() ? expectedEndUtc : end)},
        {QStringLiteral("time_zone"), zone},
        {QStringLiteral("systems"), listOrNone(systems)},
        {QStringLiteral("business_processes"), listOrNone(processes)},
        {QStringLiteral("impact"), impactOf(data.change.rollout)},
        {QStringLiteral("contact"), contactOf(data)},
        {QStringLiteral("from_version"), data.change.fromSummary},
        {QStringLiteral("to_version"), data.change.toSummary},
    };
    Notice filled;
    // A subject is one line whatever the template holds.
    filled.subject = fill(notice.subject, values).simplified();
    filled.body = fill(notice.body, values);
    for (const auto &[id, person] : data.people) {
        for (const QString &address : contactAddresses(person.contact)) {
            if (!filled.recipients.contains(address, Qt::CaseInsensitive))
                filled.recipients.append(address);
        }
    }
    return filled;
}

QString noticeAsText(const Notice &notice)
{
    return Tr::tr("Subject: %1").arg(notice.subject) + QStringLiteral("\n\n") + notice.body;
}

namespace mail {

QByteArray encodeHeaderWords(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    // 39 bytes become 52 base64 characters, a 64-character word: even after "Subject: " the
    // line stays within the 76 characters RFC 2047 allows.
    constexpr qsizetype chunk = 39;
    QList<QByteArray> words;
    qsizetype start = 0;
    while (start < utf8.size()) {
        qsizetype end = std::min(start + chunk, utf8.size());
        while (end < utf8.size() && end > start && (uchar(utf8.at(end)) & 0xC0) == 0x80)
            --end;
        words.append("=?UTF-8?B?" + utf8.mid(start, end - start).toBase64() + "?=");
        start = end;
    }
    return words.join("\r\n ");
}

QByteArray quotedPrintable(const QString &text)
{
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QByteArray encoded;
    const QList<QByteArray> lines = normalized.toUtf8().split('\n');
    for (qsizetype l = 0; l < lines.size(); ++l) {
        const QByteArray &line = lines[l];
        QByteArray current;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const uchar c = uchar(line.at(i));
            const bool lastOfLine = i + 1 == line.size();
            QByteArray piece;
            if ((c >= 33 && c <= 126 && c != '=') || (c == ' ' && !lastOfLine))
                piece = QByteArray(1, char(c));
            else
                piece = '=' + QByteArray::number(c, 16).toUpper().rightJustified(2, '0');
            // A soft line break ("=" at the end) keeps every line within 76 characters.
            if (current.size() + piece.size() > 75) {
                encoded += current + "=\r\n";
                current.clear();
            }
            current += piece;
        }
        encoded += current;
        if (l + 1 < lines.size())
            encoded += "\r\n";
    }
    return encoded;
}

QByteArray rfc5322Date(const QDateTime &utc)
{
    static constexpr std::array<const char *, 7> days{"Mon", "Tue", "Wed", "Thu",
                                                      "Fri", "Sat", "Sun"};
    static constexpr std::array<const char *, 12> months{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDateTime time = utc.toUTC();
    const QDate date = time.date();
    return QByteArray(days[size_t(date.dayOfWeek() - 1)]) + ", "
           + QByteArray::number(date.day()).rightJustified(2, '0') + ' '
           + months[size_t(date.month() - 1)] + ' ' + QByteArray::number(date.year()) + ' '
           + time.time().toString(QStringLiteral("HH:mm:ss")).toLatin1() + " +0000";
}

} // namespace mail

QByteArray noticeAsEml(const Notice &notice, const QString &from, const QDateTime &dateUtc)
{
    QString sender = from.trimmed();
    if (sender.isEmpty())
        sender = notice.recipients.value(0);
    if (sender.isEmpty())
        sender = QStringLiteral("upgrade-workbench@invalid");
    const QByteArray date = mail::rfc5322Date(dateUtc);
    const QByteArray messageId = QCryptographicHash::hash(date + notice.subject.toUtf8()
                                                              + notice.body.toUtf8(),
                                                          QCryptographicHash::Sha256)
                                     .toHex()
                                     .left(32);
    QByteArray eml;
    const auto header = [&eml](const char *name, const QByteArray &value) {
        eml += QByteArray(name) + ": " + value + "\r\n";
    };
    header("From", sender.toUtf8());
    if (!notice.recipients.isEmpty())
        header("To", notice.recipients.join(QLatin1String(",\r\n ")).toUtf8());
    header("Subject", mail::encodeHeaderWords(notice.subject));
    header("Date", date);
    header("Message-ID", "<" + messageId + "@upgrade-workbench.invalid>");
    header("MIME-Version", "1.0");
    header("Content-Type", "text/plain; charset=UTF-8");
    header("Content-Transfer-Encoding", "quoted-printable");
    // Outlook and Thunderbird open a message marked unsent as a draft ready to send.
    header("X-Unsent", "1");
    eml += "\r\n" + mail::quotedPrintable(notice.body);
    if (!eml.endsWith("\r\n"))
        eml += "\r\n";
    return eml;
}

} // namespace uw
