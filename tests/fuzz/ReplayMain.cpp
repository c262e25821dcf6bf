// Replays a fuzz target's seed corpus without libFuzzer (gcc builds, ctest): every file of the folders given,
// in name order. Fails when there is no input at all, so that a missing corpus does not pass silently.
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    int replayed = 0;
    for (int i = 1; i < argc; ++i) {
        const QFileInfo given(QString::fromLocal8Bit(argv[i]));
        QFileInfoList inputs;
        if (given.isDir())
            inputs = QDir(given.filePath()).entryInfoList(QDir::Files, QDir::Name);
        else
            inputs << given;
        for (const QFileInfo& input : std::as_const(inputs)) {
            QFile file(input.filePath());
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(input.filePath()));
                return 1;
            }
            const QByteArray bytes = file.readAll();
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(bytes.constData()), size_t(bytes.size()));
            ++replayed;
        }
    }
    std::printf("%d inputs replayed\n", replayed);
    return replayed > 0 ? 0 : 1;
}
