#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

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
        QString name;
        QStringList knowHow; ///< savoir-faire
        QStringList knowledge; ///< savoirs
        QStringList behaviour; ///< savoir-être
        QStringList transferable; ///< those the consultant marked transferable (also in the lists above)
    };
    /** A career option the beneficiary kept. */
    struct Option {
        QString title;
        int desire = 0; ///< 1–5, 0 when not scored
        int feasibility = 0;
        bool planB = false;
        QStringList favourable;
        QStringList unfavourable;
    };

    QList<Domain> domains;
    QList<Option> keptOptions;
    QStringList essentialCriteria; ///< critères fondamentaux
    QStringList negotiableCriteria; ///< zone de concession

    bool isEmpty() const;
};

/** Which part of the digest to insert. */
enum class DigestPart { Competences, Options, Criteria, Everything };

/** Where the synthèse asks for the investigation's digest; the investigation workspace implements it. */
class InvestigationDigestProvider {
public:
    virtual ~InvestigationDigestProvider() = default;
    virtual Result<InvestigationDigest> digest(qint64 bilanId) = 0;
};

/** A provider with nothing to give, until the investigation is wired in. */
class EmptyInvestigationDigestProvider final : public InvestigationDigestProvider {
public:
    Result<InvestigationDigest> digest(qint64) override { return InvestigationDigest {}; }
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
