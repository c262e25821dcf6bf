#include "DocumentText.h"

#include <parcours/core/Text.h>
#include <parcours/reports/DocumentBuilder.h>

using namespace Qt::StringLiterals;

namespace parcours::documents {

QString period(const BilanParties& parties, const DocumentLanguage& language)
{
    const QDate first = parties.firstDay.isValid() ? parties.firstDay : parties.bilan.startDate;
    const QDate last = parties.lastDay;
    if (first.isValid() && last.isValid() && last > first) {
        return language.text("Document", QT_TRANSLATE_NOOP("Document", "from %1 to %2"))
            .arg(language.longDate(first), language.longDate(last));
    }
    if (first.isValid())
        return language.text("Document", QT_TRANSLATE_NOOP("Document", "on %1")).arg(language.longDate(first));
    return {};
}

QString consultantLine(const Letterhead& letterhead)
{
    if (letterhead.title.isEmpty())
        return letterhead.name;
    if (letterhead.name.isEmpty())
        return letterhead.title;
    return letterhead.name + u", "_s + letterhead.title;
}

PdfOptions frame(const QString& title, const BilanParties& parties, const QString& footerNote,
                 const DocumentLanguage& language)
{
    PdfOptions options;
    options.title = title;
    options.footerNote = footerNote;
    options.language = &language;
    QStringList header;
    if (!parties.letterhead.name.isEmpty())
        header << parties.letterhead.name;
    header << parties.client.fullName();
    options.runningHeader = header.join(u" · "_s);
    return options;
}

BuiltDocument finish(DocumentBuilder& builder, std::unique_ptr<DocumentLanguage> language, PdfOptions options,
                     QString fileName)
{
    BuiltDocument built;
    built.document = builder.finish();
    options.language = language.get();
    built.language = std::move(language);
    built.options = std::move(options);
    built.fileName = std::move(fileName);
    return built;
}

QString fileSlug(const Client& client)
{
    QString slug;
    for (QChar c : foldForSearch(client.lastName + u' ' + client.firstName)) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            slug += c;
        else if (!slug.isEmpty() && !slug.endsWith(u'-'))
            slug += u'-';
    }
    while (slug.endsWith(u'-'))
        slug.chop(1);
    return slug.isEmpty() ? u"beneficiaire"_s : slug.left(60);
}

} // namespace parcours::documents
