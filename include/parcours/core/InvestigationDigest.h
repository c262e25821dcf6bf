#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <parcours/core/Investigation.h>
#include <parcours/core/InvestigationRules.h>
#include <parcours/core/Result.h>
#include <parcours/core/RichText.h>

namespace parcours {

/**
 * What the synthèse takes from the investigation: competences by domain, the options kept with their favourable
 * and unfavourable aspects, the essential and negotiable criteria. A plain value, filled by whoever holds the
 * investigation (InvestigationDigestProvider), so the synthèse does not depend on how the investigation is stored.
 */
struct InvestigationDigest {
    /** The competences of one domain (relationnel, technique, organisationnel, or one the consultant added). */
    struct Domain {
        QString name; ///< as shown ("Relationnel", or the consultant's own domain)
        QStringList knowHow; ///< savoir-faire
        QStringList knowledge; ///< savoirs
        QStringList behaviour; ///< savoir-être
        QStringList transferable; ///< those the consultant marked transferable (also in the lists above)
    };
    /** An option kept, or the plan B. */
    struct Option {
        QString title;
        QString description;
        int desire = 0; ///< 1–5, 0 when not scored
        int feasibility = 0;
        bool planB = false;
        QStringList favourable;
        QStringList unfavourable;
    };

    QList<Domain> domains; ///< built-in domains first, then the consultant's; empty domains left out
    QList<Option> keptOptions; ///< kept options by desire × feasibility (best first), the plan B last
    QStringList essentialCriteria; ///< critères fondamentaux, by rank
    QStringList negotiableCriteria; ///< zone de concession, by rank
    QString meaningOfWork;
    QString idealActivity;
    QList<KeywordCount> peerKeywords; ///< words that came back from several respondents

    bool isEmpty() const;
};

/// The digest of an investigation (no storage): what "insert from the investigation" offers the synthèse.
InvestigationDigest digest(const Investigation& investigation);

/** Which part of the digest to insert. */
enum class DigestPart { Competences, Options, Criteria, Everything };

/** Where the synthèse asks for the investigation's digest; the investigation workspace implements it. */
class InvestigationDigestProvider {
public:
    virtual ~InvestigationDigestProvider() = default;
    virtual Result<InvestigationDigest> digest(qint64 bilanId) = 0;
};

class InvestigationService;

/** The digest of a bilan's investigation as stored: loads it through the investigation service. */
class StoredInvestigationDigestProvider final : public InvestigationDigestProvider {
public:
    explicit StoredInvestigationDigestProvider(InvestigationService& investigation)
        : m_investigation(investigation)
    {
    }
    Result<InvestigationDigest> digest(qint64 bilanId) override;

private:
    InvestigationService& m_investigation;
};

/** Turns the digest into text the consultant edits in a section of the synthèse. */
class DigestWriter {
    Q_DECLARE_TR_FUNCTIONS(DigestWriter)
public:
    /// The part of the digest as section text: subheadings, bullet lists, bold option titles. Empty parts are left out.
    static RichText write(const InvestigationDigest& digest, DigestPart part);
    /// The part that fits a section: competences for the path, criteria for the personal characteristics, options
    /// for the options, the project and plan B; everything elsewhere.
    static DigestPart partFor(QStringView sectionKey);
};

} // namespace parcours
