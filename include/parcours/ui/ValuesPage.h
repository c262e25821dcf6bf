#pragma once

#include <parcours/core/Investigation.h>

#include <QWidget>

#include <memory>

class QLabel;

namespace Ui {
class ValuesForm;
}

namespace parcours {

class Autosave;
class CriterionListModel;
class Workspace;

/**
 * Part 3, values and motivations: the meaning of work and the ideal activity in free text, and the criteria
 * ranked by drag and drop (or the move buttons) into fundamental criteria and room for concession.
 */
class ValuesPage : public QWidget {
    Q_OBJECT
public:
    explicit ValuesPage(Workspace& workspace, QWidget* parent = nullptr);
    ~ValuesPage() override;

    void setInvestigation(const Investigation& investigation);
    void flush();

    CriterionListModel* model(Criterion::Zone zone) const;
    Ui::ValuesForm& form() const { return *m_ui; }
    QLabel* refusalLabel() const { return m_refusalLabel; }

private:
    bool commitText(const QString& field, const QString& text);
    void addCriterion();
    void move(int delta, bool switchZone);
    void removeCriterion();
    /// The selected criterion, in whichever list has it.
    const Criterion* selected() const;
    bool report(const Result<void>& written);
    void select(qint64 criterionId);

    Workspace& m_workspace;
    std::unique_ptr<Ui::ValuesForm> m_ui;
    Autosave* m_autosave;
    CriterionListModel* m_essential;
    CriterionListModel* m_negotiable;
    QLabel* m_refusalLabel;
    Motivations m_motivations;
    QList<Criterion> m_criteria;
    qint64 m_bilanId = 0;
    qint64 m_selectAfterLoad = 0;
};

} // namespace parcours
