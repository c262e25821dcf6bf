#include "InvestigationSample.h"

#include <parcours/core/InvestigationRules.h>

namespace parcours::test {

QByteArray samplePdfBytes()
{
    return QByteArrayLiteral("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                             "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
                             "trailer << /Root 1 0 R >>\n%%EOF\n");
}

Investigation sampleInvestigation()
{
    Investigation investigation;
    investigation.motivations.meaningOfWork = QStringLiteral("Être utile aux autres, apprendre encore.");
    investigation.motivations.idealActivity = QStringLiteral("Accompagner des personnes dans un atelier de céramique.");

    Experience bank;
    bank.id = 1;
    bank.kind = Experience::Kind::Job;
    bank.title = QStringLiteral("Conseillère clientèle");
    bank.organisation = QStringLiteral("Banque Exemple");
    bank.startDate = QDate(2012, 9, 1);
    bank.endDate = QDate(2020, 6, 30);
    bank.activities = QStringLiteral("Accueil, conseil, suivi d'un portefeuille de 400 clients.");
    bank.highs = QStringLiteral("La relation avec les clients fidèles.");
    bank.lows = QStringLiteral("Les objectifs commerciaux.");
    bank.changeReason = QStringLiteral("Perte de sens ; envie d'un métier manuel.");
    Experience cap;
    cap.id = 2;
    cap.kind = Experience::Kind::Training;
    cap.title = QStringLiteral("CAP tournage en céramique");
    cap.organisation = QStringLiteral("GRETA Exemple");
    cap.startDate = QDate(2021, 9, 1);
    cap.endDate = QDate(2022, 6, 30);
    investigation.experiences = { bank, cap };

    investigation.customDomains = { QStringLiteral("Artisanat") };
    const auto competence = [](qint64 id, const char* label, Competence::Kind kind, Competence::Domain domain,
                                QList<qint64> experiences, bool transferable) {
        Competence c;
        c.id = id;
        c.label = QString::fromUtf8(label);
        c.kind = kind;
        c.domain = domain;
        c.experienceIds = std::move(experiences);
        c.transferable = transferable;
        return c;
    };
    Competence wheel = competence(
        4, "Tournage de pièces en série", Competence::Kind::KnowHow, Competence::Domain::Custom, { 2 }, false);
    wheel.customDomain = QStringLiteral("Artisanat");
    investigation.competences = {
        competence(1, "Écoute active", Competence::Kind::Behaviour, Competence::Domain::Relational, { 1 }, true),
        competence(2, "Gestion d'un portefeuille clients", Competence::Kind::KnowHow,
            Competence::Domain::Organisational, { 1 }, true),
        competence(
            3, "Réglementation bancaire", Competence::Kind::Knowledge, Competence::Domain::Technical, { 1 }, false),
        wheel,
    };

    const auto criterion = [](const char* label, Criterion::Zone zone, int rank) {
        Criterion c;
        c.label = QString::fromUtf8(label);
        c.zone = zone;
        c.rank = rank;
        return c;
    };
    investigation.criteria = { criterion("Autonomie", Criterion::Zone::Essential, 1),
        criterion("Travail manuel", Criterion::Zone::Essential, 2),
        criterion("Salaire", Criterion::Zone::Negotiable, 1),
        criterion("Proximité du domicile", Criterion::Zone::Negotiable, 2) };

    PeerFeedback colleague;
    colleague.respondent = QStringLiteral("Inès");
    colleague.relation = PeerFeedback::Relation::Colleague;
    colleague.strengths = QStringLiteral("Patiente, rigoureuse.");
    colleague.keywords = QStringLiteral("patiente, rigoureuse, discrète");
    PeerFeedback sister;
    sister.respondent = QStringLiteral("Jeanne");
    sister.relation = PeerFeedback::Relation::Family;
    sister.vigilance = QStringLiteral("Doute beaucoup d'elle-même.");
    sister.keywords = QStringLiteral("Patiente ; créative");
    investigation.peerFeedback = { colleague, sister };

    TestResult echo;
    echo.instrument = QStringLiteral("PerformanSe Echo");
    echo.takenOn = QDate(2026, 2, 9);
    echo.summary = QStringLiteral("Besoin d'autonomie marqué, préférence pour le concret.");
    echo.file = checkReportFile(QStringLiteral("echo.pdf"), samplePdfBytes()).value();
    investigation.testResults = { echo };

    CareerOption ceramist;
    ceramist.id = 1;
    ceramist.title = QStringLiteral("Céramiste en atelier partagé");
    ceramist.desire = 5;
    ceramist.feasibility = 3;
    ceramist.favourable = { QStringLiteral("CAP obtenu"), QStringLiteral("Réseau d'artisans") };
    ceramist.unfavourable = { QStringLiteral("Revenus incertains") };
    ceramist.status = CareerOption::Status::Kept;
    CareerOption trainer;
    trainer.id = 2;
    trainer.title = QStringLiteral("Formatrice en relation client");
    trainer.desire = 3;
    trainer.feasibility = 4;
    trainer.planB = true;
    trainer.status = CareerOption::Status::Kept;
    CareerOption advisor;
    advisor.id = 3;
    advisor.title = QStringLiteral("Conseillère en agence");
    advisor.desire = 1;
    advisor.feasibility = 5;
    advisor.status = CareerOption::Status::SetAside;
    investigation.careerOptions = { ceramist, trainer, advisor };

    FieldInquiry potter;
    potter.careerOptionId = 1;
    potter.contactName = QStringLiteral("Marc Exemple");
    potter.contactRole = QStringLiteral("Céramiste");
    potter.organisation = QStringLiteral("Atelier de la Butte");
    potter.metOn = QDate(2026, 2, 20);
    potter.jobMarket = QStringLiteral("Peu d'emplois salariés ; installation à son compte.");
    investigation.fieldInquiries = { potter };

    DocumentaryResource onisep;
    onisep.title = QStringLiteral("Fiche métier céramiste");
    onisep.location = QStringLiteral("https://www.onisep.fr/");
    onisep.notes = QStringLiteral("Formations et débouchés.");
    investigation.resources = { onisep };
    return investigation;
}

} // namespace parcours::test
