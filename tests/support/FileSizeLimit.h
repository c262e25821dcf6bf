#pragma once

#include <QtGlobal>

#include <csignal>
#include <sys/resource.h>

namespace parcours::test {

/**
 * While it lives, this process cannot make any file longer than `bytes` (RLIMIT_FSIZE), as on a disk that fills
 * up: writes past the limit fail with EFBIG (SIGXFSZ is ignored meanwhile). Pipes and sockets are not files, so
 * the test's own output is not affected.
 */
class FileSizeLimit {
public:
    explicit FileSizeLimit(qint64 bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_previous);
        m_previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = m_previous;
        limit.rlim_cur = rlim_t(bytes);
        setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_previous);
        std::signal(SIGXFSZ, m_previousHandler);
    }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;

private:
    rlimit m_previous {};
    void (*m_previousHandler)(int) = nullptr;
};

} // namespace parcours::test
