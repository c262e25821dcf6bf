#pragma once

#include <parcours/core/Enums.h>
#include <parcours/core/Session.h>

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace parcours {

/** Who called a session off (or asked to move it). */
enum class Party { Beneficiary, Consultant };
inline constexpr std::array kAllParties { Party::Beneficiary, Party::Consultant };

/** Where a session took place. */
enum class Place { Office, Remote };
inline constexpr std::array kAllPlaces { Place::Office, Place::Remote };

/** The two CPF (EDOF) declarations of a bilan. */
enum class CpfStep { Entry, Exit };
inline constexpr std::array kAllCpfSteps { CpfStep::Entry, CpfStep::Exit };

QString toKey(Party value); ///< "beneficiary", "consultant"
QString toKey(Place value); ///< "office", "remote"
QString toKey(CpfStep value); ///< "entry", "exit"
template<> std::optional<Party> fromKey<Party>(QStringView key);
template<> std::optional<Place> fromKey<Place>(QStringView key);
template<> std::optional<CpfStep> fromKey<CpfStep>(QStringView key);
QString displayName(Place value);
QString displayName(CpfStep value);

/**
 * Administrative proof of how a session went, beyond its status: who cancelled it, the session planned in its
 * place, where it took place, the attendance proof, the personal work declared and the documents handed over.
 * Kept apart from the session's notes (bilan content), one record per session.
 */
struct SessionRecord {
    qint64 sessionId = 0;
    std::optional<Party> cancelledBy; ///< for a cancelled (or moved) session
    qint64 movedTo = 0; ///< the session planned in its place, 0 when it was not moved
    qint64 movedFrom = 0; ///< read only: the session this one replaces, 0 when none
    std::optional<Place> place;
    bool attendanceSigned = false; ///< the attendance sheet was signed (at the office, or returned as a scan)
    bool consultantAttested = false; ///< remote: the consultant's attestation
    bool beneficiaryConfirmed = false; ///< remote: the beneficiary confirmed (e-mail…)
    int personalWorkMinutes = 0; ///< declared by the beneficiary since the previous session
    QString handedOver; ///< documents and questionnaires handed over, one per line
    QString scanFileName; ///< read only: the attached scan's name, empty when none
    int version = 0;

    bool isEmpty() const;
};

/** A signed attendance sheet returned as a scan (PDF or image), for a remote session. */
struct SessionScan {
    qint64 sessionId = 0;
    QString fileName;
    QString mediaType; ///< application/pdf, image/png, image/jpeg
    QByteArray content;
};

/** What a log changes besides the status: every field left unset keeps its stored value. */
struct SessionLogDetails {
    std::optional<Party> cancelledBy;
    std::optional<Place> place;
    std::optional<bool> attendanceSigned;
    std::optional<bool> consultantAttested;
    std::optional<bool> beneficiaryConfirmed;
    std::optional<int> personalWorkMinutes;
    std::optional<QString> handedOver;
    std::optional<SessionScan> scan; ///< attaches (or replaces) the scan
    bool removeScan = false;
};

/** A day or a run of days the consultant is away (holidays, training): no session is planned then. */
struct Absence {
    qint64 id = 0;
    QDate firstDay;
    QDate lastDay;
    QString label; ///< "Congés", "Formation"… may be empty
    int version = 0;

    bool covers(QDate date) const { return date >= firstDay && date <= lastDay; }
};

/// The absence covering `date`, if any.
const Absence* absenceOn(const QList<Absence>& absences, QDate date);

/** A CPF declaration made on Mon Compte Formation (EDOF): the entry or the exit of a bilan, and when. */
struct CpfDeclaration {
    qint64 bilanId = 0;
    CpfStep step = CpfStep::Entry;
    QDate declaredOn;
};

/** One session as the agenda shows it: with its beneficiary, and what the agenda flags about it. */
struct AgendaEntry {
    Session session; ///< notes are never loaded here
    qint64 clientId = 0;
    QString lastName;
    QString firstName;
    Funding funding = Funding::Cpf;
    std::optional<Place> place;
    qint64 movedTo = 0;
    QString consultant; ///< in a cabinet, the login the beneficiary belongs to; empty for a consultant alone
    /// The first sessions of the same consultant it overlaps, in start order, at most kListedConflicts of them
    /// (filled by markConflicts); `conflictCount` counts them all.
    QList<qint64> conflicts;
    int conflictCount = 0;
    /// Still planned on a day the consultant declared away (filled by the agenda): to move or cancel.
    bool duringAbsence = false;
    static constexpr int kListedConflicts = 3;

    QString clientName() const; ///< "Zoé Lefèvre"
    QString initials() const; ///< "Z. L."
};

} // namespace parcours
