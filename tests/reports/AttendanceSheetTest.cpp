// The attendance sheet as a reader sees it: who, when, which phase, where, and room for both signatures.
#include "PdfProbe.h"

#include <parcours/core/WallClock.h>
#include <parcours/reports/AttendanceSheet.h>

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace parcours;
using namespace parcours::test;

namespace {

BilanOverview sampleBilan()
{
    BilanOverview overview;
    overview.client.id = 3;
    overview.client.firstName = QStringLiteral("Zoé");
    overview.client.lastName = QStringLiteral("Lefèvre-O'Brien");
    overview.bilan.id = 12;
    overview.bilan.clientId = 3;
    overview.bilan.funding = Funding::Cpf;
    const QList<Phase> phases { Phase::Preliminary, Phase::Investigation, Phase::Investigation, Phase::Investigation,
        Phase::Investigation, Phase::Investigation, Phase::Investigation, Phase::Conclusion };
    for (int i = 0; i < phases.size(); ++i) {
        Session session;
        session.id = 100 + i;
        session.bilanId = 12;
        session.phase = phases.at(i);
        session.startsAt = wallClock(QDate(2026, 1, 12).addDays(7 * i), QTime(14, 0));
        session.plannedMinutes = 150;
        session.notes = QStringLiteral("Note confidentielle %1").arg(i);
        if (i < 2) {
            session.status = SessionStatus::Done;
            session.actualMinutes = i == 0 ? 165 : 150;
        }
        overview.sessions << session;
    }
    overview.sessions[2].status = SessionStatus::Cancelled;
    overview.sessions[3].status = SessionStatus::NoShow;
    SessionRecord remote;
    remote.sessionId = 101;
    remote.place = Place::Remote;
    overview.records.insert(101, remote);
    return overview;
}

Letterhead letterhead()
{
    Letterhead head;
    head.name = QStringLiteral("Camille Exemple");
    head.title = QStringLiteral("Conseillère en bilan de compétences");
    head.address = QStringLiteral("1 rue de l'Exemple\n13001 Marseille");
    return head;
}

} // namespace

TEST(AttendanceSheet, TheWholeBilanHasEverySessionToSignAndNoneThatWasCalledOff)
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("emargement-bilan.pdf"));
    const DocumentLanguage french;
    ASSERT_TRUE(AttendanceSheet::write(sampleBilan(), std::nullopt, letterhead(), french, path).ok());
    const PdfProbe pdf(path);
    QString report;
    EXPECT_TRUE(pdf.valid(&report)) << report.toStdString();
    EXPECT_EQ(pdf.pages(), 2); // six sessions, three a page
    const QString text = pdf.text().simplified();
    EXPECT_TRUE(text.contains(QStringLiteral("Feuille d'émargement"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Camille Exemple")));
    EXPECT_TRUE(text.contains(QStringLiteral("Zoé Lefèvre-O'Brien")));
    EXPECT_TRUE(text.contains(QStringLiteral("Séance du lundi 12 janvier 2026")));
    EXPECT_TRUE(text.contains(QStringLiteral("14:00 à 16:45 (2 h 45)"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Préliminaire")));
    EXPECT_TRUE(text.contains(QStringLiteral("à distance")));
    EXPECT_TRUE(text.contains(QStringLiteral("Séance du lundi 2 mars 2026")));
    EXPECT_EQ(text.count(QStringLiteral("Signature du bénéficiaire")), 6);
    EXPECT_EQ(text.count(QStringLiteral("Signature du consultant")), 6);
    EXPECT_FALSE(text.contains(QStringLiteral("26 janvier"))); // cancelled
    EXPECT_FALSE(text.contains(QStringLiteral("2 février"))); // missed
    EXPECT_FALSE(text.contains(QStringLiteral("confidentielle"))); // notes are not proof
}

TEST(AttendanceSheet, OneSessionAlone)
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("emargement-seance.pdf"));
    ASSERT_TRUE(AttendanceSheet::write(sampleBilan(), 105, letterhead(), DocumentLanguage(), path).ok());
    const PdfProbe pdf(path);
    EXPECT_EQ(pdf.pages(), 1);
    const QString text = pdf.text().simplified();
    EXPECT_TRUE(text.contains(QStringLiteral("Séance du lundi 16 février 2026")));
    EXPECT_TRUE(text.contains(QStringLiteral("Investigation")));
    EXPECT_EQ(text.count(QStringLiteral("Signature du bénéficiaire")), 1);
    EXPECT_FALSE(text.contains(QStringLiteral("12 janvier")));
}

TEST(AttendanceSheet, NothingIsWrittenForASessionWithoutAttendance)
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("none.pdf"));
    const auto cancelled = AttendanceSheet::write(sampleBilan(), 102, letterhead(), DocumentLanguage(), path);
    ASSERT_FALSE(cancelled.ok());
    EXPECT_TRUE(cancelled.error().message.contains(QStringLiteral("no attendance to sign")));
    const auto stranger = AttendanceSheet::write(sampleBilan(), 999, letterhead(), DocumentLanguage(), path);
    ASSERT_FALSE(stranger.ok());
    EXPECT_EQ(stranger.error().code, ErrorCode::NotFound);
    BilanOverview empty = sampleBilan();
    empty.sessions.clear();
    EXPECT_FALSE(AttendanceSheet::write(empty, std::nullopt, letterhead(), DocumentLanguage(), path).ok());
    EXPECT_FALSE(QFile::exists(path));
}
