#include "SampleDocuments.h"

using namespace Qt::StringLiterals;

namespace parcours::test {

SynthesisContent sampleSynthesis()
{
    SynthesisContent content;
    BilanParties& parties = content.parties;
    parties.letterhead.name = u"Camille Exemple"_s;
    parties.letterhead.title = u"Psychologue du travail"_s;
    parties.letterhead.address = u"2 rue de l'Exemple\n13001 Marseille"_s;
    parties.letterhead.email = u"contact@example.org"_s;
    parties.letterhead.siret = u"12345678900012"_s;
    parties.letterhead.declarationNumber = u"93131234567"_s;
    parties.client.lastName = u"Lefèvre"_s;
    parties.client.firstName = u"Zoé"_s;
    parties.bilan.funding = Funding::Employer;
    parties.bilan.startDate = QDate(2026, 1, 12);
    parties.firstDay = QDate(2026, 1, 12);
    parties.lastDay = QDate(2026, 3, 16);
    content.printedOn = QDate(2026, 3, 20);

    SynthesisVersion& version = content.version;
    version.number = 1;
    version.status = SynthesisStatus::Final;
    version.finalizedAt = QDateTime(QDate(2026, 3, 16), QTime(11, 0), Qt::UTC);
    version.observations = u"Je me reconnais dans ce document."_s;
    const QStringList texts {
        u"Zoé est venue au bilan après douze ans comme assistante de direction."_s,
        u"Organiser, animer, transmettre : ses compétences clés."_s,
        u"Autonomie, utilité, sens."_s,
        u"Trois pistes explorées : formatrice, libraire, coordinatrice."_s,
        u"Formatrice pour adultes, un projet désiré et réaliste."_s,
        u"Coordinatrice pédagogique."_s,
        u"Les étapes, de la plus proche à la plus lointaine."_s,
        u"Un projet mûr."_s,
    };
    const QList<QString> keys = SynthesisRules::standardKeys();
    for (qsizetype i = 0; i < keys.size(); ++i)
        version.sections << SynthesisSection { keys.at(i), {}, false, RichText::fromPlainText(texts.at(i)) };
    version.sections[1].title = u"Parcours et compétences clés"_s;
    version.sections[3].hidden = true;
    version.sections.insert(5, SynthesisSection { u"formation"_s, u"Formation visée"_s, false,
                                                  RichText::fromPlainText(u"Titre professionnel FPA.") });
    version.actions << PlannedAction { Horizon::Short, u"Rencontrer deux formatrices"_s, u"AFPA Marseille"_s,
                                       QDate(2026, 4, 15) }
                    << PlannedAction { Horizon::Long, u"Titre professionnel FPA"_s, {}, {} };
    return content;
}

} // namespace parcours::test
