#include <parcours/core/InvestigationRules.h>
#include <parcours/core/Text.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

/** The translation context of the rules' messages. */
struct Rules {
    Q_DECLARE_TR_FUNCTIONS(InvestigationRules)
};

/** Collects the refusals of one record, keyed by JSON field. */
class Checks {
public:
    void required(const QString& field, const QString& value, const QString& message)
    {
        if (value.trimmed().isEmpty())
            m_errors.append({ field, message });
        else
            line(field, value);
    }
    void line(const QString& field, const QString& value)
    {
        if (value.size() > kMaxLineLength)
            m_errors.append(
                { field, Rules::tr("This field is too long (%1 characters at most).").arg(kMaxLineLength) });
    }
    void text(const QString& field, const QString& value)
    {
        if (value.size() > kMaxTextLength)
            m_errors.append({ field, Rules::tr("This text is too long (%1 characters at most).").arg(kMaxTextLength) });
    }
    void add(const QString& field, const QString& message) { m_errors.append({ field, message }); }
    QList<FieldError> errors() const { return m_errors; }

private:
    QList<FieldError> m_errors;
};

/** What a report file may be: its media type, by extension, and the bytes it must start with. */
struct FileType {
    const char* extension;
    const char* mediaType;
    QByteArray magic;
};

const QList<FileType>& fileTypes()
{
    static const QByteArray zip("PK\x03\x04", 4);
    static const QByteArray ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    static const QList<FileType> types {
        { "pdf", "application/pdf", QByteArray("%PDF-") },
        { "png", "image/png", QByteArray("\x89PNG\r\n\x1A\n", 8) },
        { "jpg", "image/jpeg", QByteArray("\xFF\xD8\xFF", 3) },
        { "jpeg", "image/jpeg", QByteArray("\xFF\xD8\xFF", 3) },
        { "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", zip },
        { "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", zip },
        { "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation", zip },
        { "odt", "application/vnd.oasis.opendocument.text", zip },
        { "ods", "application/vnd.oasis.opendocument.spreadsheet", zip },
        { "odp", "application/vnd.oasis.opendocument.presentation", zip },
        { "doc", "application/msword", ole },
        { "xls", "application/vnd.ms-excel", ole },
        { "ppt", "application/vnd.ms-powerpoint", ole },
        { "rtf", "application/rtf", QByteArray("{\\rtf") },
    };
    return types;
}

bool criterionBefore(const Criterion& a, const Criterion& b)
{
    if (a.zone != b.zone)
        return a.zone == Criterion::Zone::Essential;
    if (a.rank != b.rank)
        return a.rank < b.rank;
    return a.id < b.id;
}

} // namespace

bool validScore(int score)
{
    return score >= kMinScore && score <= kMaxScore;
}

QList<FieldError> validateRecord(const Experience& experience)
{
    Checks checks;
    checks.required(
        u"title"_s, experience.title, Rules::tr("Say what the experience was (a job, an internship, a training)."));
    checks.line(u"organisation"_s, experience.organisation);
    if (experience.startDate.isValid() && experience.endDate.isValid() && experience.endDate < experience.startDate)
        checks.add(u"end_date"_s, Rules::tr("The end date is before the start date."));
    checks.text(u"activities"_s, experience.activities);
    checks.text(u"highs"_s, experience.highs);
    checks.text(u"lows"_s, experience.lows);
    checks.text(u"change_reason"_s, experience.changeReason);
    return checks.errors();
}

QList<FieldError> validateRecord(const Competence& competence)
{
    Checks checks;
    checks.required(u"label"_s, competence.label, Rules::tr("Name the competence."));
    if (competence.domain == Competence::Domain::Custom && competence.customDomain.trimmed().isEmpty())
        checks.add(u"custom_domain"_s, Rules::tr("Choose the domain this competence belongs to."));
    if (competence.domain != Competence::Domain::Custom && !competence.customDomain.isEmpty())
        checks.add(u"custom_domain"_s, Rules::tr("Only a competence of another domain names its own domain."));
    checks.text(u"notes"_s, competence.notes);
    return checks.errors();
}

QList<FieldError> validateRecord(const Criterion& criterion)
{
    Checks checks;
    checks.required(u"label"_s, criterion.label, Rules::tr("Name the criterion."));
    if (criterion.rank < 1)
        checks.add(u"rank"_s, Rules::tr("A rank is 1 or more."));
    return checks.errors();
}

QList<FieldError> validateRecord(const PeerFeedback& feedback)
{
    Checks checks;
    checks.required(
        u"respondent"_s, feedback.respondent, Rules::tr("Say who answered (a first name or initials are enough)."));
    for (const auto& [field, text] : { std::pair { u"relational_style"_s, &feedback.relationalStyle },
             std::pair { u"strengths"_s, &feedback.strengths }, std::pair { u"vigilance"_s, &feedback.vigilance },
             std::pair { u"suggested_paths"_s, &feedback.suggestedPaths },
             std::pair { u"keywords"_s, &feedback.keywords } })
        checks.text(field, *text);
    return checks.errors();
}

QList<FieldError> validateRecord(const TestResult& result)
{
    Checks checks;
    checks.required(u"instrument"_s, result.instrument, Rules::tr("Name the test or instrument."));
    checks.text(u"summary"_s, result.summary);
    return checks.errors();
}

QList<FieldError> validateRecord(const CareerOption& option)
{
    Checks checks;
    checks.required(u"title"_s, option.title, Rules::tr("Give the option a title."));
    checks.text(u"description"_s, option.description);
    if (!validScore(option.desire))
        checks.add(u"desire"_s, Rules::tr("Desire is scored from %1 to %2.").arg(kMinScore).arg(kMaxScore));
    if (!validScore(option.feasibility))
        checks.add(u"feasibility"_s, Rules::tr("Feasibility is scored from %1 to %2.").arg(kMinScore).arg(kMaxScore));
    for (const auto& [field, list] :
        { std::pair { u"favourable"_s, &option.favourable }, std::pair { u"unfavourable"_s, &option.unfavourable } }) {
        for (qsizetype i = 0; i < list->size(); ++i) {
            if (list->at(i).trimmed().isEmpty())
                checks.add(field + u'/' + QString::number(i), Rules::tr("An aspect cannot be empty."));
            else if (list->at(i).size() > kMaxLineLength * 5)
                checks.add(field + u'/' + QString::number(i), Rules::tr("This aspect is too long."));
        }
    }
    if (option.planB && option.status == CareerOption::Status::SetAside)
        checks.add(u"plan_b"_s, Rules::tr("An option set aside cannot be the plan B."));
    return checks.errors();
}

QList<FieldError> validateRecord(const FieldInquiry& inquiry)
{
    Checks checks;
    if (inquiry.contactName.trimmed().isEmpty() && inquiry.contactRole.trimmed().isEmpty())
        checks.add(u"contact_name"_s, Rules::tr("Say whom the beneficiary met: a name or at least their job."));
    checks.line(u"contact_name"_s, inquiry.contactName);
    checks.line(u"contact_role"_s, inquiry.contactRole);
    checks.line(u"organisation"_s, inquiry.organisation);
    for (const auto& [field, text] : { std::pair { u"contact_details"_s, &inquiry.contactDetails },
             std::pair { u"activities"_s, &inquiry.activities }, std::pair { u"conditions"_s, &inquiry.conditions },
             std::pair { u"qualities"_s, &inquiry.qualities }, std::pair { u"training_path"_s, &inquiry.trainingPath },
             std::pair { u"job_market"_s, &inquiry.jobMarket } })
        checks.text(field, *text);
    return checks.errors();
}

QList<FieldError> validateRecord(const DocumentaryResource& resource)
{
    Checks checks;
    checks.required(u"title"_s, resource.title, Rules::tr("Name the resource."));
    checks.text(u"location"_s, resource.location);
    checks.text(u"notes"_s, resource.notes);
    return checks.errors();
}

QList<FieldError> validateRecord(const Motivations& motivations)
{
    Checks checks;
    checks.text(u"meaning_of_work"_s, motivations.meaningOfWork);
    checks.text(u"ideal_activity"_s, motivations.idealActivity);
    return checks.errors();
}

Result<QString> checkCustomDomain(const QString& name, const QStringList& existing)
{
    const QString clean = simplifiedLine(name);
    if (clean.isEmpty())
        return makeError(ErrorCode::InvalidInput, Rules::tr("Name the domain."), u"custom_domains"_s);
    if (clean.size() > 60)
        return makeError(
            ErrorCode::InvalidInput, Rules::tr("A domain name is 60 characters at most."), u"custom_domains"_s);
    QStringList taken;
    for (Competence::Domain domain : kBuiltInDomains)
        taken << foldForSearch(displayName(domain)) << toKey(domain);
    for (const QString& other : existing)
        taken << foldForSearch(other);
    if (taken.contains(foldForSearch(clean)))
        return makeError(
            ErrorCode::InvalidInput, Rules::tr("The domain “%1” is already there.").arg(clean), u"custom_domains"_s);
    return clean;
}

QList<Criterion> rankCriteria(QList<Criterion> criteria)
{
    std::stable_sort(criteria.begin(), criteria.end(), criterionBefore);
    int rank[2] = { 0, 0 };
    for (Criterion& criterion : criteria)
        criterion.rank = ++rank[criterion.zone == Criterion::Zone::Essential ? 0 : 1];
    return criteria;
}

QList<Criterion> moveCriterion(QList<Criterion> criteria, qint64 id, Criterion::Zone zone, int position)
{
    criteria = rankCriteria(std::move(criteria));
    const auto found = std::find_if(criteria.begin(), criteria.end(), [id](const Criterion& c) { return c.id == id; });
    if (found == criteria.end())
        return criteria;
    Criterion moved = *found;
    criteria.erase(found);
    QList<Criterion> target;
    QList<Criterion> other;
    for (const Criterion& criterion : std::as_const(criteria))
        (criterion.zone == zone ? target : other).append(criterion);
    moved.zone = zone;
    target.insert(std::clamp<qsizetype>(position, 0, target.size()), moved);
    int rank = 0;
    for (Criterion& criterion : target)
        criterion.rank = ++rank;
    return rankCriteria(zone == Criterion::Zone::Essential ? target + other : other + target);
}

Result<void> checkRanking(const QList<Criterion>& criteria)
{
    QHash<int, QList<int>> ranks;
    for (const Criterion& criterion : criteria)
        ranks[static_cast<int>(criterion.zone)].append(criterion.rank);
    for (QList<int>& zone : ranks) {
        std::sort(zone.begin(), zone.end());
        for (qsizetype i = 0; i < zone.size(); ++i) {
            if (zone[i] != i + 1)
                return makeError(ErrorCode::InvalidInput,
                    Rules::tr("Criteria are ranked 1, 2, 3… in each zone, without gaps "
                              "or ties."),
                    u"rank"_s);
        }
    }
    return success();
}

Result<void> checkPlanB(const QList<CareerOption>& options)
{
    const CareerOption* planB = nullptr;
    for (const CareerOption& option : options) {
        if (!option.planB)
            continue;
        if (planB)
            return makeError(ErrorCode::Refused,
                Rules::tr("“%1” is already the plan B: a bilan has one plan B at most.").arg(planB->title),
                u"plan_b"_s);
        if (option.status == CareerOption::Status::SetAside)
            return makeError(ErrorCode::Refused, Rules::tr("An option set aside cannot be the plan B."), u"plan_b"_s);
        planB = &option;
    }
    return success();
}

QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QStringList acceptedReportExtensions()
{
    QStringList extensions;
    for (const FileType& type : fileTypes())
        extensions << QString::fromLatin1(type.extension);
    return extensions;
}

Result<ReportFile> checkReportFile(const QString& fileName, const QByteArray& content)
{
    const QString name = QFileInfo(fileName).fileName().trimmed();
    if (name.isEmpty() || name.size() > kMaxLineLength)
        return makeError(ErrorCode::InvalidInput, Rules::tr("The report file needs a name."), u"file_name"_s);
    if (content.isEmpty())
        return makeError(ErrorCode::InvalidInput, Rules::tr("The file “%1” is empty.").arg(name), u"content"_s);
    if (content.size() > kMaxReportFileBytes) {
        return makeError(ErrorCode::InvalidInput,
            Rules::tr("The file “%1” is too big (%2 MB at most).").arg(name).arg(kMaxReportFileBytes / (1024 * 1024)),
            u"content"_s);
    }
    const QString extension = QFileInfo(name).suffix().toLower();
    for (const FileType& type : fileTypes()) {
        if (extension != QLatin1StringView(type.extension))
            continue;
        if (!content.startsWith(type.magic)) {
            return makeError(ErrorCode::InvalidInput,
                Rules::tr("The file “%1” is not the kind its name says (.%2).").arg(name, extension), u"content"_s);
        }
        ReportFile file;
        file.fileName = name;
        file.mediaType = QString::fromLatin1(type.mediaType);
        file.size = content.size();
        file.sha256 = sha256Hex(content);
        file.content = content;
        return file;
    }
    return makeError(ErrorCode::InvalidInput,
        Rules::tr("Only PDF files, images (PNG, JPEG) and office documents can be "
                  "attached, not “%1”.")
            .arg(name),
        u"file_name"_s);
}

QList<KeywordCount> recurringKeywords(const QList<PeerFeedback>& feedback)
{
    static const QRegularExpression separators(u"[,;\\n/•·]+"_s);
    QList<KeywordCount> counts;
    QHash<QString, qsizetype> indexByWord;
    for (const PeerFeedback& answer : feedback) {
        QSet<QString> seen;
        const QStringList words = answer.keywords.split(separators, Qt::SkipEmptyParts);
        for (const QString& raw : words) {
            const QString word = simplifiedLine(raw).remove(QRegularExpression(u"^[-–—.\\s]+|[.!\\s]+$"_s));
            const QString folded = foldForSearch(word);
            if (folded.isEmpty() || seen.contains(folded))
                continue;
            seen.insert(folded);
            if (const auto it = indexByWord.constFind(folded); it != indexByWord.constEnd()) {
                ++counts[*it].respondents;
            } else {
                indexByWord.insert(folded, counts.size());
                counts.append({ word, 1 });
            }
        }
    }
    std::stable_sort(counts.begin(), counts.end(), [](const KeywordCount& a, const KeywordCount& b) {
        if (a.respondents != b.respondents)
            return a.respondents > b.respondents;
        return foldForSearch(a.word) < foldForSearch(b.word);
    });
    return counts;
}

QStringList domainColumns(const QStringList& customDomains)
{
    QStringList columns;
    for (Competence::Domain domain : kBuiltInDomains)
        columns << displayName(domain);
    return columns + customDomains;
}

int domainColumn(const Competence& competence, const QStringList& customDomains)
{
    if (competence.domain != Competence::Domain::Custom)
        return static_cast<int>(competence.domain);
    const qsizetype index = customDomains.indexOf(competence.customDomain);
    return index < 0 ? -1 : static_cast<int>(kBuiltInDomains.size() + index);
}

} // namespace parcours
