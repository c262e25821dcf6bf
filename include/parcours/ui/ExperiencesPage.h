#pragma once

#include <parcours/ui/RecordPage.h>

#include <memory>

namespace Ui {
class ExperienceForm;
}

namespace parcours {

class ExperienceTimeline;

/** Part 1 of the investigation, the professional history: experiences on a frieze, each told in a form. */
class ExperiencesPage : public RecordPage {
    Q_OBJECT
public:
    explicit ExperiencesPage(Workspace& workspace, QWidget* parent = nullptr);
    ~ExperiencesPage() override;

    ExperienceTimeline* timeline() const { return m_timeline; }
    const QList<Experience>& experiences() const { return m_records; }

protected:
    void load(const Investigation& investigation) override;
    QList<RecordListModel::Row> rows() const override;
    void showRecord(qint64 id) override;
    qint64 addRecord() override;
    Result<void> removeRecord(qint64 id) override;
    QString describe(qint64 id) const override;
    void recordsChanged() override;

private:
    bool commitDate(const QString& field, const QString& typed, bool start);

    std::unique_ptr<Ui::ExperienceForm> m_ui;
    ExperienceTimeline* m_timeline;
    QList<Experience> m_records;
};

} // namespace parcours
