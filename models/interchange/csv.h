#pragma once

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace uw {

/** A CSV file as read: the header row, the data rows and where each row came from. */
struct CsvTable
{
    QStringList header;
    /** Rows as in the file; a row may have more or fewer fields than the header. */
    QList<QStringList> rows;
    /** 1-based source line on which each row starts, so problems can point into the file. */
    QList<int> lines;
    QChar separator = u',';
};

/** Larger files are refused before parsing: a CMDB extract for one change is far smaller. */
constexpr qsizetype MaxCsvBytes = 16 * 1024 * 1024;

/**
 * Reads RFC 4180 CSV as spreadsheets and CMDBs write it: UTF-8 with or without BOM, the
 * separator (",", ";" or tab) taken from the header line, CRLF or LF line ends, quoted fields
 * with "" escapes and embedded line breaks, a "'" that neutralised a formula removed (see
 * FormulaCells). Empty lines are skipped; rows of the wrong length
 * are kept for the importer to report. On failure returns nothing and a translated message
 * naming the line or the problem (not UTF-8, binary, unclosed quote, empty, too large).
 */
std::optional<CsvTable> readCsv(const QByteArray &bytes, QString *error);

/**
 * What writeCsv() does with a cell a spreadsheet would run as a formula: one that starts with
 * "=", "+", "-", "@", a tab or a CR and is not a plain number. Neutralised, it is written with
 * a "'" in front, which spreadsheets show as text and readCsv() removes again.
 */
enum class FormulaCells { Neutralise, KeepAsTheyAre };

/**
 * Writes CSV that readCsv() and spreadsheets read back unchanged: UTF-8 without BOM, CRLF
 * line ends, fields quoted only when they contain the separator, a quote, CR or LF, formulas
 * neutralised unless told otherwise.
 */
QByteArray writeCsv(const QStringList &header, const QList<QStringList> &rows,
                    QChar separator = u',', FormulaCells formulas = FormulaCells::Neutralise);

} // namespace uw
