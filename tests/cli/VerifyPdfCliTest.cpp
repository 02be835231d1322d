// verify-pdf binds to the document itself (issue 17, item 4): a PDF whose pages were edited, or
// one carrying the seal of another protocol, is refused, though its metadata checksum is that of
// an intact protocol; without the database it says what it could not check.
#include "CliRunner.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace paragraf::test;

namespace {

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QByteArray keywordsOf(const QByteArray& pdf) {
    static const QRegularExpression keywords(
        QStringLiteral("paragraf-sha256:[0-9a-f]{64} paragraf-status:[a-z_]+ "
                       "paragraf-meeting:\\d+ paragraf-date:\\d{4}-\\d\\d-\\d\\d"));
    return keywords.match(QString::fromLatin1(pdf)).captured().toLatin1();
}

class VerifyPdfCliTest : public ::testing::Test {
protected:
    void SetUp() override {
        file = dir.filePath(QStringLiteral("demo.paragraf"));
        ASSERT_EQ(cli({QStringLiteral("demo"), file}).exitCode, 0);
        ASSERT_EQ(cli({QStringLiteral("send-for-adjustment"), file, six}).exitCode, 0);
        for (const auto& [role, name] :
             {std::pair{"secretary", "Elise Ackerot"}, std::pair{"chair", "Martin Söderström"},
              std::pair{"adjuster", "Sara Schelin"}})
            ASSERT_EQ(cli({QStringLiteral("sign"), file, six, QString::fromUtf8(role),
                           QString::fromUtf8(name)})
                          .exitCode,
                      0);
        issued = dir.filePath(QStringLiteral("protokoll.pdf"));
        ASSERT_EQ(
            cli({QStringLiteral("export"), file, six, QStringLiteral("--out"), issued}).exitCode,
            0);
    }
    CliRun verify(const QString& pdf) {
        return cli({QStringLiteral("verify-pdf"), pdf, QStringLiteral("--db"), file});
    }

    QTemporaryDir dir;
    QString file;
    QString issued;
    const QString six = QStringLiteral("6");
};

TEST_F(VerifyPdfCliTest, TheIssuedFileIsRecognisedByteForByte) {
    const CliRun r = verify(issued);
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Byte for byte the protocol of meeting 6")))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("intact and signed by all")));
    const CliRun listed = cli({QStringLiteral("verify"), file, six});
    EXPECT_EQ(listed.exitCode, 0);
    EXPECT_TRUE(listed.out.contains(QStringLiteral("issued\tprotocol\tprotokoll.pdf\t")))
        << listed.out.toStdString();
}

// The pages of a copy of the database edited behind its back, printed by Paragraf itself, with
// the seal of the intact protocol put in place of their own: the checksum in the metadata is
// right, the pages are not.
TEST_F(VerifyPdfCliTest, APdfWithAnEditedPageIsRefused) {
    const QString copy = dir.filePath(QStringLiteral("kopia.paragraf"));
    ASSERT_TRUE(QFile::copy(file, copy));
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(copy);
        ASSERT_TRUE(raw.open());
        QSqlQuery query(raw);
        ASSERT_TRUE(query.exec(QStringLiteral("DROP TRIGGER paragraph_final_update")));
        ASSERT_TRUE(query.exec(QStringLiteral("UPDATE paragraph SET decision = 'Samverkansgruppen "
                                              "beslutar att avslå allt.' WHERE meeting_id = 6 AND "
                                              "number = 28")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    const QString edited = dir.filePath(QStringLiteral("redigerad.pdf"));
    ASSERT_EQ(cli({QStringLiteral("export"), copy, six, QStringLiteral("--out"), edited}).exitCode,
              0);
    QByteArray forged = readAll(edited);
    const QByteArray own = keywordsOf(forged);
    const QByteArray genuine = keywordsOf(readAll(issued));
    ASSERT_EQ(own.size(), genuine.size());
    ASSERT_NE(own, genuine);
    forged.replace(own, genuine);
    writeAll(edited, forged);
    ASSERT_TRUE(pdfText(edited).contains(QStringLiteral("beslutar att avslå allt")));

    const CliRun r = verify(edited);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("is not a document Paragraf issued from")))
        << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("it may have been edited")));
    EXPECT_FALSE(r.out.contains(QStringLiteral("intact")));
}

// Meeting 1's protocol (archived, so sealed) carrying meeting 6's seal instead of its own.
TEST_F(VerifyPdfCliTest, APdfWithASealTransplantedFromAnotherProtocolIsRefused) {
    const QString other = dir.filePath(QStringLiteral("annat.pdf"));
    ASSERT_EQ(
        cli({QStringLiteral("export"), file, QStringLiteral("1"), QStringLiteral("--out"), other})
            .exitCode,
        0);
    QByteArray forged = readAll(other);
    const QByteArray own = keywordsOf(forged);
    const QByteArray genuine = keywordsOf(readAll(issued));
    ASSERT_FALSE(own.isEmpty());
    ASSERT_EQ(own.size(), genuine.size());
    forged.replace(own, genuine);
    const QString transplanted = dir.filePath(QStringLiteral("transplant.pdf"));
    writeAll(transplanted, forged);

    const CliRun r = verify(transplanted);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("is not a document Paragraf issued from")))
        << r.err.toStdString();
    EXPECT_FALSE(r.out.contains(QStringLiteral("intact")));
    // The untouched file is still recognised (the demo's archived meeting has no signatures,
    // which verify-pdf then names).
    const CliRun untouched = verify(other);
    EXPECT_TRUE(untouched.out.contains(QStringLiteral("Byte for byte the protocol of meeting 1")))
        << untouched.out.toStdString();
    EXPECT_TRUE(untouched.err.contains(QStringLiteral("has not signed")));
}

TEST_F(VerifyPdfCliTest, WithoutTheDatabaseItSaysWhatCannotBeChecked) {
    const CliRun r = cli({QStringLiteral("verify-pdf"), issued});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.contains(QStringLiteral("Meeting 6 of 2024-11-11, adjusted when exported")))
        << r.out.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("Not verified")));
    EXPECT_TRUE(r.err.contains(QStringLiteral("cannot be checked")));
    EXPECT_FALSE(r.out.contains(QStringLiteral("intact")));
}

} // namespace
