// parseInvestigationJson: a strict reader of the investigation document. Every refusal names the JSON pointer of
// the bad value; nothing here touches storage, so the parser can be tested and fuzzed on its own.
#include <parcours/core/InvestigationJson.h>
#include <parcours/core/InvestigationRules.h>
#include <parcours/core/WallClock.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>
#include <initializer_list>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

/** The translation context of the reader's messages. */
struct Json {
    Q_DECLARE_TR_FUNCTIONS(InvestigationJson)
};

/// A key as a JSON pointer segment (RFC 6901: '~' → "~0", '/' → "~1").
QString segment(const QString& key)
{
    QString escaped = key;
    return escaped.replace(u'~', u"~0"_s).replace(u'/', u"~1"_s);
}

/**
 * Reads the members of one JSON object at pointer `at`. The first refusal is kept in `error`; every later call is
 * a no-op, so a record is read in straight lines and checked once at the end.
 */
class Fields {
public:
    Fields(const QJsonValue& value, QString at, std::optional<Error>& error) : m_at(std::move(at)), m_error(error)
    {
        if (!value.isObject())
            fail(m_at, Json::tr("Expected an object."));
        m_object = value.toObject();
    }

    bool ok() const { return !m_error; }
    QString pointer(const QString& key) const { return m_at + u'/' + segment(key); }

    /// Refuses any key not in `known`.
    void only(std::initializer_list<QStringView> known)
    {
        for (auto it = m_object.begin(); ok() && it != m_object.end(); ++it) {
            if (std::find(known.begin(), known.end(), it.key()) == known.end())
                fail(pointer(it.key()), Json::tr("Unknown key."));
        }
    }

    QJsonValue value(const QString& key, bool required)
    {
        if (!ok())
            return {};
        if (!m_object.contains(key)) {
            if (required)
                fail(pointer(key), Json::tr("This key is required."));
            return QJsonValue(QJsonValue::Undefined);
        }
        return m_object.value(key);
    }

    QString text(const QString& key, bool required = false)
    {
        const QJsonValue v = value(key, required);
        if (v.isUndefined() || !ok())
            return {};
        if (!v.isString())
            fail(pointer(key), Json::tr("Expected a string."));
        return v.toString();
    }

    std::optional<qint64> integer(const QString& key, bool required = false, bool nullable = false)
    {
        const QJsonValue v = value(key, required);
        if (v.isUndefined() || !ok() || (nullable && v.isNull()))
            return std::nullopt;
        const double number = v.toDouble();
        if (!v.isDouble() || std::floor(number) != number || std::fabs(number) > 9007199254740991.0) {
            fail(pointer(key),
                nullable ? Json::tr("Expected a whole number or null.") : Json::tr("Expected a whole number."));
            return std::nullopt;
        }
        return static_cast<qint64>(number);
    }

    /// A record's id: a positive whole number when given, 0 when not.
    qint64 id(const QString& key = u"id"_s, bool nullable = false)
    {
        const auto number = integer(key, false, nullable);
        if (number && *number <= 0)
            fail(pointer(key), Json::tr("An id is a positive whole number."));
        return number.value_or(0);
    }

    bool flag(const QString& key)
    {
        const QJsonValue v = value(key, false);
        if (v.isUndefined() || !ok())
            return false;
        if (!v.isBool())
            fail(pointer(key), Json::tr("Expected true or false."));
        return v.toBool();
    }

    QDate date(const QString& key)
    {
        const QJsonValue v = value(key, false);
        if (v.isUndefined() || v.isNull() || !ok())
            return {};
        const auto parsed = v.isString() ? parseIsoDate(v.toString()) : std::nullopt;
        if (!parsed)
            fail(pointer(key), Json::tr("Expected a date (YYYY-MM-DD) or null."));
        return parsed.value_or(QDate());
    }

    template<typename E> E choice(const QString& key, E fallback, bool required, std::initializer_list<E> all)
    {
        const QJsonValue v = value(key, required);
        if (v.isUndefined() || !ok())
            return fallback;
        const auto parsed = v.isString() ? investigationKey<E>(v.toString()) : std::nullopt;
        if (!parsed) {
            QStringList keys;
            for (E item : all)
                keys << toKey(item);
            fail(pointer(key), Json::tr("Expected one of: %1.").arg(keys.join(u", "_s)));
        }
        return parsed.value_or(fallback);
    }

    QJsonArray array(const QString& key, bool required = false)
    {
        const QJsonValue v = value(key, required);
        if (v.isUndefined() || !ok())
            return {};
        if (!v.isArray())
            fail(pointer(key), Json::tr("Expected an array."));
        return v.toArray();
    }

    QStringList strings(const QString& key)
    {
        QStringList list;
        const QJsonArray items = array(key);
        for (qsizetype i = 0; ok() && i < items.size(); ++i) {
            if (!items[i].isString())
                fail(pointer(key) + u'/' + QString::number(i), Json::tr("Expected a string."));
            list << items[i].toString();
        }
        return list;
    }

    void fail(const QString& at, const QString& message)
    {
        if (!m_error)
            m_error = makeError(ErrorCode::InvalidInput, message, at);
    }

private:
    QJsonObject m_object;
    QString m_at;
    std::optional<Error>& m_error;
};

template<typename T, typename F>
QList<T> readList(Fields& root, const QString& key, std::optional<Error>& error, F read)
{
    QList<T> list;
    const QJsonArray items = root.array(key);
    for (qsizetype i = 0; !error && i < items.size(); ++i) {
        Fields fields(items[i], u'/' + key + u'/' + QString::number(i), error);
        T record = read(fields);
        if (!error)
            list.append(record);
    }
    return list;
}

Experience readExperience(Fields& f)
{
    f.only({ u"id", u"kind", u"title", u"organisation", u"start_date", u"end_date", u"activities", u"highs", u"lows",
        u"change_reason" });
    Experience e;
    e.id = f.id();
    e.kind = f.choice(u"kind"_s, Experience::Kind::Job, false,
        { Experience::Kind::Job, Experience::Kind::Internship, Experience::Kind::Training });
    e.title = f.text(u"title"_s, true);
    e.organisation = f.text(u"organisation"_s);
    e.startDate = f.date(u"start_date"_s);
    e.endDate = f.date(u"end_date"_s);
    e.activities = f.text(u"activities"_s);
    e.highs = f.text(u"highs"_s);
    e.lows = f.text(u"lows"_s);
    e.changeReason = f.text(u"change_reason"_s);
    return e;
}

Competence readCompetence(Fields& f)
{
    f.only({ u"id", u"label", u"kind", u"domain", u"custom_domain", u"transferable", u"experience_ids", u"notes" });
    Competence c;
    c.id = f.id();
    c.label = f.text(u"label"_s, true);
    c.kind = f.choice(u"kind"_s, Competence::Kind::KnowHow, true,
        { Competence::Kind::KnowHow, Competence::Kind::Knowledge, Competence::Kind::Behaviour });
    c.domain = f.choice(u"domain"_s, Competence::Domain::Technical, true,
        { Competence::Domain::Relational, Competence::Domain::Technical, Competence::Domain::Organisational,
            Competence::Domain::Custom });
    if (f.ok() && f.value(u"custom_domain"_s, false).isNull())
        c.customDomain.clear();
    else
        c.customDomain = f.text(u"custom_domain"_s, c.domain == Competence::Domain::Custom);
    c.transferable = f.flag(u"transferable"_s);
    const QJsonArray ids = f.array(u"experience_ids"_s);
    for (qsizetype i = 0; f.ok() && i < ids.size(); ++i) {
        const double number = ids[i].toDouble();
        if (!ids[i].isDouble() || std::floor(number) != number || number <= 0 || number > 9007199254740991.0)
            f.fail(f.pointer(u"experience_ids"_s) + u'/' + QString::number(i),
                Json::tr("An id is a positive whole number."));
        c.experienceIds << static_cast<qint64>(number);
    }
    c.notes = f.text(u"notes"_s);
    return c;
}

Criterion readCriterion(Fields& f)
{
    f.only({ u"id", u"label", u"zone", u"rank" });
    Criterion c;
    c.id = f.id();
    c.label = f.text(u"label"_s, true);
    c.zone = f.choice(
        u"zone"_s, Criterion::Zone::Essential, true, { Criterion::Zone::Essential, Criterion::Zone::Negotiable });
    const auto rank = f.integer(u"rank"_s, true);
    if (rank && (*rank < 1 || *rank > 100000))
        f.fail(f.pointer(u"rank"_s), Json::tr("A rank is 1 or more."));
    c.rank = static_cast<int>(rank.value_or(1));
    return c;
}

PeerFeedback readFeedback(Fields& f)
{
    f.only({ u"id", u"respondent", u"relation", u"received_on", u"relational_style", u"strengths", u"vigilance",
        u"suggested_paths", u"keywords" });
    PeerFeedback p;
    p.id = f.id();
    p.respondent = f.text(u"respondent"_s, true);
    p.relation = f.choice(u"relation"_s, PeerFeedback::Relation::Other, true,
        { PeerFeedback::Relation::Colleague, PeerFeedback::Relation::Manager, PeerFeedback::Relation::TeamMember,
            PeerFeedback::Relation::Client, PeerFeedback::Relation::Friend, PeerFeedback::Relation::Family,
            PeerFeedback::Relation::Other });
    p.receivedOn = f.date(u"received_on"_s);
    p.relationalStyle = f.text(u"relational_style"_s);
    p.strengths = f.text(u"strengths"_s);
    p.vigilance = f.text(u"vigilance"_s);
    p.suggestedPaths = f.text(u"suggested_paths"_s);
    p.keywords = f.text(u"keywords"_s);
    return p;
}

std::optional<ReportFile> readReport(Fields& parent, std::optional<Error>& error)
{
    const QJsonValue value = parent.value(u"report"_s, false);
    if (!parent.ok() || value.isUndefined() || value.isNull())
        return std::nullopt;
    Fields f(value, parent.pointer(u"report"_s), error);
    f.only({ u"file_name", u"media_type", u"size", u"sha256", u"content_base64" });
    ReportFile file;
    file.fileName = f.text(u"file_name"_s, true);
    file.mediaType = f.text(u"media_type"_s);
    const auto size = f.integer(u"size"_s);
    file.sha256 = f.text(u"sha256"_s).toLower();
    const QString base64 = f.text(u"content_base64"_s, true);
    if (!f.ok())
        return std::nullopt;
    auto decoded = QByteArray::fromBase64Encoding(base64.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || (base64.size() > 0 && decoded.decoded.isEmpty()))
        f.fail(f.pointer(u"content_base64"_s), Json::tr("This is not base64."));
    file.content = decoded ? decoded.decoded : QByteArray();
    file.size = file.content.size();
    if (size && *size != file.content.size())
        f.fail(
            f.pointer(u"size"_s), Json::tr("The size does not match the content (%1 bytes).").arg(file.content.size()));
    return file;
}

TestResult readTest(Fields& f, std::optional<Error>& error)
{
    f.only({ u"id", u"instrument", u"taken_on", u"summary", u"report" });
    TestResult t;
    t.id = f.id();
    t.instrument = f.text(u"instrument"_s, true);
    t.takenOn = f.date(u"taken_on"_s);
    t.summary = f.text(u"summary"_s);
    t.file = readReport(f, error);
    return t;
}

CareerOption readOption(Fields& f)
{
    f.only({ u"id", u"title", u"description", u"desire", u"feasibility", u"favourable", u"unfavourable", u"status",
        u"plan_b" });
    CareerOption o;
    o.id = f.id();
    o.title = f.text(u"title"_s, true);
    o.description = f.text(u"description"_s);
    // Out-of-range scores are kept as given: the rules refuse them with their own message.
    const auto clampToInt
        = [](std::optional<qint64> v) { return static_cast<int>(std::clamp<qint64>(v.value_or(0), -1000, 1000)); };
    o.desire = clampToInt(f.integer(u"desire"_s, true));
    o.feasibility = clampToInt(f.integer(u"feasibility"_s, true));
    o.favourable = f.strings(u"favourable"_s);
    o.unfavourable = f.strings(u"unfavourable"_s);
    o.status = f.choice(u"status"_s, CareerOption::Status::Explored, false,
        { CareerOption::Status::Explored, CareerOption::Status::Kept, CareerOption::Status::SetAside });
    o.planB = f.flag(u"plan_b"_s);
    return o;
}

FieldInquiry readInquiry(Fields& f)
{
    f.only({ u"id", u"career_option_id", u"contact_name", u"contact_role", u"organisation", u"contact_details",
        u"met_on", u"activities", u"conditions", u"qualities", u"training_path", u"job_market" });
    FieldInquiry i;
    i.id = f.id();
    if (const qint64 option = f.id(u"career_option_id"_s, true); option > 0)
        i.careerOptionId = option;
    i.contactName = f.text(u"contact_name"_s);
    i.contactRole = f.text(u"contact_role"_s);
    i.organisation = f.text(u"organisation"_s);
    i.contactDetails = f.text(u"contact_details"_s);
    i.metOn = f.date(u"met_on"_s);
    i.activities = f.text(u"activities"_s);
    i.conditions = f.text(u"conditions"_s);
    i.qualities = f.text(u"qualities"_s);
    i.trainingPath = f.text(u"training_path"_s);
    i.jobMarket = f.text(u"job_market"_s);
    return i;
}

DocumentaryResource readResource(Fields& f)
{
    f.only({ u"id", u"title", u"location", u"consulted_on", u"notes" });
    DocumentaryResource r;
    r.id = f.id();
    r.title = f.text(u"title"_s, true);
    r.location = f.text(u"location"_s);
    r.consultedOn = f.date(u"consulted_on"_s);
    r.notes = f.text(u"notes"_s);
    return r;
}

} // namespace

Result<Investigation> parseInvestigationJson(const QByteArray& document)
{
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(document, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(ErrorCode::InvalidInput,
            Json::tr("Not valid JSON (at byte %1): %2.").arg(parseError.offset).arg(parseError.errorString()),
            QString());
    std::optional<Error> error;
    Fields root(json.isObject() ? QJsonValue(json.object()) : QJsonValue(json.array()), QString(), error);
    root.only({ u"format", u"version", u"bilan_id", u"motivations", u"experiences", u"custom_domains", u"competences",
        u"criteria", u"peer_feedback", u"test_results", u"career_options", u"field_inquiries", u"resources" });
    if (root.text(u"format"_s, true) != kInvestigationFormat && root.ok())
        root.fail(u"/format"_s, Json::tr("Expected \"%1\".").arg(kInvestigationFormat.toString()));
    if (const auto version = root.integer(u"version"_s, true); version && *version != kInvestigationFormatVersion)
        root.fail(u"/version"_s,
            Json::tr("This version of Parcours reads version %1 documents.").arg(kInvestigationFormatVersion));
    root.id(u"bilan_id"_s, true);

    Investigation investigation;
    if (const QJsonValue motivations = root.value(u"motivations"_s, false); !motivations.isUndefined() && root.ok()) {
        Fields f(motivations, u"/motivations"_s, error);
        f.only({ u"meaning_of_work", u"ideal_activity" });
        investigation.motivations.meaningOfWork = f.text(u"meaning_of_work"_s);
        investigation.motivations.idealActivity = f.text(u"ideal_activity"_s);
    }
    investigation.experiences = readList<Experience>(root, u"experiences"_s, error, readExperience);
    investigation.customDomains = root.strings(u"custom_domains"_s);
    investigation.competences = readList<Competence>(root, u"competences"_s, error, readCompetence);
    investigation.criteria = readList<Criterion>(root, u"criteria"_s, error, readCriterion);
    investigation.peerFeedback = readList<PeerFeedback>(root, u"peer_feedback"_s, error, readFeedback);
    investigation.testResults
        = readList<TestResult>(root, u"test_results"_s, error, [&error](Fields& f) { return readTest(f, error); });
    investigation.careerOptions = readList<CareerOption>(root, u"career_options"_s, error, readOption);
    investigation.fieldInquiries = readList<FieldInquiry>(root, u"field_inquiries"_s, error, readInquiry);
    investigation.resources = readList<DocumentaryResource>(root, u"resources"_s, error, readResource);
    if (error)
        return *error;
    if (auto checked = checkInvestigation(investigation); !checked)
        return checked.error();
    return investigation;
}

} // namespace parcours
