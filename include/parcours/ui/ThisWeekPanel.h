#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace parcours {

class Workspace;

/**
 * The side panel "This week": the week's sessions of every beneficiary (past ones still to log said so), and the CPF
 * declarations due, each marked declared in one click. Self-contained: other panels share the column beside it.
 */
class ThisWeekPanel : public QWidget {
    Q_OBJECT
public:
    explicit ThisWeekPanel(Workspace& workspace, QWidget* parent = nullptr);

    QListWidget* sessionList() const { return m_sessions; }
    QListWidget* cpfList() const { return m_cpf; }
    /// Marks the selected CPF declaration as made today.
    void declareSelected();
    void reload();

Q_SIGNALS:
    void sessionOpened(qint64 clientId, qint64 sessionId);
    void bilanOpened(qint64 clientId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void reloadSessions();
    void reloadCpf();

    Workspace& m_workspace;
    QLabel* m_title;
    QListWidget* m_sessions;
    QLabel* m_cpfTitle;
    QListWidget* m_cpf;
    QPushButton* m_declare;
    bool m_loaded = false; ///< once the first load has run (deferred past the first paint at start-up)
};

} // namespace parcours
