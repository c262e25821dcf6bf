#include "SqlInvestigationRepository.h"

#include "InvestigationTables.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace parcours {

SqlInvestigationRepository::SqlInvestigationRepository(Database& database, StoreEvents& events)
    : m_database(database)
    , m_events(events)
    , m_experiences(database, events, experienceTable())
    , m_competences(database, events, competenceTable())
    , m_criteria(database, events, criterionTable())
    , m_peerFeedback(database, events, peerFeedbackTable())
    , m_testResults(database, events, testResultTable())
    , m_careerOptions(database, events, careerOptionTable())
    , m_fieldInquiries(database, events, fieldInquiryTable())
    , m_resources(database, events, resourceTable())
{ }

Result<void> SqlInvestigationRepository::write(SqlQuery& query, qint64 bilanId)
{
    auto transaction = WriteTransaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    if (auto done = query.exec(); !done)
        return done;
    m_database.afterCommit([events = &m_events, bilanId] { Q_EMIT events->investigationChanged(bilanId); });
    return transaction->commit();
}

Result<Motivations> SqlInvestigationRepository::motivations(qint64 bilanId)
{
    SqlQuery query(m_database,
        u"SELECT meaning_of_work, ideal_activity, version FROM investigation_motivation "
        u"WHERE bilan_id = :bilan"_s);
    query.bind(u":bilan"_s, bilanId);
    if (auto done = query.exec(); !done)
        return done.error();
    Motivations motivations;
    motivations.bilanId = bilanId;
    if (query.next()) {
        motivations.meaningOfWork = query.value(0).toString();
        motivations.idealActivity = query.value(1).toString();
        motivations.version = query.value(2).toInt();
    }
    return motivations;
}

Result<void> SqlInvestigationRepository::setMotivations(const Motivations& motivations)
{
    auto transaction = WriteTransaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    // Version 0: nothing written yet, so the row is created; a row already there means someone else wrote first.
    SqlQuery query(m_database,
        motivations.version == 0 ? u"INSERT INTO investigation_motivation (bilan_id, meaning_of_work, ideal_activity) "
                                   u"VALUES (:bilan, :meaning, :ideal)"_s
                                 : u"UPDATE investigation_motivation SET meaning_of_work = :meaning, ideal_activity = "
                                   u":ideal, version = version + 1 WHERE bilan_id = :bilan AND version = :version"_s);
    query.bind(u":bilan"_s, motivations.bilanId)
        .bind(u":meaning"_s, textValue(motivations.meaningOfWork))
        .bind(u":ideal"_s, textValue(motivations.idealActivity));
    if (motivations.version != 0)
        query.bind(u":version"_s, motivations.version);
    auto done = query.exec();
    if (!done || query.rowsAffected() != 1) {
        if (!done && done.error().code != ErrorCode::Refused)
            return done;
        return makeError(ErrorCode::Conflict,
            QCoreApplication::translate("Storage",
                "These texts were changed by someone "
                "else since you opened them."));
    }
    const qint64 bilanId = motivations.bilanId;
    m_database.afterCommit([events = &m_events, bilanId] { Q_EMIT events->investigationChanged(bilanId); });
    return transaction->commit();
}

Result<QStringList> SqlInvestigationRepository::customDomains(qint64 bilanId)
{
    SqlQuery query(m_database, u"SELECT name FROM competence_domain WHERE bilan_id = :bilan ORDER BY id"_s);
    query.bind(u":bilan"_s, bilanId);
    if (auto done = query.exec(); !done)
        return done.error();
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

Result<void> SqlInvestigationRepository::addCustomDomain(qint64 bilanId, const QString& name)
{
    SqlQuery query(m_database, u"INSERT INTO competence_domain (bilan_id, name) VALUES (:bilan, :name)"_s);
    query.bind(u":bilan"_s, bilanId).bind(u":name"_s, textValue(name));
    return write(query, bilanId);
}

Result<void> SqlInvestigationRepository::removeCustomDomain(qint64 bilanId, const QString& name)
{
    SqlQuery query(m_database, u"DELETE FROM competence_domain WHERE bilan_id = :bilan AND name = :name"_s);
    query.bind(u":bilan"_s, bilanId).bind(u":name"_s, textValue(name));
    return write(query, bilanId);
}

Result<qint64> SqlInvestigationRepository::bilanOfTest(qint64 testResultId)
{
    auto test = m_testResults.get(testResultId);
    if (!test)
        return test.error();
    return test->bilanId;
}

Result<ReportFile> SqlInvestigationRepository::reportFile(qint64 testResultId)
{
    SqlQuery query(m_database,
        u"SELECT file_name, media_type, size, sha256, content FROM test_report_file "
        u"WHERE test_result_id = :id"_s);
    query.bind(u":id"_s, testResultId);
    if (auto done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("Storage", "This test has no report file."));
    return ReportFile { query.value(0).toString(), query.value(1).toString(), query.value(2).toLongLong(),
        query.value(3).toString(), query.value(4).toByteArray() };
}

Result<void> SqlInvestigationRepository::setReportFile(qint64 testResultId, const std::optional<ReportFile>& file)
{
    auto bilanId = bilanOfTest(testResultId);
    if (!bilanId)
        return bilanId.error();
    auto transaction = WriteTransaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    if (file) {
        if (auto written = writeReportFile(m_database, testResultId, *file); !written)
            return written;
    } else {
        SqlQuery remove(m_database, u"DELETE FROM test_report_file WHERE test_result_id = :id"_s);
        if (auto done = remove.bind(u":id"_s, testResultId).exec(); !done)
            return done;
    }
    const qint64 bilan = bilanId.value();
    m_database.afterCommit([events = &m_events, bilan] { Q_EMIT events->investigationChanged(bilan); });
    return transaction->commit();
}

Result<void> SqlInvestigationRepository::clear(qint64 bilanId)
{
    auto transaction = WriteTransaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    // Children first where the link is RESTRICT; the rest cascades from its parent row.
    for (const QString& table : { u"field_inquiry"_s, u"competence"_s, u"competence_domain"_s, u"experience"_s,
             u"criterion"_s, u"peer_feedback"_s, u"test_result"_s, u"career_option"_s, u"documentary_resource"_s,
             u"investigation_motivation"_s }) {
        SqlQuery query(m_database, u"DELETE FROM "_s + table + u" WHERE bilan_id = :bilan"_s);
        if (auto done = query.bind(u":bilan"_s, bilanId).exec(); !done)
            return done;
    }
    m_database.afterCommit([events = &m_events, bilanId] { Q_EMIT events->investigationChanged(bilanId); });
    return transaction->commit();
}

} // namespace parcours
