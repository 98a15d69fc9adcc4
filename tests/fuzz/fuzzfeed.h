#pragma once

#include <QByteArray>
#include <QString>

namespace uw::fuzz {

/**
 * What one input did to a reader. The fuzz targets and tst_fuzzregressions feed inputs through
 * the same functions, so that an input the fuzzer once broke stays in the normal test run.
 */
struct Outcome
{
    /** The reader accepted the input. */
    bool accepted = false;
    /** The reader's message when it refused; a refusal must always say why. */
    QString error;
    /**
     * A promise the reader broke although it did not crash: a refusal without a message, an
     * accepted document the writer cannot write back, an ordering that is not antisymmetric.
     * Empty when all held; the fuzz targets abort on it so that it becomes a crash file.
     */
    QString broken;
};

/** CSV as the import dialog and `import --format csv` read it, into each import target. */
Outcome feedCsv(const QByteArray &bytes);
/** MSPDI as `import --format mspdi` reads it, against the bundled sample project. */
Outcome feedMspdi(const QByteArray &bytes);
/** The project JSON; an accepted document must write back and read again to the same bytes. */
Outcome feedProjectJson(const QByteArray &bytes);
/**
 * Version text: the first line is a constraint, the next two are versions. Orderings must be
 * antisymmetric and parsed text must parse again to the same thing.
 */
Outcome feedVersions(const QByteArray &bytes);
/** A runbook template file, filled with its parameters' defaults as inserting it does. */
Outcome feedTemplate(const QByteArray &bytes);
/** The bytes as a project file, opened read-only as `validate` opens one. */
Outcome feedProjectFile(const QByteArray &bytes);

} // namespace uw::fuzz
