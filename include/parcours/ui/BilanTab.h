#pragma once

#include <QWidget>

#include <functional>

namespace parcours {

struct BilanOverview;
struct Client;

/**
 * One tab under the phase timeline (Profil, Séances, Investigation, Synthèse…). The bilan panel hands every tab
 * the bilan shown, and nothing else: a tab reads and writes through the Workspace it was built with.
 */
class BilanTab : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    /// The tab's title, translated, with a mnemonic ("&Séances").
    virtual QString title() const = 0;
    /// Whether the tab means anything for a beneficiary without a bilan (a prospect).
    virtual bool availableWithoutBilan() const { return false; }
    /// The beneficiary and bilan to show; `overview` is null for a prospect. Called again after every change.
    virtual void showBilan(const Client& client, const BilanOverview* overview) = 0;
    /// Nothing selected.
    virtual void clearBilan() = 0;
    /// The key of the audit log's entry when the tab shows bilan content ("synthesis"…): each opening of the tab
    /// on a bilan is logged as a read. Empty for tabs of administrative proof.
    virtual QString auditKey() const { return {}; }

protected:
    /// Runs `load` now when the tab is on screen, otherwise at its next showing (replacing a load still waiting):
    /// selecting a beneficiary reads and lays out the tab in front only, not the eight behind it.
    void loadWhenShown(std::function<void()> load);
    /// Runs the load still waiting, if any: for an action or a caller that needs the tab's data while it is hidden.
    void loadPending();
    void showEvent(QShowEvent* event) override;

private:
    std::function<void()> m_pendingLoad;
};

} // namespace parcours
