// Autosave after a crash: a real Parcours window (a child process) types into the investigation and is killed
// without warning a couple of seconds later; the database, reopened, holds what was typed.
#include "TestDatabase.h"

#include <parcours/core/BilanService.h>
#include <parcours/core/ClientService.h>
#include <parcours/core/InvestigationService.h>
#include <parcours/ui/Autosave.h>

#include <QProcess>
#include <QTest>

using namespace parcours;
using namespace parcours::test;

TEST(InvestigationCrash, WhatWasTypedAFewSecondsBeforeTheCrashIsThereOnReopening)
{
    QString error;
    auto database = TestDatabase::create(Backend::Sqlite, &error);
    ASSERT_TRUE(database) << error.toStdString();
    {
        auto store = database->open();
        ASSERT_TRUE(store.ok());
        ManualClock clock(QDateTime(QDate(2026, 2, 2), QTime(9, 0), Qt::UTC));
        Client client;
        client.lastName = QStringLiteral("Garnier");
        client.firstName = QStringLiteral("Maëlle");
        const qint64 clientId = ClientService(*store.value(), clock).add(client).value();
        ASSERT_EQ(BilanService(*store.value(), clock).open(clientId, Funding::Cpf, QDate(2026, 1, 12)).value(), 1);
    }

    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(qEnvironmentVariable("PARCOURS_CRASH_CHILD", QStringLiteral(PARCOURS_CRASH_CHILD_DEFAULT)),
        { database->location().path });
    ASSERT_TRUE(child.waitForStarted(10000)) << child.errorString().toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return child.canReadLine() || child.state() == QProcess::NotRunning; }, 30000));
    ASSERT_EQ(child.readLine().trimmed(), QByteArray("typed"));
    // "A few seconds": well past the autosave pause, then the plug is pulled (SIGKILL: no clean-up runs).
    QTest::qWait(Autosave::kDelayMs + 1300);
    child.kill();
    ASSERT_TRUE(child.waitForFinished(10000));
    EXPECT_EQ(child.exitStatus(), QProcess::CrashExit);

    auto reopened = database->open();
    ASSERT_TRUE(reopened.ok()) << reopened.error().message.toStdString();
    const Investigation investigation = InvestigationService(*reopened.value()).load(1).value();
    EXPECT_EQ(investigation.motivations.meaningOfWork, QStringLiteral("Être utile et transmettre"));
    ASSERT_EQ(investigation.experiences.size(), 1);
    EXPECT_EQ(investigation.experiences[0].title, QStringLiteral("Céramiste à l'atelier"));
}
