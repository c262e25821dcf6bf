#pragma once

#include <QCoreApplication>

#include <parcours/core/Clock.h>
#include <parcours/core/Repositories.h>
#include <parcours/core/Synthesis.h>

#include <optional>

namespace parcours {

/**
 * Writing the synthèse and taking it from draft to final, for the GUI and the CLI alike. Every change names the
 * version it was made on and the row version it read (`expected`); it returns the new row version. A final
 * version refuses every change.
 */
class SynthesisService {
    Q_DECLARE_TR_FUNCTIONS(SynthesisService)
public:
    SynthesisService(Repositories& repositories, const Clock& clock);

    /// The bilan's latest version, if the synthèse was started.
    Result<std::optional<SynthesisVersion>> current(qint64 bilanId);
    Result<SynthesisVersion> get(qint64 versionId);
    /// Every version, newest first (without their texts).
    Result<QList<SynthesisVersion>> history(qint64 bilanId);
    /// Starts the bilan's synthèse with a template's sections (the default template, else the standard sections).
    Result<SynthesisVersion> start(qint64 bilanId, std::optional<qint64> templateId = std::nullopt);
    /// The latest version, started when there is none (the CLI writes without a separate start).
    Result<SynthesisVersion> currentOrStart(qint64 bilanId);

    Result<int> setSectionBody(qint64 versionId, int expected, const QString& key, const RichText& body);
    /// Renames, hides, reorders, adds or removes (the consultant's own) sections.
    Result<int> setLayout(qint64 versionId, int expected, const QList<SectionLayout>& layout);
    /// Writes sections whole (layout and texts): what undoing a removal puts back.
    Result<int> setSections(qint64 versionId, int expected, const QList<SynthesisSection>& sections);
    Result<int> setActions(qint64 versionId, int expected, const QList<PlannedAction>& actions);
    Result<int> setObservations(qint64 versionId, int expected, const QString& observations);

    /// The latest version goes to the beneficiary for observations.
    Result<SynthesisVersion> submit(qint64 bilanId);
    /// The latest version becomes final: frozen, dated today.
    Result<SynthesisVersion> finalize(qint64 bilanId);
    /// A new draft from the latest version, which must be final.
    Result<SynthesisVersion> newDraft(qint64 bilanId);

    Result<QList<SynthesisTemplate>> templates();
    /// Saves a version's layout as the consultant's template under `name`.
    Result<qint64> saveTemplate(const QString& name, const QList<SectionLayout>& layout, bool makeDefault);
    Result<void> removeTemplate(qint64 templateId);
    /// Gives a template another name (refused when another template has it); returns its id, which may change.
    Result<qint64> renameTemplate(qint64 templateId, const QString& name);
    /// Arranges a version's sections as the template says (its sections first, the others after).
    Result<int> applyTemplate(qint64 versionId, int expected, qint64 templateId);

    /// The handover receipt recorded for the bilan, if any.
    Result<std::optional<HandoverRecord>> handover(qint64 bilanId);
    /// Records the day the beneficiary signed the receipt of the latest final version (today when invalid).
    Result<HandoverRecord> recordHandover(qint64 bilanId, QDate signedOn);

private:
    /// Reads the version, checks it may change, and takes its row (`touch`), inside the caller's transaction.
    Result<SynthesisVersion> lockForChange(qint64 versionId, int expected);
    Result<int> change(qint64 versionId, int expected, const std::function<Result<void>(SynthesisVersion&)>& work);
    Result<SynthesisVersion> move(qint64 bilanId, SynthesisStatus to);
    Result<QList<SectionLayout>> startingLayout(std::optional<qint64> templateId);

    Repositories& m_repositories;
    const Clock& m_clock;
};

} // namespace parcours
