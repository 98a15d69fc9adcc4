#pragma once

#include "csv.h"
#include "entities.h"

#include <QByteArray>

namespace uw {

// CSV for spreadsheets, CMDBs and other tools (see writeCsv for the dialect). Each takes the
// entities to export in the given order, or all in id order when ids is empty. Columns use the
// keys of importFields(), so systems and dependencies read back through the import unchanged;
// enums are written as their stable keys and lists are joined with "|". Cells a spreadsheet
// would run as formulas are neutralised unless formulas says to keep them.

/** Systems, one per row; the columns of importFields(ImportTarget::Systems). */
QByteArray systemsCsv(const ProjectData &data, const QList<Id> &ids = {},
                      FormulaCells formulas = FormulaCells::Neutralise);
/** Dependencies with system names, not ids, so they mean something outside this file. */
QByteArray dependenciesCsv(const ProjectData &data, const QList<Id> &ids = {},
                           FormulaCells formulas = FormulaCells::Neutralise);
/** People with role keys ("approver|lead") and availability as ISO 8601 UTC intervals. */
QByteArray peopleCsv(const ProjectData &data, const QList<Id> &ids = {},
                     FormulaCells formulas = FormulaCells::Neutralise);
/** Windows with start and end in ISO 8601 UTC plus the zone they are shown in. */
QByteArray windowsCsv(const ProjectData &data, const QList<Id> &ids = {},
                      FormulaCells formulas = FormulaCells::Neutralise);

} // namespace uw
