// The « Conservation » tab through the real window, in French: the schedule of each kind of content, a consent that
// keeps some of it, the destruction with its confirmation, what the window shows after it, and the certificate.
#include "RetentionGuiFixture.h"
#include "PdfProbe.h"

#include <parcours/ui/Colours.h>
#include <parcours/ui/FollowUpDialogs.h>

#include <QDateEdit>
#include <QPointer>

using namespace parcours;
using namespace parcours::test;

namespace {
using RetentionGuiTest = RetentionGuiFixture;
} // namespace

TEST_F(RetentionGuiTest, DestroyedContentIsGoneFromTheWindowAndTheCertificateNamesNoneOfIt)
{
    const qint64 bilanId = anais();
    RetentionTab* tab = showTab();
    ASSERT_TRUE(tab);
    // A tab of « Gestion ».
    QTabWidget* tabs = window->bilanPanel()->tabWidgetOf(tab);
    ASSERT_EQ(tabs, window->bilanPanel()->managementTabs());
    EXPECT_EQ(tabs->tabText(window->bilanPanel()->tabIndex(tab)), QStringLiteral("&Conservation"));
    EXPECT_EQ(window->bilanPanel()->tabs()->currentWidget(), tabs);
    EXPECT_EQ(label(tab, QStringLiteral("session-notesStateLabel")), "En cours");
    EXPECT_EQ(label(tab, QStringLiteral("valuesStateLabel")), "Rien");
    ASSERT_TRUE(shown(kNote)) << "the session's note is in the sessions' table";
    ASSERT_TRUE(shown(kSynthesis)) << "the synthesis is in its tab";

    // Refused while the bilan runs, with the reason, and nothing asked.
    QSignalSpy errors(&workspace(), &Workspace::errorRaised);
    click(tab, "destroyContentPushButton");
    ASSERT_EQ(errors.count(), 1);
    EXPECT_TRUE(errors.last().first().toString().contains(QStringLiteral("encore en cours")))
        << errors.last().first().toString().toStdString();
    EXPECT_TRUE(shown(kNote));

    ASSERT_TRUE(BilanEndService(workspace().repositories(), m_clock).close(bilanId, QDate(2026, 3, 20)).ok());
    EXPECT_EQ(label(tab, QStringLiteral("session-notesStateLabel")), "En retard\u00a0: à détruire depuis le 20 mars 2026");
    EXPECT_EQ(label(tab, QStringLiteral("synthesisStateLabel")), "En retard\u00a0: à détruire depuis le 20 mars 2026");

    // Not confirmed: nothing changes.
    Confirmation::setNextAnswer(false);
    click(tab, "destroyContentPushButton");
    const QString question = Confirmation::lastText();
    EXPECT_TRUE(question.contains(QStringLiteral("Notes des séances\u00a0: 1 élément"))) << question.toStdString();
    EXPECT_TRUE(question.contains(QStringLiteral("Synthèse et observations\u00a0: ")));
    EXPECT_TRUE(question.contains(QStringLiteral("preuve administrative")));
    EXPECT_TRUE(question.contains(QStringLiteral("PDF")));
    EXPECT_EQ(label(tab, QStringLiteral("synthesisStateLabel")), "En retard\u00a0: à détruire depuis le 20 mars 2026");
    EXPECT_TRUE(shown(kNote));
    EXPECT_TRUE(shown(kSynthesis));
    EXPECT_FALSE(tab->findChild<QPushButton*>(QStringLiteral("destructionCertificatePushButton"))->isEnabled());

    Confirmation::setNextAnswer(true);
    click(tab, "destroyContentPushButton");
    EXPECT_EQ(label(tab, QStringLiteral("session-notesStateLabel")), "Rien");
    EXPECT_EQ(label(tab, QStringLiteral("synthesisStateLabel")), "Rien");
    EXPECT_FALSE(shown(kNote)) << "the sessions' table no longer shows the note";
    EXPECT_FALSE(shown(kSynthesis)) << "the synthesis tab no longer shows the text";
    EXPECT_EQ(workspace().sessions().forBilan(bilanId).value().size(), 1) << "attendance is proof and stays";
    EXPECT_NE(label(tab, QStringLiteral("destructionLabel")).find("détruit le 25 mars 2026"), std::string::npos)
        << label(tab, QStringLiteral("destructionLabel"));

    const QString pdf = folder.filePath(QStringLiteral("attestation.pdf"));
    FileDialog::setNextFileName(pdf);
    click(tab, "destructionCertificatePushButton");
    const PdfProbe probe(pdf);
    EXPECT_TRUE(probe.valid());
    const QString text = probe.text();
    EXPECT_TRUE(text.contains(QStringLiteral("Attestation de destruction")));
    SCOPED_TRACE(text.toStdString());
    EXPECT_TRUE(text.contains(QStringLiteral("Anaïs Morvan")));
    EXPECT_TRUE(text.contains(QStringLiteral("Notes d'entretien")));
    EXPECT_FALSE(text.contains(QStringLiteral("licenciement")));
    EXPECT_FALSE(text.contains(QStringLiteral("restauration")));
    keepPicture(window.get(), QStringLiteral("retention-tab-destroyed"));
}

TEST_F(RetentionGuiTest, AConsentKeepsTheNotesUntilItIsWithdrawn)
{
    const qint64 bilanId = anais();
    ASSERT_TRUE(BilanEndService(workspace().repositories(), m_clock).close(bilanId, QDate(2026, 3, 20)).ok());
    RetentionTab* tab = showTab();
    ASSERT_TRUE(tab);
    EXPECT_EQ(label(tab, QStringLiteral("session-notesStateLabel")), "En retard\u00a0: à détruire depuis le 20 mars 2026");

    click(tab, "recordRetentionConsentPushButton");
    QPointer<RetentionConsentDialog> consent = tab->findChild<RetentionConsentDialog*>();
    ASSERT_TRUE(consent);
    consent->setSignedOn(QDate(2026, 3, 26)); // tomorrow: refused next to the field
    consent->accept();
    EXPECT_TRUE(consent->isVisible());
    EXPECT_TRUE(consent->errors().messageFor(QStringLiteral("kinds")).contains(QStringLiteral("Cochez")))
        << consent->errors().messageFor(QStringLiteral("kinds")).toStdString();
    consent->setChecked(ContentKind::SessionNotes, true);
    consent->accept();
    EXPECT_TRUE(consent->errors().messageFor(QStringLiteral("signed_on")).contains(QStringLiteral("futur")))
        << consent->errors().messageFor(QStringLiteral("signed_on")).toStdString();
    EXPECT_EQ(tab->consentsTable()->rowCount(), 0) << "refused: nothing recorded";
    consent->setSignedOn(QDate(2026, 3, 20));
    consent->setScope(QStringLiteral("Entretien de suivi à six mois"));
    keepPicture(consent, QStringLiteral("retention-consent-dialog"));
    consent->accept();
    ASSERT_TRUE(waitClosed(consent));
    EXPECT_EQ(label(tab, QStringLiteral("session-notesStateLabel")), "Conservé jusqu’au 20 mars 2027 sous consentement");
    EXPECT_EQ(label(tab, QStringLiteral("synthesisStateLabel")), "En retard\u00a0: à détruire depuis le 20 mars 2026");
    ASSERT_EQ(tab->consentsTable()->rowCount(), 1);
    EXPECT_EQ(tab->consentsTable()->item(0, 2)->text(), QStringLiteral("Entretien de suivi à six mois"));
    keepPicture(window.get(), QStringLiteral("retention-tab"));
    keepPicture(tab, QStringLiteral("retention-tab-whole"));

    // The confirmation lists what goes (the synthesis, due) and names the notes kept.
    Confirmation::setNextAnswer(true);
    click(tab, "destroyContentPushButton");
    const QString question = Confirmation::lastText();
    EXPECT_TRUE(question.contains(QStringLiteral("Synthèse et observations\u00a0: "))) << question.toStdString();
    EXPECT_FALSE(question.contains(QStringLiteral("Notes des séances\u00a0: "))) << "kept under the consent";
    EXPECT_TRUE(question.contains(QStringLiteral("Notes des séances, jusqu’au 20 mars 2027")));
    EXPECT_EQ(label(tab, QStringLiteral("synthesisStateLabel")), "Rien");
    EXPECT_FALSE(shown(kSynthesis));
    EXPECT_TRUE(shown(kNote)) << "kept under the consent";

    // The beneficiary withdraws the consent: the notes fall due and go the same way.
    selectRow(tab->consentsTable(), 0);
    click(tab, "withdrawRetentionConsentPushButton");
    QPointer<DateDialog> withdrawal = tab->findChild<DateDialog*>();
    ASSERT_TRUE(withdrawal);
    withdrawal->setDate(QDate(2026, 3, 24));
    withdrawal->accept();
    ASSERT_TRUE(waitClosed(withdrawal));
    EXPECT_EQ(label(tab, QStringLiteral("session-notesStateLabel")), "En retard\u00a0: à détruire depuis le 20 mars 2026") << "the consent no longer holds: due since the end";
    EXPECT_EQ(tab->consentsTable()->item(0, 4)->text(), QStringLiteral("24/03/2026"));
    Confirmation::setNextAnswer(true);
    click(tab, "destroyContentPushButton");
    EXPECT_TRUE(Confirmation::lastText().contains(QStringLiteral("Notes des séances\u00a0: 1 élément")))
        << Confirmation::lastText().toStdString();
    EXPECT_EQ(label(tab, QStringLiteral("session-notesStateLabel")), "Rien");
    EXPECT_FALSE(shown(kNote));
}

TEST_F(RetentionGuiTest, ClosingWithoutConsentSaysTheContentIsToDestroyTodayNotLateAndOffersTheTab)
{
    const qint64 bilanId = anais();
    window->clientList()->selectClient(clientId);
    // « Clôturer le bilan… » on the day of the end (25 March): confirm the closing, then open the Conservation tab.
    QPointer<DateDialog> closing = window->followUps()->closeBilan();
    ASSERT_TRUE(closing);
    closing->setDate(QDate(2026, 3, 25));
    Confirmation::setNextAnswers({ true, true });
    closing->accept();
    ASSERT_TRUE(waitClosed(closing));
    EXPECT_EQ(workspace().bilans().get(bilanId).value().status, BilanStatus::Closed);
    const QString question = Confirmation::lastText();
    EXPECT_TRUE(question.contains(QStringLiteral("est à détruire aujourd’hui"))) << question.toStdString();
    EXPECT_TRUE(question.contains(QStringLiteral("notes des séances, synthèse et observations")))
        << question.toStdString();
    auto* tab = window->findChild<RetentionTab*>(QStringLiteral("retentionTab"));
    ASSERT_TRUE(tab);
    EXPECT_EQ(window->bilanPanel()->currentTab(), tab) << "the answer opened the Conservation tab";
    QCoreApplication::processEvents();
    auto* state = tab->findChild<QLabel*>(QStringLiteral("session-notesStateLabel"));
    ASSERT_TRUE(state);
    EXPECT_EQ(state->text(), QStringLiteral("À détruire aujourd’hui"));
    EXPECT_FALSE(state->styleSheet().contains(colours::css(colours::error()))) << "due today is not late: not red";
    keepPicture(window.get(), QStringLiteral("retention-due-today"));
    // The Follow-ups panel lists it, not as overdue.
    FollowUpPanel* panel = window->followUps()->panel();
    EXPECT_EQ(panel->overdueCount(), 0);
}

TEST_F(RetentionGuiTest, RecordingAnAbandonmentSaysSinceWhenTheContentIsToDestroyAndOffersTheTab)
{
    const qint64 bilanId = anais();
    window->clientList()->selectClient(clientId);
    QPointer<AbandonDialog> abandoning = window->followUps()->abandonBilan();
    ASSERT_TRUE(abandoning);
    auto* date = abandoning->findChild<QDateEdit*>(QStringLiteral("dateEdit"));
    ASSERT_TRUE(date);
    date->setDate(QDate(2026, 3, 20)); // recorded on the 25th: Anaïs stopped coming after the 20th

    // No reason: said next to the field, nothing asked, the bilan still open.
    Confirmation::setNextAnswers({ true, true });
    abandoning->accept();
    EXPECT_TRUE(abandoning->isVisible());
    auto* reasonError = abandoning->findChild<QLabel*>(QStringLiteral("reasonErrorLabel"));
    ASSERT_TRUE(reasonError);
    EXPECT_TRUE(reasonError->text().contains(QStringLiteral("abandonné"))) << reasonError->text().toStdString();
    EXPECT_EQ(workspace().bilans().get(bilanId).value().status, BilanStatus::Open);

    // With the reason: confirm the abandonment, then open the Conservation tab.
    abandoning->setReason(QStringLiteral("A trouvé un emploi"));
    abandoning->accept();
    ASSERT_TRUE(waitClosed(abandoning));
    EXPECT_EQ(workspace().bilans().get(bilanId).value().status, BilanStatus::Abandoned);
    const QString question = Confirmation::lastText();
    EXPECT_TRUE(question.contains(QStringLiteral("le contenu du bilan abandonné (notes des séances, synthèse et "
                                                 "observations) est à détruire depuis le 20/03/2026, jour de l’arrêt "
                                                 "du bilan")))
        << question.toStdString();
    EXPECT_FALSE(question.contains(QStringLiteral("pour le suivi"))) << "an abandoned bilan has no follow-up";
    auto* tab = window->findChild<RetentionTab*>(QStringLiteral("retentionTab"));
    ASSERT_TRUE(tab);
    EXPECT_EQ(window->bilanPanel()->currentTab(), tab) << "the answer opened the Conservation tab";
    QCoreApplication::processEvents();
    EXPECT_EQ(label(tab, QStringLiteral("session-notesStateLabel")), "En retard\u00a0: à détruire depuis le 20 mars 2026");
}
