#pragma once

#include "entities.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace uw {

// The JSON form of a project: the exchange format for templates, samples, scripts and diffs,
// independent of the SQLite store. Top level:
//   {"format": "upgrade-workbench", "version": 1, "change": {...}, "systems": [...], ...}
// Members are snake_case mirrors of the struct fields, enums are their stable keys, date-times
// are ISO 8601 in UTC ("2026-12-05T21:00:00Z"), references are ids. The writer emits every
// member, with null for an absent reference or date-time, and leaves out a step's command,
// http and metric_check objects and a metric's baseline while they hold only defaults.
// The reader lets hand-written files leave out any member that has a sensible default; only
// ids, the two ends of dependencies, rules and links, an approval's person, an attribute's key,
// the start and end of windows and availability periods, and the run and time of run events
// (metric and time of samples) are required.
// Unknown members are errors, so that a misspelt name is reported rather than dropped.

/** The format version this build writes and the newest it reads. */
inline constexpr int projectJsonVersion = 1;

/** The largest project JSON read, like the MSPDI cap: a larger file is refused unread. */
constexpr qsizetype MaxProjectJsonBytes = 64 * 1024 * 1024;

/**
 * Serialises everything in ProjectData except the audit log, which belongs to one file's
 * history. Indented, with members in sorted order, so that equal documents give equal bytes.
 */
QByteArray writeProjectJson(const ProjectData &data);

/**
 * Parses and validates; on failure returns nullopt and sets *error to a message naming where:
 * e.g. "systems[3].kind: unknown value 'mainframe' (expected one of server, os, …)" or
 * "line 12, column 5: unterminated string".
 */
std::optional<ProjectData> readProjectJson(const QByteArray &json, QString *error);

} // namespace uw
