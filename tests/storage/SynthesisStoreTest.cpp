// The synthèse, the agreement and the handover receipt over a real database, on SQLite and PostgreSQL.
#include "TestDatabase.h"

#include <parcours/core/AgreementService.h>
#include <parcours/core/BilanService.h>
#include <parcours/core/ClientService.h>
#include <parcours/core/Settings.h>
#include <parcours/core/SynthesisService.h>

#include <QSignalSpy>

using namespace parcours;
using namespace parcours::test;

namespace {

class SynthesisStoreTest : public StoreTest {
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        synthesis = std::make_unique<SynthesisService>(store(), clock);
        agreements = std::make_unique<AgreementService>(store(), clock);
        Client client;
        client.lastName = QStringLiteral("Haddad");
        client.firstName = QStringLiteral("Nour");
        const qint64 clientId = ClientService(store(), clock).add(client).value();
        bilanId = BilanService(store(), clock).open(clientId, Funding::Employer, QDate(2026, 1, 12)).value();
    }
    static RichText rich(const char* text) { return RichText::fromPlainText(QString::fromUtf8(text)); }

    ManualClock clock { QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC) };
    std::unique_ptr<SynthesisService> synthesis;
    std::unique_ptr<AgreementService> agreements;
    qint64 bilanId = 0;
};

} // namespace

TEST_P(SynthesisStoreTest, AStartedSynthesisHasTheStandardSectionsAndKeepsWhatIsWritten)
{
    EXPECT_FALSE(synthesis->current(bilanId).value().has_value());
    const SynthesisVersion started = synthesis->start(bilanId).value();
    ASSERT_EQ(started.sections.size(), 8);
    RichText body;
    body.blocks << RichBlock { RichBlockType::Heading, 1, { { QStringLiteral("Attentes"), false, false } } }
                << RichBlock { RichBlockType::Bullet, 2,
                               { { QStringLiteral("Se "), false, false }, { QStringLiteral("reconvertir"), true, true } } };
    const auto written = synthesis->setSectionBody(started.id, started.version, QStringLiteral("circumstances"), body);
    ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
    const SynthesisVersion stored = synthesis->current(bilanId).value().value();
    EXPECT_EQ(stored.version, written.value());
    EXPECT_EQ(stored.section(u"circumstances")->body, body);
    EXPECT_TRUE(stored.section(u"conclusion")->body.isEmpty());
    EXPECT_EQ(stored.createdAt, clock.now());
    EXPECT_FALSE(synthesis->start(bilanId).ok());
}

TEST_P(SynthesisStoreTest, AStaleVersionIsAConflictAndChangesNothing)
{
    const SynthesisVersion started = synthesis->start(bilanId).value();
    ASSERT_TRUE(synthesis->setSectionBody(started.id, started.version, QStringLiteral("path"), rich("un")).ok());
    const auto stale = synthesis->setSectionBody(started.id, started.version, QStringLiteral("path"), rich("deux"));
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().code, ErrorCode::Conflict);
    EXPECT_EQ(synthesis->get(started.id).value().section(u"path")->body.toPlainText(), QStringLiteral("un"));
    const auto unknown = synthesis->setSectionBody(started.id, started.version + 1, QStringLiteral("nope"), rich("x"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, ErrorCode::NotFound);
}

TEST_P(SynthesisStoreTest, SectionsAreRenamedHiddenReorderedAndAdded)
{
    const SynthesisVersion started = synthesis->start(bilanId).value();
    int version = synthesis->setSectionBody(started.id, started.version, QStringLiteral("plan-b"), rich("B")).value();
    QList<SectionLayout> layout = started.layout();
    layout.move(5, 0);
    layout[0].title = QStringLiteral("Et sinon");
    layout[1].hidden = true;
    layout << SectionLayout { QStringLiteral("formation"), QStringLiteral("Formation visée"), false };
    version = synthesis->setLayout(started.id, version, layout).value();
    const SynthesisVersion stored = synthesis->get(started.id).value();
    ASSERT_EQ(stored.sections.size(), 9);
    EXPECT_EQ(stored.sections[0].key, QStringLiteral("plan-b"));
    EXPECT_EQ(stored.sections[0].title, QStringLiteral("Et sinon"));
    EXPECT_EQ(stored.sections[0].body.toPlainText(), QStringLiteral("B"));
    EXPECT_TRUE(stored.sections[1].hidden);
    EXPECT_EQ(stored.sections[8].key, QStringLiteral("formation"));
    // A standard section cannot be removed; the consultant's own can.
    QList<SectionLayout> without = stored.layout();
    without.removeFirst();
    EXPECT_EQ(synthesis->setLayout(started.id, version, without).error().code, ErrorCode::Refused);
    without = stored.layout();
    without.removeLast();
    ASSERT_TRUE(synthesis->setLayout(started.id, version, without).ok());
    EXPECT_EQ(synthesis->get(started.id).value().sections.size(), 8);
}

TEST_P(SynthesisStoreTest, TheActionPlanIsATableOfSteps)
{
    const SynthesisVersion started = synthesis->start(bilanId).value();
    const QList<PlannedAction> actions {
        { Horizon::Short, QStringLiteral("  Rencontrer   une formatrice "), QStringLiteral("AFPA Marseille"),
          QDate(2026, 4, 1) },
        { Horizon::Long, QStringLiteral("Titre professionnel FPA"), {}, {} },
    };
    ASSERT_TRUE(synthesis->setActions(started.id, started.version, actions).ok());
    const auto stored = synthesis->get(started.id).value().actions;
    ASSERT_EQ(stored.size(), 2);
    EXPECT_EQ(stored[0].step, QStringLiteral("Rencontrer une formatrice"));
    EXPECT_EQ(stored[0].targetDate, QDate(2026, 4, 1));
    EXPECT_EQ(stored[1].horizon, Horizon::Long);
    EXPECT_FALSE(stored[1].targetDate.isValid());
    const auto refused = synthesis->setActions(started.id, started.version + 1, { { Horizon::Short, {}, {}, {} } });
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(synthesis->get(started.id).value().actions.size(), 2);
}

TEST_P(SynthesisStoreTest, FromDraftToSubmittedToFinalThenANewDraft)
{
    const SynthesisVersion started = synthesis->start(bilanId).value();
    EXPECT_FALSE(synthesis->setObservations(started.id, started.version, QStringLiteral("trop tôt")).ok());
    clock.set(QDateTime(QDate(2026, 3, 9), QTime(17, 0), Qt::UTC));
    const SynthesisVersion submitted = synthesis->submit(bilanId).value();
    EXPECT_EQ(submitted.submittedAt.date(), QDate(2026, 3, 9));
    const int version = synthesis->setObservations(submitted.id, submitted.version,
                                                   QStringLiteral("Je souhaite préciser mon projet.")).value();
    ASSERT_TRUE(synthesis->setSectionBody(submitted.id, version, QStringLiteral("project"), rich("Formatrice")).ok());
    clock.set(QDateTime(QDate(2026, 3, 16), QTime(11, 0), Qt::UTC));
    const SynthesisVersion final = synthesis->finalize(bilanId).value();
    EXPECT_EQ(final.finalizedAt.date(), QDate(2026, 3, 16));

    const SynthesisVersion frozen = synthesis->get(final.id).value();
    EXPECT_EQ(frozen.status, SynthesisStatus::Final);
    EXPECT_EQ(frozen.observations, QStringLiteral("Je souhaite préciser mon projet."));
    const auto edit = synthesis->setSectionBody(frozen.id, frozen.version, QStringLiteral("project"), rich("Autre"));
    ASSERT_FALSE(edit.ok());
    EXPECT_EQ(edit.error().code, ErrorCode::Refused);
    EXPECT_FALSE(synthesis->setLayout(frozen.id, frozen.version, frozen.layout()).ok());
    EXPECT_FALSE(synthesis->finalize(bilanId).ok());
    EXPECT_EQ(synthesis->get(final.id).value().section(u"project")->body.toPlainText(), QStringLiteral("Formatrice"));

    const SynthesisVersion draft = synthesis->newDraft(bilanId).value();
    EXPECT_EQ(draft.number, 2);
    EXPECT_EQ(synthesis->current(bilanId).value()->section(u"project")->body.toPlainText(),
              QStringLiteral("Formatrice"));
    EXPECT_FALSE(synthesis->newDraft(bilanId).ok());
    const QList<SynthesisVersion> history = synthesis->history(bilanId).value();
    ASSERT_EQ(history.size(), 2);
    EXPECT_EQ(history[0].status, SynthesisStatus::Draft);
    EXPECT_EQ(history[1].status, SynthesisStatus::Final);
    EXPECT_EQ(history[1].finalizedAt.date(), QDate(2026, 3, 16));
}

TEST_P(SynthesisStoreTest, TemplatesKeepTheLayoutAndStartNewSyntheses)
{
    QList<SectionLayout> layout = SynthesisRules::standardLayout();
    layout[5].hidden = true;
    layout[0].title = QStringLiteral("Le point de départ");
    layout << SectionLayout { QStringLiteral("formation"), QStringLiteral("Formation"), false };
    const qint64 id = synthesis->saveTemplate(QStringLiteral("Mon modèle"), layout, true).value();
    const qint64 other = synthesis->saveTemplate(QStringLiteral("Court"), SynthesisRules::standardLayout(), false).value();
    const auto templates = synthesis->templates().value();
    ASSERT_EQ(templates.size(), 2);
    EXPECT_EQ(templates[1].name, QStringLiteral("Mon modèle"));
    EXPECT_TRUE(templates[1].isDefault);
    EXPECT_EQ(templates[1].sections, layout);

    const SynthesisVersion started = synthesis->start(bilanId).value();
    EXPECT_EQ(started.layout(), layout);
    // Saving under the same name replaces; a new default takes the flag.
    ASSERT_EQ(synthesis->saveTemplate(QStringLiteral("Court"), SynthesisRules::standardLayout(), true).value(), other);
    const auto again = synthesis->templates().value();
    EXPECT_EQ(std::count_if(again.begin(), again.end(), [](const auto& t) { return t.isDefault; }), 1);
    const int version = synthesis->applyTemplate(started.id, started.version, other).value();
    const SynthesisVersion applied = synthesis->get(started.id).value();
    EXPECT_EQ(applied.version, version);
    EXPECT_TRUE(applied.sections[0].title.isEmpty());
    EXPECT_EQ(applied.sections.last().key, QStringLiteral("formation"));
    EXPECT_FALSE(synthesis->saveTemplate(QStringLiteral("  "), layout, false).ok());
    ASSERT_TRUE(synthesis->removeTemplate(id).ok());
    EXPECT_EQ(synthesis->templates().value().size(), 1);
}

TEST_P(SynthesisStoreTest, ChangesAreAnnouncedForTheBilan)
{
    QSignalSpy spy(&store().events(), &StoreEvents::synthesisChanged);
    const SynthesisVersion started = synthesis->start(bilanId).value();
    ASSERT_EQ(spy.count(), 1);
    ASSERT_TRUE(synthesis->setSectionBody(started.id, started.version, QStringLiteral("path"), rich("x")).ok());
    ASSERT_EQ(spy.count(), 2);
    EXPECT_EQ(spy.last().first().toLongLong(), bilanId);
    (void)synthesis->setSectionBody(started.id, 99, QStringLiteral("path"), rich("y"));
    EXPECT_EQ(spy.count(), 2);
}

TEST_P(SynthesisStoreTest, TheAgreementIsProofWithItsDatesAndTerms)
{
    EXPECT_EQ(agreements->status(bilanId).value().state, AgreementState::NotSent);
    ASSERT_TRUE(agreements->record(bilanId, AgreementEvent::Sent, QDate(2026, 2, 16)).ok());
    EXPECT_EQ(agreements->status(bilanId).value().state, AgreementState::RefusedBySilence);
    const auto late = agreements->record(bilanId, AgreementEvent::Signed, QDate(2026, 2, 27));
    ASSERT_FALSE(late.ok());
    EXPECT_EQ(agreements->get(bilanId).value().signedOn, QDate());
    ASSERT_TRUE(agreements->record(bilanId, AgreementEvent::Sent, {}).ok());
    ASSERT_TRUE(agreements->record(bilanId, AgreementEvent::Signed, {}).ok());
    AgreementRecord record = agreements->get(bilanId).value();
    EXPECT_EQ(record.sentOn, QDate(2026, 3, 2));
    EXPECT_EQ(record.signedOn, QDate(2026, 3, 2));
    record.employer = QStringLiteral("Sud Logistique SAS\n12 quai d'Arenc\n13002 Marseille");
    record.priceCents = 180000;
    record.paymentTerms = QStringLiteral("À 30 jours, sur facture");
    ASSERT_TRUE(agreements->update(record).ok());
    const AgreementRecord stored = agreements->get(bilanId).value();
    EXPECT_EQ(stored.employer, record.employer);
    EXPECT_EQ(stored.priceCents, 180000);
    // The record read before the update is stale now.
    EXPECT_EQ(agreements->update(record).error().code, ErrorCode::Conflict);
    EXPECT_EQ(agreements->get(999).error().code, ErrorCode::NotFound);
}

TEST_P(SynthesisStoreTest, TheHandoverReceiptNeedsAFinalVersion)
{
    (void)synthesis->start(bilanId).value();
    const auto early = synthesis->recordHandover(bilanId, {});
    ASSERT_FALSE(early.ok());
    EXPECT_TRUE(early.error().message.contains(QStringLiteral("no final version")));
    (void)synthesis->finalize(bilanId).value();
    EXPECT_FALSE(synthesis->recordHandover(bilanId, QDate(2026, 3, 1)).ok());
    EXPECT_FALSE(synthesis->recordHandover(bilanId, QDate(2026, 3, 3)).ok());
    const HandoverRecord record = synthesis->recordHandover(bilanId, {}).value();
    EXPECT_EQ(record.synthesisNumber, 1);
    EXPECT_EQ(record.synthesisDate, QDate(2026, 3, 2));
    EXPECT_EQ(synthesis->handover(bilanId).value()->signedOn, QDate(2026, 3, 2));
    // Signing again (a correction) updates the same record.
    EXPECT_TRUE(synthesis->recordHandover(bilanId, {}).ok());
}

TEST_P(SynthesisStoreTest, TheLogoIsABinarySetting)
{
    Settings settings(store().settings());
    EXPECT_TRUE(settings.logo().isEmpty());
    const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(100, '\0');
    ASSERT_TRUE(settings.setLogo(png).ok());
    EXPECT_EQ(settings.logo(), png);
    EXPECT_FALSE(settings.setLogo(QByteArray("GIF89a")).ok());
    EXPECT_FALSE(settings.setLogo(QByteArray("\xff\xd8\xff", 3) + QByteArray(kMaxLogoBytes, 'x')).ok());
    EXPECT_EQ(settings.logo(), png);
    ASSERT_TRUE(settings.setLogo({}).ok());
    EXPECT_TRUE(settings.logo().isEmpty());
}

PARCOURS_ON_BOTH_BACKENDS(SynthesisStoreTest);
