#include <parcours/core/Cpf.h>

namespace parcours {

QDate cpfExitEvent(const Bilan& bilan, QDate lastSessionDone)
{
    if (bilan.endDate.isValid())
        return bilan.endDate;
    if (bilan.status != BilanStatus::Open)
        return lastSessionDone;
    return {};
}

CpfStatus cpfStatus(const Bilan& bilan, QDate firstSessionDone, QDate lastSessionDone,
    const QList<CpfDeclaration>& declarations, const HolidayCalendar& holidays)
{
    CpfStatus status;
    if (bilan.funding != Funding::Cpf)
        return status;
    auto declaredOn = [&](CpfStep step) {
        for (const CpfDeclaration& declaration : declarations) {
            if (declaration.bilanId == bilan.id && declaration.step == step)
                return declaration.declaredOn;
        }
        return QDate();
    };
    if (firstSessionDone.isValid()) {
        status.entry = CpfDeadline { CpfStep::Entry, firstSessionDone,
            holidays.addWorkingDays(firstSessionDone, kCpfDeclarationWorkingDays), declaredOn(CpfStep::Entry) };
    }
    const QDate end = cpfExitEvent(bilan, lastSessionDone);
    if (end.isValid()) {
        status.exit = CpfDeadline { CpfStep::Exit, end, holidays.addWorkingDays(end, kCpfDeclarationWorkingDays),
            declaredOn(CpfStep::Exit) };
    }
    return status;
}

} // namespace parcours
