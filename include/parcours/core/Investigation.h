#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace parcours {

// The investigation phase's workspace, per bilan: everything here is bilan content (R6313-7), kept in its own
// tables so it can be destroyed while the administrative proof stays. Every record has an id, its bilan and a
// version (optimistic locking, as everywhere in Parcours).

/** A step of the professional history (poste, stage, formation): what was done, how it felt, why it ended. */
struct Experience {
    enum class Kind { Job, Internship, Training };
    qint64 id = 0;
    qint64 bilanId = 0;
    Kind kind = Kind::Job;
    QString title; ///< the job held, the internship, the training followed
    QString organisation;
    QDate startDate; ///< null when unknown
    QDate endDate; ///< null while it goes on (or unknown)
    QString activities; ///< what was done
    QString highs;
    QString lows;
    QString changeReason; ///< why it ended or changed
    int version = 0;
};
inline constexpr std::array kAllExperienceKinds { Experience::Kind::Job, Experience::Kind::Internship,
    Experience::Kind::Training };

/** A competence of the portfolio: savoir-faire, savoir or savoir-être, in a domain, traced to experiences. */
struct Competence {
    enum class Kind { KnowHow, Knowledge, Behaviour };
    /// Custom: one of the domains the consultant added for this bilan (named in `customDomain`).
    enum class Domain { Relational, Technical, Organisational, Custom };
    qint64 id = 0;
    qint64 bilanId = 0;
    QString label;
    Kind kind = Kind::KnowHow;
    Domain domain = Domain::Technical;
    QString customDomain; ///< set only for Domain::Custom
    bool transferable = false;
    QList<qint64> experienceIds; ///< where it comes from
    QString notes;
    int version = 0;
};
inline constexpr std::array kAllCompetenceKinds { Competence::Kind::KnowHow, Competence::Kind::Knowledge,
    Competence::Kind::Behaviour };
inline constexpr std::array kBuiltInDomains { Competence::Domain::Relational, Competence::Domain::Technical,
    Competence::Domain::Organisational };

/** A criterion of working life, ranked: fundamental (critère fondamental) or open to concession. */
struct Criterion {
    enum class Zone { Essential, Negotiable };
    qint64 id = 0;
    qint64 bilanId = 0;
    QString label;
    Zone zone = Zone::Essential;
    int rank = 1; ///< 1 is the most important within its zone
    int version = 0;
};
inline constexpr std::array kAllCriterionZones { Criterion::Zone::Essential, Criterion::Zone::Negotiable };

/** The free texts of values and motivations: what work means, the ideal activity. */
struct Motivations {
    qint64 bilanId = 0;
    QString meaningOfWork;
    QString idealActivity;
    int version = 0; ///< 0 while nothing was written
};

/** One respondent's answers to the questionnaire "le regard des autres". */
struct PeerFeedback {
    enum class Relation { Colleague, Manager, TeamMember, Client, Friend, Family, Other };
    qint64 id = 0;
    qint64 bilanId = 0;
    QString respondent; ///< a first name or initials
    Relation relation = Relation::Colleague;
    QDate receivedOn;
    QString relationalStyle; ///< how the beneficiary is with others
    QString strengths;
    QString vigilance; ///< points to watch
    QString suggestedPaths; ///< activities or roles the respondent would see them in
    QString keywords; ///< a few words that describe them (comma-separated)
    int version = 0;
};
inline constexpr std::array kAllRelations { PeerFeedback::Relation::Colleague, PeerFeedback::Relation::Manager,
    PeerFeedback::Relation::TeamMember, PeerFeedback::Relation::Client, PeerFeedback::Relation::Friend,
    PeerFeedback::Relation::Family, PeerFeedback::Relation::Other };

/** A test's report file, kept in the database with its checksum; `content` is loaded only when asked for. */
struct ReportFile {
    QString fileName;
    QString mediaType;
    qint64 size = 0;
    QString sha256; ///< lower-case hex
    QByteArray content;
};

/** The result of an instrument (PerformanSe Echo…): when, what the consultant draws from it, its report. */
struct TestResult {
    qint64 id = 0;
    qint64 bilanId = 0;
    QString instrument;
    QDate takenOn;
    QString summary; ///< in the consultant's words
    std::optional<ReportFile> file;
    int version = 0;
};

/** A career option (piste professionnelle), weighed by desire and feasibility. */
struct CareerOption {
    enum class Status { Explored, Kept, SetAside };
    qint64 id = 0;
    qint64 bilanId = 0;
    QString title;
    QString description;
    int desire = 3; ///< 1–5
    int feasibility = 3; ///< 1–5
    QStringList favourable; ///< aspects favourables et facilitants
    QStringList unfavourable; ///< aspects défavorables, zones d'ombre
    Status status = Status::Explored;
    bool planB = false; ///< one per bilan at most
    int version = 0;
};
inline constexpr std::array kAllOptionStatuses { CareerOption::Status::Explored, CareerOption::Status::Kept,
    CareerOption::Status::SetAside };

/** A meeting with a professional (enquête métier), usually about one option. */
struct FieldInquiry {
    qint64 id = 0;
    qint64 bilanId = 0;
    std::optional<qint64> careerOptionId;
    QString contactName;
    QString contactRole;
    QString organisation;
    QString contactDetails; ///< how to reach them
    QDate metOn;
    QString activities;
    QString conditions; ///< working conditions
    QString qualities; ///< qualities required
    QString trainingPath;
    QString jobMarket;
    int version = 0;
};

/** A link or place consulted during the documentary research, with what was found there. */
struct DocumentaryResource {
    qint64 id = 0;
    qint64 bilanId = 0;
    QString title;
    QString location; ///< a web address, a book, a place
    QDate consultedOn;
    QString notes;
    int version = 0;
};

/** The whole investigation of one bilan, as loaded, exported and imported. */
struct Investigation {
    qint64 bilanId = 0;
    Motivations motivations;
    QList<Experience> experiences; ///< by start date
    QStringList customDomains; ///< the domains the consultant added, in the order added
    QList<Competence> competences;
    QList<Criterion> criteria; ///< essential first, then by rank
    QList<PeerFeedback> peerFeedback;
    QList<TestResult> testResults;
    QList<CareerOption> careerOptions;
    QList<FieldInquiry> fieldInquiries;
    QList<DocumentaryResource> resources;
};

// Keys: the stable spelling used in the database and JSON.
QString toKey(Experience::Kind value);
QString toKey(Competence::Kind value);
QString toKey(Competence::Domain value);
QString toKey(Criterion::Zone value);
QString toKey(PeerFeedback::Relation value);
QString toKey(CareerOption::Status value);

template<typename E> std::optional<E> investigationKey(QStringView key);
template<> std::optional<Experience::Kind> investigationKey<Experience::Kind>(QStringView key);
template<> std::optional<Competence::Kind> investigationKey<Competence::Kind>(QStringView key);
template<> std::optional<Competence::Domain> investigationKey<Competence::Domain>(QStringView key);
template<> std::optional<Criterion::Zone> investigationKey<Criterion::Zone>(QStringView key);
template<> std::optional<PeerFeedback::Relation> investigationKey<PeerFeedback::Relation>(QStringView key);
template<> std::optional<CareerOption::Status> investigationKey<CareerOption::Status>(QStringView key);

// Display names for people, translated.
QString displayName(Experience::Kind value);
QString displayName(Competence::Kind value);
QString displayName(Competence::Domain value);
QString displayName(Criterion::Zone value);
QString displayName(PeerFeedback::Relation value);
QString displayName(CareerOption::Status value);
// The English source of each display name (context "Investigation"), for documents written in their own language.
const char* sourceName(Experience::Kind value);
const char* sourceName(Competence::Kind value);
const char* sourceName(Competence::Domain value);
const char* sourceName(Criterion::Zone value);
const char* sourceName(PeerFeedback::Relation value);
const char* sourceName(CareerOption::Status value);
/// The domain as shown: the built-in name, or the consultant's own.
QString domainName(const Competence& competence);

} // namespace parcours
