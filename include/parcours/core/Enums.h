#pragma once

#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace parcours {

/** The five phases of a bilan, in order (R6313-4 names the middle three; the other two frame it). */
enum class Phase { Intake, Preliminary, Investigation, Conclusion, FollowUp };
inline constexpr std::array kAllPhases { Phase::Intake, Phase::Preliminary, Phase::Investigation,
                                         Phase::Conclusion, Phase::FollowUp };

/** Where a bilan stands as a whole. */
enum class BilanStatus { Open, Closed, Abandoned };
inline constexpr std::array kAllBilanStatuses { BilanStatus::Open, BilanStatus::Closed, BilanStatus::Abandoned };

/** Who pays for the bilan. */
enum class Funding { Cpf, Employer, FranceTravail, Personal };
inline constexpr std::array kAllFundings { Funding::Cpf, Funding::Employer, Funding::FranceTravail,
                                           Funding::Personal };

/** What became of a session. */
enum class SessionStatus { Planned, Done, Cancelled, NoShow };
inline constexpr std::array kAllSessionStatuses { SessionStatus::Planned, SessionStatus::Done,
                                                  SessionStatus::Cancelled, SessionStatus::NoShow };

/** How a beneficiary shows in the client list's status filter. */
enum class ClientStatus { Prospect, InProgress, Ended };
inline constexpr std::array kAllClientStatuses { ClientStatus::Prospect, ClientStatus::InProgress,
                                                 ClientStatus::Ended };

// Keys: the stable spelling used in the database, the CLI and JSON (`follow-up`, `no-show`, `france-travail`).
QString toKey(Phase value);
QString toKey(BilanStatus value);
QString toKey(Funding value);
QString toKey(SessionStatus value);
QString toKey(ClientStatus value);

template<typename E>
std::optional<E> fromKey(QStringView key);
template<>
std::optional<Phase> fromKey<Phase>(QStringView key);
template<>
std::optional<BilanStatus> fromKey<BilanStatus>(QStringView key);
template<>
std::optional<Funding> fromKey<Funding>(QStringView key);
template<>
std::optional<SessionStatus> fromKey<SessionStatus>(QStringView key);
template<>
std::optional<ClientStatus> fromKey<ClientStatus>(QStringView key);

/// The keys of an enum joined by '|', for usage and error messages.
QString keysOf(Phase);
QString keysOf(Funding);
QString keysOf(SessionStatus);

// Display names for people, translated (English source, French translation).
QString displayName(Phase value);
/// One word per phase, where room is short (the timeline): "Intake", "Preliminary"…
QString shortName(Phase value);
QString displayName(BilanStatus value);
QString displayName(Funding value);
QString displayName(SessionStatus value);
QString displayName(ClientStatus value);

} // namespace parcours
