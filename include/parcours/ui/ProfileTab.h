#pragma once

#include <parcours/core/BilanService.h>
#include <parcours/ui/BilanTab.h>

class QLabel;

namespace parcours {

/** The Profil tab: the beneficiary's details and the bilan's terms (funding, dates, hours per phase). */
class ProfileTab : public BilanTab {
    Q_OBJECT
public:
    explicit ProfileTab(QWidget* parent = nullptr);

    QString title() const override;
    bool availableWithoutBilan() const override { return true; }
    void showBilan(const Client& client, const BilanOverview* overview) override;
    void clearBilan() override;

private:
    void setClient(const Client& client);
    void setBilan(const BilanOverview* overview);

    QLabel* m_clientLabel;
    QLabel* m_bilanLabel;
};

} // namespace parcours
