#include <parcours/ui/ConflictBanner.h>

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace parcours {

ConflictBanner::ConflictBanner(QWidget* parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_reload(new QPushButton(tr("Reload"), this))
    , m_overwrite(new QPushButton(tr("Overwrite"), this))
    , m_copy(new QPushButton(tr("Keep a copy"), this))
{
    setObjectName(u"conflictBanner"_s);
    setStyleSheet(u"#conflictBanner { background: #fff4e0; border: 1px solid #e0b96a; border-radius: 4px; } "
                  "#conflictBanner QLabel { color: #5c3b00; }"_s);
    m_label->setObjectName(u"conflictBannerLabel"_s);
    m_label->setWordWrap(true);
    m_reload->setObjectName(u"conflictReloadButton"_s);
    m_overwrite->setObjectName(u"conflictOverwriteButton"_s);
    m_copy->setObjectName(u"conflictCopyButton"_s);
    m_reload->setToolTip(tr("Drop your changes and show theirs."));
    m_overwrite->setToolTip(tr("Save yours over theirs."));
    m_copy->setToolTip(tr("Copy your text to the clipboard, then show theirs."));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_reload);
    layout->addWidget(m_overwrite);
    layout->addWidget(m_copy);
    connect(m_reload, &QPushButton::clicked, this, [this] { choose(ConflictPrompt::Choice::Reload); });
    connect(m_overwrite, &QPushButton::clicked, this, [this] { choose(ConflictPrompt::Choice::Overwrite); });
    connect(m_copy, &QPushButton::clicked, this, [this] { choose(ConflictPrompt::Choice::KeepCopy); });
    hide();
}

QString ConflictBanner::text() const
{
    return m_label->text();
}

void ConflictBanner::offer(const Error& conflict, ConflictPrompt::Actions actions, Settled settled)
{
    m_conflict = conflict;
    m_actions = std::move(actions);
    m_settled = std::move(settled);
    m_offering = true;
    m_label->setText(tr("Someone else changed %1 since you opened it (another consultant, or you on another "
                        "computer). What you type is kept but not saved until you choose.")
                         .arg(m_actions.record));
    if (auto answer = ConflictPrompt::takeNextAnswer()) {
        choose(*answer);
        return;
    }
    show();
}

void ConflictBanner::settleNow(QWidget* parent)
{
    if (!m_offering)
        return;
    const ConflictPrompt::Choice choice = ConflictPrompt::ask(parent, m_actions.record);
    if (choice == ConflictPrompt::Choice::Cancel) {
        withdraw();
        return;
    }
    choose(choice);
}

void ConflictBanner::withdraw()
{
    m_offering = false;
    m_settled = nullptr;
    hide();
}

void ConflictBanner::choose(ConflictPrompt::Choice choice)
{
    if (!m_offering)
        return;
    // Moved out first: the actions may reload the editor, which may offer again or withdraw.
    const ConflictPrompt::Actions actions = std::move(m_actions);
    const Error conflict = m_conflict;
    Settled settled = std::move(m_settled);
    m_offering = false;
    hide();
    auto outcome = ConflictPrompt::apply(choice, conflict, actions);
    if (settled)
        settled(outcome);
}

} // namespace parcours
