// parcours-bench-data-safety's main: Qt's SQL drivers and QProcess want a QCoreApplication; then Google Benchmark runs.
#include <parcours/core/AppIdentity.h>

#include <QCoreApplication>
#include <QStandardPaths>

#include <benchmark/benchmark.h>

int main(int argc, char** argv)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication application(argc, argv);
    parcours::setApplicationIdentity();
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
