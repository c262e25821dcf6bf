// « Transmissions à des tiers » in the Conservation tab, in French: nothing goes to a third party without a consent
// that holds and covers it, each sending is listed; and the prospects due for deletion in the reminders.
#include "RetentionGuiFixture.h"
#include "PdfProbe.h"

using namespace parcours;
using namespace parcours::test;

namespace {
using DisclosureGuiTest = RetentionGuiFixture;
} // namespace

TEST_F(DisclosureGuiTest, SendingToAThirdPartyIsRefusedWithoutAConsentAndLoggedWithOne)
{
    const qint64 bilanId = anais();
    RetentionTab* tab = showTab();
    ASSERT_TRUE(tab);
    DisclosureSection* section = tab->disclosures();
    QSignalSpy errors(&workspace(), &Workspace::errorRaised);
    click(section, "sendDisclosurePushButton");
    ASSERT_EQ(errors.count(), 1);
    EXPECT_TRUE(errors.last().first().toString().contains(QStringLiteral("accord écrit")))
        << errors.last().first().toString().toStdString();
    EXPECT_FALSE(section->findChild<DisclosureSendDialog*>()) << "nothing asked";
    EXPECT_TRUE(QDir(folder.path()).isEmpty()) << "no file written";
    EXPECT_EQ(section->disclosuresTable()->rowCount(), 0);

    click(section, "recordDisclosureConsentPushButton");
    QPointer<DisclosureConsentDialog> dialog = section->findChild<DisclosureConsentDialog*>();
    ASSERT_TRUE(dialog);
    dialog->accept();
    EXPECT_FALSE(dialog->errors().messageFor(QStringLiteral("recipient_name")).isEmpty());
    DisclosureConsent typed;
    typed.recipientKind = RecipientKind::Cep;
    typed.recipientName = QStringLiteral("Transitions Pro Bretagne");
    typed.what = { DisclosedItem::Synthesis };
    typed.signedOn = QDate(2026, 3, 24);
    dialog->setConsent(typed);
    keepPicture(dialog, QStringLiteral("disclosure-consent-dialog"));
    dialog->accept();
    ASSERT_TRUE(waitClosed(dialog));
    ASSERT_EQ(section->consentsTable()->rowCount(), 1);
    EXPECT_EQ(section->consentsTable()->item(0, 0)->text(), QStringLiteral("Transitions Pro Bretagne (Opérateur du CEP)"));
    EXPECT_EQ(section->consentsTable()->item(0, 3)->text(), QStringLiteral("—"));

    // The consent covers the synthesis only: the test results are refused, in French, and no file is written.
    const qint64 consentId = section->consents().first().id;
    EXPECT_FALSE(section->sendTo(consentId, DisclosedItem::TestResults));
    ASSERT_EQ(errors.count(), 2);
    EXPECT_TRUE(errors.last().first().toString().contains(QStringLiteral("ne couvre pas")))
        << errors.last().first().toString().toStdString();
    EXPECT_TRUE(QDir(folder.path()).isEmpty());
    EXPECT_EQ(section->disclosuresTable()->rowCount(), 0);

    click(section, "sendDisclosurePushButton");
    QPointer<DisclosureSendDialog> send = section->findChild<DisclosureSendDialog*>();
    ASSERT_TRUE(send);
    EXPECT_FALSE(send->select(consentId, DisclosedItem::TestResults)) << "not offered: not covered";
    ASSERT_TRUE(send->select(consentId, DisclosedItem::Synthesis));
    keepPicture(send, QStringLiteral("disclosure-send-dialog"));
    const QString pdf = folder.filePath(QStringLiteral("synthese-cep.pdf"));
    FileDialog::setNextFileName(pdf);
    send->accept();
    ASSERT_TRUE(waitClosed(send));
    EXPECT_TRUE(PdfProbe(pdf).text().contains(QStringLiteral("restauration de meubles")));
    ASSERT_EQ(section->disclosuresTable()->rowCount(), 1);
    EXPECT_EQ(section->disclosuresTable()->item(0, 1)->text(), QStringLiteral("Transitions Pro Bretagne (Opérateur du CEP)"));
    EXPECT_EQ(section->disclosuresTable()->item(0, 2)->text(), QStringLiteral("Synthèse"));
    EXPECT_EQ(section->disclosuresTable()->item(0, 4)->text(), QStringLiteral("synthese-cep.pdf"));
    keepPicture(window.get(), QStringLiteral("retention-disclosures"));
    keepPicture(tab, QStringLiteral("retention-disclosures-whole"));

    // Withdrawn: the next sending is refused before anything is asked.
    selectRow(section->consentsTable(), 0);
    click(section, "withdrawDisclosureConsentPushButton");
    QPointer<DateDialog> withdrawal = section->findChild<DateDialog*>();
    ASSERT_TRUE(withdrawal);
    withdrawal->accept();
    ASSERT_TRUE(waitClosed(withdrawal));
    EXPECT_EQ(section->consentsTable()->item(0, 3)->text(), QStringLiteral("25/03/2026"));
    EXPECT_FALSE(section->findChild<QPushButton*>(QStringLiteral("withdrawDisclosureConsentPushButton"))->isEnabled());
    click(section, "sendDisclosurePushButton");
    EXPECT_EQ(errors.count(), 3);
    for (const DisclosureSendDialog* asked : section->findChildren<DisclosureSendDialog*>())
        EXPECT_FALSE(asked->isVisible()) << "nothing asked";
    EXPECT_EQ(QDir(folder.path()).entryList(QDir::Files), QStringList { QStringLiteral("synthese-cep.pdf") });
    EXPECT_EQ(section->disclosuresTable()->rowCount(), 1);
    EXPECT_EQ(workspace().repositories().disclosures().disclosures(bilanId).value().size(), 1);
}

TEST_F(DisclosureGuiTest, AProspectThreeYearsWithoutContactIsInTheReminders)
{
    m_clock.set(QDateTime(QDate(2023, 1, 10), QTime(9, 0), Qt::UTC));
    Client prospect;
    prospect.lastName = QStringLiteral("Aubert");
    prospect.firstName = QStringLiteral("Léa");
    workspace().clients().add(prospect).value();
    m_clock.set(QDateTime(QDate(2026, 3, 25), QTime(9, 0), Qt::UTC));
    FollowUpPanel* panel = window->followUps()->panel();
    panel->reload();
    QStringList texts;
    auto* list = panel->findChild<QListWidget*>(QStringLiteral("followUpListWidget"));
    ASSERT_TRUE(list);
    for (int row = 0; row < list->count(); ++row)
        texts << list->item(row)->text();
    EXPECT_TRUE(texts.join(u'|').contains(QStringLiteral("Léa Aubert\nProspect à supprimer (3 ans sans contact)")))
        << texts.join(u'|').toStdString();
}
