// The GUI's import thread: a reader running out of memory (std::bad_alloc, which a hostile file
// can cause) becomes a located error shown like any other, instead of ending the program.
#include "error_text.h"
#include "import_runner.h"

#include <QApplication>
#include <QTest>

#include <new>

using namespace blindspot;

class TstImportRunner : public QObject {
    Q_OBJECT
private slots:
    void badAllocIsAnError();
    void resultPassesThrough();
};

void TstImportRunner::badAllocIsAnError()
{
    const QString path = QStringLiteral("/tmp/hostile.bspack");
    const Result<Dataset> read = ImportRunner::runWith(
        nullptr, path, [](const ImportOptions &) -> Result<Dataset> { throw std::bad_alloc(); });
    QVERIFY(isError(read));
    const ParseError &e = std::get<ParseError>(read);
    QCOMPARE(e.code, ParseErrorCode::OutOfMemory);
    QCOMPARE(e.file, path);
    // Worded where every import error is worded, starting with the file it concerns.
    QVERIFY(ErrorText::located(e).startsWith(path + QStringLiteral(": ")));
    QVERIFY(ErrorText::message(e) != ErrorText::message(ParseError{}));
}

void TstImportRunner::resultPassesThrough()
{
    ParseError malformed;
    malformed.file = QStringLiteral("x.csv");
    malformed.line = 3;
    const Result<Dataset> read = ImportRunner::runWith(
        nullptr, malformed.file, [&](const ImportOptions &options) -> Result<Dataset> {
            if (!options.progress)
                return Dataset{}; // a Dataset here fails the check below
            return malformed;
        });
    QVERIFY(isError(read));
    QCOMPARE(std::get<ParseError>(read).line, 3);
}

QTEST_MAIN(TstImportRunner)
#include "tst_import_runner.moc"
