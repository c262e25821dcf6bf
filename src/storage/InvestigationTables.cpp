// How each kind of investigation record maps to its table (see RecordTable).
#include "InvestigationTables.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

QList<RecordColumn> plain(std::initializer_list<const char16_t*> names)
{
    QList<RecordColumn> columns;
    for (const char16_t* name : names)
        columns.append({ QString::fromUtf16(name), {}, {} });
    return columns;
}

QVariant nullableId(const std::optional<qint64>& id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

/// Reads child rows (parent id, then the values) for the records selected by `where`, and hands each to `assign`.
template<typename T>
Result<void> readChildRows(Database& database, QList<T>& records, const QString& sql, qint64 scope,
    const std::function<void(T&, const SqlQuery&)>& assign)
{
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < records.size(); ++i)
        index.insert(records[i].id, i);
    SqlQuery query(database, sql);
    query.bind(u":scope"_s, scope);
    if (auto done = query.exec(); !done)
        return done;
    while (query.next()) {
        const auto it = index.constFind(query.value(0).toLongLong());
        if (it != index.constEnd())
            assign(records[*it], query);
    }
    return success();
}

} // namespace

RecordTable<Experience> experienceTable()
{
    RecordTable<Experience> table;
    table.table = u"experience"_s;
    table.kind = [] { return QCoreApplication::translate("Storage", "experience"); };
    table.columns = plain({ u"kind", u"title", u"organisation", u"start_date", u"end_date", u"activities", u"highs",
        u"lows", u"change_reason" });
    table.orderBy = u"CASE WHEN t.start_date IS NULL THEN 1 ELSE 0 END, t.start_date, t.id"_s;
    table.values = [](const Experience& e) {
        return QVariantList { toKey(e.kind), textValue(e.title), textValue(e.organisation), dateValue(e.startDate),
            dateValue(e.endDate), textValue(e.activities), textValue(e.highs), textValue(e.lows),
            textValue(e.changeReason) };
    };
    table.read = [](Experience& e, const std::function<QVariant(int)>& v) {
        e.kind = investigationKey<Experience::Kind>(v(0).toString()).value_or(Experience::Kind::Job);
        e.title = v(1).toString();
        e.organisation = v(2).toString();
        e.startDate = readDate(v(3));
        e.endDate = readDate(v(4));
        e.activities = v(5).toString();
        e.highs = v(6).toString();
        e.lows = v(7).toString();
        e.changeReason = v(8).toString();
    };
    return table;
}

RecordTable<Competence> competenceTable()
{
    RecordTable<Competence> table;
    table.table = u"competence"_s;
    table.kind = [] { return QCoreApplication::translate("Storage", "competence"); };
    table.columns = plain({ u"label", u"kind", u"domain" });
    // The custom domain is written by name and read back by name; the row holds its id.
    table.columns.append({ u"custom_domain_id"_s,
        u"(SELECT d.id FROM competence_domain d WHERE d.bilan_id = :bilan_ref AND d.name = :c3)"_s,
        u"(SELECT d.name FROM competence_domain d WHERE d.id = t.custom_domain_id)"_s });
    table.columns += plain({ u"transferable", u"notes" });
    table.orderBy = u"t.id"_s;
    table.values = [](const Competence& c) {
        const bool custom = c.domain == Competence::Domain::Custom;
        return QVariantList { textValue(c.label), toKey(c.kind), toKey(c.domain),
            custom ? QVariant(c.customDomain) : QVariant(QMetaType::fromType<QString>()), c.transferable,
            textValue(c.notes) };
    };
    table.read = [](Competence& c, const std::function<QVariant(int)>& v) {
        c.label = v(0).toString();
        c.kind = investigationKey<Competence::Kind>(v(1).toString()).value_or(Competence::Kind::KnowHow);
        c.domain = investigationKey<Competence::Domain>(v(2).toString()).value_or(Competence::Domain::Technical);
        c.customDomain = v(3).toString();
        c.transferable = v(4).toBool();
        c.notes = v(5).toString();
    };
    table.writeChildren = [](Database& database, const Competence& c, qint64 id, bool isNew) -> Result<void> {
        if (!isNew) {
            SqlQuery clear(database, u"DELETE FROM competence_experience WHERE competence_id = :id"_s);
            if (auto done = clear.bind(u":id"_s, id).exec(); !done)
                return done;
        }
        for (qint64 experienceId : c.experienceIds) {
            SqlQuery link(
                database, u"INSERT INTO competence_experience (competence_id, experience_id) VALUES (:c, :e)"_s);
            if (auto done = link.bind(u":c"_s, id).bind(u":e"_s, experienceId).exec(); !done)
                return done;
        }
        return success();
    };
    table.readChildren = [](Database& database, QList<Competence>& records, const QString& where, qint64 scope) {
        return readChildRows<Competence>(database, records,
            u"SELECT ce.competence_id, ce.experience_id FROM competence_experience ce JOIN competence t "
            u"ON t.id = ce.competence_id WHERE "_s
                + where + u" ORDER BY ce.competence_id, ce.experience_id"_s,
            scope, [](Competence& c, const SqlQuery& row) { c.experienceIds.append(row.value(1).toLongLong()); });
    };
    return table;
}

RecordTable<Criterion> criterionTable()
{
    RecordTable<Criterion> table;
    table.table = u"criterion"_s;
    table.kind = [] { return QCoreApplication::translate("Storage", "criterion"); };
    table.columns = plain({ u"label", u"zone", u"rank" });
    table.orderBy = u"CASE WHEN t.zone = 'essential' THEN 0 ELSE 1 END, t.rank, t.id"_s;
    table.values = [](const Criterion& c) { return QVariantList { textValue(c.label), toKey(c.zone), c.rank }; };
    table.read = [](Criterion& c, const std::function<QVariant(int)>& v) {
        c.label = v(0).toString();
        c.zone = investigationKey<Criterion::Zone>(v(1).toString()).value_or(Criterion::Zone::Essential);
        c.rank = v(2).toInt();
    };
    return table;
}

RecordTable<PeerFeedback> peerFeedbackTable()
{
    RecordTable<PeerFeedback> table;
    table.table = u"peer_feedback"_s;
    table.kind = [] { return QCoreApplication::translate("Storage", "answer"); };
    table.columns = plain({ u"respondent", u"relation", u"received_on", u"relational_style", u"strengths", u"vigilance",
        u"suggested_paths", u"keywords" });
    table.orderBy = u"t.id"_s;
    table.values = [](const PeerFeedback& p) {
        return QVariantList { textValue(p.respondent), toKey(p.relation), dateValue(p.receivedOn),
            textValue(p.relationalStyle), textValue(p.strengths), textValue(p.vigilance), textValue(p.suggestedPaths),
            textValue(p.keywords) };
    };
    table.read = [](PeerFeedback& p, const std::function<QVariant(int)>& v) {
        p.respondent = v(0).toString();
        p.relation = investigationKey<PeerFeedback::Relation>(v(1).toString()).value_or(PeerFeedback::Relation::Other);
        p.receivedOn = readDate(v(2));
        p.relationalStyle = v(3).toString();
        p.strengths = v(4).toString();
        p.vigilance = v(5).toString();
        p.suggestedPaths = v(6).toString();
        p.keywords = v(7).toString();
    };
    return table;
}

RecordTable<TestResult> testResultTable()
{
    RecordTable<TestResult> table;
    table.table = u"test_result"_s;
    table.kind = [] { return QCoreApplication::translate("Storage", "test result"); };
    table.columns = plain({ u"instrument", u"taken_on", u"summary" });
    for (const char16_t* name : { u"file_name", u"media_type", u"size", u"sha256" })
        table.columns.append({ QString::fromUtf16(name), u"-"_s, u"f."_s + QString::fromUtf16(name) });
    table.from = u"test_result t LEFT JOIN test_report_file f ON f.test_result_id = t.id"_s;
    table.orderBy = u"t.id"_s;
    table.values = [](const TestResult& r) {
        return QVariantList { textValue(r.instrument), dateValue(r.takenOn), textValue(r.summary) };
    };
    table.read = [](TestResult& r, const std::function<QVariant(int)>& v) {
        r.instrument = v(0).toString();
        r.takenOn = readDate(v(1));
        r.summary = v(2).toString();
        if (!v(3).isNull())
            r.file = ReportFile { v(3).toString(), v(4).toString(), v(5).toLongLong(), v(6).toString(), {} };
    };
    // Added or restored with its file's content (an import, an undo): the file comes back with the record.
    table.writeChildren = [](Database& database, const TestResult& r, qint64 id, bool isNew) -> Result<void> {
        if (!isNew || !r.file || r.file->content.isEmpty())
            return success();
        return writeReportFile(database, id, *r.file);
    };
    return table;
}

RecordTable<CareerOption> careerOptionTable()
{
    RecordTable<CareerOption> table;
    table.table = u"career_option"_s;
    table.kind = [] { return QCoreApplication::translate("Storage", "career option"); };
    table.columns = plain({ u"title", u"description", u"desire", u"feasibility", u"status", u"plan_b" });
    table.orderBy = u"t.id"_s;
    table.values = [](const CareerOption& o) {
        return QVariantList { textValue(o.title), textValue(o.description), o.desire, o.feasibility, toKey(o.status),
            o.planB };
    };
    table.read = [](CareerOption& o, const std::function<QVariant(int)>& v) {
        o.title = v(0).toString();
        o.description = v(1).toString();
        o.desire = v(2).toInt();
        o.feasibility = v(3).toInt();
        o.status = investigationKey<CareerOption::Status>(v(4).toString()).value_or(CareerOption::Status::Explored);
        o.planB = v(5).toBool();
    };
    table.writeChildren = [](Database& database, const CareerOption& o, qint64 id, bool isNew) -> Result<void> {
        if (!isNew) {
            SqlQuery clear(database, u"DELETE FROM career_option_aspect WHERE option_id = :id"_s);
            if (auto done = clear.bind(u":id"_s, id).exec(); !done)
                return done;
        }
        for (const auto& [favourable, list] :
            { std::pair { true, &o.favourable }, std::pair { false, &o.unfavourable } }) {
            for (qsizetype i = 0; i < list->size(); ++i) {
                SqlQuery aspect(database,
                    u"INSERT INTO career_option_aspect (option_id, favourable, position, body) "
                    u"VALUES (:o, :f, :p, :b)"_s);
                aspect.bind(u":o"_s, id)
                    .bind(u":f"_s, favourable)
                    .bind(u":p"_s, static_cast<int>(i))
                    .bind(u":b"_s, list->at(i));
                if (auto done = aspect.exec(); !done)
                    return done;
            }
        }
        return success();
    };
    table.readChildren = [](Database& database, QList<CareerOption>& records, const QString& where, qint64 scope) {
        return readChildRows<CareerOption>(database, records,
            u"SELECT a.option_id, a.favourable, a.body FROM career_option_aspect a JOIN career_option t "
            u"ON t.id = a.option_id WHERE "_s
                + where + u" ORDER BY a.option_id, a.favourable, a.position"_s,
            scope, [](CareerOption& o, const SqlQuery& row) {
                (row.value(1).toBool() ? o.favourable : o.unfavourable).append(row.value(2).toString());
            });
    };
    return table;
}

RecordTable<FieldInquiry> fieldInquiryTable()
{
    RecordTable<FieldInquiry> table;
    table.table = u"field_inquiry"_s;
    table.kind = [] { return QCoreApplication::translate("Storage", "field inquiry"); };
    table.columns = plain({ u"career_option_id", u"contact_name", u"contact_role", u"organisation", u"contact_details",
        u"met_on", u"activities", u"conditions", u"qualities", u"training_path", u"job_market" });
    table.orderBy = u"t.id"_s;
    table.values = [](const FieldInquiry& i) {
        return QVariantList { nullableId(i.careerOptionId), textValue(i.contactName), textValue(i.contactRole),
            textValue(i.organisation), textValue(i.contactDetails), dateValue(i.metOn), textValue(i.activities),
            textValue(i.conditions), textValue(i.qualities), textValue(i.trainingPath), textValue(i.jobMarket) };
    };
    table.read = [](FieldInquiry& i, const std::function<QVariant(int)>& v) {
        if (!v(0).isNull())
            i.careerOptionId = v(0).toLongLong();
        i.contactName = v(1).toString();
        i.contactRole = v(2).toString();
        i.organisation = v(3).toString();
        i.contactDetails = v(4).toString();
        i.metOn = readDate(v(5));
        i.activities = v(6).toString();
        i.conditions = v(7).toString();
        i.qualities = v(8).toString();
        i.trainingPath = v(9).toString();
        i.jobMarket = v(10).toString();
    };
    return table;
}

RecordTable<DocumentaryResource> resourceTable()
{
    RecordTable<DocumentaryResource> table;
    table.table = u"documentary_resource"_s;
    table.kind = [] { return QCoreApplication::translate("Storage", "resource"); };
    table.columns = plain({ u"title", u"location", u"consulted_on", u"notes" });
    table.orderBy = u"t.id"_s;
    table.values = [](const DocumentaryResource& r) {
        return QVariantList { textValue(r.title), textValue(r.location), dateValue(r.consultedOn), textValue(r.notes) };
    };
    table.read = [](DocumentaryResource& r, const std::function<QVariant(int)>& v) {
        r.title = v(0).toString();
        r.location = v(1).toString();
        r.consultedOn = readDate(v(2));
        r.notes = v(3).toString();
    };
    return table;
}

Result<void> writeReportFile(Database& database, qint64 testResultId, const ReportFile& file)
{
    SqlQuery upsert(database,
        u"INSERT INTO test_report_file (test_result_id, file_name, media_type, size, sha256, "
        u"content) VALUES (:id, :name, :type, :size, :sha, :content) ON CONFLICT (test_result_id) "
        u"DO UPDATE SET file_name = excluded.file_name, media_type = excluded.media_type, "
        u"size = excluded.size, sha256 = excluded.sha256, content = excluded.content, "
        u"version = test_report_file.version + 1"_s);
    upsert.bind(u":id"_s, testResultId)
        .bind(u":name"_s, file.fileName)
        .bind(u":type"_s, textValue(file.mediaType))
        .bind(u":size"_s, file.size)
        .bind(u":sha"_s, file.sha256)
        .bind(u":content"_s, file.content);
    return upsert.exec();
}

} // namespace parcours
