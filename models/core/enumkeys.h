#pragma once

#include "entities.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace uw {

// Stable text keys for enums, used in the file and in JSON so that a reordered enum never
// changes the meaning of stored data, and a human reading the file sees words.

template<class E>
QString enumKey(E value);

template<class E>
std::optional<E> enumFromKey(QStringView key);

/** All keys of an enum in declaration order, e.g. for CSV validation and combo boxes. */
template<class E>
QStringList enumKeys();

/** The translated name shown to users. */
template<class E>
QString enumDisplayName(E value);

/** Roles as comma-separated keys ("approver,executor"); unknown keys are reported. */
QString rolesToKeys(int roles);
std::optional<int> rolesFromKeys(QStringView keys, QString *error = nullptr);

/** Stable keys ("before", "start", "done", "delayed", "rolled_back") for files and options. */
QString noticeKindKey(NoticeKind kind);
std::optional<NoticeKind> noticeKindFromKey(QStringView key);
QList<NoticeKind> allNoticeKinds();

} // namespace uw
