#include <parcours/core/Bpf.h>

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <map>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

/// The income lines of frame C a bilan provider may fill, in the form's order.
const QList<FunderKind>& incomeOrder()
{
    static const QList<FunderKind> order { FunderKind::Employer, FunderKind::Cpf, FunderKind::Opco,
                                           FunderKind::FranceTravail, FunderKind::Personal, FunderKind::Other };
    return order;
}

BpfPeopleLine traineeLine(std::optional<TraineeStatus> status)
{
    if (!status)
        return { u"F-1?"_s, QT_TRANSLATE_NOOP("Bpf", "Not classified: the trainee's status is missing") };
    switch (*status) {
    case TraineeStatus::Employee:
        return { u"F-1a"_s, QT_TRANSLATE_NOOP("Bpf", "Employees of private employers (apprentices excluded)") };
    case TraineeStatus::JobSeeker:
        return { u"F-1c"_s, QT_TRANSLATE_NOOP("Bpf", "Job seekers") };
    case TraineeStatus::Individual:
        return { u"F-1d"_s, QT_TRANSLATE_NOOP("Bpf", "Individuals at their own expense") };
    case TraineeStatus::Other:
        break;
    }
    return { u"F-1e"_s, QT_TRANSLATE_NOOP("Bpf", "Other trainees") };
}

} // namespace

BpfIncomeLine bpfIncomeLine(FunderKind funder)
{
    switch (funder) {
    case FunderKind::Employer:
        return { u"C-1"_s, QT_TRANSLATE_NOOP("Bpf", "Companies, for the training of their employees") };
    case FunderKind::Cpf:
        return { u"C-2e"_s, QT_TRANSLATE_NOOP("Bpf", "Funds managers: personal training account (CPF)") };
    case FunderKind::Opco:
        return { u"C-2h"_s,
                 QT_TRANSLATE_NOOP("Bpf", "Funds managers (OPCO): skills development plan or other schemes") };
    case FunderKind::FranceTravail:
        return { u"C-7"_s, QT_TRANSLATE_NOOP("Bpf", "France Travail (formerly Pôle emploi)") };
    case FunderKind::Personal:
        return { u"C-9"_s, QT_TRANSLATE_NOOP("Bpf", "Contracts with individuals at their own expense") };
    case FunderKind::Other:
        break;
    }
    return { u"C-11"_s, QT_TRANSLATE_NOOP("Bpf", "Other income from vocational training") };
}

BpfFigures computeBpf(const BpfInput& input)
{
    BpfFigures figures;
    figures.year = input.year;

    std::map<FunderKind, qint64> income;
    for (const BpfDocument& document : input.documents) {
        if (!input.year.contains(document.issuedOn))
            continue;
        income[document.funder] += document.signedCents;
        figures.totalCents += document.signedCents;
    }
    for (FunderKind funder : incomeOrder()) {
        BpfIncomeLine line = bpfIncomeLine(funder);
        line.cents = income.contains(funder) ? income.at(funder) : 0;
        figures.income << line;
    }

    QHash<qint64, const BpfBilan*> bilans;
    for (const BpfBilan& bilan : input.bilans)
        bilans.insert(bilan.bilanId, &bilan);
    // A beneficiary counts once, under the status of their bilan (the latest when they had two in the year).
    std::map<qint64, std::pair<qint64, int>> byClient; // client → (bilan, minutes)
    QSet<qint64> bilansInYear;
    for (const BpfSession& session : input.sessions) {
        if (!input.year.contains(session.day) || session.minutes <= 0)
            continue;
        auto& [bilanId, minutes] = byClient[session.clientId];
        bilanId = std::max(bilanId, session.bilanId);
        minutes += session.minutes;
        bilansInYear.insert(session.bilanId);
        figures.trainers.minutes += session.minutes;
    }
    figures.trainers.code = u"E"_s;
    figures.trainers.label = QT_TRANSLATE_NOOP("Bpf", "Persons of the organisation who gave the sessions (the consultant)");
    figures.trainers.people = figures.trainers.minutes > 0 ? 1 : 0;
    figures.bilans = { u"F-3f"_s, QT_TRANSLATE_NOOP("Bpf", "Bilans de compétences"), 0, 0 };

    QList<BpfPeopleLine> lines;
    for (std::optional<TraineeStatus> status : { std::optional(TraineeStatus::Employee),
                                                 std::optional(TraineeStatus::JobSeeker),
                                                 std::optional(TraineeStatus::Individual),
                                                 std::optional(TraineeStatus::Other) })
        lines << traineeLine(status);
    BpfPeopleLine unclassified = traineeLine(std::nullopt);
    for (const auto& [clientId, counted] : byClient) {
        const BpfBilan* bilan = bilans.value(counted.first);
        const std::optional<TraineeStatus> status = bilan ? bilan->status : std::nullopt;
        BpfPeopleLine* line = &unclassified;
        if (status) {
            const QString code = traineeLine(status).code;
            line = &*std::find_if(lines.begin(), lines.end(), [&](const BpfPeopleLine& l) { return l.code == code; });
        }
        ++line->people;
        line->minutes += counted.second;
        ++figures.bilans.people;
        figures.bilans.minutes += counted.second;
    }
    figures.trainees = lines;
    if (unclassified.people > 0)
        figures.trainees << unclassified;

    if (input.siret.trimmed().isEmpty())
        figures.gaps.append({ 0, QT_TRANSLATE_NOOP("Bpf", "The SIRET number is not in the settings (frame A)."), {} });
    if (input.declarationNumber.trimmed().isEmpty()) {
        figures.gaps.append({ 0,
                              QT_TRANSLATE_NOOP("Bpf", "The training provider declaration number is not in the "
                                                       "settings (frame A)."),
                              {} });
    }
    QList<qint64> ordered(bilansInYear.begin(), bilansInYear.end());
    std::sort(ordered.begin(), ordered.end());
    for (qint64 bilanId : std::as_const(ordered)) {
        const BpfBilan* bilan = bilans.value(bilanId);
        const QString who = bilan ? bilan->beneficiary : QString::number(bilanId);
        if (!bilan || !bilan->status) {
            figures.gaps.append({ bilanId,
                                  QT_TRANSLATE_NOOP("Bpf", "Bilan of %1: the beneficiary's status (employee, job "
                                                           "seeker, individual…) is not recorded (frame F-1)."),
                                  who });
        }
        if (!bilan || !bilan->invoiced) {
            figures.gaps.append({ bilanId,
                                  QT_TRANSLATE_NOOP("Bpf", "Bilan of %1: sessions in the year but no invoice, so its "
                                                           "income is missing from frame C."),
                                  who });
        }
    }
    return figures;
}

} // namespace parcours
