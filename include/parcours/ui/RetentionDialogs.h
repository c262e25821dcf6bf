#pragma once

#include <QDialog>

#include <parcours/core/Disclosure.h>
#include <parcours/core/Retention.h>
#include <parcours/ui/FieldErrors.h>

#include <functional>
#include <memory>

class QTableView;

namespace Ui {
class RetentionConsentDialog;
class DisclosureConsentDialog;
class DisclosureSendDialog;
} // namespace Ui

namespace parcours {

/** The beneficiary's written consent to keep one or more kinds of content: refusals show next to their field. */
class RetentionConsentDialog : public QDialog {
    Q_OBJECT
public:
    /// Records one consent per kind checked, all or none.
    using Submit = std::function<Result<void>(const QList<ContentKind>& kinds, const RetentionConsent& terms)>;
    RetentionConsentDialog(const QString& prompt, QDate today, QDate until, Submit submit, QWidget* parent = nullptr);
    ~RetentionConsentDialog() override;

    void setChecked(ContentKind kind, bool checked);
    QList<ContentKind> checkedKinds() const;
    void setSignedOn(QDate day);
    void setScope(const QString& scope);
    void setUntil(QDate day);
    const FieldErrors& errors() const { return m_errors; }
    void accept() override;

private:
    std::unique_ptr<Ui::RetentionConsentDialog> m_ui;
    Submit m_submit;
    FieldErrors m_errors;
};

/** The beneficiary's written consent to send the synthèse or the test results to one named third party. */
class DisclosureConsentDialog : public QDialog {
    Q_OBJECT
public:
    using Submit = std::function<Result<void>(const DisclosureConsent&)>;
    DisclosureConsentDialog(const QString& prompt, QDate today, Submit submit, QWidget* parent = nullptr);
    ~DisclosureConsentDialog() override;

    /// Fills the fields from `consent` (recipient, what, date).
    void setConsent(const DisclosureConsent& consent);
    /// The consent as typed.
    DisclosureConsent consent() const;
    const FieldErrors& errors() const { return m_errors; }
    void accept() override;

private:
    std::unique_ptr<Ui::DisclosureConsentDialog> m_ui;
    Submit m_submit;
    FieldErrors m_errors;
};

/** Chooses the consent (among those that hold) and what to send under it; the file is asked for next. */
class DisclosureSendDialog : public QDialog {
    Q_OBJECT
public:
    DisclosureSendDialog(const QString& prompt, const QList<DisclosureConsent>& usable, QWidget* parent = nullptr);
    ~DisclosureSendDialog() override;

    /// Chooses a consent and an item it covers; false when the consent is not offered or does not cover it.
    bool select(qint64 consentId, DisclosedItem item);
    qint64 consentId() const;
    DisclosedItem item() const;

private:
    void fillItems();
    std::unique_ptr<Ui::DisclosureSendDialog> m_ui;
    QList<DisclosureConsent> m_usable;
};

/// "20 mars 2026": the days of the Retention tab, without the weekday.
QString dayText(QDate date);
/// "20/03/2026": a day in a table cell of the Retention tab.
QString cellDate(QDate date);
/// The height that shows the header and `rows` rows of `table`, frame included.
int tableHeight(const QTableView* table, int rows);
/// "Transitions Pro Occitanie (CEP operator)".
QString recipientText(const DisclosureConsent& consent);

} // namespace parcours
