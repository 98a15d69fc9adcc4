#pragma once

// fmt for text that is not translated (file formats, command-line output, log lines): one way
// of formatting it, with Qt's strings as arguments and as results. Translated text keeps tr().

#include <QByteArray>
#include <QString>

#include <fmt/format.h>

#include <string_view>
#include <utility>

/** A QString argument is written as UTF-8. */
template<>
struct fmt::formatter<QString> : fmt::formatter<std::string_view>
{
    template<typename FormatContext>
    auto format(const QString &text, FormatContext &context) const
    {
        const QByteArray utf8 = text.toUtf8();
        return fmt::formatter<std::string_view>::format(std::string_view(utf8.constData(),
                                                                         size_t(utf8.size())),
                                                        context);
    }
};

/** A QByteArray argument is written as its bytes. */
template<>
struct fmt::formatter<QByteArray> : fmt::formatter<std::string_view>
{
    template<typename FormatContext>
    auto format(const QByteArray &bytes, FormatContext &context) const
    {
        return fmt::formatter<std::string_view>::format(std::string_view(bytes.constData(),
                                                                         size_t(bytes.size())),
                                                        context);
    }
};

namespace uw {

/** Appends fmt::format(format, args...) to out. */
template<typename... Args>
void appendFormatted(QByteArray &out, fmt::format_string<Args...> format, Args &&...args)
{
    fmt::memory_buffer buffer;
    fmt::format_to(fmt::appender(buffer), format, std::forward<Args>(args)...);
    out.append(buffer.data(), qsizetype(buffer.size()));
}

/** fmt::format(format, args...) as a QString (the format and the arguments are UTF-8). */
template<typename... Args>
QString formatted(fmt::format_string<Args...> format, Args &&...args)
{
    fmt::memory_buffer buffer;
    fmt::format_to(fmt::appender(buffer), format, std::forward<Args>(args)...);
    return QString::fromUtf8(buffer.data(), qsizetype(buffer.size()));
}

} // namespace uw
