#pragma once

#include <parcours/ui/RecordPage.h>

#include <memory>

namespace Ui {
class CareerOptionForm;
}

namespace parcours {

class OptionChart;

/**
 * Part 6, the career options (pistes): each weighed by desire and feasibility with its favourable and unfavourable
 * aspects, explored, kept or set aside, one of them the plan B; all of them on a desire × feasibility chart where a
 * point is dragged to change its scores.
 */
class CareerOptionsPage : public RecordPage {
    Q_OBJECT
public:
    explicit CareerOptionsPage(Workspace& workspace, QWidget* parent = nullptr);
    ~CareerOptionsPage() override;

    OptionChart* chart() const { return m_chart; }
    Ui::CareerOptionForm& form() const { return *m_ui; }
    const QList<CareerOption>& options() const { return m_records; }

protected:
    void load(const Investigation& investigation) override;
    QList<RecordListModel::Row> rows() const override;
    void showRecord(qint64 id) override;
    qint64 addRecord() override;
    Result<void> removeRecord(qint64 id) override;
    QString describe(qint64 id) const override;
    void recordsChanged() override;

private:
    void setScores(qint64 id, int desire, int feasibility, const QString& field);

    std::unique_ptr<Ui::CareerOptionForm> m_ui;
    OptionChart* m_chart;
    QList<CareerOption> m_records;
};

} // namespace parcours
