#pragma once

#include <parcours/ui/RecordPage.h>

#include <memory>

namespace Ui {
class ResourceForm;
}

namespace parcours {

/** Part 8, the documentary research: the links, books and places consulted, with what was found there. */
class ResourcesPage : public RecordPage {
    Q_OBJECT
public:
    explicit ResourcesPage(Workspace& workspace, QWidget* parent = nullptr);
    ~ResourcesPage() override;

protected:
    void load(const Investigation& investigation) override;
    QList<RecordListModel::Row> rows() const override;
    void showRecord(qint64 id) override;
    qint64 addRecord() override;
    Result<void> removeRecord(qint64 id) override;
    QString describe(qint64 id) const override;

private:
    std::unique_ptr<Ui::ResourceForm> m_ui;
    QList<DocumentaryResource> m_records;
};

} // namespace parcours
