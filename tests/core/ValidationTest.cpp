#include <parcours/core/Validation.h>
#include <parcours/core/WallClock.h>

#include <gtest/gtest.h>

using namespace parcours;

namespace {

const QDate kToday(2026, 11, 28);

Client valid()
{
    Client client;
    client.lastName = QStringLiteral("Lefèvre-O'Brien");
    client.firstName = QStringLiteral("Zoé");
    client.email = QStringLiteral("zoe@example.org");
    client.phone = QStringLiteral("+33 6 12 34 56 78");
    return client;
}

QStringList fieldsOf(const QList<FieldError>& errors)
{
    QStringList names;
    for (const FieldError& error : errors)
        names << error.field;
    return names;
}

} // namespace

TEST(Validation, AFullClientIsAccepted)
{
    EXPECT_TRUE(validateClient(valid(), kToday).isEmpty());
}

TEST(Validation, EmptyNamesAreRefusedFieldByField)
{
    Client client = valid();
    client.lastName = QStringLiteral("   ");
    client.firstName.clear();
    const auto errors = validateClient(client, kToday);
    EXPECT_EQ(fieldsOf(errors), (QStringList { QStringLiteral("last_name"), QStringLiteral("first_name") }));
    EXPECT_FALSE(errors.first().message.isEmpty());
}

TEST(Validation, MalformedContactDetailsAreRefused)
{
    Client client = valid();
    client.email = QStringLiteral("zoe at example");
    client.phone = QStringLiteral("call me");
    EXPECT_EQ(fieldsOf(validateClient(client, kToday)),
              (QStringList { QStringLiteral("email"), QStringLiteral("phone") }));
}

TEST(Validation, ABirthDateInTheFutureIsRefused)
{
    Client client = valid();
    client.birthDate = kToday.addDays(1);
    EXPECT_EQ(fieldsOf(validateClient(client, kToday)), QStringList { QStringLiteral("birth_date") });
    client.birthDate = QDate(1985, 7, 14);
    EXPECT_TRUE(validateClient(client, kToday).isEmpty());
}

TEST(Validation, AnEndBeforeTheStartIsRefused)
{
    Bilan bilan;
    bilan.startDate = QDate(2026, 3, 1);
    bilan.endDate = QDate(2026, 2, 1);
    EXPECT_EQ(fieldsOf(validateBilan(bilan)), QStringList { QStringLiteral("end_date") });
}

TEST(Validation, SessionLengthsAreBounded)
{
    Session session;
    session.startsAt = wallClock(QDate(2026, 3, 2), QTime(14, 0));
    session.plannedMinutes = 150;
    EXPECT_TRUE(validateSession(session).isEmpty());
    session.plannedMinutes = -30;
    EXPECT_EQ(fieldsOf(validateSession(session)), QStringList { QStringLiteral("planned_minutes") });
    session.plannedMinutes = 10 * 60;
    EXPECT_EQ(fieldsOf(validateSession(session)), QStringList { QStringLiteral("planned_minutes") });
    session.plannedMinutes = 150;
    session.actualMinutes = -5;
    EXPECT_EQ(fieldsOf(validateSession(session)), QStringList { QStringLiteral("actual_minutes") });
    session.status = SessionStatus::Done;
    session.actualMinutes = 0;
    EXPECT_EQ(fieldsOf(validateSession(session)), QStringList { QStringLiteral("actual_minutes") });
}

TEST(Validation, ASessionNeedsADate)
{
    Session session;
    EXPECT_EQ(fieldsOf(validateSession(session)), QStringList { QStringLiteral("starts_at") });
}

TEST(Validation, ASessionEndsOnTheDayItStarts)
{
    Session late;
    late.startsAt = wallClock(QDate(2026, 3, 2), QTime(22, 30));
    late.plannedMinutes = 150;
    const QList<FieldError> errors = validateSession(late);
    ASSERT_EQ(errors.size(), 1);
    EXPECT_EQ(errors.first().field, QStringLiteral("starts_at"));
    EXPECT_TRUE(errors.first().message.contains(QStringLiteral("midnight")));
    late.plannedMinutes = 90; // ends at midnight exactly
    EXPECT_TRUE(validateSession(late).isEmpty());
}
