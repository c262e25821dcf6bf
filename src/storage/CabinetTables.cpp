#include "CabinetTables.h"

using namespace Qt::StringLiterals;

namespace parcours::cabinet {

const QList<Table>& tables()
{
    static const QList<Table> all {
        // 001: beneficiaries, bilans, sessions, settings.
        { u"client"_s, Access::Proof, {}, {} },
        { u"bilan"_s, Access::Proof, u"client_id"_s, u"client"_s },
        { u"session"_s, Access::Proof, u"bilan_id"_s, u"bilan"_s },
        { u"session_note"_s, Access::Content, u"session_id"_s, u"session"_s },
        { u"setting"_s, Access::Shared, {}, {} },
        // 002: attendance records, absences, CPF declarations.
        { u"session_record"_s, Access::Proof, u"session_id"_s, u"session"_s },
        { u"session_scan"_s, Access::Proof, u"session_id"_s, u"session"_s },
        { u"consultant_absence"_s, Access::Shared, {}, {} },
        { u"cpf_declaration"_s, Access::Proof, u"bilan_id"_s, u"bilan"_s },
        { u"calendar_identity"_s, Access::Shared, {}, {} },
        // 003: the synthèse, its templates, the agreement and handover receipt.
        { u"synthesis_version"_s, Access::Content, u"bilan_id"_s, u"bilan"_s },
        { u"synthesis_section"_s, Access::Content, u"version_id"_s, u"synthesis_version"_s },
        { u"synthesis_action"_s, Access::Content, u"version_id"_s, u"synthesis_version"_s },
        { u"synthesis_template"_s, Access::Shared, {}, {} },
        { u"synthesis_template_section"_s, Access::Shared, {}, {} },
        { u"agreement"_s, Access::Proof, u"bilan_id"_s, u"bilan"_s },
        { u"handover_receipt"_s, Access::Proof, u"bilan_id"_s, u"bilan"_s },
        { u"setting_blob"_s, Access::Shared, {}, {} },
        // 004: the investigation phase, all bilan content.
        { u"investigation_motivation"_s, Access::Content, u"bilan_id"_s, u"bilan"_s },
        { u"experience"_s, Access::Content, u"bilan_id"_s, u"bilan"_s },
        { u"competence_domain"_s, Access::Content, u"bilan_id"_s, u"bilan"_s },
        { u"competence"_s, Access::Content, u"bilan_id"_s, u"bilan"_s },
        { u"competence_experience"_s, Access::Content, u"competence_id"_s, u"competence"_s },
        { u"criterion"_s, Access::Content, u"bilan_id"_s, u"bilan"_s },
        { u"peer_feedback"_s, Access::Content, u"bilan_id"_s, u"bilan"_s },
        { u"test_result"_s, Access::Content, u"bilan_id"_s, u"bilan"_s },
        { u"test_report_file"_s, Access::Content, u"test_result_id"_s, u"test_result"_s },
        { u"career_option"_s, Access::Content, u"bilan_id"_s, u"bilan"_s },
        { u"career_option_aspect"_s, Access::Content, u"option_id"_s, u"career_option"_s },
        { u"field_inquiry"_s, Access::Content, u"bilan_id"_s, u"bilan"_s },
        { u"documentary_resource"_s, Access::Content, u"bilan_id"_s, u"bilan"_s },
        // 005: billing.
        { u"funding_plan"_s, Access::Proof, u"bilan_id"_s, u"bilan"_s },
        { u"funding_share"_s, Access::Proof, u"bilan_id"_s, u"bilan"_s },
        { u"billing_counter"_s, Access::Shared, {}, {} },
        { u"invoice"_s, Access::Proof, u"bilan_id"_s, u"bilan"_s },
        { u"payment"_s, Access::Proof, u"invoice_id"_s, u"invoice"_s },
        { u"financial_year_closure"_s, Access::Shared, {}, {} },
        // 006: quality: questionnaires are shared, answers belong to the bilan (scores are anonymous figures,
        // the beneficiary's comment is content), the registers are the cabinet's.
        { u"evaluation_questionnaire"_s, Access::Shared, {}, {} },
        { u"evaluation_question"_s, Access::Shared, {}, {} },
        { u"evaluation"_s, Access::Proof, u"bilan_id"_s, u"bilan"_s },
        { u"evaluation_score"_s, Access::Proof, u"evaluation_id"_s, u"evaluation"_s },
        { u"evaluation_comment"_s, Access::Content, u"evaluation_id"_s, u"evaluation"_s },
        { u"quality_register_entry"_s, Access::Shared, {}, {} },
        { u"improvement_action"_s, Access::Shared, {}, {} },
        // 007: the end of a bilan and its follow-up.
        { u"bilan_abandonment"_s, Access::Proof, u"bilan_id"_s, u"bilan"_s },
        { u"follow_up"_s, Access::Proof, u"bilan_id"_s, u"bilan"_s },
        { u"follow_up_note"_s, Access::Content, u"bilan_id"_s, u"bilan"_s },
        { u"follow_up_attempt"_s, Access::Proof, u"bilan_id"_s, u"bilan"_s },
        // 009: the cabinet's consultants.
        { u"cabinet_consultant"_s, Access::Shared, {}, {} },
        // 010: retention consents, contacts, the destruction journal (proof: dates and counts, never content).
        { u"retention_consent"_s, Access::Proof, u"bilan_id"_s, u"bilan"_s },
        { u"client_contact"_s, Access::Proof, u"client_id"_s, u"client"_s },
        { u"destruction"_s, Access::Proof, u"client_id"_s, u"client"_s },
        // 011: the audit log; the anchor is read by all and moved only by the owner's trigger and purge functions.
        { u"audit_entry"_s, Access::Audit, {}, {} },
        { u"audit_anchor"_s, Access::Audit, {}, {} },
        // 012: the disclosure log (proof: who may receive what, what was sent when; never content).
        { u"disclosure_consent"_s, Access::Proof, u"bilan_id"_s, u"bilan"_s },
        { u"disclosure"_s, Access::Proof, u"bilan_id"_s, u"bilan"_s },
    };
    return all;
}

QList<Table> ownedTables()
{
    QList<Table> owned;
    for (const Table& table : tables()) {
        if (table.access == Access::Proof || table.access == Access::Content)
            owned << table;
    }
    return owned;
}

QStringList bookkeepingTables()
{
    return { u"schema_version"_s };
}

bool hasOwnerColumn(const QString& table)
{
    return table == u"client" || table == u"bilan" || table == u"session";
}

QString ownsFunction(const QString& table)
{
    return u"parcours_owns_"_s + table;
}

} // namespace parcours::cabinet
