#pragma once

#include <QWidget>

#include <parcours/core/BilanService.h>

class QLabel;

namespace parcours {

/** The Profil tab: the beneficiary's details and the bilan's terms (funding, dates, hours per phase). */
class ProfileTab : public QWidget {
    Q_OBJECT
public:
    explicit ProfileTab(QWidget* parent = nullptr);

    void setClient(const Client& client);
    void setBilan(const BilanOverview* overview);

private:
    QLabel* m_clientLabel;
    QLabel* m_bilanLabel;
};

} // namespace parcours
