// The readers of outside data, driven as the program drives them, with the promises each makes
// checked on every input. Shared by the libFuzzer targets and tst_fuzzregressions.

#include "fuzzfeed.h"

#include "audit.h"
#include "csvimport.h"
#include "mspdi.h"
#include "projectfile.h"
#include "projectjson.h"
#include "runbooktemplates.h"
#include "sample.h"
#include "versionconstraint.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <fmt/format.h>

#include <compare>
#include <string>

namespace uw::fuzz {
namespace {

QString text(const std::string &message)
{
    return QString::fromStdString(message);
}

/** A refusal: the message must be there, since it is all the user sees. */
Outcome refused(Outcome outcome, const char *reader)
{
    if (outcome.error.isEmpty())
        outcome.broken = text(fmt::format("{} refused the input without a message", reader));
    return outcome;
}

/** Readers that match names against a document see the one users start from. */
const ProjectData &sample()
{
    static const ProjectData data = [] {
        QString error;
        auto loaded = sampleProject(&error);
        if (!loaded)
            qFatal("The bundled sample does not load: %s", qPrintable(error));
        return std::move(*loaded);
    }();
    return data;
}

std::weak_ordering reversed(std::weak_ordering order)
{
    return 0 <=> order;
}

/** Why ordering a and b disagrees with ordering b and a, or nothing. */
QString asymmetry(const Version &a, const Version &b)
{
    const auto ab = a <=> b;
    if (ab != reversed(b <=> a) || (ab == 0) != (a == b)) {
        return text(fmt::format("'{}' and '{}' order differently each way round",
                                a.toString().toStdString(), b.toString().toStdString()));
    }
    for (qsizetype count = 1; count <= 3; ++count) {
        if (a.compareRelease(b, count) != reversed(b.compareRelease(a, count))) {
            return text(fmt::format("'{}' and '{}' compare their first {} release numbers "
                                    "differently each way round",
                                    a.toString().toStdString(), b.toString().toStdString(), count));
        }
    }
    return {};
}

/** Why the version does not survive its own text, bumping or ordering, or nothing. */
QString versionProblem(const Version &version)
{
    const auto again = Version::parse(version.toString());
    if (!again || *again != version) {
        return text(
            fmt::format("'{}' does not parse back to itself", version.toString().toStdString()));
    }
    const qsizetype releases = version.releaseNumbers().size();
    for (qsizetype index = 0; index < releases; ++index) {
        if (!(version.bumped(index) > version)) {
            return text(fmt::format("'{}' bumped at {} is not above it",
                                    version.toString().toStdString(), index));
        }
    }
    return {};
}

/** Why the constraint's normal form is not the same constraint, or nothing. */
QString constraintProblem(const VersionConstraint &constraint, const std::optional<Version> &version)
{
    const QString normal = constraint.toString();
    QString error;
    const auto again = VersionConstraint::parse(normal, &error);
    if (!again) {
        return text(fmt::format("the normal form '{}' does not parse: {}", normal.toStdString(),
                                error.toStdString()));
    }
    if (again->toString() != normal)
        return text(fmt::format("the normal form '{}' is not stable", normal.toStdString()));
    if (!version)
        return {};
    const ConstraintResult result = constraint.evaluate(*version);
    if (result.status != again->evaluate(*version).status) {
        return text(fmt::format("'{}' and its normal form judge '{}' differently",
                                normal.toStdString(), version->toString().toStdString()));
    }
    if (result.status != ConstraintStatus::Satisfied && result.reason.isEmpty()) {
        return text(fmt::format("'{}' fails '{}' without a reason",
                                version->toString().toStdString(), normal.toStdString()));
    }
    return {};
}

} // namespace

Outcome feedCsv(const QByteArray &bytes)
{
    Outcome outcome;
    const auto table = readCsv(bytes, &outcome.error);
    if (!table)
        return refused(std::move(outcome), "readCsv");
    outcome.accepted = true;
    for (const ImportTarget target :
         {ImportTarget::Systems, ImportTarget::Dependencies, ImportTarget::Rules}) {
        const ImportPreview preview = previewImport(sample(), target, *table,
                                                    autoMapColumns(target, table->header));
        for (const ImportProblem &problem : preview.problems) {
            if (problem.message.isEmpty() || problem.detail.isEmpty()) {
                outcome.broken = text(
                    fmt::format("a problem on line {} has no message", problem.line));
            }
        }
        if (importSummary(preview, QStringLiteral("fuzz.csv")).isEmpty())
            outcome.broken = QStringLiteral("an import preview has no summary");
    }
    return outcome;
}

Outcome feedMspdi(const QByteArray &bytes)
{
    Outcome outcome;
    const auto import = readMspdi(bytes, sample());
    if (!import) {
        outcome.error = import.error().message;
        return refused(std::move(outcome), "readMspdi");
    }
    outcome.accepted = true;
    for (const MspdiProblem &problem : import.value().problems) {
        if (problem.message.isEmpty())
            outcome.broken = text(fmt::format("a problem on line {} has no message", problem.line));
    }
    if (mspdiImportSummary(import.value(), QStringLiteral("fuzz.xml")).isEmpty())
        outcome.broken = QStringLiteral("an MSPDI import has no summary");
    return outcome;
}

Outcome feedProjectJson(const QByteArray &bytes)
{
    Outcome outcome;
    const auto data = readProjectJson(bytes, &outcome.error);
    if (!data)
        return refused(std::move(outcome), "readProjectJson");
    outcome.accepted = true;
    const QByteArray written = writeProjectJson(*data);
    QString error;
    const auto again = readProjectJson(written, &error);
    if (!again) {
        outcome.broken = text(fmt::format("what the writer made of an accepted document is "
                                          "refused: {}",
                                          error.toStdString()));
    } else if (writeProjectJson(*again) != written) {
        outcome.broken = QStringLiteral("the document read back writes other bytes");
    }
    return outcome;
}

Outcome feedVersions(const QByteArray &bytes)
{
    const QStringList lines = QString::fromUtf8(bytes).split(u'\n');
    Outcome outcome;
    const auto constraint = VersionConstraint::parse(lines.value(0), &outcome.error);
    std::optional<Version> versions[2];
    for (int index = 0; index < 2; ++index) {
        QString error;
        versions[index] = Version::parse(lines.value(index + 1), &error);
        if (!versions[index] && error.isEmpty())
            outcome.broken = QStringLiteral("Version::parse refused a version without a message");
        else if (versions[index])
            outcome.broken += versionProblem(*versions[index]);
    }
    if (versions[0] && versions[1])
        outcome.broken += asymmetry(*versions[0], *versions[1]);
    if (!constraint) {
        if (outcome.error.isEmpty())
            outcome.broken += QStringLiteral("VersionConstraint::parse refused without a message");
        return outcome;
    }
    outcome.accepted = true;
    outcome.broken += constraintProblem(*constraint, versions[0]);
    const ConstraintResult raw = evaluateConstraint(lines.value(0), lines.value(1));
    if (raw.status != ConstraintStatus::Satisfied && raw.reason.isEmpty())
        outcome.broken += QStringLiteral("evaluateConstraint gave no reason");
    return outcome;
}

Outcome feedTemplate(const QByteArray &bytes)
{
    Outcome outcome;
    const auto loaded = readTemplate(bytes, &outcome.error);
    if (!loaded)
        return refused(std::move(outcome), "readTemplate");
    outcome.accepted = true;
    QString error;
    if (!validateTemplate(*loaded, &error)) {
        outcome.broken = text(
            fmt::format("an accepted template does not validate: {}", error.toStdString()));
        return outcome;
    }
    const auto again = readTemplate(writeTemplate(*loaded), &error);
    if (!again || !(*again == *loaded)) {
        outcome.broken = text(
            fmt::format("the template does not read back as written: {}", error.toStdString()));
    }
    QMap<QString, QString> values;
    for (const TemplateParameter &parameter : loaded->parameters)
        values.insert(parameter.name, parameter.defaultValue.isEmpty() ? QStringLiteral("x")
                                                                       : parameter.defaultValue);
    if (!fillTemplate(*loaded, values, &error)) {
        outcome.broken = text(
            fmt::format("every parameter has a value, yet filling fails: {}", error.toStdString()));
    }
    return outcome;
}

Outcome feedProjectFile(const QByteArray &bytes)
{
    // One folder for the whole run, emptied after each input: SQLite leaves journals beside it.
    static QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("fuzz.uwb"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) < 0)
            qFatal("Cannot write %s", qPrintable(path));
    }
    Outcome outcome;
    {
        auto project = openProject(path, Store::Access::ReadOnly);
        if (project) {
            outcome.accepted = true;
            verifyAuditChain(project.value()->data().audit);
        } else {
            outcome.error = project.error().message;
            outcome = refused(std::move(outcome), "openProject");
        }
    }
    QDir dir(folder.path());
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden))
        dir.remove(name);
    return outcome;
}

} // namespace uw::fuzz
