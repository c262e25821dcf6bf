#pragma once

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class PassphraseDialog;
}

namespace parcours {

/**
 * Asks the passphrase of an encrypted backup: a new one (typed twice, held to the same strength rule as the lock
 * password) or the one a file was sealed with. The one way Parcours asks it, so tests answer with setNextAnswer.
 */
class PassphraseDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Choose, Enter };

    PassphraseDialog(Mode mode, const QString& intro, QWidget* parent = nullptr);
    ~PassphraseDialog() override;

    QString passphrase() const;
    void accept() override;

    /// The passphrase typed, or nullopt when the consultant cancelled.
    static std::optional<QString> ask(QWidget* parent, Mode mode, const QString& intro);
    /// Tests: the answer of the next ask() (nullopt: cancelled).
    static void setNextAnswer(std::optional<QString> answer)
    {
        s_next = std::move(answer);
        s_answerSet = true;
    }

private:
    void updateStrength();

    std::unique_ptr<Ui::PassphraseDialog> m_ui;
    Mode m_mode;
    static inline std::optional<QString> s_next;
    static inline bool s_answerSet = false;
};

} // namespace parcours
