#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableView;
class QTimer;

namespace parcours {

class ClientListModel;
class Workspace;

/** The left panel: search as you type, a status filter, and the list of beneficiaries. */
class ClientListPanel : public QWidget {
    Q_OBJECT
public:
    explicit ClientListPanel(Workspace& workspace, QWidget* parent = nullptr);

    ClientListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    qint64 selectedClientId() const { return m_selectedId; }
    void selectClient(qint64 clientId);
    void focusSearch();

Q_SIGNALS:
    void clientSelected(qint64 clientId); ///< 0 when the selection is cleared
    void clientActivated(qint64 clientId); ///< double click or Enter

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    /// The names never shrink to "…": when the list is too narrow for every column, the name keeps its width
    /// and the other columns scroll sideways.
    void fitNameColumn();

    void applyQuery();
    void onCurrentChanged();
    void restoreSelection();

    Workspace& m_workspace;
    QLineEdit* m_search;
    QComboBox* m_status;
    QTableView* m_view;
    ClientListModel* m_model;
    QTimer* m_searchTimer;
    qint64 m_selectedId = 0;
};

} // namespace parcours
