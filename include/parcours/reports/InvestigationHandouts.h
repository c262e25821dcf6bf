#pragma once

#include <parcours/core/Result.h>
#include <parcours/reports/DocumentLanguage.h>
#include <parcours/reports/Letterhead.h>

#include <QString>

#include <memory>

class QTextDocument;

namespace parcours {

class Settings;

/** Who a handout of the investigation comes from and whom it is about, and the language it is written in. */
struct HandoutContext {
    Letterhead letterhead;
    QString beneficiaryFirstName; ///< how the handout names the beneficiary ("Maëlle")
    DocumentLanguage language;

    /// The consultant's letterhead and the documents' language from the settings.
    static HandoutContext fromSettings(const Settings& settings, const QString& beneficiaryFirstName);
};

/// The questionnaire "le regard des autres", for the people the beneficiary asks (our own wording).
std::unique_ptr<QTextDocument> buildPeerQuestionnaire(const HandoutContext& context);
/// The interview guide for a field inquiry, about one option when `optionTitle` is not empty.
std::unique_ptr<QTextDocument> buildInquiryGuide(const HandoutContext& context, const QString& optionTitle = {});

/// Builds and writes the questionnaire as a PDF (all or nothing).
Result<void> writePeerQuestionnaire(const HandoutContext& context, const QString& path);
/// Builds and writes the interview guide as a PDF (all or nothing).
Result<void> writeInquiryGuide(const HandoutContext& context, const QString& optionTitle, const QString& path);

} // namespace parcours
