#pragma once

#include <parcours/core/Investigation.h>
#include <parcours/core/InvestigationRules.h>

#include <QList>
#include <QString>
#include <QStringList>

namespace parcours {

/**
 * What the synthèse draws from the investigation, read-only: competences by domain, the options kept (and the
 * plan B) with their favourable and unfavourable aspects, the criteria in rank order, the texts on values.
 */
struct InvestigationDigest {
    /** The competences of one domain, by kind, in the order recorded. */
    struct Domain {
        QString name; ///< as shown ("Relationnel", or the consultant's own domain)
        QStringList knowHow;
        QStringList knowledge;
        QStringList behaviour;
        QStringList transferable; ///< those marked transferable, whatever their kind
    };
    /** An option kept, or the plan B. */
    struct Option {
        QString title;
        QString description;
        int desire = 0;
        int feasibility = 0;
        bool planB = false;
        QStringList favourable;
        QStringList unfavourable;
    };
    QList<Domain> domains; ///< built-in domains first, then the consultant's; empty domains left out
    QList<Option> keptOptions; ///< kept options by desire × feasibility (best first), the plan B last
    QStringList essentialCriteria; ///< by rank
    QStringList negotiableCriteria; ///< by rank
    QString meaningOfWork;
    QString idealActivity;
    QList<KeywordCount> peerKeywords; ///< words that came back from several respondents
};

/// The digest of an investigation (no storage): what "insert from the investigation" offers the synthèse.
InvestigationDigest digest(const Investigation& investigation);

} // namespace parcours
