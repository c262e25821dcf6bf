// The test results of a bilan as one document, made to be sent to a third party under the beneficiary's consent
// (the disclosure log): each instrument, the day it was taken and what the consultant drew from it. The publisher's
// report file is not printed: it stays in Parcours.
#include "DocumentText.h"

#include <parcours/reports/DocumentBuilder.h>

using namespace Qt::StringLiterals;

namespace parcours::documents {

#define T(source) language.text("TestResultsDocument", source)

BuiltDocument testResults(const TestResultsContent& content, std::unique_ptr<DocumentLanguage> owned)
{
    const DocumentLanguage& language = *owned;
    const BilanParties& parties = content.parties;
    const QString title = T(QT_TRANSLATE_NOOP("TestResultsDocument", "Test results"));
    DocumentBuilder builder(title + u" — "_s + parties.client.fullName());
    builder.letterhead(parties.letterhead, language);
    builder.documentTitle(title, T(QT_TRANSLATE_NOOP("TestResultsDocument", "Bilan de compétences")));
    QList<std::pair<QString, QString>> fields {
        { T(QT_TRANSLATE_NOOP("TestResultsDocument", "Beneficiary")), parties.client.fullName() },
        { T(QT_TRANSLATE_NOOP("TestResultsDocument", "Bilan")), period(parties, language) },
    };
    if (!content.recipient.isEmpty())
        fields.append({ T(QT_TRANSLATE_NOOP("TestResultsDocument", "Sent to")), content.recipient });
    builder.fields(fields);
    for (const TestResult& result : content.results) {
        builder.heading(result.instrument, 2);
        if (result.takenOn.isValid()) {
            builder.note(T(QT_TRANSLATE_NOOP("TestResultsDocument", "Taken on %1"))
                             .arg(language.longDate(result.takenOn)));
        }
        builder.paragraphs(result.summary.trimmed().isEmpty()
                ? T(QT_TRANSLATE_NOOP("TestResultsDocument", "No summary was written for this test."))
                : result.summary);
    }
    builder.spacing(4);
    builder.note(T(QT_TRANSLATE_NOOP("TestResultsDocument",
        "Sent with the beneficiary's written consent. Confidential: for the recipient named above only.")));
    builder.note(T(QT_TRANSLATE_NOOP("TestResultsDocument", "Printed on %1")).arg(language.longDate(content.printedOn)));
    PdfOptions options = frame(title, parties, {}, language);
    return finish(builder, std::move(owned), options, u"resultats-tests-%1.pdf"_s.arg(fileSlug(parties.client)));
}

} // namespace parcours::documents

#undef T
