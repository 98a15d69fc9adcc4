#include "csv.h"

#include <QTest>

using namespace uw;

using Rows = QList<QStringList>;

/**
 * CSV as CMDBs and spreadsheets write it reads into the same table, what we write reads back
 * unchanged, and anything that is not CSV text is refused with a message naming the problem.
 */
class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    void readsWhatSpreadsheetsWrite_data();
    void readsWhatSpreadsheetsWrite();
    void rowsRememberTheirSourceLine();
    void writeThenReadRoundTrips_data();
    void writeThenReadRoundTrips();
    void writerQuotesOnlyWhenNeeded();
    void writerNeutralisesFormulasAndReaderRestoresThem();
    void refusesWhatIsNotCsvText_data();
    void refusesWhatIsNotCsvText();
};

void TestCsv::readsWhatSpreadsheetsWrite_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QChar>("separator");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<Rows>("rows");

    const QStringList header{QStringLiteral("name"), QStringLiteral("version")};
    const Rows two{{QStringLiteral("db-1"), QStringLiteral("13.4")},
                   {QStringLiteral("app"), QStringLiteral("2.0")}};
    QTest::newRow("comma-separated with LF")
        << QByteArray("name,version\ndb-1,13.4\napp,2.0\n") << QChar(u',') << header << two;
    QTest::newRow("semicolon-separated as German Excel writes it")
        << QByteArray("name;version\r\ndb-1;13.4\r\napp;2.0\r\n") << QChar(u';') << header << two;
    QTest::newRow("tab-separated")
        << QByteArray("name\tversion\ndb-1\t13.4\napp\t2.0\n") << QChar(u'\t') << header << two;
    QTest::newRow("a UTF-8 BOM is not part of the first column name")
        << QByteArray("\xEF\xBB\xBFname,version\ndb-1,13.4\napp,2.0") << QChar(u',') << header
        << two;
    QTest::newRow("CRLF line ends leave no CR in the last field")
        << QByteArray("name,version\r\ndb-1,13.4\r\napp,2.0\r\n") << QChar(u',') << header << two;
    QTest::newRow("empty lines are skipped, a missing final line break is fine")
        << QByteArray("\nname,version\n\ndb-1,13.4\r\n\r\n   \napp,2.0") << QChar(u',') << header
        << two;
    QTest::newRow("the separator is the one used most in the header, outside quotes")
        << QByteArray("\"name,full\";version\n\"a,b\";1\n") << QChar(u';')
        << QStringList{QStringLiteral("name,full"), QStringLiteral("version")}
        << Rows{{QStringLiteral("a,b"), QStringLiteral("1")}};
    QTest::newRow("quoted separators, escaped quotes and line breaks stay in the field")
        << QByteArray("name,notes\n\"db,1\",\"says \"\"hi\"\"\r\nand more\"\n\"\",x\n")
        << QChar(u',') << header.first(1) + QStringList{QStringLiteral("notes")}
        << Rows{{QStringLiteral("db,1"), QStringLiteral("says \"hi\"\r\nand more")},
                {QString(), QStringLiteral("x")}};
    QTest::newRow("UTF-8 text beyond ASCII")
        << QByteArray("name,owner\nsrv-ü,Müller ✓ 数据库\n") << QChar(u',')
        << QStringList{QStringLiteral("name"), QStringLiteral("owner")}
        << Rows{{QStringLiteral("srv-ü"), QStringLiteral("Müller ✓ 数据库")}};
    QTest::newRow("ragged rows are kept for the importer to report")
        << QByteArray("name,version\na\nb,1,extra\n") << QChar(u',') << header
        << Rows{{QStringLiteral("a")},
                {QStringLiteral("b"), QStringLiteral("1"), QStringLiteral("extra")}};
    QTest::newRow("a header without rows is a table without rows")
        << QByteArray("name,version\r\n") << QChar(u',') << header << Rows{};
}

void TestCsv::readsWhatSpreadsheetsWrite()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QChar, separator);
    QFETCH(QStringList, header);
    QFETCH(Rows, rows);

    QString error;
    const auto table = readCsv(bytes, &error);
    QVERIFY2(table, qPrintable(error));
    QCOMPARE(table->separator, separator);
    QCOMPARE(table->header, header);
    QCOMPARE(table->rows, rows);
    QCOMPARE(table->lines.size(), rows.size());
}

void TestCsv::rowsRememberTheirSourceLine()
{
    const QByteArray bytes("name,notes\n\na,\"two\nlines\"\nb,x\r\n\r\nc,\"\r\n\r\n\"\nd,y\n");
    const auto table = readCsv(bytes, nullptr);
    QVERIFY(table);
    QCOMPARE(table->lines, (QList<int>{3, 5, 7, 10}));
}

void TestCsv::writeThenReadRoundTrips_data()
{
    QTest::addColumn<QChar>("separator");
    QTest::addColumn<Rows>("rows");

    const Rows awkward{
        {QStringLiteral("plain"), QStringLiteral("with,comma"), QStringLiteral("with;semicolon")},
        {QStringLiteral("\"quoted\""), QStringLiteral("tab\there"), QStringLiteral("a\r\nb\nc\rd")},
        {QString(), QStringLiteral("  padded  "), QStringLiteral("Müller ✓ 数据库 🚀")},
        {QStringLiteral(" \"leading space then quote"), QString(), QString()},
    };
    QTest::newRow("comma") << QChar(u',') << awkward;
    QTest::newRow("semicolon") << QChar(u';') << awkward;
    QTest::newRow("tab") << QChar(u'\t') << awkward;
    QTest::newRow("a single empty column survives as a row")
        << QChar(u',') << Rows{{QString()}, {QStringLiteral("x")}};
}

void TestCsv::writeThenReadRoundTrips()
{
    QFETCH(QChar, separator);
    QFETCH(Rows, rows);

    QStringList header;
    for (qsizetype i = 0; i < rows.first().size(); ++i)
        header.append(QStringLiteral("column %1").arg(i + 1));
    const QByteArray bytes = writeCsv(header, rows, separator);
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
    QString error;
    const auto table = readCsv(bytes, &error);
    QVERIFY2(table, qPrintable(error));
    QCOMPARE(table->separator, separator);
    QCOMPARE(table->header, header);
    QCOMPARE(table->rows, rows);
}

void TestCsv::writerQuotesOnlyWhenNeeded()
{
    const QByteArray bytes = writeCsv({QStringLiteral("a"), QStringLiteral("b")},
                                      {{QStringLiteral("x y"), QStringLiteral("say \"hi\", bye")}});
    QCOMPARE(bytes, QByteArray("a,b\r\nx y,\"say \"\"hi\"\", bye\"\r\n"));
}

void TestCsv::writerNeutralisesFormulasAndReaderRestoresThem()
{
    const QStringList formulas{QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"),
                               QStringLiteral("+1+1"), QStringLiteral("-2+3"),
                               QStringLiteral("@SUM(A1)"), QStringLiteral("\tcmd")};
    const QStringList plain{QStringLiteral("-5"), QStringLiteral("+3.5"), QStringLiteral("a=b"),
                            QStringLiteral("db-01"), QString()};
    const QByteArray written = writeCsv({QStringLiteral("formula"), QStringLiteral("plain")},
                                        {{formulas[0], plain[0]},
                                         {formulas[1], plain[1]},
                                         {formulas[2], plain[2]},
                                         {formulas[3], plain[3]},
                                         {formulas[4], plain[4]}});
    // A spreadsheet sees text: every formula cell starts with ', after its quote if it has one.
    for (const QByteArray &line : written.split('\n').mid(1)) {
        if (line.trimmed().isEmpty())
            continue;
        QVERIFY2(line.startsWith('\'') || line.startsWith("\"'"), line.constData());
    }
    QVERIFY(written.contains("\r\n-5\r\n") || written.contains(",-5\r\n"));
    QVERIFY(!written.contains("'-5") && !written.contains("'db-01") && !written.contains("'a=b"));

    QString error;
    const auto table = readCsv(written, &error);
    QVERIFY2(table, qPrintable(error));
    QCOMPARE(table->rows.size(), formulas.size());
    for (qsizetype row = 0; row < formulas.size(); ++row) {
        QCOMPARE(table->rows[row].value(0), formulas[row]);
        QCOMPARE(table->rows[row].value(1), plain[row]);
    }

    const QByteArray kept = writeCsv({QStringLiteral("formula")}, {{formulas[0]}}, u',',
                                     FormulaCells::KeepAsTheyAre);
    QVERIFY2(kept.contains("\r\n\"=HYPERLINK"), kept.constData());
}

void TestCsv::refusesWhatIsNotCsvText_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("mentions");

    QTest::newRow("Latin-1 text is not UTF-8 and the line and byte are named")
        << QByteArray("name,owner\r\nsrv-1,Alex\r\nsrv-2,M\xFCller\r\n")
        << QStringList{QStringLiteral("line 3"), QStringLiteral("not UTF-8"),
                       QStringLiteral("0xFC"), QStringLiteral("offset 31"),
                       QStringLiteral("export it as UTF-8")};
    QTest::newRow("a truncated UTF-8 sequence at the end is not UTF-8")
        << QByteArray("name\nM\xC3")
        << QStringList{QStringLiteral("line 2"), QStringLiteral("0xC3")};
    QTest::newRow("binary garbage with NUL bytes")
        << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\x01\0", 20)
        << QStringList{QStringLiteral("binary, not CSV"), QStringLiteral("offset 8")};
    QTest::newRow("control bytes without NUL are binary too")
        << QByteArray("\x01\x02\x03\x04\x05\x06,\x07\x08") << QStringList{QStringLiteral("binary")};
    QTest::newRow("an unterminated quote names the line where it opened")
        << QByteArray("name,notes\na,b\nc,\"never\nclosed,\nat all\n")
        << QStringList{QStringLiteral("line 3"), QStringLiteral("never closed")};
    QTest::newRow("an empty file") << QByteArray() << QStringList{QStringLiteral("empty")};
    QTest::newRow("only a BOM and blank lines")
        << QByteArray("\xEF\xBB\xBF\r\n\r\n  \n") << QStringList{QStringLiteral("empty")};
    QTest::newRow("a 50 MB file is refused by its size before it is read")
        << QByteArray(50 * 1024 * 1024, 'a')
        << QStringList{QStringLiteral("is 50.0 MB"), QStringLiteral("limited to 16 MB"),
                       QStringLiteral("split the file")};
}

void TestCsv::refusesWhatIsNotCsvText()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, mentions);

    QString error;
    QVERIFY(!readCsv(bytes, &error));
    for (const QString &mention : mentions)
        QVERIFY2(error.contains(mention), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
