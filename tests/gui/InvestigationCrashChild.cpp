// A Parcours window that types into the investigation and then waits to be killed: the parent test
// (InvestigationCrashTest) kills it without warning and reopens the database. Takes the database path.
#include "ui_ValuesForm.h"

#include <parcours/core/AppIdentity.h>
#include <parcours/core/Clock.h>
#include <parcours/storage/Store.h>
#include <parcours/ui/ExperiencesPage.h>
#include <parcours/ui/InvestigationTab.h>
#include <parcours/ui/ValuesPage.h>
#include <parcours/ui/Workspace.h>

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

#include <cstdio>

using namespace parcours;

namespace {

void type(QWidget* widget, const QString& text)
{
    for (QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication application(argc, argv);
    setApplicationIdentity();
    auto location = DatabaseLocation::resolve(application.arguments().value(1));
    auto store = location ? Store::open(location.value()) : Result<std::unique_ptr<Store>>(location.error());
    if (!store) {
        std::fprintf(stderr, "cannot open the database\n");
        return 1;
    }
    SystemClock clock;
    Workspace workspace(*store.value(), clock, location->display());
    InvestigationTab tab(workspace);
    tab.show();
    if (!QTest::qWaitForWindowExposed(&tab))
        return 1;
    auto overview = workspace.bilans().overview(1);
    if (!overview)
        return 1;
    tab.showBilan(overview->client, &overview.value());

    // The values: typed, then the consultant moves on to another part (which writes them at once).
    tab.parts()->setCurrentWidget(tab.valuesPage());
    tab.valuesPage()->form().meaningEdit->setFocus();
    type(tab.valuesPage()->form().meaningEdit, QStringLiteral("Être utile et transmettre"));
    tab.parts()->setCurrentWidget(tab.experiencesPage());
    // An experience named, and the consultant stops typing: only the pause after the last key writes it.
    tab.experiencesPage()->addRecordAction()->trigger();
    QTest::qWait(50);
    auto* title = tab.experiencesPage()->findChild<QLineEdit*>(QStringLiteral("titleLineEdit"));
    title->setFocus();
    title->selectAll();
    type(title, QStringLiteral("Céramiste à l'atelier"));
    std::printf("typed\n");
    std::fflush(stdout);
    return application.exec(); // until killed
}
