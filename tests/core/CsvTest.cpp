// Reading CSV files as French spreadsheets write them: encodings, separators, quotes and line ends.
#include <parcours/core/Csv.h>

#include <gtest/gtest.h>

using namespace parcours;

namespace {

QStringList fieldsOf(const CsvTable& table, int record)
{
    return table.records.value(record).fields;
}

} // namespace

TEST(Csv, ExcelSemicolonsWithCrlfAndBom)
{
    const CsvTable table = parseCsv("\xEF\xBB\xBFNom;Pr\xC3\xA9nom\r\nLef\xC3\xA8vre;Zo\xC3\xA9\r\n");
    ASSERT_TRUE(table.ok());
    EXPECT_EQ(table.encoding, QStringLiteral("UTF-8 (BOM)"));
    EXPECT_EQ(table.separator, u';');
    ASSERT_EQ(table.records.size(), 2);
    EXPECT_EQ(fieldsOf(table, 0), (QStringList { QStringLiteral("Nom"), QStringLiteral("Prénom") }));
    EXPECT_EQ(fieldsOf(table, 1), (QStringList { QStringLiteral("Lefèvre"), QStringLiteral("Zoé") }));
    EXPECT_EQ(table.records[1].line, 2);
}

TEST(Csv, Windows1252IsRecognisedWhenTheBytesAreNotUtf8)
{
    // "Prénom;Cœur;Œuvre €" as Excel writes it on a French Windows.
    const CsvTable table = parseCsv("Pr\xE9nom;C\x9C"
                                    "ur\nB\xE9"
                                    "chet;\x8C"
                                    "uvre \x80\n");
    ASSERT_TRUE(table.ok());
    EXPECT_EQ(table.encoding, QStringLiteral("Windows-1252"));
    EXPECT_EQ(fieldsOf(table, 0), (QStringList { QStringLiteral("Prénom"), QStringLiteral("Cœur") }));
    EXPECT_EQ(fieldsOf(table, 1), (QStringList { QStringLiteral("Béchet"), QStringLiteral("Œuvre €") }));
}

TEST(Csv, Utf8WithoutBomAndCommas)
{
    const CsvTable table = parseCsv("Nom,Pr\xC3\xA9nom,Courriel\nN\xC3\xB4"
                                    "el,Ana\xC3\xAFs,a@example.org\n");
    ASSERT_TRUE(table.ok());
    EXPECT_EQ(table.encoding, QStringLiteral("UTF-8"));
    EXPECT_EQ(table.separator, u',');
    EXPECT_EQ(fieldsOf(table, 1),
        (QStringList { QStringLiteral("Nôel"), QStringLiteral("Anaïs"), QStringLiteral("a@example.org") }));
}

TEST(Csv, QuotedFieldsHoldSeparatorsQuotesAndLineBreaks)
{
    const CsvTable table
        = parseCsv("Nom;Note\r\n\"Martin; Dupont\";\"Elle a dit \"\"oui\"\"\r\nsur deux lignes\"\r\nSuivant;x\r\n");
    ASSERT_TRUE(table.ok());
    ASSERT_EQ(table.records.size(), 3);
    EXPECT_EQ(fieldsOf(table, 1),
        (QStringList { QStringLiteral("Martin; Dupont"), QStringLiteral("Elle a dit \"oui\"\nsur deux lignes") }));
    // The record after a cell spanning two lines starts on line 4 of the file.
    EXPECT_EQ(table.records[2].line, 4);
}

TEST(Csv, TheSeparatorIsTheOneOnTheHeaderLineOutsideQuotes)
{
    EXPECT_EQ(detectCsvSeparator(u"\"Nom, usage\";Prénom;Courriel\nx"), u';');
    EXPECT_EQ(detectCsvSeparator(u"Nom,Prénom;x,y"), u',');
    EXPECT_EQ(detectCsvSeparator(u"Nom\tPrénom\tCourriel"), u'\t');
    EXPECT_EQ(detectCsvSeparator(u"Nom"), u';');
}

TEST(Csv, BlankLinesAndAMissingFinalLineEndAreFine)
{
    const CsvTable table = parseCsv("Nom;Pr\xC3\xA9nom\n\n   \nA;B");
    ASSERT_TRUE(table.ok());
    ASSERT_EQ(table.records.size(), 2);
    EXPECT_EQ(table.records[1].line, 4);
    EXPECT_EQ(fieldsOf(table, 1), (QStringList { QStringLiteral("A"), QStringLiteral("B") }));
}

TEST(Csv, OldMacLineEndsAreLineEnds)
{
    const CsvTable table = parseCsv("Nom;Pr\xC3\xA9nom\rA;B\rC;D\r");
    ASSERT_TRUE(table.ok());
    ASSERT_EQ(table.records.size(), 3);
    EXPECT_EQ(table.records[2].line, 3);
}

TEST(Csv, AnUnclosedQuoteIsReportedWhereItOpens)
{
    const CsvTable table = parseCsv("Nom;Pr\xC3\xA9nom\nA;B\nC;\"D\nE;F\n");
    ASSERT_FALSE(table.ok());
    EXPECT_EQ(table.problem->line, 3);
    EXPECT_EQ(table.problem->column, 2);
    EXPECT_TRUE(table.problem->message.contains(QStringLiteral("never closed")));
    EXPECT_TRUE(table.records.isEmpty());
}

TEST(Csv, TextAfterAClosingQuoteIsReported)
{
    const CsvTable table = parseCsv("Nom;Pr\xC3\xA9nom\n\"A\"x;B\n");
    ASSERT_FALSE(table.ok());
    EXPECT_EQ(table.problem->line, 2);
    EXPECT_EQ(table.problem->column, 1);
}

TEST(Csv, BinaryFilesAreRefused)
{
    static const char zip[] = "PK\x03\x04\x00\x00 a spreadsheet, not a CSV";
    const CsvTable table = parseCsv(QByteArray(zip, sizeof(zip) - 1));
    ASSERT_FALSE(table.ok());
    EXPECT_TRUE(table.problem->message.contains(QStringLiteral("not a text file")));
}

TEST(Csv, Utf16WithBomIsRead)
{
    const QString text = QStringLiteral("Nom\tPrénom\r\nLefèvre\tZoé\r\n");
    QByteArray bytes("\xFF\xFE");
    bytes.append(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    const CsvTable table = parseCsv(bytes);
    ASSERT_TRUE(table.ok());
    EXPECT_EQ(table.encoding, QStringLiteral("UTF-16"));
    EXPECT_EQ(table.separator, u'\t');
    EXPECT_EQ(fieldsOf(table, 1), (QStringList { QStringLiteral("Lefèvre"), QStringLiteral("Zoé") }));
}

TEST(Csv, HostileSizesAreRefusedWithoutExhaustingMemory)
{
    QByteArray wide = QByteArray(kCsvMaxFields + 5, ';');
    const CsvTable table = parseCsv(wide);
    ASSERT_FALSE(table.ok());
    EXPECT_TRUE(table.problem->message.contains(QString::number(kCsvMaxFields)));
    EXPECT_FALSE(parseCsv(QByteArray(kCsvMaxBytes + 1, 'a')).ok());
}
