#include <parcours/ui/BilanTab.h>

namespace parcours {

void BilanTab::loadWhenShown(std::function<void()> load)
{
    if (isVisible()) {
        m_pendingLoad = nullptr;
        load();
    } else {
        m_pendingLoad = std::move(load);
    }
}

void BilanTab::loadPending()
{
    if (auto load = std::exchange(m_pendingLoad, nullptr))
        load();
}

void BilanTab::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    loadPending();
}

} // namespace parcours
