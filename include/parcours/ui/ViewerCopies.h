#pragma once

#include <parcours/core/Investigation.h>
#include <parcours/core/Result.h>

#include <QObject>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>

class QLockFile;

namespace parcours {

/**
 * Opens stored report files with the system's viewer. The viewer needs a file, so each report is copied into a
 * private folder of this window (owner-only, under the system's temporary folder); the copies are removed when the
 * window closes, and folders left by a session that crashed are removed by the next one.
 */
class ViewerCopies : public QObject {
    Q_OBJECT
public:
    /// Hands a file to the viewer (QDesktopServices::openUrl by default; tests record instead).
    using Opener = std::function<bool(const QUrl&)>;

    /// `base` is where each window makes its folder (the default: <temp>/parcours-viewer).
    explicit ViewerCopies(QString base = defaultBase(), QObject* parent = nullptr);
    ~ViewerCopies() override;

    static QString defaultBase();
    void setOpener(Opener opener) { m_opener = std::move(opener); }

    /// Copies the report (read-only for the owner) and opens it; returns the copy's path.
    Result<QString> open(const ReportFile& file);
    /// The copies made so far and still there.
    QStringList copies() const;
    /// Removes this window's copies now.
    void removeAll();
    /// Removes the folders of sessions that are no longer running (left by a crash).
    static void sweep(const QString& base);

private:
    QString m_base;
    QString m_folder;
    std::unique_ptr<QLockFile> m_lock;
    QStringList m_copies;
    Opener m_opener;
};

} // namespace parcours
