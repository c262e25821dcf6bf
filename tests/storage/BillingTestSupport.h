#pragma once

// What the billing suites share: a seller in the settings and bilans with a price, on either backend.
#include "TestDatabase.h"

#include <parcours/core/AgreementService.h>
#include <parcours/core/BilanService.h>
#include <parcours/core/BillingService.h>
#include <parcours/core/ClientService.h>
#include <parcours/core/SessionService.h>
#include <parcours/core/Settings.h>
#include <parcours/core/WallClock.h>

namespace parcours::test {

/** A store whose settings name a seller, a clock on 16 March 2026, and helpers to open priced bilans. */
class BillingStoreTest : public StoreTest {
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        setSeller(store());
        billing = std::make_unique<BillingService>(store(), clock);
    }
    static void setSeller(Repositories& repositories)
    {
        Settings settings(repositories.settings());
        ASSERT_TRUE(settings.setValue(settingKeys::consultantName, QStringLiteral("Céline Leca")).ok());
        ASSERT_TRUE(settings.setValue(settingKeys::consultantAddress, QStringLiteral("12 rue des Lilas\n69003 Lyon")).ok());
        ASSERT_TRUE(settings.setValue(settingKeys::consultantSiret, QStringLiteral("123 456 789 00011")).ok());
        ASSERT_TRUE(settings.setValue(settingKeys::consultantDeclaration, QStringLiteral("84691234569")).ok());
    }
    /// A beneficiary and their bilan, priced in cents (no price when 0), with the agreement naming the employer.
    qint64 bilan(Funding funding, qint64 priceCents, const char* lastName = "Lefèvre", const char* employer = nullptr)
    {
        return openBilan(store(), clock, funding, priceCents, lastName, employer);
    }
    static qint64 openBilan(Repositories& repositories, const Clock& clock, Funding funding, qint64 priceCents,
                            const char* lastName, const char* employer = nullptr)
    {
        Client client;
        client.lastName = QString::fromUtf8(lastName);
        client.firstName = QStringLiteral("Zoé");
        const qint64 clientId = ClientService(repositories, clock).add(client).valueOr(0);
        const qint64 bilanId = BilanService(repositories, clock).open(clientId, funding, QDate(2026, 1, 12)).valueOr(0);
        EXPECT_GT(bilanId, 0);
        AgreementService agreements(repositories, clock);
        AgreementRecord record = agreements.get(bilanId).value();
        if (priceCents > 0)
            record.priceCents = priceCents;
        if (employer)
            record.employer = QString::fromUtf8(employer);
        if (priceCents > 0 || employer) {
            EXPECT_TRUE(agreements.update(record).ok());
        }
        return bilanId;
    }
    /// A done session of the bilan on `day`, `minutes` long.
    void doneSession(qint64 bilanId, QDate day, int minutes, Phase phase = Phase::Investigation)
    {
        SessionService sessions(store(), clock);
        Session session;
        session.bilanId = bilanId;
        session.phase = phase;
        session.startsAt = wallClock(day, QTime(14, 0));
        session.plannedMinutes = minutes;
        const auto id = sessions.add(session);
        ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
        SessionLog log;
        log.actualMinutes = minutes;
        ASSERT_TRUE(sessions.log(id.value(), log).ok());
    }
    InvoiceState state(qint64 invoiceId) { return billing->invoiceState(invoiceId).value(); }

    ManualClock clock { QDateTime(QDate(2026, 3, 16), QTime(10, 0), Qt::UTC) };
    std::unique_ptr<BillingService> billing;
};

} // namespace parcours::test
