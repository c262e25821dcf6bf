// "Insert from the investigation" reads the stored investigation: what the consultant recorded in the
// Investigation tab is what the synthèse offers to insert.
#include "TestDatabase.h"

#include <parcours/core/BilanService.h>
#include <parcours/core/ClientService.h>
#include <parcours/core/InvestigationDigest.h>
#include <parcours/core/InvestigationService.h>

using namespace parcours;
using namespace parcours::test;

namespace {

class DigestProviderTest : public StoreTest {};

} // namespace

TEST_P(DigestProviderTest, TheStoredInvestigationFeedsTheSynthesis)
{
    ManualClock clock(QDateTime(QDate(2026, 2, 2), QTime(9, 0), Qt::UTC));
    Client client;
    client.lastName = QStringLiteral("Garçon");
    client.firstName = QStringLiteral("Inès");
    const qint64 clientId = ClientService(store(), clock).add(client).value();
    const qint64 bilanId = BilanService(store(), clock).open(clientId, Funding::Cpf, QDate(2026, 1, 12)).value();

    InvestigationService investigation(store());
    StoredInvestigationDigestProvider provider(investigation);
    const auto empty = provider.digest(bilanId);
    ASSERT_TRUE(empty.ok()) << empty.error().message.toStdString();
    EXPECT_TRUE(empty->isEmpty());

    Competence listening;
    listening.bilanId = bilanId;
    listening.label = QStringLiteral("Écoute active");
    listening.kind = Competence::Kind::Behaviour;
    listening.domain = Competence::Domain::Relational;
    listening.transferable = true;
    ASSERT_TRUE(investigation.add(listening).ok());
    CareerOption option;
    option.bilanId = bilanId;
    option.title = QStringLiteral("Médiatrice familiale");
    option.status = CareerOption::Status::Kept;
    option.desire = 5;
    option.feasibility = 3;
    option.favourable = { QStringLiteral("Expérience de l'accueil") };
    option.unfavourable = { QStringLiteral("Diplôme d'État à préparer") };
    ASSERT_TRUE(investigation.add(option).ok());
    CareerOption setAside = option;
    setAside.title = QStringLiteral("Libraire");
    setAside.status = CareerOption::Status::SetAside;
    ASSERT_TRUE(investigation.add(setAside).ok());

    const auto digest = provider.digest(bilanId);
    ASSERT_TRUE(digest.ok());
    EXPECT_FALSE(digest->isEmpty());
    ASSERT_EQ(digest->keptOptions.size(), 1);
    EXPECT_EQ(digest->keptOptions.first().title, QStringLiteral("Médiatrice familiale"));
    EXPECT_EQ(digest->keptOptions.first().unfavourable, QStringList { QStringLiteral("Diplôme d'État à préparer") });
    bool found = false;
    for (const auto& domain : digest->domains)
        found = found || domain.transferable.contains(QStringLiteral("Écoute active"));
    EXPECT_TRUE(found);
    EXPECT_EQ(provider.digest(bilanId + 100).error().code, ErrorCode::NotFound);
}

PARCOURS_ON_BOTH_BACKENDS(DigestProviderTest);
