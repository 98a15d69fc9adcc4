#pragma once

// Private to reportwriter.cpp and reportwriterblocks.cpp: the page geometry, type sizes and
// colours every part of a report shares.

#include <QColor>

namespace uw::reportstyle {

// Page geometry in points (1/72 inch); the same for A4 and Letter.
inline constexpr double sideMargin = 50;
inline constexpr double topMargin = 64;
inline constexpr double bottomMargin = 58;
inline constexpr double headerBaseline = 36;
inline constexpr double footerOffset = 34;

inline constexpr double bodySize = 9.5;
inline constexpr double tableSize = 8;
inline constexpr double smallSize = 7.5;
inline constexpr double cellPadding = 3;
/** Figure units that two horizontal tiles share, so nothing is lost at a cut. */
inline constexpr double tileOverlap = 48;

inline const QColor ink(0x1f, 0x26, 0x30);
inline const QColor muted(0x5f, 0x6b, 0x7a);
inline const QColor rule(0xc9, 0xd1, 0xdb);
inline const QColor headerFill(0xe8, 0xed, 0xf3);
inline const QColor stripeFill(0xf6, 0xf8, 0xfa);
inline const QColor accent(0x1d, 0x4e, 0x89);

} // namespace uw::reportstyle
