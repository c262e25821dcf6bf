#include <parcours/core/BilanService.h>
#include <parcours/core/ClientService.h>
#include <parcours/core/SampleData.h>
#include <parcours/core/SessionService.h>
#include <parcours/core/Settings.h>
#include <parcours/core/WallClock.h>

#include <QList>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

/// One session of a demonstration bilan: its phase, how many working days from today, its hour and length.
struct DemoSession {
    Phase phase;
    int workingDays;
    int hour;
    int minutes;
};

/// One invented beneficiary (names chosen not to be anybody's in particular).
struct DemoPerson {
    const char16_t* lastName;
    const char16_t* firstName;
    const char16_t* email;
    const char16_t* phone;
    std::optional<Funding> funding; ///< none: a prospect, no bilan yet
    QList<DemoSession> sessions;
};

QList<DemoPerson> people()
{
    using enum Phase;
    return {
        { u"Arnaud", u"Léa", u"lea.arnaud@exemple.fr", u"06 12 34 56 01", std::nullopt, {} },
        { u"Benali", u"Karim", u"karim.benali@exemple.fr", u"06 12 34 56 02", Funding::Cpf, { { Intake, 2, 9, 60 } } },
        { u"Chevalier", u"Inès", u"ines.chevalier@exemple.fr", u"06 12 34 56 03", Funding::Cpf,
            { { Intake, -12, 11, 60 }, { Preliminary, -5, 11, 120 }, { Preliminary, 3, 11, 60 } } },
        { u"Dubois", u"Mathieu", u"mathieu.dubois@exemple.fr", u"06 12 34 56 04", Funding::Employer,
            { { Intake, -30, 14, 60 }, { Preliminary, -25, 14, 180 }, { Investigation, -15, 14, 120 },
                { Investigation, -8, 14, 120 }, { Investigation, 1, 14, 120 }, { Investigation, 6, 14, 120 } } },
        { u"Esteban", u"Camille", u"camille.esteban@exemple.fr", u"06 12 34 56 05", Funding::FranceTravail,
            { { Intake, -45, 16, 60 }, { Preliminary, -40, 9, 180 }, { Investigation, -33, 9, 150 },
                { Investigation, -26, 9, 150 }, { Investigation, -19, 9, 150 }, { Conclusion, -4, 16, 120 },
                { Conclusion, 4, 16, 120 } } },
        { u"Fournier", u"Hélène", u"helene.fournier@exemple.fr", u"06 12 34 56 06", Funding::Personal,
            { { Intake, -90, 10, 60 }, { Preliminary, -85, 10, 180 }, { Investigation, -78, 10, 150 },
                { Investigation, -71, 10, 150 }, { Conclusion, -64, 10, 180 }, { FollowUp, 40, 10, 60 } } },
    };
}

/// Today moved by a number of working days (Monday to Friday), so that no demonstration session is on a weekend.
QDate workingDay(QDate today, int offset)
{
    QDate day = today;
    const int step = offset < 0 ? -1 : 1;
    for (int moved = 0; moved != offset;) {
        day = day.addDays(step);
        if (day.dayOfWeek() <= 5)
            moved += step;
    }
    while (day.dayOfWeek() > 5)
        day = day.addDays(1);
    return day;
}

Result<void> record(Repositories& repositories, const Clock& clock, const DemoPerson& person)
{
    ClientService clients(repositories, clock);
    BilanService bilans(repositories, clock);
    SessionService sessions(repositories, clock);
    Client client;
    client.lastName = QString::fromUtf16(person.lastName);
    client.firstName = QString::fromUtf16(person.firstName);
    client.email = QString::fromUtf16(person.email);
    client.phone = QString::fromUtf16(person.phone);
    auto clientId = clients.add(client);
    if (!clientId)
        return clientId.error();
    if (!person.funding)
        return success();
    const QDate today = clock.today();
    const QDate start = person.sessions.isEmpty() ? today : workingDay(today, person.sessions.first().workingDays);
    auto bilanId = bilans.open(*clientId, *person.funding, start);
    if (!bilanId)
        return bilanId.error();
    for (const DemoSession& planned : person.sessions) {
        Session session;
        session.bilanId = *bilanId;
        session.phase = planned.phase;
        session.startsAt = wallClock(workingDay(today, planned.workingDays), QTime(planned.hour, 0));
        session.plannedMinutes = planned.minutes;
        auto sessionId = sessions.add(session);
        if (!sessionId)
            return sessionId.error();
        if (planned.workingDays < 0) {
            SessionLog done;
            done.status = SessionStatus::Done;
            if (auto logged = sessions.log(*sessionId, done); !logged)
                return logged.error();
        }
    }
    return success();
}

} // namespace

int SampleData::beneficiaryCount()
{
    return static_cast<int>(people().size());
}

Result<void> SampleData::fill(Repositories& repositories, const Clock& clock)
{
    return repositories.transact([&]() -> Result<void> {
        Settings settings(repositories.settings());
        if (settings.text(settingKeys::consultantName).isEmpty()) {
            const QList<std::pair<QStringView, QString>> identity {
                { settingKeys::consultantName, u"Consultante de démonstration"_s },
                { settingKeys::consultantTitle, u"Conseillère en bilan de compétences"_s },
                { settingKeys::consultantAddress, u"1 rue de l'Exemple\n00000 Démoville"_s },
                { settingKeys::consultantEmail, u"contact@exemple.fr"_s },
            };
            for (const auto& [key, value] : identity) {
                if (auto set = settings.setValue(key, value); !set)
                    return set;
            }
        }
        for (const DemoPerson& person : people()) {
            if (auto done = record(repositories, clock, person); !done)
                return done;
        }
        return success();
    });
}

} // namespace parcours
