// The investigation workspace over a real database, on both backends: round trips of every kind of record, the
// rules the service enforces with storage (plan B, ranks, links), the report file and its checksum, and the import
// that replaces everything in one transaction or nothing.
#include "Database.h"
#include "InvestigationSample.h"
#include "SqlQuery.h"
#include "TestDatabase.h"

#include <parcours/core/BilanService.h>
#include <parcours/core/ClientService.h>
#include <parcours/core/InvestigationJson.h>
#include <parcours/core/InvestigationRules.h>
#include <parcours/core/InvestigationService.h>

#include <QJsonDocument>
#include <QSignalSpy>

using namespace parcours;
using namespace parcours::test;

namespace {

class InvestigationStorageTest : public StoreTest {
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        service = std::make_unique<InvestigationService>(store());
        bilanId = newBilan(QStringLiteral("Garnier"));
    }
    qint64 newBilan(const QString& lastName)
    {
        Client client;
        client.lastName = lastName;
        client.firstName = QStringLiteral("Maëlle");
        const qint64 clientId = ClientService(store(), clock).add(client).value();
        return BilanService(store(), clock).open(clientId, Funding::Cpf, QDate(2026, 1, 12)).value();
    }
    CareerOption option(const char* title, int desire = 3, int feasibility = 3)
    {
        CareerOption o;
        o.bilanId = bilanId;
        o.title = QString::fromUtf8(title);
        o.desire = desire;
        o.feasibility = feasibility;
        return o;
    }
    Criterion criterion(const char* label, Criterion::Zone zone)
    {
        Criterion c;
        c.bilanId = bilanId;
        c.label = QString::fromUtf8(label);
        c.zone = zone;
        return c;
    }
    QStringList labels(Criterion::Zone zone)
    {
        QStringList result;
        const Investigation investigation = service->load(bilanId).value();
        for (const Criterion& c : investigation.criteria) {
            if (c.zone == zone)
                result << c.label + QLatin1Char('#') + QString::number(c.rank);
        }
        return result;
    }

    ManualClock clock { QDateTime(QDate(2026, 2, 2), QTime(9, 0), Qt::UTC) };
    std::unique_ptr<InvestigationService> service;
    qint64 bilanId = 0;
};

} // namespace

TEST_P(InvestigationStorageTest, TheSampleInvestigationComesBackAsItWasImported)
{
    const Investigation sample = sampleInvestigation();
    const auto replaced = service->replace(bilanId, sample);
    ASSERT_TRUE(replaced.ok()) << replaced.error().message.toStdString() << " " << replaced.error().field.toStdString();
    const Investigation loaded = service->loadWithFiles(bilanId).value();

    EXPECT_EQ(loaded.motivations.idealActivity, sample.motivations.idealActivity);
    ASSERT_EQ(loaded.experiences.size(), 2);
    EXPECT_EQ(loaded.experiences[0].title, QStringLiteral("Conseillère clientèle"));
    EXPECT_EQ(loaded.experiences[0].endDate, QDate(2020, 6, 30));
    EXPECT_EQ(loaded.customDomains, QStringList { QStringLiteral("Artisanat") });
    ASSERT_EQ(loaded.competences.size(), 4);
    const Competence& wheel = loaded.competences[3];
    EXPECT_EQ(wheel.domain, Competence::Domain::Custom);
    EXPECT_EQ(wheel.customDomain, QStringLiteral("Artisanat"));
    // Links point at the stored experiences, not at the sample's own ids.
    ASSERT_EQ(wheel.experienceIds.size(), 1);
    EXPECT_EQ(wheel.experienceIds[0], loaded.experiences[1].id);
    EXPECT_TRUE(loaded.competences[0].transferable);
    EXPECT_EQ(labels(Criterion::Zone::Essential),
        (QStringList { QStringLiteral("Autonomie#1"), QStringLiteral("Travail manuel#2") }));
    ASSERT_EQ(loaded.peerFeedback.size(), 2);
    EXPECT_EQ(loaded.peerFeedback[1].relation, PeerFeedback::Relation::Family);
    ASSERT_EQ(loaded.testResults.size(), 1);
    ASSERT_TRUE(loaded.testResults[0].file.has_value());
    EXPECT_EQ(loaded.testResults[0].file->content, samplePdfBytes());
    EXPECT_EQ(loaded.testResults[0].file->sha256, sha256Hex(samplePdfBytes()));
    ASSERT_EQ(loaded.careerOptions.size(), 3);
    EXPECT_EQ(loaded.careerOptions[0].favourable, sample.careerOptions[0].favourable);
    EXPECT_TRUE(loaded.careerOptions[1].planB);
    ASSERT_EQ(loaded.fieldInquiries.size(), 1);
    EXPECT_EQ(loaded.fieldInquiries[0].careerOptionId, loaded.careerOptions[0].id);
    EXPECT_EQ(loaded.resources[0].location, QStringLiteral("https://www.onisep.fr/"));

    // Exported and parsed again, it is the same document.
    const QByteArray json = QJsonDocument(investigationToJson(loaded)).toJson();
    auto parsed = parseInvestigationJson(json);
    ASSERT_TRUE(parsed.ok()) << parsed.error().field.toStdString() << ": " << parsed.error().message.toStdString();
    EXPECT_EQ(parsed->bilanId, 0); // the document names its bilan, the import decides where it goes
    parsed->bilanId = loaded.bilanId;
    EXPECT_EQ(QJsonDocument(investigationToJson(parsed.value())).toJson().toStdString(), json.toStdString());
}

TEST_P(InvestigationStorageTest, AnImportThatFailsHalfWayLeavesTheOldInvestigation)
{
    ASSERT_TRUE(service->replace(bilanId, sampleInvestigation()).ok());
    Investigation refused = sampleInvestigation();
    refused.experiences[0].title = QStringLiteral("Nouvelle expérience");
    refused.resources[0].title = QString();
    const auto invalid = service->replace(bilanId, refused);
    ASSERT_FALSE(invalid.ok());
    EXPECT_EQ(invalid.error().field, QStringLiteral("/resources/0/title"));

    // A failure deep inside the transaction, once the old records are gone and half the new ones written: the
    // options' aspects cannot be written (their table is moved away for the test).
    Database& db = store().database();
    ASSERT_TRUE(execStatement(db, QStringLiteral("ALTER TABLE career_option_aspect RENAME TO aspect_away")).ok());
    Investigation late = sampleInvestigation();
    late.experiences[0].title = QStringLiteral("Nouvelle expérience");
    EXPECT_FALSE(service->replace(bilanId, late).ok());
    ASSERT_TRUE(execStatement(db, QStringLiteral("ALTER TABLE aspect_away RENAME TO career_option_aspect")).ok());

    const Investigation kept = service->load(bilanId).value();
    ASSERT_EQ(kept.experiences.size(), 2);
    EXPECT_EQ(kept.experiences[0].title, QStringLiteral("Conseillère clientèle"));
    EXPECT_EQ(kept.competences.size(), 4);
    EXPECT_EQ(kept.testResults.size(), 1);
    EXPECT_EQ(kept.careerOptions.size(), 3);
    EXPECT_EQ(kept.careerOptions[0].favourable.size(), 2);
}

TEST_P(InvestigationStorageTest, OnlyOneOptionIsThePlanBAndTheDatabaseHoldsToIt)
{
    const qint64 first = service->add(option("Céramiste")).value();
    const qint64 second = service->add(option("Formatrice")).value();
    ASSERT_TRUE(service->setPlanB(bilanId, first).ok());
    // Marking another one through an edit is refused by the rule…
    CareerOption other = service->get<CareerOption>(second).value();
    other.planB = true;
    const auto refused = service->update(other);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("Céramiste")));
    // …and by the database if the rule were bypassed.
    EXPECT_FALSE(store().investigation().careerOptions().update(other).ok());
    // Moving the mark is one step.
    ASSERT_TRUE(service->setPlanB(bilanId, second).ok());
    EXPECT_FALSE(service->get<CareerOption>(first).value().planB);
    EXPECT_TRUE(service->get<CareerOption>(second).value().planB);
    // A set-aside option cannot be the plan B.
    CareerOption aside = service->get<CareerOption>(first).value();
    aside.status = CareerOption::Status::SetAside;
    ASSERT_TRUE(service->update(aside).ok());
    EXPECT_FALSE(service->setPlanB(bilanId, first).ok());
    // Another bilan has its own plan B.
    const qint64 otherBilan = newBilan(QStringLiteral("Roux"));
    CareerOption elsewhere = option("Libraire");
    elsewhere.bilanId = otherBilan;
    const qint64 elsewhereId = service->add(elsewhere).value();
    EXPECT_TRUE(service->setPlanB(otherBilan, elsewhereId).ok());
}

TEST_P(InvestigationStorageTest, ScoresOutsideOneToFiveAreRefusedByTheRuleAndTheDatabase)
{
    EXPECT_FALSE(service->add(option("Trop", 6, 3)).ok());
    EXPECT_FALSE(service->add(option("Trop peu", 3, 0)).ok());
    EXPECT_FALSE(store().investigation().careerOptions().add(option("Contourné", 9, 3)).ok());
    EXPECT_TRUE(service->load(bilanId).value().careerOptions.isEmpty());
}

TEST_P(InvestigationStorageTest, CriteriaMoveBetweenZonesAndTheOthersCloseUp)
{
    const qint64 autonomy = service->add(criterion("Autonomie", Criterion::Zone::Essential)).value();
    service->add(criterion("Sens", Criterion::Zone::Essential)).value();
    const qint64 salary = service->add(criterion("Salaire", Criterion::Zone::Negotiable)).value();
    ASSERT_TRUE(service->moveCriterion(salary, Criterion::Zone::Essential, 0).ok());
    EXPECT_EQ(labels(Criterion::Zone::Essential),
        (QStringList { QStringLiteral("Salaire#1"), QStringLiteral("Autonomie#2"), QStringLiteral("Sens#3") }));
    EXPECT_TRUE(labels(Criterion::Zone::Negotiable).isEmpty());

    const Criterion removed = service->get<Criterion>(autonomy).value();
    ASSERT_TRUE(service->remove<Criterion>(autonomy).ok());
    EXPECT_EQ(
        labels(Criterion::Zone::Essential), (QStringList { QStringLiteral("Salaire#1"), QStringLiteral("Sens#2") }));
    // Undo of the removal: back at its rank.
    ASSERT_TRUE(service->restore(removed).ok());
    EXPECT_EQ(labels(Criterion::Zone::Essential),
        (QStringList { QStringLiteral("Salaire#1"), QStringLiteral("Autonomie#2"), QStringLiteral("Sens#3") }));
    // A rank cannot be changed by editing.
    Criterion edited = service->get<Criterion>(salary).value();
    edited.rank = 3;
    EXPECT_FALSE(service->update(edited).ok());
}

TEST_P(InvestigationStorageTest, ACompetenceLinksOnlyToExperiencesAndDomainsOfItsBilan)
{
    ASSERT_TRUE(service->replace(bilanId, sampleInvestigation()).ok());
    const Investigation loaded = service->load(bilanId).value();
    const qint64 otherBilan = newBilan(QStringLiteral("Roux"));
    Competence stray;
    stray.bilanId = otherBilan;
    stray.label = QStringLiteral("Empruntée");
    stray.experienceIds = { loaded.experiences[0].id };
    EXPECT_EQ(service->add(stray).error().field, QStringLiteral("experience_ids"));
    stray.experienceIds.clear();
    stray.domain = Competence::Domain::Custom;
    stray.customDomain = QStringLiteral("Artisanat");
    EXPECT_EQ(service->add(stray).error().field, QStringLiteral("custom_domain"));
    // A domain in use cannot go; an unused one can.
    EXPECT_EQ(service->removeCustomDomain(bilanId, QStringLiteral("Artisanat")).error().code, ErrorCode::Refused);
    ASSERT_TRUE(service->addCustomDomain(bilanId, QStringLiteral("  Numérique ")).ok());
    EXPECT_FALSE(service->addCustomDomain(bilanId, QStringLiteral("numerique")).ok());
    EXPECT_FALSE(service->addCustomDomain(bilanId, QStringLiteral("technical")).ok());
    ASSERT_TRUE(service->removeCustomDomain(bilanId, QStringLiteral("Numérique")).ok());
    EXPECT_EQ(service->load(bilanId).value().customDomains, QStringList { QStringLiteral("Artisanat") });
}

TEST_P(InvestigationStorageTest, AReportFileIsStoredWithItsChecksumAndADamagedOneIsRefused)
{
    TestResult test;
    test.bilanId = bilanId;
    test.instrument = QStringLiteral("PerformanSe Echo");
    const qint64 id = service->add(test).value();
    EXPECT_FALSE(service->attachReport(id, QStringLiteral("echo.exe"), QByteArrayLiteral("MZ....")).ok());
    EXPECT_FALSE(service->attachReport(id, QStringLiteral("echo.pdf"), QByteArrayLiteral("not a pdf")).ok());
    EXPECT_FALSE(service->attachReport(id, QStringLiteral("echo.pdf"), QByteArray(kMaxReportFileBytes + 1, '%')).ok());
    ASSERT_TRUE(service->attachReport(id, QStringLiteral("echo.pdf"), samplePdfBytes()).ok());
    const TestResult listed = service->load(bilanId).value().testResults.first();
    ASSERT_TRUE(listed.file.has_value());
    EXPECT_TRUE(listed.file->content.isEmpty()); // lists never carry the bytes
    EXPECT_EQ(listed.file->size, samplePdfBytes().size());
    EXPECT_EQ(service->reportFile(id).value().content, samplePdfBytes());

    SqlQuery damage(store().database(), QStringLiteral("UPDATE test_report_file SET sha256 = :sha"));
    ASSERT_TRUE(damage.bind(QStringLiteral(":sha"), QString(64, QLatin1Char('0'))).exec().ok());
    const auto refused = service->reportFile(id);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("damaged")));

    ASSERT_TRUE(service->setReport(id, std::nullopt).ok());
    EXPECT_FALSE(service->load(bilanId).value().testResults.first().file.has_value());
}

TEST_P(InvestigationStorageTest, EditsCheckTheVersionAndAnnounceTheBilanAfterCommit)
{
    Experience experience;
    experience.bilanId = bilanId;
    experience.title = QStringLiteral("Vendeuse");
    QSignalSpy changed(&store().events(), &StoreEvents::investigationChanged);
    const qint64 id = service->add(experience).value();
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.first().first().toLongLong(), bilanId);
    Experience stale = service->get<Experience>(id).value();
    Experience fresh = stale;
    fresh.title = QStringLiteral("Vendeuse en librairie");
    ASSERT_TRUE(service->update(fresh).ok());
    stale.title = QStringLiteral("Autre");
    EXPECT_EQ(service->update(stale).error().code, ErrorCode::Conflict);

    Motivations motivations;
    motivations.bilanId = bilanId;
    motivations.meaningOfWork = QStringLiteral("Transmettre");
    ASSERT_TRUE(service->setMotivations(motivations).ok());
    EXPECT_EQ(service->setMotivations(motivations).error().code, ErrorCode::Conflict); // version 0 again
    motivations = service->motivations(bilanId).value();
    motivations.idealActivity = QStringLiteral("Atelier");
    ASSERT_TRUE(service->setMotivations(motivations).ok());
    EXPECT_EQ(service->motivations(bilanId).value().idealActivity, QStringLiteral("Atelier"));

    const Experience removed = service->get<Experience>(id).value();
    ASSERT_TRUE(service->remove<Experience>(id).ok());
    EXPECT_EQ(service->get<Experience>(id).error().code, ErrorCode::NotFound);
    ASSERT_TRUE(service->restore(removed).ok());
    EXPECT_EQ(service->get<Experience>(id).value().title, QStringLiteral("Vendeuse en librairie"));
}

PARCOURS_ON_BOTH_BACKENDS(InvestigationStorageTest);
