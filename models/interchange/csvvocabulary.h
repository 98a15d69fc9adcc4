#pragma once

#include "entities.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

// How the CSV import reads cell text: the words CMDB exports use for our enum values, and the
// parsing of enums, booleans and lists. Internal to the import, kept apart from its row
// validation so that the vocabulary can grow without crowding it.
namespace uw::csvvocabulary {

/** Case and punctuation do not matter: "Owned by", "owned_by" and "OWNEDBY" are one name. */
QString normalized(QStringView text);

/**
 * Normalized word -> value, for SystemKind, Level and DependencyKind (environments are
 * names: see environmentName()); our keys
 * and display names win over CMDB synonyms. Built once per import rather than once per cell.
 */
template<class E>
QHash<QString, E> vocabularyOf();

/**
 * An enum value from our key, its display name or a CMDB word, in any case or punctuation.
 * Also understands ServiceNow class names ("cmdb_ci_linux_server"), relationship types that
 * name both directions ("Depends on::Used by") and criticality ranks ("1", "P1", "Tier 1").
 */
template<class E>
std::optional<E> parseEnum(const QHash<QString, E> &vocabulary, QStringView text);

/**
 * Whether a relationship type, read from the file's first system to its second, means that the
 * second depends on the first ("Contains::Contained by", "Hosts::Hosted on", "Used by::Depends
 * on"); such rows are turned around on import.
 */
bool namesTheDependantSecond(QStringView relationship);

/** yes/no, y/n, true/false or 1/0, in any case. */
std::optional<bool> parseBool(QStringView text);

/** "|" always separates; ";" too unless it already separates the fields of the file. */
QStringList parseList(QString text, QChar fileSeparator);

} // namespace uw::csvvocabulary
