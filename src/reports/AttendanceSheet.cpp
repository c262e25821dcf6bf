#include <parcours/core/WallClock.h>
#include <parcours/reports/AttendanceSheet.h>
#include <parcours/reports/DocumentBuilder.h>

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

constexpr int kFirstPageSessions = 3;
constexpr int kSessionsPerPage = 4;

const char* kContext = "AttendanceSheet";

QString phaseText(Phase phase, const DocumentLanguage& language)
{
    switch (phase) {
    case Phase::Intake:
        return language.text("Phase", QT_TRANSLATE_NOOP("Phase", "Intake interview"));
    case Phase::Preliminary:
        return language.text("Phase", QT_TRANSLATE_NOOP("Phase", "Preliminary"));
    case Phase::Investigation:
        return language.text("Phase", QT_TRANSLATE_NOOP("Phase", "Investigation"));
    case Phase::Conclusion:
        return language.text("Phase", QT_TRANSLATE_NOOP("Phase", "Conclusion"));
    case Phase::FollowUp:
        return language.text("Phase", QT_TRANSLATE_NOOP("Phase", "Follow-up"));
    }
    return {};
}

QString fundingText(Funding funding, const DocumentLanguage& language)
{
    switch (funding) {
    case Funding::Cpf:
        return language.text("Funding", QT_TRANSLATE_NOOP("Funding", "CPF"));
    case Funding::Employer:
        return language.text("Funding", QT_TRANSLATE_NOOP("Funding", "Employer"));
    case Funding::FranceTravail:
        return language.text("Funding", QT_TRANSLATE_NOOP("Funding", "France Travail"));
    case Funding::Personal:
        return language.text("Funding", QT_TRANSLATE_NOOP("Funding", "Personal"));
    }
    return {};
}

QString duration(int minutes, const DocumentLanguage& language)
{
    const int hours = minutes / 60;
    const int rest = minutes % 60;
    if (hours == 0)
        return language.text("Duration", QT_TRANSLATE_NOOP("Duration", "%1 min")).arg(rest);
    if (rest == 0)
        return language.text("Duration", QT_TRANSLATE_NOOP("Duration", "%1 h")).arg(hours);
    return language.text("Duration", QT_TRANSLATE_NOOP("Duration", "%1 h %2"))
        .arg(hours)
        .arg(rest, 2, 10, QLatin1Char('0'));
}

} // namespace

Result<QList<Session>> AttendanceSheet::sessionsFor(const BilanOverview& overview, std::optional<qint64> sessionId)
{
    auto signable = [](const Session& session) {
        return session.status == SessionStatus::Planned || session.status == SessionStatus::Done;
    };
    if (sessionId) {
        for (const Session& session : overview.sessions) {
            if (session.id != *sessionId)
                continue;
            if (!signable(session)) {
                return makeError(ErrorCode::Refused,
                    QCoreApplication::translate("AttendanceSheet", "Session %1 was %2: there is no attendance to sign.")
                        .arg(session.id)
                        .arg(displayName(session.status).toLower()));
            }
            return QList<Session> { session };
        }
        return makeError(ErrorCode::NotFound,
            QCoreApplication::translate("AttendanceSheet", "Session %1 is not a session of bilan no. %2.")
                .arg(*sessionId)
                .arg(overview.bilan.id));
    }
    QList<Session> sessions;
    for (const Session& session : overview.sessions) {
        if (signable(session))
            sessions << session;
    }
    if (sessions.isEmpty()) {
        return makeError(ErrorCode::Refused,
            QCoreApplication::translate("AttendanceSheet", "Bilan no. %1 has no session to sign for yet.")
                .arg(overview.bilan.id));
    }
    return sessions;
}

std::unique_ptr<QTextDocument> AttendanceSheet::build(const BilanOverview& overview, const QList<Session>& sessions,
    const Letterhead& letterhead, const DocumentLanguage& language)
{
    const QString title = language.text(kContext, QT_TRANSLATE_NOOP("AttendanceSheet", "Attendance sheet"));
    DocumentBuilder builder(title + u" — "_s + overview.client.fullName());
    builder.letterhead(letterhead, language);
    builder.documentTitle(title, language.text(kContext, QT_TRANSLATE_NOOP("AttendanceSheet", "Bilan de compétences")));

    QList<std::pair<QString, QString>> header {
        { language.text(kContext, QT_TRANSLATE_NOOP("AttendanceSheet", "Beneficiary")), overview.client.fullName() },
    };
    if (!letterhead.name.isEmpty())
        header.append({ language.text(kContext, QT_TRANSLATE_NOOP("AttendanceSheet", "Provider")), letterhead.name });
    header.append({ language.text(kContext, QT_TRANSLATE_NOOP("AttendanceSheet", "Bilan")),
        language.text(kContext, QT_TRANSLATE_NOOP("AttendanceSheet", "no. %1, funded by: %2"))
            .arg(overview.bilan.id)
            .arg(fundingText(overview.bilan.funding, language)) });
    if (sessions.size() > 1) {
        header.append({ language.text(kContext, QT_TRANSLATE_NOOP("AttendanceSheet", "Period")),
            language.text(kContext, QT_TRANSLATE_NOOP("AttendanceSheet", "from %1 to %2"))
                .arg(language.longDate(sessions.first().startsAt.date()),
                    language.longDate(sessions.last().startsAt.date())) });
    }
    builder.fields(header);
    builder.spacing(2);
    builder.note(language.text(kContext,
        QT_TRANSLATE_NOOP("AttendanceSheet",
            "The beneficiary and the consultant sign at the end of each "
            "session. For a session held remotely, the consultant "
            "attests it and the beneficiary confirms it in writing or "
            "returns this sheet signed.")));

    const QStringList signatures { language.text(
                                       kContext, QT_TRANSLATE_NOOP("AttendanceSheet", "Beneficiary's signature")),
        language.text(kContext, QT_TRANSLATE_NOOP("AttendanceSheet", "Consultant's signature")) };
    for (qsizetype i = 0; i < sessions.size(); ++i) {
        const Session& session = sessions.at(i);
        // Three sessions under the header of page 1, four on each page after: a block never splits.
        if (i == kFirstPageSessions || (i > kFirstPageSessions && (i - kFirstPageSessions) % kSessionsPerPage == 0))
            builder.pageBreak();
        builder.heading(language.text(kContext, QT_TRANSLATE_NOOP("AttendanceSheet", "Session of %1"))
                            .arg(language.dayDate(session.startsAt.date())),
            2);
        const int minutes = session.actualMinutes.value_or(session.plannedMinutes);
        QStringList facts {
            language.text(kContext, QT_TRANSLATE_NOOP("AttendanceSheet", "%1 to %2 (%3)"))
                .arg(session.startsAt.time().toString(u"HH:mm"_s),
                    session.startsAt.addSecs(60LL * minutes).time().toString(u"HH:mm"_s), duration(minutes, language)),
            phaseText(session.phase, language),
        };
        const SessionRecord record = overview.recordOf(session.id);
        if (record.place) {
            facts << (*record.place == Place::Office
                    ? language.text(kContext, QT_TRANSLATE_NOOP("AttendanceSheet", "at the office"))
                    : language.text(kContext, QT_TRANSLATE_NOOP("AttendanceSheet", "remotely")));
        }
        builder.paragraph(facts.join(u" · "_s));
        builder.signatureBoxes(signatures, 20);
    }
    return builder.finish();
}

PdfOptions AttendanceSheet::options(const BilanOverview& overview, const DocumentLanguage& language)
{
    PdfOptions options;
    options.title = language.text(kContext, QT_TRANSLATE_NOOP("AttendanceSheet", "Attendance sheet"));
    options.runningHeader = options.title + u" · "_s + overview.client.fullName();
    options.footerNote
        = language.text(kContext, QT_TRANSLATE_NOOP("AttendanceSheet", "Bilan no. %1")).arg(overview.bilan.id);
    options.language = &language;
    return options;
}

Result<void> AttendanceSheet::write(const BilanOverview& overview, std::optional<qint64> sessionId,
    const Letterhead& letterhead, const DocumentLanguage& language, const QString& path)
{
    auto sessions = sessionsFor(overview, sessionId);
    if (!sessions)
        return sessions.error();
    auto document = build(overview, sessions.value(), letterhead, language);
    const PdfOptions pdf = options(overview, language);
    return PdfWriter::writeFile(*document, pdf, path);
}

} // namespace parcours
