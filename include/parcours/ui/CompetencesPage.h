#pragma once

#include <parcours/ui/RecordPage.h>

#include <memory>

class QLineEdit;
class QPushButton;
class QTableView;

namespace Ui {
class CompetenceForm;
}

namespace parcours {

class CompetenceMatrixModel;

/**
 * Part 2, the competence portfolio: each competence classed by kind and domain and traced to the experiences it
 * comes from, the whole shown as a matrix kind × domain; the consultant may add domains of their own.
 */
class CompetencesPage : public RecordPage {
    Q_OBJECT
public:
    explicit CompetencesPage(Workspace& workspace, QWidget* parent = nullptr);
    ~CompetencesPage() override;

    CompetenceMatrixModel* matrix() const { return m_matrix; }
    QTableView* matrixView() const { return m_matrixView; }
    QLineEdit* newDomainLineEdit() const { return m_newDomainLineEdit; }
    QPushButton* addDomainButton() const { return m_addDomainButton; }
    QPushButton* removeDomainButton() const { return m_removeDomainButton; }
    const QList<Competence>& competences() const { return m_records; }

protected:
    void load(const Investigation& investigation) override;
    QList<RecordListModel::Row> rows() const override;
    void showRecord(qint64 id) override;
    qint64 addRecord() override;
    Result<void> removeRecord(qint64 id) override;
    QString describe(qint64 id) const override;
    void recordsChanged() override;

private:
    void fillDomains();
    void addDomain();
    void removeDomain();
    void updateDomainButtons();

    std::unique_ptr<Ui::CompetenceForm> m_ui;
    CompetenceMatrixModel* m_matrix;
    QTableView* m_matrixView;
    QLineEdit* m_newDomainLineEdit;
    QPushButton* m_addDomainButton;
    QPushButton* m_removeDomainButton;
    QList<Competence> m_records;
    QList<Experience> m_experiences;
    QStringList m_customDomains;
};

} // namespace parcours
