// The one GoogleTest main of Parcours: sets up Qt the way the tested layer needs it, then runs the tests.
// gtest_discover_tests runs this binary at build time without a display, so the offscreen platform is chosen
// when QT_QPA_PLATFORM is unset (a runner that sets it keeps its choice).
#include <gtest/gtest.h>

#include <parcours/core/AppIdentity.h>

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtGlobal>

#if defined(PARCOURS_TEST_WIDGETS)
#include <QApplication>
using TestApplication = QApplication;
#elif defined(PARCOURS_TEST_GUI)
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Tests never touch the consultant's real data folder or window settings, nor each other's: ctest runs
    // them in parallel, and Qt's test mode puts every process's data under the one ~/.qttest, so each process
    // gets its own home.
    QTemporaryDir home;
    qputenv("HOME", home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral(".config")).toUtf8());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral(".local/share")).toUtf8());
    QStandardPaths::setTestModeEnabled(true);
    ::testing::InitGoogleTest(&argc, argv);
    TestApplication application(argc, argv);
    parcours::setApplicationIdentity();
    return RUN_ALL_TESTS();
}
