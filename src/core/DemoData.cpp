#include <parcours/core/DemoData.h>
#include <parcours/core/Text.h>
#include <parcours/core/WallClock.h>

#include <array>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

// Invented names: common French words and first names, combined at random, so nobody real is described.
constexpr std::array kLastNames {
    u"Lefèvre", u"Dupré", u"Bérenger", u"Gauthier", u"Mercier", u"Lemaître", u"Chevalier", u"Rousseau",
    u"Fontaine", u"Hébert", u"Ménard", u"Boucher", u"Lévêque", u"Delœil", u"d'Aubigné", u"L'Hôtelier",
    u"Le Goff", u"de La Tourelle", u"Saint-Éloi", u"Garnier", u"Benoît", u"Pélissier", u"Castagné", u"Thévenin",
    u"Morel", u"Girard", u"Brûlé", u"Leroux", u"Faure", u"André", u"Noël", u"Carré", u"Lacôte", u"Prévost",
    u"Renaud", u"Perrot", u"Dumoulin", u"Maréchal", u"Aubert", u"Cléments", u"Roché", u"Vézina", u"Guérin",
    u"Lagrange", u"Besançon", u"Étienne", u"Ollivier", u"Marchand", u"Texier", u"O'Brennan", u"Bouvier",
    u"Colin", u"Lemoine", u"Dufour", u"Barthélemy", u"Jourdain", u"Vasseur", u"Rivière", u"Chauvin", u"Brochard",
};
constexpr std::array kFirstNames {
    u"Éloïse", u"Zoé", u"Hélène", u"Jean-Baptiste", u"Anaïs", u"Gaëlle", u"Chloé", u"Noémie", u"Loïc",
    u"Jérôme", u"François", u"Cécile", u"Béatrice", u"Maël", u"Inès", u"Léa", u"Théo", u"Raphaël", u"Agnès",
    u"Pierre-Émile", u"Marie-Hélène", u"Joël", u"Sébastien", u"Émilie", u"Océane", u"Clément", u"Laëtitia",
    u"Jérémie", u"Estelle", u"Amélie", u"Benoît", u"Frédéric", u"Mathéo", u"Lucie", u"Hugo", u"Camille",
    u"Aurélien", u"Solène", u"Margaux", u"Irène", u"Thérèse", u"Anne-Sophie", u"Valérie", u"Ludovic", u"Yannick",
    u"Rémi", u"Séverine", u"Gérard", u"Nadège", u"Mélanie", u"Baptiste", u"Maëlys", u"Lou", u"Noé",
};
constexpr std::array kDomains { u"exemple.fr", u"courriel.test", u"messagerie.invalid", u"demo.parcours.test" };
constexpr std::array kNotes {
    u"Échange sur le parcours professionnel et les attentes du bilan.",
    u"Retour sur les tests d'intérêts : goût marqué pour le conseil et la transmission.",
    u"Préparation des enquêtes métier ; deux contacts identifiés.",
    u"Point sur le projet principal et la piste de repli.",
    u"Restitution de la synthèse ; le plan d'action est validé.",
};

QString emailName(const QString& text)
{
    QString name;
    for (QChar c : foldForSearch(text)) {
        if (c.isLetterOrNumber())
            name += c;
        else if (c == u' ' || c == u'-' || c == u'\'')
            name += u'-';
    }
    return name;
}

} // namespace

DemoGenerator::DemoGenerator(quint64 seed, QDate today)
    : m_state(seed)
    , m_today(today)
{
}

quint64 DemoGenerator::random()
{
    // SplitMix64: tiny, fast and the same on every platform (std distributions are not).
    quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

DemoBeneficiary DemoGenerator::next()
{
    ++m_count;
    DemoBeneficiary person;
    Client& client = person.client;
    client.lastName = pick(kLastNames);
    if (below(6) == 0)
        client.lastName += u'-' + pick(kLastNames);
    client.firstName = pick(kFirstNames);
    client.email = emailName(client.firstName) + u'.' + emailName(client.lastName) + QString::number(m_count)
        + u'@' + pick(kDomains);
    if (below(10) != 0) {
        client.phone = u"0%1 %2 %3 %4 %5"_s.arg(6 + below(2))
                           .arg(below(100), 2, 10, QChar(u'0'))
                           .arg(below(100), 2, 10, QChar(u'0'))
                           .arg(below(100), 2, 10, QChar(u'0'))
                           .arg(below(100), 2, 10, QChar(u'0'));
    }
    if (below(3) != 0)
        client.birthDate = QDate(1960, 1, 1).addDays(below(365 * 42));

    // Ten years of practice: the first contact anywhere in them; a bilan starts a few weeks later.
    const QDate contact = m_today.addDays(-below(3650));
    client.createdAt = wallClock(contact, QTime(9 + below(9), 0));
    const int kind = below(20);
    if (kind == 0)
        return person; // a prospect, no bilan yet
    const int bilanCount = kind <= 3 ? 2 : 1; // some come back for a second bilan years later
    QDate start = contact.addDays(7 + below(30));
    for (int index = 0; index < bilanCount; ++index) {
        DemoBilan demo;
        Bilan& bilan = demo.bilan;
        bilan.funding = kAllFundings[below(kAllFundings.size())];
        bilan.startDate = start;
        bilan.createdAt = wallClock(start.addDays(-7), QTime(10, 0));
        const bool last = index == bilanCount - 1;
        const QDate planEnd = start.addDays(180);
        if (last && planEnd >= m_today) {
            bilan.status = BilanStatus::Open;
        } else {
            bilan.status = below(12) == 0 ? BilanStatus::Abandoned : BilanStatus::Closed;
            bilan.endDate = bilan.status == BilanStatus::Closed ? planEnd : start.addDays(20);
        }
        demo.sessions = sessionsFor(bilan);
        // A well-kept centre declares CPF entries and exits on time (EDOF), so few are left due.
        if (bilan.funding == Funding::Cpf && bilan.startDate <= m_today)
            demo.cpfEntry = bilan.startDate;
        if (bilan.funding == Funding::Cpf && bilan.status != BilanStatus::Open)
            demo.cpfExit = bilan.endDate;
        demo.withInvestigation = below(10) == 0;
        demo.withSynthesis = bilan.status != BilanStatus::Abandoned && below(10) == 0;
        person.bilans << demo;
        start = planEnd.addDays(400 + below(300));
        if (start >= m_today)
            break;
    }
    return person;
}

QList<Session> DemoGenerator::sessionsFor(const Bilan& bilan)
{
    // Nine sessions: intake, préliminaire, four of investigation, conclusion over eight weeks, two follow-ups;
    // what lies in the past is done (now and then missed or cancelled), the rest is planned.
    struct Step {
        Phase phase;
        int minutes;
        int day;
    };
    static constexpr std::array kSteps { Step { Phase::Intake, 60, 0 },          Step { Phase::Preliminary, 180, 7 },
                                         Step { Phase::Investigation, 240, 14 }, Step { Phase::Investigation, 240, 21 },
                                         Step { Phase::Investigation, 270, 35 }, Step { Phase::Investigation, 270, 42 },
                                         Step { Phase::Conclusion, 240, 56 },    Step { Phase::FollowUp, 30, 70 },
                                         Step { Phase::FollowUp, 30, 180 } };
    QList<Session> sessions;
    const QTime time(9 + below(8), below(2) * 30);
    for (const Step& step : kSteps) {
        QDate day = bilan.startDate.addDays(step.day);
        if (day.dayOfWeek() > 5)
            day = day.addDays(8 - day.dayOfWeek());
        if (bilan.status == BilanStatus::Abandoned && day > bilan.endDate)
            break;
        Session session;
        session.phase = step.phase;
        session.startsAt = wallClock(day, time);
        session.plannedMinutes = step.minutes;
        if (day < m_today) {
            const int roll = below(40);
            session.status = roll == 0 ? SessionStatus::NoShow
                : roll == 1           ? SessionStatus::Cancelled
                                      : SessionStatus::Done;
            if (session.status == SessionStatus::Done) {
                session.actualMinutes = step.minutes;
                if (below(4) == 0)
                    session.notes = pick(kNotes);
            }
        }
        sessions << session;
    }
    return sessions;
}

} // namespace parcours
