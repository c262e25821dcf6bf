#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QTimer;
class QWidget;

namespace parcours {

/**
 * Saves what the consultant types without a save button: a text is written a short pause after the last key
 * (kDelayMs) and when the field loses focus, so a crash loses at most the last moment of typing. Until it is
 * written, a field is "pending" and a reload from storage leaves it alone.
 */
class Autosave : public QObject {
    Q_OBJECT
public:
    /// The pause after the last key before a text is written.
    static constexpr int kDelayMs = 700;
    /// Writes the value; returns false when it was refused (the field then stays pending, as typed).
    using Commit = std::function<bool(const QString&)>;

    explicit Autosave(QObject* parent = nullptr);
    ~Autosave() override;

    void bind(QLineEdit* edit, Commit commit);
    void bind(QPlainTextEdit* edit, Commit commit);

    /// Shows a stored value, unless the field holds typing not yet written.
    void show(QLineEdit* edit, const QString& text);
    void show(QPlainTextEdit* edit, const QString& text);
    bool isPending(QWidget* field) const;

    /// Writes every pending field now (before the record shown changes, when the tab is left).
    void flush();
    /// Forgets pending typing without writing it (the record it belonged to is gone).
    void discard();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Field {
        QPointer<QWidget> widget;
        Commit commit;
        std::function<QString()> read;
        QTimer* timer = nullptr;
        bool pending = false;
    };
    void changed(QWidget* widget);
    void write(Field& field);

    QHash<QWidget*, Field> m_fields;
};

} // namespace parcours
