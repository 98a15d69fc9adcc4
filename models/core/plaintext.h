#pragma once

#include <QString>
#include <QVariant>

namespace uw {

/**
 * Text from a file (a name, a note, a message naming them) as a tooltip shows it: as typed.
 * Qt renders a tooltip that looks like HTML as rich text; such text is escaped instead, so a
 * received file cannot dress up what the window says. Other text is returned unchanged.
 */
QString plainToolTip(const QString &text);
/** A model's tooltip data as plainToolTip() shows text; anything else (no tooltip) unchanged. */
QVariant plainToolTip(const QVariant &data);

} // namespace uw
