#include "PersonFixture.h"
#include "InvestigationSample.h"

#include <parcours/core/AgreementService.h>
#include <parcours/core/BilanEndService.h>
#include <parcours/core/BillingService.h>
#include <parcours/core/BilanService.h>
#include <parcours/core/ClientService.h>
#include <parcours/core/FollowUpService.h>
#include <parcours/core/InvestigationService.h>
#include <parcours/core/QualityService.h>
#include <parcours/core/RetentionService.h>
#include <parcours/core/SessionService.h>
#include <parcours/core/Settings.h>
#include <parcours/core/SynthesisService.h>
#include <parcours/core/WallClock.h>

#include <QFile>

#include <gtest/gtest.h>

namespace parcours::test {

FilledPerson fillPerson(Store& store, const Clock& clock, const QString& lastName)
{
    FilledPerson person;
    Client client;
    client.lastName = lastName;
    client.firstName = QStringLiteral("Anaïs");
    client.email = QStringLiteral("anais.morvan@example.org");
    client.phone = QStringLiteral("06 12 34 56 78");
    client.birthDate = QDate(1984, 7, 14);
    person.clientId = ClientService(store, clock).add(client).value();
    person.bilanId = BilanService(store, clock).open(person.clientId, Funding::Personal, QDate(2026, 3, 2)).value();
    SessionService sessions(store, clock);
    Session session;
    session.bilanId = person.bilanId;
    session.phase = Phase::Preliminary;
    session.startsAt = wallClock(QDate(2026, 3, 2), QTime(10, 0));
    session.plannedMinutes = 120;
    person.sessionId = sessions.add(session).value();
    EXPECT_TRUE(sessions.log(person.sessionId, SessionLog { SessionStatus::Done, 120, QStringLiteral("Note : ") + kPersonMarker })
                    .ok());
    Investigation investigation = sampleInvestigation();
    investigation.motivations.meaningOfWork = QStringLiteral("Sens : ") + kPersonMarker;
    auto replaced = InvestigationService(store).replace(person.bilanId, investigation);
    EXPECT_TRUE(replaced.ok()) << replaced.error().message.toStdString();
    SynthesisService syntheses(store, clock);
    const SynthesisVersion version = syntheses.currentOrStart(person.bilanId).value();
    EXPECT_TRUE(syntheses
                    .setSectionBody(version.id, version.version, QStringLiteral("circumstances"),
                        RichText::fromPlainText(QStringLiteral("Synthèse ") + kPersonMarker))
                    .ok());
    EXPECT_TRUE(BilanEndService(store, clock).close(person.bilanId, QDate(2026, 3, 20)).ok());
    FollowUpChange change;
    change.notes = QStringLiteral("Suivi : ") + kPersonMarker;
    auto followed = FollowUpService(store, clock).apply(person.bilanId, change);
    EXPECT_TRUE(followed.ok()) << followed.error().message.toStdString();
    auto evaluated = QualityService(store, clock)
                         .recordEvaluation(person.bilanId, EvaluationKind::End,
                             { { QStringLiteral("q1"), 5 }, { QStringLiteral("q2"), 4 } },
                             QStringLiteral("Avis : ") + kPersonMarker, QDate(2026, 3, 20));
    EXPECT_TRUE(evaluated.ok()) << evaluated.error().message.toStdString();
    RetentionService retention(store, clock);
    EXPECT_TRUE(retention.recordContact(ClientContact { 0, person.clientId, ContactKind::Call, QDate(2026, 3, 21) }).ok());
    RetentionConsent consent;
    consent.bilanId = person.bilanId;
    consent.content = ContentKind::Synthesis;
    consent.signedOn = QDate(2026, 3, 20);
    consent.scope = QStringLiteral("Pour le suivi");
    consent.keepUntil = QDate(2026, 9, 20);
    EXPECT_TRUE(retention.recordConsent(consent).ok());
    return person;
}

qint64 invoicePerson(Store& store, const Clock& clock, const FilledPerson& person)
{
    Settings settings(store.settings());
    EXPECT_TRUE(settings.setValue(settingKeys::consultantName, QStringLiteral("Céline Leca")).ok());
    EXPECT_TRUE(settings.setValue(settingKeys::consultantAddress, QStringLiteral("12 rue des Lilas\n69003 Lyon")).ok());
    EXPECT_TRUE(settings.setValue(settingKeys::consultantSiret, QStringLiteral("123 456 789 00011")).ok());
    EXPECT_TRUE(settings.setValue(settingKeys::consultantDeclaration, QStringLiteral("84691234569")).ok());
    AgreementService agreements(store, clock);
    AgreementRecord record = agreements.get(person.bilanId).value();
    record.priceCents = 180000;
    EXPECT_TRUE(agreements.update(record).ok());
    BillingService billing(store, clock);
    auto invoices = billing.invoice(person.bilanId);
    EXPECT_TRUE(invoices.ok()) << invoices.error().message.toStdString();
    if (!invoices.ok() || invoices->isEmpty())
        return 0;
    Payment payment;
    payment.invoiceId = invoices->first();
    payment.paidOn = QDate(2026, 3, 25);
    payment.amountCents = 50000;
    payment.reference = QStringLiteral("VIR-42");
    EXPECT_TRUE(billing.addPayment(payment).ok());
    return invoices->first();
}

QByteArray bytesOfFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool sqliteFilesHold(const QString& databasePath, const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    return bytesOfFile(databasePath).contains(bytes) || bytesOfFile(databasePath + QStringLiteral("-wal")).contains(bytes);
}

} // namespace parcours::test
