#include <parcours/core/DataInventory.h>

using namespace Qt::StringLiterals;

namespace parcours {

QString toKey(ContentKind value)
{
    switch (value) {
    case ContentKind::SessionNotes:
        return u"session-notes"_s;
    case ContentKind::Experiences:
        return u"experiences"_s;
    case ContentKind::Competences:
        return u"competences"_s;
    case ContentKind::Values:
        return u"values"_s;
    case ContentKind::PeerFeedback:
        return u"peer-feedback"_s;
    case ContentKind::TestResults:
        return u"test-results"_s;
    case ContentKind::CareerOptions:
        return u"career-options"_s;
    case ContentKind::FieldInquiries:
        return u"field-inquiries"_s;
    case ContentKind::Research:
        return u"research"_s;
    case ContentKind::Synthesis:
        return u"synthesis"_s;
    case ContentKind::FollowUpNotes:
        return u"follow-up-notes"_s;
    case ContentKind::EvaluationComments:
        return u"evaluation-comments"_s;
    }
    return {};
}

template<> std::optional<ContentKind> fromKey<ContentKind>(QStringView key)
{
    for (ContentKind kind : kAllContentKinds) {
        if (toKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString keysOf(ContentKind)
{
    QStringList keys;
    for (ContentKind kind : kAllContentKinds)
        keys << toKey(kind);
    return keys.join(u'|');
}

QString displayName(ContentKind value)
{
    switch (value) {
    case ContentKind::SessionNotes:
        return DataInventory::tr("Session notes");
    case ContentKind::Experiences:
        return DataInventory::tr("Professional history");
    case ContentKind::Competences:
        return DataInventory::tr("Competences");
    case ContentKind::Values:
        return DataInventory::tr("Values and motivations");
    case ContentKind::PeerFeedback:
        return DataInventory::tr("Feedback from others");
    case ContentKind::TestResults:
        return DataInventory::tr("Test results and their files");
    case ContentKind::CareerOptions:
        return DataInventory::tr("Career options");
    case ContentKind::FieldInquiries:
        return DataInventory::tr("Field inquiries");
    case ContentKind::Research:
        return DataInventory::tr("Documentary research");
    case ContentKind::Synthesis:
        return DataInventory::tr("Synthesis and observations");
    case ContentKind::FollowUpNotes:
        return DataInventory::tr("Follow-up interview notes");
    case ContentKind::EvaluationComments:
        return DataInventory::tr("Comments on the satisfaction questionnaires");
    }
    return {};
}

QString toKey(DataRole value)
{
    switch (value) {
    case DataRole::Proof:
        return u"proof"_s;
    case DataRole::Content:
        return u"content"_s;
    case DataRole::Consultant:
        return u"consultant"_s;
    case DataRole::Journal:
        return u"journal"_s;
    case DataRole::Technical:
        return u"technical"_s;
    }
    return {};
}

const QList<TableRole>& DataInventory::tables()
{
    using K = ContentKind;
    static const QList<TableRole> all {
        { u"client"_s, DataRole::Proof, {}, "identity of the beneficiary: on the attendance sheets and invoices" },
        { u"bilan"_s, DataRole::Proof, {}, "funding, dates, planned hours: the frame of the action" },
        { u"session"_s, DataRole::Proof, {}, "phase, date, planned and actual length, status: attendance" },
        { u"session_record"_s, DataRole::Proof, {},
            "who cancelled, place, attendance signed, personal work declared, handouts given (names only)" },
        { u"session_scan"_s, DataRole::Proof, {}, "the signed attendance sheet of a remote session" },
        { u"cpf_declaration"_s, DataRole::Proof, {}, "dates of the CPF entry and exit declarations" },
        { u"agreement"_s, DataRole::Proof, {}, "the tripartite agreement's dates and terms (R6313-8)" },
        { u"handover_receipt"_s, DataRole::Proof, {}, "which final synthesis was handed over, and when" },
        { u"client_contact"_s, DataRole::Proof, {}, "kind and day of each contact (3-year rule for prospects)" },
        { u"retention_consent"_s, DataRole::Proof, {}, "the written consent to keep content for the follow-up" },
        { u"disclosure_consent"_s, DataRole::Proof, {}, "the consent to send results to a third party" },
        { u"disclosure"_s, DataRole::Proof, {}, "each sending made under a consent" },
        { u"bilan_abandonment"_s, DataRole::Proof, {},
            "why a bilan stopped early: it decides what may be billed (force majeure, L6354-1)" },
        { u"follow_up"_s, DataRole::Proof, {}, "the follow-up's due day and outcome: the action's last step" },
        { u"follow_up_attempt"_s, DataRole::Proof, {}, "day and channel of each attempt to reach the person" },
        { u"funding_plan"_s, DataRole::Proof, {}, "who pays what share of the bilan: the basis of the invoices" },
        { u"funding_share"_s, DataRole::Proof, {}, "one funder's share: the basis of the invoices" },
        { u"invoice"_s, DataRole::Proof, {}, "invoices and credit notes, kept 10 years (Code de commerce L123-22)" },
        { u"payment"_s, DataRole::Proof, {}, "payments received, with the invoices" },
        { u"evaluation"_s, DataRole::Proof, {}, "which satisfaction questionnaire was answered, and when (Qualiopi)" },
        { u"evaluation_score"_s, DataRole::Proof, {}, "the anonymous satisfaction scores (Qualiopi)" },
        { u"session_note"_s, DataRole::Content, K::SessionNotes, "what was said in a session" },
        { u"experience"_s, DataRole::Content, K::Experiences, "the professional history, highs and lows" },
        { u"competence_experience"_s, DataRole::Content, K::Competences, "which experience a competence comes from" },
        { u"competence"_s, DataRole::Content, K::Competences, "the competences found" },
        { u"competence_domain"_s, DataRole::Content, K::Competences, "the bilan's own competence domains" },
        { u"investigation_motivation"_s, DataRole::Content, K::Values, "the texts on values and motivations" },
        { u"criterion"_s, DataRole::Content, K::Values, "essential and negotiable criteria" },
        { u"peer_feedback"_s, DataRole::Content, K::PeerFeedback, "what others said of the beneficiary" },
        { u"test_report_file"_s, DataRole::Content, K::TestResults, "the test's report file" },
        { u"test_result"_s, DataRole::Content, K::TestResults, "the tests taken and their summary" },
        { u"field_inquiry"_s, DataRole::Content, K::FieldInquiries, "meetings with professionals" },
        { u"career_option_aspect"_s, DataRole::Content, K::CareerOptions, "favourable and unfavourable aspects" },
        { u"career_option"_s, DataRole::Content, K::CareerOptions, "the options explored, kept, plan B" },
        { u"documentary_resource"_s, DataRole::Content, K::Research, "documentary research" },
        { u"synthesis_action"_s, DataRole::Content, K::Synthesis, "the synthesis's action plan" },
        { u"synthesis_section"_s, DataRole::Content, K::Synthesis, "the synthesis's texts" },
        { u"synthesis_version"_s, DataRole::Content, K::Synthesis,
            "each version of the synthesis and the beneficiary's observations" },
        { u"follow_up_note"_s, DataRole::Content, K::FollowUpNotes, "what was said at the follow-up interview" },
        { u"evaluation_comment"_s, DataRole::Content, K::EvaluationComments,
            "the beneficiary's own words on a satisfaction questionnaire" },
        { u"setting"_s, DataRole::Consultant, {}, "the consultant's settings" },
        { u"setting_blob"_s, DataRole::Consultant, {}, "the letterhead's logo" },
        { u"consultant_absence"_s, DataRole::Consultant, {}, "the consultant's days away" },
        { u"synthesis_template"_s, DataRole::Consultant, {}, "section layouts, no beneficiary's text" },
        { u"synthesis_template_section"_s, DataRole::Consultant, {}, "section layouts, no beneficiary's text" },
        { u"billing_counter"_s, DataRole::Consultant, {}, "the last invoice number of each year" },
        { u"financial_year_closure"_s, DataRole::Consultant, {}, "the financial years closed" },
        { u"evaluation_questionnaire"_s, DataRole::Consultant, {}, "the satisfaction questionnaires' editions" },
        { u"evaluation_question"_s, DataRole::Consultant, {}, "the questions asked, no answer" },
        { u"quality_register_entry"_s, DataRole::Consultant, {},
            "the provider's register of complaints and incidents (Qualiopi 31): not linked to a person's record" },
        { u"improvement_action"_s, DataRole::Consultant, {}, "the provider's improvement actions (Qualiopi 32)" },
        { u"cabinet_consultant"_s, DataRole::Consultant, {}, "the consultants of a shared cabinet database" },
        { u"destruction"_s, DataRole::Journal, {}, "what was destroyed or erased, when, by whom: ids only" },
        { u"audit_entry"_s, DataRole::Journal, {}, "who read, exported, printed or deleted which record" },
        { u"audit_anchor"_s, DataRole::Journal, {}, "where the audit chain starts after a purge" },
        { u"calendar_identity"_s, DataRole::Technical, {}, "a random name of the database for calendar UIDs" },
        { u"schema_version"_s, DataRole::Technical, {}, "the schema version (PostgreSQL)" },
        { u"client_search"_s, DataRole::Technical, {}, "SQLite's full-text index of client.search_text (kept by triggers)" },
        { u"client_search_data"_s, DataRole::Technical, {}, "a part of SQLite's full-text index of the names" },
        { u"client_search_idx"_s, DataRole::Technical, {}, "a part of SQLite's full-text index of the names" },
        { u"client_search_docsize"_s, DataRole::Technical, {}, "a part of SQLite's full-text index of the names" },
        { u"client_search_config"_s, DataRole::Technical, {}, "a part of SQLite's full-text index of the names" },
    };
    return all;
}

const TableRole* DataInventory::find(QStringView table)
{
    for (const TableRole& role : tables()) {
        if (role.table == table)
            return &role;
    }
    return nullptr;
}

QStringList DataInventory::tablesOf(ContentKind kind)
{
    QStringList names;
    for (const TableRole& role : tables()) {
        if (role.role == DataRole::Content && role.kind == kind)
            names << role.table;
    }
    return names;
}

} // namespace parcours
