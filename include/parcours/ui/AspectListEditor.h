#pragma once

#include <QStringList>
#include <QWidget>

class QLineEdit;
class QListWidget;
class QPushButton;

namespace parcours {

/** A short list of aspects of an option (favourable or unfavourable): added from a line, edited in place, removed. */
class AspectListEditor : public QWidget {
    Q_OBJECT
public:
    explicit AspectListEditor(QWidget* parent = nullptr);

    QStringList aspects() const;
    /// Shows a stored list (no aspectsChanged).
    void setAspects(const QStringList& aspects);
    void setPlaceholderText(const QString& text);
    QLineEdit* lineEdit() const { return m_lineEdit; }
    QListWidget* list() const { return m_list; }

Q_SIGNALS:
    /// The consultant added, edited or removed an aspect.
    void aspectsChanged(const QStringList& aspects);

private:
    void add();
    void removeSelected();

    QListWidget* m_list;
    QLineEdit* m_lineEdit;
    QPushButton* m_addButton;
    QPushButton* m_removeButton;
};

} // namespace parcours
