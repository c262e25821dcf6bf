#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <parcours/core/Enums.h>

#include <optional>

namespace parcours {

/** A beneficiary (bénéficiaire): the person, before, during and after their bilans. */
struct Client {
    qint64 id = 0;
    QString lastName;
    QString firstName;
    QString email;
    QString phone;
    QDate birthDate; ///< null when not given
    QDateTime createdAt;
    int version = 0;

    QString displayName() const; ///< "Lefèvre, Zoé"
    QString fullName() const; ///< "Zoé Lefèvre"
};

/** One row of the client list: the person and where their current bilan stands. */
struct ClientSummary {
    qint64 id = 0;
    QString lastName;
    QString firstName;
    QString email;
    QString phone;
    ClientStatus status = ClientStatus::Prospect;
    qint64 bilanId = 0; ///< the current bilan (open, else the latest), 0 for a prospect
    std::optional<Phase> phase; ///< phase of the current bilan today
    QDateTime nextSession; ///< null when none is planned
    int doneMinutes = 0; ///< face-to-face minutes done, over the phases that count toward the cap
    int budgetMinutes = 0; ///< planned hours of the counted phases (24 h at most), 0 for a prospect

    QString displayName() const;
};

/** What the client list asks for. */
struct ClientQuery {
    QString search; ///< matched against names, e-mail and phone, accents and case ignored
    std::optional<ClientStatus> status;
    int offset = 0; ///< rows skipped, in the list's order (with a limit)
    int limit = 0; ///< at most this many rows; 0 for every row
};

} // namespace parcours
