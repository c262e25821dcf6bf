#include "ui_FundingDialog.h"

#include <parcours/core/Money.h>
#include <parcours/ui/FundingDialog.h>

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

enum Column { KindColumn, NameColumn, AddressColumn, ShareColumn, ColumnCount };

QString shareText(const FunderShare& share)
{
    if (share.fixedCents)
        return Money::fromCents(*share.fixedCents).display();
    const QString number = share.basisPoints % 100 == 0 ? QString::number(share.basisPoints / 100)
                                                        : QLocale().toString(share.basisPoints / 100.0, 'f', 2);
    return number + u"\u00a0%"_s;
}

/// "60 %", "33,33%" → basis points; "1 500,00" or "1 500 €" → a fixed amount; nullopt when neither.
std::optional<FunderShare> parseShare(QString text)
{
    FunderShare share;
    text = text.trimmed();
    const bool percent = text.endsWith(u'%');
    if (percent)
        text.chop(1);
    const auto amount = Money::parse(text);
    if (!amount || amount->isNegative())
        return std::nullopt;
    if (percent)
        share.basisPoints = int(std::min<qint64>(amount->cents(), 1'000'000));
    else
        share.fixedCents = amount->cents();
    return share;
}

} // namespace

FundingDialog::FundingDialog(Submit submit, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::FundingDialog>())
    , m_submit(std::move(submit))
    , m_errors(nullptr)
{
    m_ui->setupUi(this);
    setObjectName(u"fundingDialog"_s);
    m_errors = FieldErrors(m_ui->formErrorLabel);
    m_errors.bind(u"price"_s, m_ui->priceLineEdit, m_ui->priceErrorLabel);
    m_errors.bind(u"shares"_s, m_ui->fundersTableWidget, m_ui->sharesErrorLabel);
    setWindowTitle(tr("Price and funders"));
    QTableWidget* table = m_ui->fundersTableWidget;
    table->setColumnCount(ColumnCount);
    table->setHorizontalHeaderLabels({ tr("Funder"), tr("Invoiced to"), tr("Address"), tr("Share") });
    table->horizontalHeader()->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(AddressColumn, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(ShareColumn, QHeaderView::Fixed);
    table->horizontalHeader()->resizeSection(ShareColumn, 110);
    table->verticalHeader()->setVisible(false);
    m_ui->traineeComboBox->addItem(tr("Not recorded (worked out from the funding when it can be)"));
    for (TraineeStatus status : kAllTraineeStatuses)
        m_ui->traineeComboBox->addItem(displayName(status), toKey(status));
    m_ui->splitLabel->setObjectName(u"splitLabel"_s);
    connect(m_ui->priceLineEdit, &QLineEdit::textChanged, this, &FundingDialog::updateSplit);
    connect(m_ui->copaymentCheckBox, &QCheckBox::toggled, this, &FundingDialog::updateSplit);
    connect(m_ui->addFunderPushButton, &QPushButton::clicked, this, [this] {
        FunderShare share;
        share.basisPoints = 0;
        addFunder(share);
    });
    connect(m_ui->removeFunderPushButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->fundersTableWidget->currentRow();
        m_ui->fundersTableWidget->removeRow(row >= 0 ? row : m_ui->fundersTableWidget->rowCount() - 1);
        updateSplit();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &FundingDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &FundingDialog::reject);
}

FundingDialog::~FundingDialog() = default;

void FundingDialog::setFunding(const BillingOverview& overview, std::optional<qint64> defaultPrice)
{
    m_plan = overview.plan;
    m_client = overview.client;
    m_defaultPrice = defaultPrice;
    m_ui->priceLineEdit->setText(overview.priceCents && !overview.defaultPrice
                                     ? Money::fromCents(*overview.priceCents).display()
                                     : QString());
    m_ui->priceLineEdit->setPlaceholderText(defaultPrice ? Money::fromCents(*defaultPrice).display() : QString());
    m_ui->defaultPriceLabel->setText(defaultPrice ? tr("Left empty: the default price of the settings, %1.")
                                                        .arg(Money::fromCents(*defaultPrice).display())
                                                  : tr("No default price is set (File ▸ Settings ▸ Billing)."));
    m_ui->fundersTableWidget->setRowCount(0);
    for (const FunderShare& share : overview.plan.shares)
        addFunder(share);
    m_ui->copaymentCheckBox->setChecked(overview.plan.copaymentExempt);
    m_ui->traineeComboBox->setCurrentIndex(
        overview.plan.traineeStatus ? m_ui->traineeComboBox->findData(toKey(*overview.plan.traineeStatus)) : 0);
    updateSplit();
}

void FundingDialog::addFunder(const FunderShare& share)
{
    QTableWidget* table = m_ui->fundersTableWidget;
    const int row = table->rowCount();
    table->insertRow(row);
    auto* kind = new QComboBox(table);
    kind->setObjectName(u"funderComboBox%1"_s.arg(row));
    for (FunderKind value : kAllFunderKinds)
        kind->addItem(displayName(value), toKey(value));
    kind->setCurrentIndex(kind->findData(toKey(share.kind)));
    auto* name = new QLineEdit(share.name, table);
    name->setObjectName(u"funderNameLineEdit%1"_s.arg(row));
    auto* address = new QLineEdit(QString(share.address).replace(u'\n', u", "_s), table);
    address->setObjectName(u"funderAddressLineEdit%1"_s.arg(row));
    auto* value = new QLineEdit(share.fixedCents || share.basisPoints ? shareText(share) : QString(), table);
    value->setObjectName(u"funderShareLineEdit%1"_s.arg(row));
    value->setPlaceholderText(tr("60 % or 1 500,00"));
    table->setCellWidget(row, KindColumn, kind);
    table->setCellWidget(row, NameColumn, name);
    table->setCellWidget(row, AddressColumn, address);
    table->setCellWidget(row, ShareColumn, value);
    const auto placeholder = [this, kind, name] {
        const auto chosen = fromKey<FunderKind>(kind->currentData().toString()).value_or(FunderKind::Other);
        name->setPlaceholderText(chosen == FunderKind::Cpf             ? u"Caisse des Dépôts et Consignations"_s
                                 : chosen == FunderKind::FranceTravail ? u"France Travail"_s
                                 : chosen == FunderKind::Personal      ? m_client.fullName()
                                 : chosen == FunderKind::Employer      ? tr("the agreement's employer")
                                                                       : tr("name to print on the invoice"));
        updateSplit();
    };
    placeholder();
    connect(kind, &QComboBox::currentIndexChanged, this, placeholder);
    connect(value, &QLineEdit::textChanged, this, &FundingDialog::updateSplit);
    updateSplit();
}

int FundingDialog::funderCount() const
{
    return m_ui->fundersTableWidget->rowCount();
}

void FundingDialog::setShareText(int row, const QString& text)
{
    if (auto* edit = qobject_cast<QLineEdit*>(m_ui->fundersTableWidget->cellWidget(row, ShareColumn)))
        edit->setText(text);
}

QList<FieldError> FundingDialog::read(std::optional<qint64>* price, FundingPlan* plan) const
{
    QList<FieldError> errors;
    const QString typedPrice = m_ui->priceLineEdit->text().trimmed();
    price->reset();
    if (!typedPrice.isEmpty()) {
        const auto amount = Money::parse(typedPrice);
        if (!amount)
            errors.append({ u"price"_s, amount.error().message });
        else if (amount->isNegative())
            errors.append({ u"price"_s, tr("A price cannot be negative.") });
        else
            *price = amount->cents();
    }
    *plan = m_plan;
    plan->shares.clear();
    const QTableWidget* table = m_ui->fundersTableWidget;
    for (int row = 0; row < table->rowCount(); ++row) {
        const auto* kind = qobject_cast<QComboBox*>(table->cellWidget(row, KindColumn));
        const auto* name = qobject_cast<QLineEdit*>(table->cellWidget(row, NameColumn));
        const auto* address = qobject_cast<QLineEdit*>(table->cellWidget(row, AddressColumn));
        const auto* value = qobject_cast<QLineEdit*>(table->cellWidget(row, ShareColumn));
        auto share = parseShare(value->text());
        if (!share) {
            errors.append({ u"shares"_s, tr("Funder %1: write a percentage (60 %) or an amount (1 500,00).").arg(row + 1) });
            continue;
        }
        share->kind = fromKey<FunderKind>(kind->currentData().toString()).value_or(FunderKind::Other);
        share->name = name->text().trimmed();
        QStringList lines;
        for (const QString& line : address->text().split(u','))
            lines << line.trimmed();
        lines.removeAll(QString());
        share->address = lines.join(u'\n');
        plan->shares << *share;
    }
    plan->copaymentExempt = m_ui->copaymentCheckBox->isChecked();
    const QString status = m_ui->traineeComboBox->currentData().toString();
    plan->traineeStatus = status.isEmpty() ? std::nullopt : fromKey<TraineeStatus>(status);
    if (errors.isEmpty()) {
        for (const FieldError& error : BillingRules::validate(*plan)) {
            // "shares/2/percent" → the funders' list, saying which row.
            const QStringList parts = error.field.split(u'/');
            const QString message = parts.size() > 1 ? tr("Funder %1: %2").arg(parts[1].toInt() + 1).arg(error.message)
                                                     : error.message;
            errors.append({ u"shares"_s, message });
        }
    }
    return errors;
}

void FundingDialog::updateSplit()
{
    std::optional<qint64> price;
    FundingPlan plan;
    const QList<FieldError> errors = read(&price, &plan);
    const std::optional<qint64> total = price ? price : m_defaultPrice;
    if (!errors.isEmpty() || !total) {
        m_ui->splitLabel->setText(!total ? tr("No price: nothing to share yet.") : QString());
        return;
    }
    const auto amounts = BillingRules::split(*total, plan.shares);
    if (!amounts) {
        m_ui->splitLabel->setText(amounts.error().message);
        return;
    }
    QStringList parts;
    for (qsizetype i = 0; i < plan.shares.size(); ++i)
        parts << tr("%1: %2").arg(displayName(plan.shares[i].kind), Money::fromCents(amounts->at(i)).display());
    m_ui->splitLabel->setText(tr("Each pays: %1.").arg(parts.join(u" · "_s)));
}

QString FundingDialog::splitText() const
{
    return m_ui->splitLabel->text();
}

void FundingDialog::setReload(std::function<Result<BillingOverview>()> read)
{
    m_conflicts.record = tr("the funding of this bilan");
    m_conflicts.read = std::move(read);
    m_conflicts.show = [this](const BillingOverview& stored) { setFunding(stored, m_defaultPrice); };
    m_conflicts.submit = [this](const BillingOverview& mine) {
        return m_submit(mine.defaultPrice ? std::nullopt : mine.priceCents, mine.plan);
    };
    m_conflicts.rebase = [](BillingOverview& mine, const BillingOverview& stored) {
        mine.plan.version = stored.plan.version;
    };
    m_conflicts.text = [](const BillingOverview& typed) {
        QStringList lines;
        if (typed.priceCents)
            lines << Money::fromCents(*typed.priceCents).display();
        for (const FunderShare& share : typed.plan.shares) {
            lines << tr("%1: %2").arg(share.name.isEmpty() ? displayName(share.kind) : share.name,
                                      share.fixedCents ? Money::fromCents(*share.fixedCents).display()
                                                       : QLocale().toString(share.basisPoints / 100.0) + u" %"_s);
        }
        return lines.join(u'\n');
    };
}

void FundingDialog::accept()
{
    std::optional<qint64> price;
    FundingPlan plan;
    QList<FieldError> errors = read(&price, &plan);
    if (errors.isEmpty() && (price || m_defaultPrice)) {
        if (auto split = BillingRules::split(price ? *price : *m_defaultPrice, plan.shares); !split)
            errors.append({ u"shares"_s, split.error().message });
    }
    if (m_errors.show(errors))
        return;
    if (m_submit) {
        if (auto done = m_submit(price, plan); !done) {
            if (done.error().code == ErrorCode::Conflict && m_conflicts.enabled()) {
                BillingOverview typed;
                typed.priceCents = price;
                typed.defaultPrice = !price;
                typed.plan = plan;
                if (m_conflicts.settle(this, done.error(), typed, m_errors))
                    QDialog::accept();
                return;
            }
            m_errors.show(done.error().field.startsWith(u"shares"_s)
                              ? Error { done.error().code, done.error().message, u"shares"_s }
                              : done.error());
            return;
        }
    }
    QDialog::accept();
}

} // namespace parcours
