#include <parcours/core/InvestigationJson.h>
#include <parcours/core/WallClock.h>

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

QJsonValue date(QDate value)
{
    return value.isValid() ? QJsonValue(formatIsoDate(value)) : QJsonValue(QJsonValue::Null);
}

QJsonArray strings(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QJsonObject experience(const Experience& e)
{
    return { { u"id"_s, e.id }, { u"kind"_s, toKey(e.kind) }, { u"title"_s, e.title },
        { u"organisation"_s, e.organisation }, { u"start_date"_s, date(e.startDate) },
        { u"end_date"_s, date(e.endDate) }, { u"activities"_s, e.activities }, { u"highs"_s, e.highs },
        { u"lows"_s, e.lows }, { u"change_reason"_s, e.changeReason } };
}

QJsonObject competence(const Competence& c)
{
    QJsonArray experiences;
    for (qint64 id : c.experienceIds)
        experiences.append(id);
    return { { u"id"_s, c.id }, { u"label"_s, c.label }, { u"kind"_s, toKey(c.kind) }, { u"domain"_s, toKey(c.domain) },
        { u"custom_domain"_s,
            c.domain == Competence::Domain::Custom ? QJsonValue(c.customDomain) : QJsonValue(QJsonValue::Null) },
        { u"transferable"_s, c.transferable }, { u"experience_ids"_s, experiences }, { u"notes"_s, c.notes } };
}

QJsonObject criterion(const Criterion& c)
{
    return { { u"id"_s, c.id }, { u"label"_s, c.label }, { u"zone"_s, toKey(c.zone) }, { u"rank"_s, c.rank } };
}

QJsonObject feedback(const PeerFeedback& f)
{
    return { { u"id"_s, f.id }, { u"respondent"_s, f.respondent }, { u"relation"_s, toKey(f.relation) },
        { u"received_on"_s, date(f.receivedOn) }, { u"relational_style"_s, f.relationalStyle },
        { u"strengths"_s, f.strengths }, { u"vigilance"_s, f.vigilance }, { u"suggested_paths"_s, f.suggestedPaths },
        { u"keywords"_s, f.keywords } };
}

QJsonObject test(const TestResult& t)
{
    QJsonValue report(QJsonValue::Null);
    if (t.file) {
        QJsonObject file { { u"file_name"_s, t.file->fileName }, { u"media_type"_s, t.file->mediaType },
            { u"size"_s, t.file->size }, { u"sha256"_s, t.file->sha256 } };
        if (!t.file->content.isEmpty())
            file.insert(u"content_base64"_s, QString::fromLatin1(t.file->content.toBase64()));
        report = file;
    }
    return { { u"id"_s, t.id }, { u"instrument"_s, t.instrument }, { u"taken_on"_s, date(t.takenOn) },
        { u"summary"_s, t.summary }, { u"report"_s, report } };
}

QJsonObject option(const CareerOption& o)
{
    return { { u"id"_s, o.id }, { u"title"_s, o.title }, { u"description"_s, o.description }, { u"desire"_s, o.desire },
        { u"feasibility"_s, o.feasibility }, { u"favourable"_s, strings(o.favourable) },
        { u"unfavourable"_s, strings(o.unfavourable) }, { u"status"_s, toKey(o.status) }, { u"plan_b"_s, o.planB } };
}

QJsonObject inquiry(const FieldInquiry& i)
{
    return { { u"id"_s, i.id },
        { u"career_option_id"_s, i.careerOptionId ? QJsonValue(*i.careerOptionId) : QJsonValue(QJsonValue::Null) },
        { u"contact_name"_s, i.contactName }, { u"contact_role"_s, i.contactRole },
        { u"organisation"_s, i.organisation }, { u"contact_details"_s, i.contactDetails },
        { u"met_on"_s, date(i.metOn) }, { u"activities"_s, i.activities }, { u"conditions"_s, i.conditions },
        { u"qualities"_s, i.qualities }, { u"training_path"_s, i.trainingPath }, { u"job_market"_s, i.jobMarket } };
}

QJsonObject resource(const DocumentaryResource& r)
{
    return { { u"id"_s, r.id }, { u"title"_s, r.title }, { u"location"_s, r.location },
        { u"consulted_on"_s, date(r.consultedOn) }, { u"notes"_s, r.notes } };
}

template<typename T, typename F> QJsonArray array(const QList<T>& list, F convert)
{
    QJsonArray result;
    for (const T& item : list) {
        QJsonObject object = convert(item);
        if (item.id == 0) // not stored (yet): nothing refers to it
            object.remove(u"id"_s);
        result.append(object);
    }
    return result;
}

} // namespace

QJsonObject investigationToJson(const Investigation& investigation)
{
    return {
        { u"format"_s, kInvestigationFormat.toString() },
        { u"version"_s, kInvestigationFormatVersion },
        { u"bilan_id"_s, investigation.bilanId ? QJsonValue(investigation.bilanId) : QJsonValue(QJsonValue::Null) },
        { u"motivations"_s,
            QJsonObject { { u"meaning_of_work"_s, investigation.motivations.meaningOfWork },
                { u"ideal_activity"_s, investigation.motivations.idealActivity } } },
        { u"experiences"_s, array(investigation.experiences, experience) },
        { u"custom_domains"_s, strings(investigation.customDomains) },
        { u"competences"_s, array(investigation.competences, competence) },
        { u"criteria"_s, array(investigation.criteria, criterion) },
        { u"peer_feedback"_s, array(investigation.peerFeedback, feedback) },
        { u"test_results"_s, array(investigation.testResults, test) },
        { u"career_options"_s, array(investigation.careerOptions, option) },
        { u"field_inquiries"_s, array(investigation.fieldInquiries, inquiry) },
        { u"resources"_s, array(investigation.resources, resource) },
    };
}

} // namespace parcours
