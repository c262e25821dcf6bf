#pragma once

#include <QList>

#include <parcours/core/Agreement.h>
#include <parcours/core/Result.h>
#include <parcours/core/Synthesis.h>

#include <optional>

namespace parcours {

/**
 * The synthèse of each bilan, version by version (bilan content: destroyed with the rest of it), and the
 * consultant's section templates. Every change to a version first takes its row with `touch`, which checks and
 * bumps its version (Conflict when someone else changed it since it was read).
 */
class SynthesisRepository {
public:
    virtual ~SynthesisRepository() = default;
    /// The bilan's latest version with its sections and actions, if it has one.
    virtual Result<std::optional<SynthesisVersion>> latest(qint64 bilanId) = 0;
    virtual Result<SynthesisVersion> get(qint64 versionId) = 0;
    /// Every version of the bilan, newest first, without sections and actions.
    virtual Result<QList<SynthesisVersion>> history(qint64 bilanId) = 0;
    /// Stores a new version with its sections and actions; returns its id.
    virtual Result<qint64> create(const SynthesisVersion& version) = 0;
    /// Checks that the version is still `expected` and bumps it; the first step of every change.
    virtual Result<void> touch(qint64 versionId, int expected) = 0;
    virtual Result<void> writeSectionBody(qint64 versionId, const QString& key, const RichText& body) = 0;
    /// Writes the sections in this order (titles, visibility and texts); sections not listed are removed.
    virtual Result<void> writeSections(qint64 versionId, const QList<SynthesisSection>& sections) = 0;
    virtual Result<void> writeActions(qint64 versionId, const QList<PlannedAction>& actions) = 0;
    /// Writes the status, its dates and the observations.
    virtual Result<void> writeStatus(const SynthesisVersion& version) = 0;

    virtual Result<QList<SynthesisTemplate>> templates() = 0;
    /// Stores a template under its name, replacing one of the same name; when it is the default, no other is.
    virtual Result<qint64> saveTemplate(const SynthesisTemplate& synthesisTemplate) = 0;
    virtual Result<void> removeTemplate(qint64 templateId) = 0;
};

/** The administrative proof of a bilan kept apart from its content: the agreement and the handover receipt. */
class ProofRepository {
public:
    virtual ~ProofRepository() = default;
    /// The bilan's agreement record; an empty one (version 0) when nothing was recorded.
    virtual Result<AgreementRecord> agreement(qint64 bilanId) = 0;
    /// Creates (version 0) or updates (version checked) the record.
    virtual Result<void> saveAgreement(const AgreementRecord& record) = 0;
    virtual Result<std::optional<HandoverRecord>> handover(qint64 bilanId) = 0;
    virtual Result<void> saveHandover(const HandoverRecord& record) = 0;
};

} // namespace parcours
