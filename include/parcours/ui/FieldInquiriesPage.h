#pragma once

#include <parcours/ui/RecordPage.h>

#include <memory>

class QPushButton;

namespace Ui {
class FieldInquiryForm;
}

namespace parcours {

/**
 * Part 7, field inquiries (enquêtes métier): for an option, the professional met and what was learnt (activities,
 * conditions, qualities, training path, job market), and the interview guide to print before the meeting.
 */
class FieldInquiriesPage : public RecordPage {
    Q_OBJECT
public:
    explicit FieldInquiriesPage(Workspace& workspace, QWidget* parent = nullptr);
    ~FieldInquiriesPage() override;

    void setBeneficiary(const QString& firstName) { m_firstName = firstName; }
    /// Asks where to save the interview guide (about the shown inquiry's option) and writes it; returns the file.
    QString printGuide();
    QPushButton* printButton() const { return m_printButton; }
    Ui::FieldInquiryForm& form() const { return *m_ui; }

protected:
    void load(const Investigation& investigation) override;
    QList<RecordListModel::Row> rows() const override;
    void showRecord(qint64 id) override;
    qint64 addRecord() override;
    Result<void> removeRecord(qint64 id) override;
    QString describe(qint64 id) const override;

private:
    QString optionTitle(const std::optional<qint64>& id) const;

    std::unique_ptr<Ui::FieldInquiryForm> m_ui;
    QPushButton* m_printButton;
    QList<FieldInquiry> m_records;
    QList<CareerOption> m_options;
    QString m_firstName;
};

} // namespace parcours
