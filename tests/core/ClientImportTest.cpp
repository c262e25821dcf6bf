// Planning an import of beneficiaries: headers, dates, checks with line and column, duplicates.
#include <parcours/core/ClientImport.h>

#include <gtest/gtest.h>

using namespace parcours;

namespace {

const QDate kToday(2026, 2, 10);

ImportPlan planOf(const QByteArray& csv, const QList<ExistingClient>& existing = {})
{
    const CsvTable table = parseCsv(csv);
    const QList<ImportField> mapping
        = table.records.isEmpty() ? QList<ImportField>() : guessImportMapping(table.records.first().fields);
    return planClientImport(table, mapping, existing, kToday);
}

} // namespace

TEST(ClientImport, TheUsualFrenchHeadersAreRecognised)
{
    const QStringList headers { QStringLiteral("NOM"), QStringLiteral("Prénom"), QStringLiteral("Courriel"),
        QStringLiteral("E-mail"), QStringLiteral("Tél. portable"), QStringLiteral("Né(e) le"),
        QStringLiteral("Ville") };
    const QList<ImportField> mapping = guessImportMapping(headers);
    EXPECT_EQ(mapping,
        (QList<ImportField> { ImportField::LastName, ImportField::FirstName, ImportField::Email, ImportField::Ignored,
            ImportField::Phone, ImportField::BirthDate, ImportField::Ignored }));
    EXPECT_EQ(guessImportField(u"Date de naissance"), ImportField::BirthDate);
    EXPECT_EQ(guessImportField(u"Adresse électronique"), ImportField::Email);
    EXPECT_EQ(guessImportField(u" téléphone "), ImportField::Phone);
    EXPECT_EQ(guessImportField(u"Last name"), ImportField::LastName);
}

TEST(ClientImport, DatesAsFrenchSpreadsheetsWriteThem)
{
    EXPECT_EQ(parseSpreadsheetDate(u"03/04/1985", kToday), QDate(1985, 4, 3));
    EXPECT_EQ(parseSpreadsheetDate(u"3/4/1985", kToday), QDate(1985, 4, 3));
    EXPECT_EQ(parseSpreadsheetDate(u"03.04.1985", kToday), QDate(1985, 4, 3));
    EXPECT_EQ(parseSpreadsheetDate(u"1985-04-03", kToday), QDate(1985, 4, 3));
    EXPECT_EQ(parseSpreadsheetDate(u"03/04/1985 00:00:00", kToday), QDate(1985, 4, 3));
    EXPECT_EQ(parseSpreadsheetDate(u"31/02/1985", kToday), std::nullopt);
    EXPECT_EQ(parseSpreadsheetDate(u"04/03/85x", kToday), std::nullopt);
    EXPECT_EQ(parseSpreadsheetDate(u"", kToday), std::nullopt);
}

TEST(ClientImport, ATwoDigitYearNeverLandsInTheFuture)
{
    EXPECT_EQ(parseSpreadsheetDate(u"03/04/85", kToday), QDate(1985, 4, 3));
    EXPECT_EQ(parseSpreadsheetDate(u"03/04/05", kToday), QDate(2005, 4, 3));
    EXPECT_EQ(parseSpreadsheetDate(u"10/02/26", kToday), QDate(2026, 2, 10)); // today is not the future
    EXPECT_EQ(parseSpreadsheetDate(u"11/02/26", kToday), QDate(1926, 2, 11));
    EXPECT_EQ(parseSpreadsheetDate(u"29/02/00", kToday), QDate(2000, 2, 29));
}

TEST(ClientImport, EveryLineBecomesABeneficiaryTidiedAndDated)
{
    const ImportPlan plan = planOf("Nom;Pr\xC3\xA9nom;Courriel;T\xC3\xA9l\xC3\xA9phone;Date de naissance;Ville\r\n"
                                   "  Lef\xC3\xA8vre ; Zo\xC3\xA9 ;zoe@example.org;06 12 34 56 78;03/04/85;Lyon\r\n"
                                   "Martin;Anne;;;;\r\n");
    ASSERT_TRUE(plan.ok()) << plan.problems.first().message.toStdString();
    ASSERT_EQ(plan.rows.size(), 2);
    const Client& zoe = plan.rows[0].client;
    EXPECT_EQ(zoe.lastName, QStringLiteral("Lefèvre"));
    EXPECT_EQ(zoe.firstName, QStringLiteral("Zoé"));
    EXPECT_EQ(zoe.phone, QStringLiteral("06 12 34 56 78"));
    EXPECT_EQ(zoe.birthDate, QDate(1985, 4, 3));
    EXPECT_EQ(plan.rows[0].line, 2);
    EXPECT_EQ(plan.rows[1].line, 3);
    EXPECT_EQ(plan.count(ImportRow::Status::Create), 2);
}

TEST(ClientImport, ProblemsNameTheLineAndTheColumn)
{
    const ImportPlan plan = planOf("Nom;Pr\xC3\xA9nom;Courriel;Date de naissance\n"
                                   "Lef\xC3\xA8vre;Zo\xC3\xA9;zoe@example.org;03/04/1985\n"
                                   ";Paul;paul@example;31/02/1990\n");
    ASSERT_FALSE(plan.ok());
    ASSERT_EQ(plan.problems.size(), 3);
    EXPECT_EQ(plan.problems[0].line, 3);
    EXPECT_EQ(plan.problems[0].column, 4);
    EXPECT_EQ(plan.problems[0].columnName, QStringLiteral("Date de naissance"));
    const auto columnOf = [&](int column) {
        return std::any_of(plan.problems.begin(), plan.problems.end(),
            [&](const CsvProblem& problem) { return problem.column == column && problem.line == 3; });
    };
    EXPECT_TRUE(columnOf(1)); // the last name is required
    EXPECT_TRUE(columnOf(3)); // the e-mail address is not valid
    EXPECT_EQ(plan.rows[1].status, ImportRow::Status::Invalid);
}

TEST(ClientImport, ABirthDateInTheFutureIsAProblem)
{
    const ImportPlan plan = planOf("Nom;Pr\xC3\xA9nom;Date de naissance\nA;B;01/01/2030\n");
    ASSERT_EQ(plan.problems.size(), 1);
    EXPECT_EQ(plan.problems[0].column, 3);
}

TEST(ClientImport, TheMappingNeedsANameAndNoFieldTwice)
{
    const CsvTable table = parseCsv("Nom;Autre;Courriel\nA;B;c@example.org\n");
    const ImportPlan missing = planClientImport(table, guessImportMapping(table.records[0].fields), {}, kToday);
    ASSERT_EQ(missing.problems.size(), 1);
    EXPECT_EQ(missing.problems[0].line, 1);
    EXPECT_TRUE(missing.problems[0].message.contains(QStringLiteral("First name")));
    EXPECT_TRUE(missing.rows.isEmpty());

    const ImportPlan twice
        = planClientImport(table, { ImportField::LastName, ImportField::LastName, ImportField::FirstName }, {}, kToday);
    ASSERT_EQ(twice.problems.size(), 1);
    EXPECT_EQ(twice.problems[0].column, 2);

    const ImportPlan chosen
        = planClientImport(table, { ImportField::LastName, ImportField::FirstName, ImportField::Email }, {}, kToday);
    EXPECT_TRUE(chosen.ok());
    EXPECT_EQ(chosen.rows.value(0).client.firstName, QStringLiteral("B"));
}

TEST(ClientImport, DuplicatesOfRecordedBeneficiariesAndOfEarlierLinesAreShownNotCreated)
{
    const QList<ExistingClient> existing { { 12, QStringLiteral("Lefèvre"), QStringLiteral("Zoé"),
        QStringLiteral("zoe@example.org") } };
    const ImportPlan plan = planOf("Nom;Pr\xC3\xA9nom;Courriel\n"
                                   "LEFEVRE;zoe;ZOE@example.org\n"
                                   "Martin;Anne;anne@example.org\n"
                                   "Martin;Anne;anne@example.org\n"
                                   "Martin;Anne;autre@example.org\n",
        existing);
    ASSERT_TRUE(plan.ok());
    ASSERT_EQ(plan.rows.size(), 4);
    EXPECT_EQ(plan.rows[0].status, ImportRow::Status::Duplicate);
    EXPECT_EQ(plan.rows[0].existingId, 12);
    EXPECT_EQ(plan.rows[1].status, ImportRow::Status::Create);
    EXPECT_EQ(plan.rows[2].status, ImportRow::Status::Duplicate);
    EXPECT_EQ(plan.rows[2].sameAsLine, 3);
    EXPECT_EQ(plan.rows[3].status, ImportRow::Status::Create); // same name, another e-mail: another person
    EXPECT_EQ(plan.count(ImportRow::Status::Duplicate), 2);
}

TEST(ClientImport, ExtraCellsBeyondTheHeaderAreAProblemUnlessEmpty)
{
    EXPECT_TRUE(planOf("Nom;Pr\xC3\xA9nom\nA;B;;\n").ok());
    const ImportPlan plan = planOf("Nom,Pr\xC3\xA9nom\nDupont, Martin,Anne\n");
    ASSERT_FALSE(plan.ok());
    EXPECT_EQ(plan.problems[0].column, 3);
}

TEST(ClientImport, EmptyFilesAndHeaderOnlyFilesAreExplained)
{
    EXPECT_FALSE(planOf("").ok());
    const ImportPlan headerOnly = planOf("Nom;Pr\xC3\xA9nom\r\n");
    ASSERT_FALSE(headerOnly.ok());
    EXPECT_TRUE(headerOnly.problems[0].message.contains(QStringLiteral("no beneficiary")));
}
