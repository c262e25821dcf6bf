#include <parcours/ui/Autosave.h>

#include <QEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QTimer>

namespace parcours {

Autosave::Autosave(QObject* parent) : QObject(parent) { }

// Not flushed here: the commits call into the page that owns this object, which is already half gone. Pages
// flush in their own destructor.
Autosave::~Autosave() = default;

void Autosave::bind(QLineEdit* edit, Commit commit)
{
    Field field { edit, std::move(commit), [edit] { return edit->text(); }, new QTimer(this) };
    field.timer->setSingleShot(true);
    field.timer->setInterval(kDelayMs);
    connect(field.timer, &QTimer::timeout, this, [this, edit] { write(m_fields[edit]); });
    connect(edit, &QLineEdit::textEdited, this, [this, edit] { changed(edit); });
    edit->installEventFilter(this);
    m_fields.insert(edit, std::move(field));
}

void Autosave::bind(QPlainTextEdit* edit, Commit commit)
{
    Field field { edit, std::move(commit), [edit] { return edit->toPlainText(); }, new QTimer(this) };
    field.timer->setSingleShot(true);
    field.timer->setInterval(kDelayMs);
    connect(field.timer, &QTimer::timeout, this, [this, edit] { write(m_fields[edit]); });
    connect(edit, &QPlainTextEdit::textChanged, this, [this, edit] { changed(edit); });
    edit->installEventFilter(this);
    m_fields.insert(edit, std::move(field));
}

void Autosave::show(QLineEdit* edit, const QString& text)
{
    if (isPending(edit) || edit->text() == text)
        return;
    edit->setText(text);
}

void Autosave::show(QPlainTextEdit* edit, const QString& text)
{
    if (isPending(edit) || edit->toPlainText() == text)
        return;
    const QSignalBlocker blocker(edit);
    edit->setPlainText(text);
}

bool Autosave::isPending(QWidget* field) const
{
    const auto it = m_fields.constFind(field);
    return it != m_fields.constEnd() && it->pending;
}

void Autosave::flush()
{
    for (Field& field : m_fields) {
        if (field.pending)
            write(field);
    }
}

void Autosave::discard()
{
    for (Field& field : m_fields) {
        field.pending = false;
        field.timer->stop();
    }
}

bool Autosave::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusOut) {
        const auto it = m_fields.find(static_cast<QWidget*>(watched));
        if (it != m_fields.end() && it->pending)
            write(*it);
    }
    return QObject::eventFilter(watched, event);
}

void Autosave::changed(QWidget* widget)
{
    Field& field = m_fields[widget];
    field.pending = true;
    field.timer->start();
}

void Autosave::write(Field& field)
{
    field.timer->stop();
    if (!field.widget || !field.pending)
        return;
    // Pending until the commit says it was written: a refused value stays as typed, and is tried again later.
    field.pending = !field.commit(field.read());
}

} // namespace parcours
