#pragma once

// The MSPDI reader's two halves: parsing the XML into plain records (mspdiparse.cpp) and
// mapping those records to steps, links and people (mspdiread.cpp).

#include "mspdi.h"
#include "mspdi_p.h"

#include <QCoreApplication>

#include <map>
#include <optional>

namespace uw::mspdi {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(uw::Mspdi)
};

struct RawLink
{
    int line = 0;
    QString predecessorUid;
    int type = mspdi::FinishToStart;
    double lagTenthsOfMinutes = 0;
    int lagFormat = 0;
    bool crossProject = false;
};

struct RawTask
{
    int line = 0;
    QString uid;
    QString name;
    int outlineLevel = -1;
    QString outlineNumber;
    bool summary = false;
    bool isNull = false;
    bool active = true;
    QString duration;
    int durationLine = 0;
    QString notes;
    QList<RawLink> links;
    std::map<int, QString> customFields;
};

struct RawResource
{
    int line = 0;
    QString name;
    QString email;
};

struct RawAssignment
{
    int line = 0;
    QString taskUid;
    QString resourceUid;
};

struct RawProject
{
    QString name;
    /** The project's start and finish as written: wall-clock time without a zone. */
    QString startDate;
    QString finishDate;
    double minutesPerDay = 480;
    double minutesPerWeek = 2400;
    QList<RawTask> tasks;
    std::map<QString, RawResource> resources;
    QList<RawAssignment> assignments;
};

/** "line 12: message". */
QString lineMessage(int line, const QString &message);

/**
 * Plural messages go through here so that every numerus source text stays on one line, with
 * its own singular so that English reads right without a translation loaded.
 */
QString counted(qsizetype n, const char *one, const char *many);

/**
 * Reads one MSPDI document into plain records; problems collects what was read but left out.
 * nullopt with error when the document cannot be read at all.
 */
std::optional<RawProject> parseDocument(const QByteArray &xml, QList<MspdiProblem> *problems,
                                        QString *error);

} // namespace uw::mspdi
