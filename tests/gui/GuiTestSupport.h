#pragma once

#include "TestDatabase.h"

#include <parcours/core/Clock.h>
#include <parcours/core/Session.h>
#include <parcours/ui/Startup.h>
#include <parcours/ui/Workspace.h>

#include <QApplication>
#include <QDialog>
#include <QTest>

#include <gtest/gtest.h>

namespace parcours::test {

/// A session of `bilanId` to plan: its phase, its start on the consultant's wall clock, its planned length.
inline Session plannedSession(qint64 bilanId, Phase phase, const QDateTime& startsAt, int plannedMinutes)
{
    Session session;
    session.bilanId = bilanId;
    session.phase = phase;
    session.startsAt = startsAt;
    session.plannedMinutes = plannedMinutes;
    return session;
}

/// With PARCOURS_TEST_ARTIFACTS=DIR set, keeps a picture of the widget as DIR/name.png, to be looked at.
inline void keepPicture(QWidget* widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("PARCOURS_TEST_ARTIFACTS");
    if (!folder.isEmpty())
        widget->grab().save(folder + u'/' + name + QStringLiteral(".png"));
}

/** A workspace over a fresh SQLite file, in French, with a clock set to a Monday morning of 2026. */
class GuiTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        static bool translated = false;
        if (!translated) {
            installTranslations(*QCoreApplication::instance(), QStringLiteral("fr"));
            translated = true;
        }
    }
    void SetUp() override
    {
        QString error;
        m_database = TestDatabase::create(Backend::Sqlite, &error);
        ASSERT_TRUE(m_database) << error.toStdString();
        auto store = m_database->open();
        ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
        m_store = std::move(store).value();
        m_workspace = std::make_unique<Workspace>(*m_store, m_clock, m_database->location().display());
    }
    void TearDown() override
    {
        // Dialogs opened by a test and left open are closed before the workspace goes.
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (auto* dialog = qobject_cast<QDialog*>(widget))
                dialog->reject();
        }
        m_workspace.reset();
        m_store.reset();
        m_database.reset();
    }
    Workspace& workspace() { return *m_workspace; }

    /// Waits until the dialog has closed (it deletes itself) or the time is up.
    template<typename D>
    static bool waitClosed(const QPointer<D>& dialog)
    {
        return QTest::qWaitFor([&] { return !dialog || !dialog->isVisible(); }, 2000);
    }

    /// Types text key by key, accents included (QTest::keyClicks only knows ASCII).
    static void typeText(QWidget* widget, const QString& text)
    {
        for (QChar c : text)
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }

    ManualClock m_clock { QDateTime(QDate(2026, 2, 2), QTime(8, 30), Qt::UTC) };
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Workspace> m_workspace;
};

} // namespace parcours::test
