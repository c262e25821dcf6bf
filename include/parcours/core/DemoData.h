#pragma once

#include <QDate>
#include <QList>

#include <parcours/core/Bilan.h>
#include <parcours/core/Client.h>
#include <parcours/core/Session.h>

namespace parcours {

/** One invented bilan of the demonstration data, with its sessions and whether it has investigation and synthèse. */
struct DemoBilan {
    Bilan bilan;
    QList<Session> sessions; ///< in date order; ids and bilan ids left at 0
    bool withInvestigation = false; ///< worth a few investigation records
    bool withSynthesis = false; ///< worth a synthèse draft
    QDate cpfEntry; ///< CPF entry declared that day (null: not declared, or not CPF)
    QDate cpfExit; ///< CPF exit declared that day
};

/** One invented beneficiary of the demonstration data and their bilans (none for a prospect), oldest first. */
struct DemoBeneficiary {
    Client client;
    QList<DemoBilan> bilans;
};

/**
 * Invents beneficiaries for demonstrations and benchmarks: French names with accents, compound names and
 * apostrophes, e-mails and phones, bilans in every status with about eight sessions each, spread over the ten
 * years before `today`. The same seed and day always give the same people in the same order.
 */
class DemoGenerator {
public:
    DemoGenerator(quint64 seed, QDate today);

    DemoBeneficiary next();

private:
    quint64 random();
    int below(int bound) { return static_cast<int>(random() % static_cast<quint64>(bound)); }
    template<typename List> QString pick(const List& list)
    {
        return QStringView(list[static_cast<std::size_t>(below(static_cast<int>(list.size())))]).toString();
    }
    QList<Session> sessionsFor(const Bilan& bilan);

    quint64 m_state;
    QDate m_today;
    int m_count = 0;
};

} // namespace parcours
