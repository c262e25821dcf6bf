#pragma once

#include <QIODevice>

namespace parcours::test {

/** A device that accepts `budget` bytes and then fails every write, like a full disk (KeePassXC's FailDevice). */
class FailingDevice : public QIODevice {
public:
    explicit FailingDevice(qint64 budget)
        : m_budget(budget)
    {
    }
    QByteArray written() const { return m_written; }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override
    {
        if (m_written.size() + size > m_budget) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        m_written.append(data, size);
        return size;
    }

private:
    qint64 m_budget;
    QByteArray m_written;
};

} // namespace parcours::test
