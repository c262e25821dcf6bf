#include <parcours/reports/DocumentLanguage.h>

using namespace Qt::StringLiterals;

namespace parcours {

DocumentLanguage::DocumentLanguage(const QString& code)
    : m_code(code == u"en" ? u"en"_s : u"fr"_s)
    , m_locale(m_code == u"en" ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                               : QLocale(QLocale::French, QLocale::France))
{
    // The English file holds only plural forms (English is the source language); French holds everything.
    m_translator = std::make_unique<QTranslator>();
    if (!m_translator->load(u":/i18n/parcours_"_s + m_code + u".qm"_s))
        m_translator.reset();
}

DocumentLanguage::~DocumentLanguage() = default;
DocumentLanguage::DocumentLanguage(DocumentLanguage&&) noexcept = default;
DocumentLanguage& DocumentLanguage::operator=(DocumentLanguage&&) noexcept = default;

QString DocumentLanguage::text(const char* context, const char* source, int n) const
{
    QString translated;
    if (m_translator)
        translated = m_translator->translate(context, source, nullptr, n);
    if (translated.isEmpty())
        translated = QString::fromUtf8(source);
    if (n >= 0)
        translated.replace(u"%n"_s, m_locale.toString(n));
    return translated;
}

QString DocumentLanguage::longDate(QDate date) const
{
    // French writes the first of the month as an ordinal: "1er juin 2026".
    if (date.isValid() && date.day() == 1 && m_code == u"fr")
        return m_locale.toString(date, u"d'er' MMMM yyyy"_s);
    return date.isValid() ? m_locale.toString(date, u"d MMMM yyyy"_s) : QString();
}

QString DocumentLanguage::dayDate(QDate date) const
{
    if (date.isValid() && date.day() == 1 && m_code == u"fr")
        return m_locale.toString(date, u"dddd d'er' MMMM yyyy"_s);
    return date.isValid() ? m_locale.toString(date, u"dddd d MMMM yyyy"_s) : QString();
}

} // namespace parcours
