#include "plaintext.h"

#include <QTextDocument>

namespace uw {

QString plainToolTip(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    return QStringLiteral("<p style=\"white-space:pre-wrap\">") + text.toHtmlEscaped()
           + QStringLiteral("</p>");
}

QVariant plainToolTip(const QVariant &data)
{
    return data.typeId() == QMetaType::QString ? QVariant(plainToolTip(data.toString())) : data;
}

} // namespace uw
