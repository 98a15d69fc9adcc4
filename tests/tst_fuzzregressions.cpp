// Every input in tests/data/fuzz/<reader>/ goes through the reader the way the fuzz target feeds
// it: inputs the fuzzer once broke a reader with, and hand-made hostile ones (huge numbers, NUL
// bytes, deep nesting, cyclic references). Each must be accepted or refused with a message.

#include "fuzzfeed.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace uw::fuzz;

namespace {

using Feed = Outcome (*)(const QByteArray &);

struct Reader
{
    const char *folder;
    Feed feed;
};

const Reader readers[] = {
    {"csv", feedCsv},           {"mspdi", feedMspdi},       {"projectjson", feedProjectJson},
    {"versions", feedVersions}, {"template", feedTemplate}, {"projectfile", feedProjectFile},
};

} // namespace

class FuzzRegressionsTest : public QObject
{
    Q_OBJECT

private slots:
    void everyReaderHasInputs();
    void inputIsAcceptedOrRefusedWithAMessage_data();
    void inputIsAcceptedOrRefusedWithAMessage();
};

void FuzzRegressionsTest::everyReaderHasInputs()
{
    for (const Reader &reader : readers) {
        const QDir folder(QStringLiteral(UW_TEST_DATA "/fuzz/") + QLatin1String(reader.folder));
        QVERIFY2(!folder.entryList(QDir::Files).isEmpty(), reader.folder);
    }
}

void FuzzRegressionsTest::inputIsAcceptedOrRefusedWithAMessage_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("reader");
    for (int index = 0; index < int(std::size(readers)); ++index) {
        const QString folder = QLatin1String(readers[index].folder);
        const QDir dir(QStringLiteral(UW_TEST_DATA "/fuzz/") + folder);
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
            QTest::addRow("%s", qPrintable(folder + u'/' + name)) << dir.filePath(name) << index;
        }
    }
}

void FuzzRegressionsTest::inputIsAcceptedOrRefusedWithAMessage()
{
    QFETCH(QString, path);
    QFETCH(int, reader);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    const Outcome outcome = readers[reader].feed(file.readAll());
    QVERIFY2(outcome.broken.isEmpty(), qPrintable(outcome.broken));
    QVERIFY(outcome.accepted || !outcome.error.isEmpty());
}

QTEST_GUILESS_MAIN(FuzzRegressionsTest)
#include "tst_fuzzregressions.moc"
