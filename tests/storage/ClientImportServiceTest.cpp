// Importing beneficiaries into a real database: all or nothing, duplicates left out, on both backends.
#include "StorageTestSupport.h"
#include "TestDatabase.h"

#include <parcours/core/ClientImportService.h>
#include <parcours/core/ClientService.h>

#include <QSignalSpy>

using namespace parcours;
using namespace parcours::test;

namespace {

class ClientImportServiceTest : public StoreTest {
protected:
    Result<ImportOutcome> import(const QByteArray& csv)
    {
        const CsvTable table = parseCsv(csv);
        return ClientImportService(store(), clock).import(table, guessImportMapping(table.records.value(0).fields));
    }
    QStringList names()
    {
        QStringList all;
        const QList<ClientSummary> clients = ClientService(store(), clock).list({}).value();
        for (const ClientSummary& client : clients)
            all << client.displayName();
        all.sort();
        return all;
    }
    ManualClock clock { QDateTime(QDate(2026, 2, 10), QTime(9, 0), Qt::UTC) };
};

const QByteArray kSpreadsheet = "Nom;Pr\xE9nom;Courriel;T\xE9l\xE9phone;Date de naissance\r\n"
                                "Lef\xE8vre;Zo\xE9;zoe@example.org;06 12 34 56 78;03/04/85\r\n"
                                "\"\xC7"
                                "elik\";\"Lo\xEF"
                                "c\";loic@example.org;;12/11/1979\r\n"
                                "Lef\xE8vre;Zo\xE9;zoe@example.org;;\r\n"; // Windows-1252, as Excel writes it

} // namespace

TEST_P(ClientImportServiceTest, NewBeneficiariesAreCreatedInFileOrderDuplicatesLeftOut)
{
    QSignalSpy changed(&store().events(), &StoreEvents::clientChanged);
    const auto imported = import(kSpreadsheet);
    ASSERT_TRUE(imported.ok()) << imported.error().message.toStdString();
    ASSERT_EQ(imported->created.size(), 2);
    EXPECT_EQ(imported->plan.count(ImportRow::Status::Duplicate), 1);
    EXPECT_EQ(names(), (QStringList { QStringLiteral("Lefèvre, Zoé"), QStringLiteral("Çelik, Loïc") }));
    const Client zoe = ClientService(store(), clock).get(imported->created.first()).value();
    EXPECT_EQ(zoe.birthDate, QDate(1985, 4, 3));
    EXPECT_EQ(zoe.phone, QStringLiteral("06 12 34 56 78"));
    EXPECT_EQ(changed.count(), 2);

    // The same file again: every line is now a duplicate of a recorded beneficiary, nothing is created twice.
    const auto again = import(kSpreadsheet);
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->created.isEmpty());
    EXPECT_EQ(again->plan.rows.first().existingId, imported->created.first());
    EXPECT_EQ(names().size(), 2);
}

TEST_P(ClientImportServiceTest, OneBadLineAndNothingIsImported)
{
    addClient(store(), QStringLiteral("Déjà"), QStringLiteral("Là"));
    const auto refused = import("Nom;Pr\xC3\xA9nom;Courriel\nA;B;a@example.org\nC;D;pas-une-adresse\nE;F;\n");
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("line 3"))) << refused.error().message.toStdString();
    EXPECT_EQ(names(), QStringList { QStringLiteral("Déjà, Là") });
}

TEST_P(ClientImportServiceTest, APreviewChangesNothing)
{
    const CsvTable table = parseCsv(kSpreadsheet);
    const auto plan = ClientImportService(store(), clock).plan(table, guessImportMapping(table.records.first().fields));
    ASSERT_TRUE(plan.ok());
    EXPECT_EQ(plan->count(ImportRow::Status::Create), 2);
    EXPECT_TRUE(names().isEmpty());
}

PARCOURS_ON_BOTH_BACKENDS(ClientImportServiceTest);
