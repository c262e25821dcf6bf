#pragma once

#include <parcours/core/Investigation.h>
#include <parcours/core/InvestigationRepository.h>
#include <parcours/core/Repositories.h>

#include <QCoreApplication>

namespace parcours {

/**
 * The investigation workspace of a bilan: every write is checked against the rules (InvestigationRules) and the
 * bilan's other records (a competence's experiences, an inquiry's option, the one plan B) inside one transaction.
 * The GUI and the CLI both go through it.
 *
 * The record operations are templates over Experience, Competence, Criterion, PeerFeedback, TestResult,
 * CareerOption, FieldInquiry and DocumentaryResource.
 */
class InvestigationService {
    Q_DECLARE_TR_FUNCTIONS(InvestigationService)
public:
    explicit InvestigationService(Repositories& repositories);

    /// Everything of the bilan's investigation, report files described but without their content.
    Result<Investigation> load(qint64 bilanId);
    /// The same with every report file's content (exports).
    Result<Investigation> loadWithFiles(qint64 bilanId);
    /// Replaces the bilan's whole investigation in one transaction (an import). Ids in `investigation` only tie
    /// records together (a competence to its experiences, an inquiry to its option); new ids are given.
    Result<void> replace(qint64 bilanId, const Investigation& investigation);

    /// Adds a record; a criterion goes at the end of its zone.
    template<typename T> Result<qint64> add(const T& record);
    template<typename T> Result<void> update(const T& record);
    template<typename T> Result<void> remove(qint64 id);
    /// Puts back a removed record with its id (undo); a criterion takes back its rank, a test its file.
    template<typename T> Result<void> restore(const T& record);
    template<typename T> Result<T> get(qint64 id);

    Result<Motivations> motivations(qint64 bilanId);
    Result<void> setMotivations(const Motivations& motivations);

    Result<QString> addCustomDomain(qint64 bilanId, const QString& name);
    Result<void> removeCustomDomain(qint64 bilanId, const QString& name);

    /// Moves a criterion to a zone and position (drag and drop); the others close up.
    Result<void> moveCriterion(qint64 criterionId, Criterion::Zone zone, int position);
    /// Sets every criterion's zone and rank as given (undo of a move); the ranking must be complete.
    Result<void> arrangeCriteria(qint64 bilanId, const QList<Criterion>& ranked);

    /// Makes `optionId` the bilan's plan B (0: none), taking the mark off any other option.
    Result<void> setPlanB(qint64 bilanId, qint64 optionId);

    /// Checks and attaches a report file to a test (replacing any); returns what was stored.
    Result<ReportFile> attachReport(qint64 testResultId, const QString& fileName, const QByteArray& content);
    /// Puts a test's file back as it was (undo), or removes it with nullopt.
    Result<void> setReport(qint64 testResultId, const std::optional<ReportFile>& file);
    /// The report with its content, refused when the stored bytes no longer match their checksum.
    Result<ReportFile> reportFile(qint64 testResultId);

private:
    Result<void> checkBilan(qint64 bilanId);
    template<typename T> Result<void> checkLinks(const T& record);
    Result<void> closeUpCriteria(qint64 bilanId, std::optional<std::pair<qint64, int>> restored = std::nullopt);
    Result<void> writeRanking(qint64 bilanId, const QList<Criterion>& ranked);
    Result<Investigation> loadRecords(qint64 bilanId, bool withFiles);

    Repositories& m_repositories;
};

} // namespace parcours
