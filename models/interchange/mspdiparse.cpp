// Parsing MSPDI XML into plain records, with the line of everything that is refused.
#include "mspdiread_p.h"

#include <QXmlStreamReader>

namespace uw::mspdi {
namespace {

/** Reads one MSPDI document into plain records; the mapping to steps happens afterwards. */
class Parser
{
public:
    explicit Parser(const QByteArray &xml)
        : m_xml(xml)
    {}

    std::optional<RawProject> parse(QString *error)
    {
        if (!m_xml.readNextStartElement()) {
            *error = m_xml.hasError() ? xmlError() : Tr::tr("the file holds no XML element");
            return std::nullopt;
        }
        const QStringView ns = m_xml.namespaceUri();
        if (m_xml.name() != u"Project"
            || (!ns.isEmpty() && ns != QLatin1String(mspdi::projectNamespace))) {
            *error = lineMessage(line(), Tr::tr("the document element is <%1>, not the <Project> "
                                                "of Microsoft Project XML")
                                             .arg(m_xml.qualifiedName()));
            return std::nullopt;
        }
        RawProject project;
        while (m_xml.readNextStartElement()) {
            const QStringView name = m_xml.name();
            if (name == u"Name" || name == u"Title") {
                const QString text = m_xml.readElementText().trimmed();
                if (project.name.isEmpty() || name == u"Title")
                    project.name = text.isEmpty() ? project.name : text;
            } else if (name == u"StartDate") {
                project.startDate = m_xml.readElementText().trimmed();
            } else if (name == u"FinishDate") {
                project.finishDate = m_xml.readElementText().trimmed();
            } else if (name == u"MinutesPerDay") {
                project.minutesPerDay = positiveNumber(project.minutesPerDay);
            } else if (name == u"MinutesPerWeek") {
                project.minutesPerWeek = positiveNumber(project.minutesPerWeek);
            } else if (name == u"Tasks") {
                readList(u"Task", [&] { project.tasks.append(readTask()); });
            } else if (name == u"Resources") {
                readList(u"Resource", [&] { readResource(project.resources); });
            } else if (name == u"Assignments") {
                readList(u"Assignment", [&] { project.assignments.append(readAssignment()); });
            } else {
                m_xml.skipCurrentElement();
            }
        }
        if (m_xml.hasError()) {
            *error = xmlError();
            return std::nullopt;
        }
        return project;
    }

    QList<MspdiProblem> problems;

private:
    int line() const { return int(m_xml.lineNumber()); }

    QString xmlError() const
    {
        return Tr::tr("line %1, column %2: %3")
            .arg(m_xml.lineNumber())
            .arg(m_xml.columnNumber())
            .arg(m_xml.errorString());
    }

    template<class F>
    void readList(QStringView itemName, F readItem)
    {
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == itemName)
                readItem();
            else
                m_xml.skipCurrentElement();
        }
    }

    double positiveNumber(double fallback)
    {
        const int at = line();
        const QString text = m_xml.readElementText().trimmed();
        bool ok = false;
        const double value = text.toDouble(&ok);
        if (ok && value > 0)
            return value;
        problems.append({at, lineMessage(at, Tr::tr("'%1' is not a positive number; %2 is used")
                                                 .arg(text)
                                                 .arg(fallback))});
        return fallback;
    }

    bool flag() { return m_xml.readElementText().trimmed() == QLatin1String("1"); }

    int integer(int fallback)
    {
        bool ok = false;
        const int value = m_xml.readElementText().trimmed().toInt(&ok);
        return ok ? value : fallback;
    }

    RawTask readTask()
    {
        RawTask task;
        task.line = line();
        while (m_xml.readNextStartElement()) {
            const QStringView name = m_xml.name();
            if (name == u"UID") {
                task.uid = m_xml.readElementText().trimmed();
            } else if (name == u"Name") {
                task.name = m_xml.readElementText().trimmed();
            } else if (name == u"OutlineLevel") {
                task.outlineLevel = integer(-1);
            } else if (name == u"OutlineNumber") {
                task.outlineNumber = m_xml.readElementText().trimmed();
            } else if (name == u"Summary") {
                task.summary = flag();
            } else if (name == u"IsNull") {
                task.isNull = flag();
            } else if (name == u"Active") {
                task.active = m_xml.readElementText().trimmed() != QLatin1String("0");
            } else if (name == u"Duration") {
                task.durationLine = line();
                task.duration = m_xml.readElementText().trimmed();
            } else if (name == u"Notes") {
                task.notes = m_xml.readElementText().trimmed();
            } else if (name == u"PredecessorLink") {
                task.links.append(readLink());
            } else if (name == u"ExtendedAttribute") {
                readCustomField(task.customFields);
            } else {
                m_xml.skipCurrentElement();
            }
        }
        return task;
    }

    RawLink readLink()
    {
        RawLink link;
        link.line = line();
        while (m_xml.readNextStartElement()) {
            const QStringView name = m_xml.name();
            if (name == u"PredecessorUID") {
                link.predecessorUid = m_xml.readElementText().trimmed();
            } else if (name == u"Type") {
                link.type = integer(-1);
            } else if (name == u"LinkLag") {
                const QString text = m_xml.readElementText().trimmed();
                bool ok = false;
                link.lagTenthsOfMinutes = text.toDouble(&ok);
                if (!ok && !text.isEmpty())
                    problems.append(
                        {link.line,
                         lineMessage(link.line,
                                     Tr::tr("the lag '%1' is not a number; the link keeps no lag")
                                         .arg(text))});
                if (!ok)
                    link.lagTenthsOfMinutes = 0;
            } else if (name == u"LagFormat") {
                link.lagFormat = integer(0);
            } else if (name == u"CrossProject") {
                link.crossProject = flag();
            } else {
                m_xml.skipCurrentElement();
            }
        }
        return link;
    }

    void readCustomField(std::map<int, QString> &fields)
    {
        int fieldId = 0;
        QString value;
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == u"FieldID")
                fieldId = integer(0);
            else if (m_xml.name() == u"Value")
                value = m_xml.readElementText().trimmed();
            else
                m_xml.skipCurrentElement();
        }
        if (fieldId)
            fields[fieldId] = value;
    }

    void readResource(std::map<QString, RawResource> &resources)
    {
        RawResource resource;
        resource.line = line();
        QString uid;
        bool isNull = false;
        while (m_xml.readNextStartElement()) {
            const QStringView name = m_xml.name();
            if (name == u"UID")
                uid = m_xml.readElementText().trimmed();
            else if (name == u"Name")
                resource.name = m_xml.readElementText().trimmed();
            else if (name == u"EmailAddress")
                resource.email = m_xml.readElementText().trimmed();
            else if (name == u"IsNull")
                isNull = flag();
            else
                m_xml.skipCurrentElement();
        }
        // MS Project lists an unnamed resource with UID 0 that stands for "nobody".
        if (!uid.isEmpty() && !resource.name.isEmpty() && !isNull)
            resources[uid] = resource;
    }

    RawAssignment readAssignment()
    {
        RawAssignment assignment;
        assignment.line = line();
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == u"TaskUID")
                assignment.taskUid = m_xml.readElementText().trimmed();
            else if (m_xml.name() == u"ResourceUID")
                assignment.resourceUid = m_xml.readElementText().trimmed();
            else
                m_xml.skipCurrentElement();
        }
        return assignment;
    }

    QXmlStreamReader m_xml;
};

} // namespace

QString lineMessage(int line, const QString &message)
{
    return Tr::tr("line %1: %2").arg(line).arg(message);
}

QString counted(qsizetype n, const char *one, const char *many)
{
    return Tr::tr(n == 1 ? one : many, nullptr, int(n));
}

std::optional<RawProject> parseDocument(const QByteArray &xml, QList<MspdiProblem> *problems,
                                        QString *error)
{
    Parser parser(xml);
    std::optional<RawProject> raw = parser.parse(error);
    *problems = parser.problems;
    return raw;
}

} // namespace uw::mspdi
