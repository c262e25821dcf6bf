#pragma once

#include <parcours/core/AgendaService.h>
#include <parcours/core/Cpf.h>
#include <parcours/core/Planner.h>
#include <parcours/core/Schedule.h>

#include <QJsonArray>
#include <QJsonObject>

namespace parcours::json {

// The schedule as JSON, in the style of Json.h: snake_case keys, CLI spellings of enums, minutes as numbers.

QJsonObject sessionRecord(const SessionRecord& record);
QJsonObject notice(const SlotNotice& notice);
QJsonObject plannedSlot(const PlannedSlot& slot);
/// An agenda entry: the session (never its notes) with its beneficiary and conflicts.
QJsonObject agendaEntry(const AgendaEntry& entry);
QJsonObject agendaPeriod(const AgendaPeriod& period);
QJsonObject absence(const Absence& absence);
QJsonObject cpfDeadline(const CpfDeadline& deadline);
QJsonObject cpfDueItem(const CpfDueItem& item);

} // namespace parcours::json
