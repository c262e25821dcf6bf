#include <parcours/ui/FoldingSplitter.h>
#include <parcours/ui/WideBilanMode.h>

#include <QAction>
#include <QList>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace parcours {

WideBilanMode::WideBilanMode(QWidget* list, FoldingSplitter* splitter, QObject* parent)
    : QObject(parent)
    , m_list(list)
    , m_splitter(splitter)
    , m_action(new QAction(tr("&Bilan on the whole width"), this))
{
    m_action->setObjectName(u"wideBilanAction"_s);
    m_action->setCheckable(true);
    m_action->setShortcut(Qt::Key_F8);
    m_action->setToolTip(tr("Hides the list of beneficiaries and the side column: more room to write the synthèse. "
                            "F8 brings them back."));
    connect(m_action, &QAction::toggled, this, [this](bool on) { on ? enter() : leave(); });
}

bool WideBilanMode::isOn() const
{
    return m_action->isChecked();
}

void WideBilanMode::enter()
{
    m_sideWasFolded = m_splitter->isFolded();
    m_sizes = m_splitter->sizes();
    m_list->hide();
    m_splitter->setFolded(true);
}

void WideBilanMode::leave()
{
    if (!m_list->isHidden())
        return;
    m_list->show();
    m_splitter->setFolded(m_sideWasFolded);
    m_splitter->setSizes(m_sizes); // the list and the bilan as wide as they were
    m_action->setChecked(false); // when left other than by the action itself
}

} // namespace parcours
