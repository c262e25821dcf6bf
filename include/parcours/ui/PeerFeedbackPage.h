#pragma once

#include <parcours/ui/RecordPage.h>

#include <memory>

class QPushButton;
class QTextBrowser;

namespace Ui {
class PeerFeedbackForm;
}

namespace parcours {

/**
 * Part 4, "le regard des autres": the questionnaire to print for the people the beneficiary asks, each
 * respondent's answers, and what comes back across them (the words cited by several, the answers side by side).
 */
class PeerFeedbackPage : public RecordPage {
    Q_OBJECT
public:
    explicit PeerFeedbackPage(Workspace& workspace, QWidget* parent = nullptr);
    ~PeerFeedbackPage() override;

    void setBeneficiary(const QString& firstName) { m_firstName = firstName; }
    /// Asks where to save the questionnaire and writes it; returns the file written (empty when cancelled or failed).
    QString printQuestionnaire();
    QTextBrowser* summary() const { return m_summary; }
    QPushButton* printButton() const { return m_printButton; }
    const QList<PeerFeedback>& answers() const { return m_records; }

protected:
    void load(const Investigation& investigation) override;
    QList<RecordListModel::Row> rows() const override;
    void showRecord(qint64 id) override;
    qint64 addRecord() override;
    Result<void> removeRecord(qint64 id) override;
    QString describe(qint64 id) const override;
    void recordsChanged() override;

private:
    QString summaryHtml() const;

    std::unique_ptr<Ui::PeerFeedbackForm> m_ui;
    QTextBrowser* m_summary;
    QPushButton* m_printButton;
    QList<PeerFeedback> m_records;
    QString m_firstName;
};

} // namespace parcours
