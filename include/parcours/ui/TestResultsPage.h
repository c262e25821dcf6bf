#pragma once

#include <parcours/ui/RecordPage.h>

#include <memory>

namespace Ui {
class TestResultForm;
}

namespace parcours {

class ViewerCopies;

/**
 * Part 5, tests (PerformanSe Echo…): instrument, date, what the consultant draws from it, and the report file kept
 * in the database, opened in the system's viewer through a temporary copy.
 */
class TestResultsPage : public RecordPage {
    Q_OBJECT
public:
    explicit TestResultsPage(Workspace& workspace, QWidget* parent = nullptr);
    ~TestResultsPage() override;

    /// Asks for a file (PDF, image, office document) and attaches it to the shown test.
    void attachReport();
    /// Opens the shown test's report in the system's viewer; returns the temporary copy's path.
    QString openReport();
    void detachReport();
    ViewerCopies& viewerCopies() const { return *m_copies; }
    Ui::TestResultForm& form() const { return *m_ui; }
    const QList<TestResult>& tests() const { return m_records; }

protected:
    void load(const Investigation& investigation) override;
    QList<RecordListModel::Row> rows() const override;
    void showRecord(qint64 id) override;
    qint64 addRecord() override;
    Result<void> removeRecord(qint64 id) override;
    QString describe(qint64 id) const override;

private:
    std::unique_ptr<Ui::TestResultForm> m_ui;
    ViewerCopies* m_copies;
    QList<TestResult> m_records;
};

} // namespace parcours
