// The rules of a full log: who cancelled, where, attendance proof, personal work, scans.
#include <parcours/core/SessionLogService.h>
#include <parcours/core/WallClock.h>

#include <gtest/gtest.h>

using namespace parcours;

namespace {

Session withStatus(SessionStatus status)
{
    Session session;
    session.id = 4;
    session.startsAt = wallClock(QDate(2026, 2, 2), QTime(14, 0));
    session.status = status;
    return session;
}

} // namespace

TEST(SessionLogRules, ACancellationSaysWhoCancelled)
{
    const auto refused = applyLogDetails({}, withStatus(SessionStatus::Cancelled), {});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, QStringLiteral("cancelled_by"));
    SessionLogDetails details;
    details.cancelledBy = Party::Beneficiary;
    const auto record = applyLogDetails({}, withStatus(SessionStatus::Cancelled), details);
    ASSERT_TRUE(record.ok());
    EXPECT_EQ(record->cancelledBy, Party::Beneficiary);
    // Logged again as done: nobody cancelled it any more.
    EXPECT_FALSE(applyLogDetails(record.value(), withStatus(SessionStatus::Done), {})->cancelledBy.has_value());
}

TEST(SessionLogRules, AMovedSessionIsLoggedThroughItsReplacement)
{
    SessionRecord moved;
    moved.movedTo = 12;
    const auto refused = applyLogDetails(moved, withStatus(SessionStatus::Done), {});
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("moved")));
    EXPECT_TRUE(applyLogDetails(moved, withStatus(SessionStatus::Cancelled), {}).ok());
}

TEST(SessionLogRules, AttendanceProofDependsOnWhereTheSessionTookPlace)
{
    const Session done = withStatus(SessionStatus::Done);
    SessionRecord record;
    EXPECT_EQ(attendanceGap(done, record), QStringLiteral("The attendance sheet is not signed yet."));
    record.attendanceSigned = true;
    EXPECT_TRUE(attendanceGap(done, record).isEmpty());

    SessionLogDetails remote;
    remote.place = Place::Remote;
    remote.attendanceSigned = false;
    remote.consultantAttested = true;
    auto logged = applyLogDetails({}, done, remote);
    ASSERT_TRUE(logged.ok());
    EXPECT_TRUE(attendanceGap(done, logged.value()).contains(QStringLiteral("confirmation or the signed sheet")));
    SessionLogDetails confirmed;
    confirmed.beneficiaryConfirmed = true;
    EXPECT_TRUE(attendanceGap(done, applyLogDetails(logged.value(), done, confirmed).value()).isEmpty());
    // A scan of the signed sheet returned counts as signed.
    SessionLogDetails scanned;
    scanned.scan = SessionScan { 4, QStringLiteral("feuille.pdf"), {}, QByteArray("%PDF-1.4\n...") };
    const auto withScan = applyLogDetails(logged.value(), done, scanned);
    ASSERT_TRUE(withScan.ok()) << withScan.error().message.toStdString();
    EXPECT_TRUE(withScan->attendanceSigned);
    EXPECT_TRUE(attendanceGap(done, withScan.value()).isEmpty());
    EXPECT_TRUE(attendanceGap(withStatus(SessionStatus::Planned), {}).isEmpty());
}

TEST(SessionLogRules, BadDetailsAreRefused)
{
    const Session done = withStatus(SessionStatus::Done);
    SessionLogDetails office;
    office.place = Place::Office;
    office.scan = SessionScan { 4, QStringLiteral("scan.pdf"), {}, QByteArray("%PDF-1.7") };
    EXPECT_EQ(applyLogDetails({}, done, office).error().field, QStringLiteral("scan"));
    SessionLogDetails notAScan;
    notAScan.place = Place::Remote;
    notAScan.scan = SessionScan { 4, QStringLiteral("notes.txt"), {}, QByteArray("Bonjour") };
    EXPECT_TRUE(applyLogDetails({}, done, notAScan).error().message.contains(QStringLiteral("PDF, PNG or JPEG")));
    SessionLogDetails negative;
    negative.personalWorkMinutes = -30;
    EXPECT_EQ(applyLogDetails({}, done, negative).error().field, QStringLiteral("personal_work_minutes"));
    EXPECT_EQ(scanMediaType(QByteArray("\x89PNG\r\n\x1a\n", 8)), QStringLiteral("image/png"));
    EXPECT_EQ(scanMediaType(QByteArray("\xff\xd8\xff\xe0", 4)), QStringLiteral("image/jpeg"));
    SessionLogDetails documents;
    documents.handedOver = QStringLiteral("  Questionnaire « Le regard des autres »\n\n  Liste de sites   métiers \n");
    EXPECT_EQ(applyLogDetails({}, done, documents)->handedOver,
        QStringLiteral("Questionnaire « Le regard des autres »\nListe de sites métiers"));
}
