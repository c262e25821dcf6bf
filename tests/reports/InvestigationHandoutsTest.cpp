// The two handouts of the investigation, read as a respondent or a beneficiary would read them: the letterhead,
// the questions in French, the beneficiary's name as typed, a valid PDF.
#include "PdfProbe.h"

#include <parcours/reports/InvestigationHandouts.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace parcours;
using namespace parcours::test;

namespace {

HandoutContext context(const QString& firstName, const QString& language = QStringLiteral("fr"))
{
    Letterhead letterhead;
    letterhead.name = QStringLiteral("Camille Exemple");
    letterhead.title = QStringLiteral("Psychologue du travail");
    letterhead.address = QStringLiteral("1 rue de l'Exemple\n13001 Marseille");
    return { letterhead, firstName, DocumentLanguage(language) };
}

/// Text as read on the page: white space collapsed (a no-break space counts as a space here).
QString flat(const PdfProbe& pdf)
{
    return pdf.text().simplified();
}

} // namespace

TEST(PeerQuestionnaire, AsksTheFiveQuestionsInFrenchUnderTheConsultantsLetterhead)
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("regard.pdf"));
    ASSERT_TRUE(writePeerQuestionnaire(context(QStringLiteral("Maëlle")), path).ok());
    PdfProbe pdf(path);
    QString report;
    ASSERT_TRUE(pdf.valid(&report)) << report.toStdString();
    EXPECT_EQ(pdf.metadata(QStringLiteral("Title")), QStringLiteral("Le regard des autres"));
    const QString text = flat(pdf);
    // French typography: a no-break space before the colon (pdftotext's text, NFKC, shows it as a space).
    EXPECT_TRUE(DocumentLanguage().text("PeerQuestionnaire", "How you know %1:").endsWith(QStringLiteral("\u00A0:")));
    for (const char* expected : { "Camille Exemple", "13001 Marseille", "Le regard des autres",
             "Questionnaire pour les personnes qui connaissent Maëlle", "Maëlle fait le point sur ses compétences",
             "Votre lien avec Maëlle :", "☐ Collègue", "☐ Famille",
             "1. Comment décririez-vous sa façon d'être avec les autres ?",
             "2. Quels sont, selon vous, ses points forts ?", "3. Quels points de vigilance voyez-vous ?",
             "4. Dans quelles activités, quels rôles ou quels métiers l'imaginez-vous ?",
             "5. Trois mots qui, pour vous, lui correspondent", "Remettez vos réponses à Maëlle" }) {
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected;
    }
    EXPECT_TRUE(pdf.pageText(1).contains(QStringLiteral("page 1 / %1").arg(pdf.pages())));
}

TEST(PeerQuestionnaire, TheBeneficiarysNameIsPrintedAsTypedNeverAsMarkup)
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("regard.pdf"));
    ASSERT_TRUE(writePeerQuestionnaire(context(QStringLiteral("<b>Zoé</b> & Cie")), path).ok());
    EXPECT_TRUE(PdfProbe(path).text().contains(QStringLiteral("<b>Zoé</b> & Cie fait le point")));
}

TEST(PeerQuestionnaire, FollowsTheDocumentLanguage)
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("others.pdf"));
    ASSERT_TRUE(writePeerQuestionnaire(context(QStringLiteral("Maëlle"), QStringLiteral("en")), path).ok());
    const QString text = flat(PdfProbe(path));
    EXPECT_TRUE(text.contains(QStringLiteral("How others see me")));
    EXPECT_TRUE(text.contains(QStringLiteral("How you know Maëlle:")));
}

TEST(InquiryGuide, NamesTheOptionAndCoversTheFiveThemes)
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("enquete.pdf"));
    ASSERT_TRUE(
        writeInquiryGuide(context(QStringLiteral("Maëlle")), QStringLiteral("Céramiste en atelier"), path).ok());
    PdfProbe pdf(path);
    QString report;
    ASSERT_TRUE(pdf.valid(&report)) << report.toStdString();
    const QString text = flat(pdf);
    for (const char* expected : { "Camille Exemple", "Rencontrer un professionnel : guide d'entretien",
             "Piste explorée : Céramiste en atelier — préparé pour Maëlle", "Avant la rencontre",
             "La personne rencontrée", "Les activités", "Les conditions de travail", "Les qualités requises",
             "Le parcours de formation", "Le marché du travail", "Après la rencontre",
             "À quoi ressemble une journée ou une semaine ordinaire ?" }) {
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected;
    }
    EXPECT_GE(pdf.pages(), 2);
    EXPECT_TRUE(pdf.pageText(2).contains(QStringLiteral("Maëlle")));
}

TEST(InquiryGuide, WithoutAnOptionItIsAGeneralGuideAndAFailedWriteLeavesNoFile)
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("enquete.pdf"));
    ASSERT_TRUE(writeInquiryGuide(context(QStringLiteral("Maëlle")), QString(), path).ok());
    const QString text = flat(PdfProbe(path));
    EXPECT_TRUE(text.contains(QStringLiteral("Préparé pour Maëlle")));
    EXPECT_FALSE(text.contains(QStringLiteral("Piste explorée")));

    const QString unwritable = folder.filePath(QStringLiteral("missing/folder/enquete.pdf"));
    EXPECT_FALSE(writeInquiryGuide(context(QStringLiteral("Maëlle")), QString(), unwritable).ok());
    EXPECT_FALSE(QFile::exists(unwritable));
}
