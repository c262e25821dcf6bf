#pragma once

#include <QFrame>

class QLabel;
class QTimer;
class QToolButton;

namespace parcours {

/** The inline banner that reports errors and notices without a modal box (modal boxes only confirm). */
class MessageBanner : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Error, Notice };
    explicit MessageBanner(QWidget* parent = nullptr);

    void showMessage(Kind kind, const QString& text);
    void showError(const QString& text) { showMessage(Kind::Error, text); }
    void showNotice(const QString& text) { showMessage(Kind::Notice, text); }
    QString text() const;
    Kind kind() const { return m_kind; }

private:
    QLabel* m_label;
    QToolButton* m_closeButton;
    QTimer* m_hideTimer;
    Kind m_kind = Kind::Notice;
};

} // namespace parcours
