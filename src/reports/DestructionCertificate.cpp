// The destruction certificate (R6313-7): which kinds of a bilan's content were destroyed, how many records, when
// and by whom. It prints no content: only the beneficiary's name, the kinds and the counts.
#include "DocumentText.h"

#include <parcours/reports/DocumentBuilder.h>

using namespace Qt::StringLiterals;

namespace parcours::documents {
namespace {

#define T(source) language.text("DestructionCertificate", source)

QString kindName(ContentKind kind, const DocumentLanguage& language)
{
    switch (kind) {
    case ContentKind::SessionNotes:
        return T(QT_TRANSLATE_NOOP("DestructionCertificate", "Session notes"));
    case ContentKind::Experiences:
        return T(QT_TRANSLATE_NOOP("DestructionCertificate", "Professional history"));
    case ContentKind::Competences:
        return T(QT_TRANSLATE_NOOP("DestructionCertificate", "Competences"));
    case ContentKind::Values:
        return T(QT_TRANSLATE_NOOP("DestructionCertificate", "Values and motivations"));
    case ContentKind::PeerFeedback:
        return T(QT_TRANSLATE_NOOP("DestructionCertificate", "Feedback from others"));
    case ContentKind::TestResults:
        return T(QT_TRANSLATE_NOOP("DestructionCertificate", "Test results and their files"));
    case ContentKind::CareerOptions:
        return T(QT_TRANSLATE_NOOP("DestructionCertificate", "Career options"));
    case ContentKind::FieldInquiries:
        return T(QT_TRANSLATE_NOOP("DestructionCertificate", "Field inquiries"));
    case ContentKind::Research:
        return T(QT_TRANSLATE_NOOP("DestructionCertificate", "Documentary research"));
    case ContentKind::Synthesis:
        return T(QT_TRANSLATE_NOOP("DestructionCertificate", "Synthesis and observations"));
    case ContentKind::FollowUpNotes:
        return T(QT_TRANSLATE_NOOP("DestructionCertificate", "Follow-up interview notes"));
    case ContentKind::EvaluationComments:
        return T(QT_TRANSLATE_NOOP("DestructionCertificate", "Comments on the satisfaction questionnaires"));
    }
    return {};
}

} // namespace

BuiltDocument destructionCertificate(const DestructionCertificateContent& content, std::unique_ptr<DocumentLanguage> owned)
{
    const DocumentLanguage& language = *owned;
    const BilanParties& parties = content.parties;
    const DestructionRecord& record = content.record;
    const QString title = T(QT_TRANSLATE_NOOP("DestructionCertificate", "Certificate of destruction"));
    DocumentBuilder builder(title + u" — "_s + parties.client.fullName());
    builder.letterhead(parties.letterhead, language);
    builder.documentTitle(title, T(QT_TRANSLATE_NOOP("DestructionCertificate",
                                     "Bilan de compétences documents (article R6313-7 of the Code du travail)")));
    const QString doneBy = record.doneBy.trimmed().isEmpty() ? parties.letterhead.name : record.doneBy;
    builder.fields({
        { T(QT_TRANSLATE_NOOP("DestructionCertificate", "Beneficiary")), parties.client.fullName() },
        { T(QT_TRANSLATE_NOOP("DestructionCertificate", "Bilan begun on")),
            language.longDate(parties.bilan.startDate.isValid() ? parties.bilan.startDate
                                                                 : parties.bilan.createdAt.date()) },
        { T(QT_TRANSLATE_NOOP("DestructionCertificate", "Destroyed on")),
            T(QT_TRANSLATE_NOOP("DestructionCertificate", "%1 at %2"))
                .arg(language.longDate(record.doneAt.date()), record.doneAt.toString(u"HH:mm"_s)) },
        { T(QT_TRANSLATE_NOOP("DestructionCertificate", "By")), doneBy },
        { T(QT_TRANSLATE_NOOP("DestructionCertificate", "Journal entry")), record.uid },
    });
    builder.heading(T(QT_TRANSLATE_NOOP("DestructionCertificate", "What was destroyed")), 2);
    QList<QStringList> rows;
    for (ContentKind kind : record.contents)
        rows << QStringList { kindName(kind, language), QString::number(record.counts.value(kind)) };
    builder.table({ T(QT_TRANSLATE_NOOP("DestructionCertificate", "Kind of content")),
                      T(QT_TRANSLATE_NOOP("DestructionCertificate", "Records deleted")) },
        rows, { 70, 30 });
    builder.spacing(4);
    builder.paragraph(T(QT_TRANSLATE_NOOP("DestructionCertificate",
        "The records were deleted from the database and their space overwritten. The administrative proof of the "
        "action (identity, agreement, attendance, invoices, handover receipt) is kept as the law requires. Copies "
        "made outside the software (exported or printed documents) are to be destroyed by the provider.")));
    builder.spacing(4);
    builder.paragraph(T(QT_TRANSLATE_NOOP("DestructionCertificate", "Issued on %1"))
                          .arg(language.longDate(content.issuedOn)));
    PdfOptions options = frame(title, parties, {}, language);
    return finish(builder, std::move(owned), options,
        u"attestation-de-destruction-%1-%2.pdf"_s.arg(fileSlug(parties.client)).arg(record.id));
}

} // namespace parcours::documents

#undef T
