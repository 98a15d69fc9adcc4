#include "csv.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <array>

namespace uw {
namespace {

/** Whether a spreadsheet would evaluate text typed into a cell (numbers such as -5 excepted). */
bool startsAFormula(QStringView text)
{
    static const QRegularExpression number(QStringLiteral(R"(^[-+]?\d+([.,]\d+)?$)"));
    return !text.isEmpty() && QStringView(u"=+-@\t\r").contains(text.front())
           && !number.match(text).hasMatch();
}

/** A field as writeCsv() neutralised it reads back as it was. */
QString withoutFormulaGuard(QString field)
{
    if (field.size() > 1 && field.front() == u'\'' && startsAFormula(QStringView(field).mid(1)))
        field.remove(0, 1);
    return field;
}

/** "0xE9", for messages that name an offending byte. */
QString hexByte(char byte)
{
    return QStringLiteral("0x")
           + QString::number(uchar(byte), 16).rightJustified(2, QLatin1Char('0')).toUpper();
}

/** 1-based line of a byte offset, for messages that point into the file. */
int lineOfOffset(const QByteArray &bytes, qsizetype offset)
{
    return int(QByteArrayView(bytes).first(offset).count('\n')) + 1;
}

/** Offset of the first byte that does not belong to well-formed UTF-8, or -1. */
qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *data = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const uchar lead = data[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        // Ranges from RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF.
        int length = 0;
        uchar secondMin = 0x80;
        uchar secondMax = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            secondMin = lead == 0xE0 ? 0xA0 : 0x80;
            secondMax = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            secondMin = lead == 0xF0 ? 0x90 : 0x80;
            secondMax = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            return i;
        }
        if (i + length > size || data[i + 1] < secondMin || data[i + 1] > secondMax)
            return i;
        for (int k = 2; k < length; ++k) {
            if ((data[i + k] & 0xC0) != 0x80)
                return i;
        }
        i += length;
    }
    return -1;
}

/**
 * Offset of the byte that shows the content is not text, or -1. A NUL never occurs in text;
 * other control bytes do occasionally (a stray form feed), so only a noticeable share of them
 * near the start counts.
 */
qsizetype binaryOffset(const QByteArray &bytes)
{
    const qsizetype nul = bytes.indexOf('\0');
    if (nul >= 0)
        return nul;
    const qsizetype sample = std::min<qsizetype>(bytes.size(), 64 * 1024);
    qsizetype controls = 0;
    qsizetype first = -1;
    for (qsizetype i = 0; i < sample; ++i) {
        const uchar c = uchar(bytes.at(i));
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
            ++controls;
            if (first < 0)
                first = i;
        }
    }
    return controls >= 4 && controls * 100 >= sample ? first : -1;
}

/** The candidate occurring most often outside quotes in the first record; "," on a tie. */
QChar detectSeparator(QStringView text)
{
    const std::array<QChar, 3> candidates{u',', u';', u'\t'};
    std::array<int, 3> counts{};
    bool inQuotes = false;
    for (const QChar c : text) {
        if (c == u'"')
            inQuotes = !inQuotes;
        else if (!inQuotes && (c == u'\n' || c == u'\r'))
            break;
        else if (!inQuotes) {
            for (size_t i = 0; i < candidates.size(); ++i) {
                if (c == candidates[i])
                    ++counts[i];
            }
        }
    }
    size_t best = 0;
    for (size_t i = 1; i < candidates.size(); ++i) {
        if (counts[i] > counts[best])
            best = i;
    }
    return candidates[best];
}

class Parser
{
public:
    Parser(QStringView text, QChar separator)
        : m_text(text)
        , m_separator(separator)
    {
        m_table.separator = separator;
    }

    std::optional<CsvTable> parse(QString *error)
    {
        const qsizetype size = m_text.size();
        for (qsizetype i = 0; i < size; ++i) {
            const QChar c = m_text.at(i);
            const bool crlf = c == u'\r' && i + 1 < size && m_text.at(i + 1) == u'\n';
            if (m_inQuotes) {
                if (c == u'"' && i + 1 < size && m_text.at(i + 1) == u'"') {
                    m_field += u'"';
                    ++i;
                } else if (c == u'"') {
                    m_inQuotes = false;
                } else {
                    if (c == u'\n' || (c == u'\r' && !crlf))
                        ++m_line;
                    m_field += c;
                }
            } else if (c == u'"' && !m_fieldQuoted && m_field.trimmed().isEmpty()) {
                // Whitespace before an opening quote is a common writer quirk, not data.
                m_field.clear();
                m_inQuotes = true;
                m_fieldQuoted = true;
                m_recordQuoted = true;
                m_quoteLine = m_line;
            } else if (c == m_separator) {
                endField();
            } else if (c == u'\n' || c == u'\r') {
                if (crlf)
                    ++i;
                endRecord();
                ++m_line;
                m_recordLine = m_line;
            } else {
                m_field += c;
            }
        }
        if (m_inQuotes) {
            if (error) {
                *error = QCoreApplication::translate(
                             "uw::Csv",
                             "line %1: a quoted field is never closed; a '\"' is missing")
                             .arg(m_quoteLine);
            }
            return std::nullopt;
        }
        if (!m_record.isEmpty() || !m_field.isEmpty() || m_fieldQuoted)
            endRecord();
        if (!m_haveHeader) {
            if (error)
                *error = QCoreApplication::translate(
                    "uw::Csv", "The file is empty; a CSV import needs a header row.");
            return std::nullopt;
        }
        return std::move(m_table);
    }

private:
    void endField()
    {
        m_record.append(withoutFormulaGuard(m_field));
        m_field.clear();
        m_fieldQuoted = false;
    }

    void endRecord()
    {
        endField();
        const bool emptyLine = m_record.size() == 1 && m_record.first().trimmed().isEmpty()
                               && !m_recordQuoted;
        if (!emptyLine) {
            if (!m_haveHeader) {
                for (QString &name : m_record)
                    name = name.trimmed();
                m_table.header = m_record;
                m_haveHeader = true;
            } else {
                m_table.rows.append(m_record);
                m_table.lines.append(m_recordLine);
            }
        }
        m_record.clear();
        m_recordQuoted = false;
    }

    QStringView m_text;
    QChar m_separator;
    CsvTable m_table;
    QStringList m_record;
    QString m_field;
    bool m_inQuotes = false;
    bool m_fieldQuoted = false;
    bool m_recordQuoted = false;
    bool m_haveHeader = false;
    int m_line = 1;
    int m_recordLine = 1;
    int m_quoteLine = 0;
};

} // namespace

std::optional<CsvTable> readCsv(const QByteArray &bytes, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (bytes.size() > MaxCsvBytes) {
        const double megabytes = double(bytes.size()) / (1024 * 1024);
        return fail(
            QCoreApplication::translate(
                "uw::Csv", "The file is %1 MB; CSV imports are limited to %2 MB — split the file.")
                .arg(QLocale().toString(megabytes, 'f', 1))
                .arg(MaxCsvBytes / (1024 * 1024)));
    }
    if (bytes.isEmpty())
        return fail(
            QCoreApplication::translate("uw::Csv",
                                        "The file is empty; a CSV import needs a header row."));
    const qsizetype binary = binaryOffset(bytes);
    if (binary >= 0) {
        return fail(QCoreApplication::translate(
                        "uw::Csv",
                        "The file is binary, not CSV (byte %1 at offset %2); choose a CSV "
                        "export.")
                        .arg(hexByte(bytes.at(binary)))
                        .arg(binary));
    }
    const qsizetype invalid = firstInvalidUtf8(bytes);
    if (invalid >= 0) {
        return fail(QCoreApplication::translate(
                        "uw::Csv",
                        "line %1: the file is not UTF-8 text (byte %2 at offset %3); export it "
                        "as UTF-8")
                        .arg(lineOfOffset(bytes, invalid))
                        .arg(hexByte(bytes.at(invalid)))
                        .arg(invalid));
    }
    const QByteArrayView bom("\xEF\xBB\xBF");
    const QByteArrayView content = bytes.startsWith(bom) ? QByteArrayView(bytes).sliced(bom.size())
                                                         : QByteArrayView(bytes);
    const QString text = QString::fromUtf8(content);
    return Parser(text, detectSeparator(text)).parse(error);
}

QByteArray writeCsv(const QStringList &header, const QList<QStringList> &rows, QChar separator,
                    FormulaCells formulas)
{
    QString out;
    const auto appendRow = [&out, separator, formulas](const QStringList &fields) {
        // A lone empty field would be an empty line, which readers skip.
        if (fields.isEmpty() || (fields.size() == 1 && fields.first().isEmpty())) {
            out += QLatin1String("\"\"\r\n");
            return;
        }
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                out += separator;
            const QString field = formulas == FormulaCells::Neutralise
                                          && startsAFormula(fields.at(i))
                                      ? QLatin1Char('\'') + fields.at(i)
                                      : fields.at(i);
            if (field.contains(separator) || field.contains(u'"') || field.contains(u'\r')
                || field.contains(u'\n')) {
                out += u'"';
                out += QString(field).replace(u'"', QLatin1String("\"\""));
                out += u'"';
            } else {
                out += field;
            }
        }
        out += QLatin1String("\r\n");
    };
    appendRow(header);
    for (const QStringList &row : rows)
        appendRow(row);
    return out.toUtf8();
}

} // namespace uw
