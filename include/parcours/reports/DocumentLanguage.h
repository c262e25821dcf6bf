#pragma once

#include <QDate>
#include <QLocale>
#include <QString>
#include <QTranslator>

#include <memory>

namespace parcours {

/**
 * The language documents are written in, apart from the interface's: a synthèse printed from the English CLI or
 * an English desktop is still French for a French beneficiary (setting `documents.language`, French by default).
 * Document builders mark their text with QT_TRANSLATE_NOOP(context, text) and pass it through `text()`.
 */
class DocumentLanguage {
public:
    /// "fr" (the default) or "en"; anything else falls back to French.
    explicit DocumentLanguage(const QString& code = QStringLiteral("fr"));
    ~DocumentLanguage();
    DocumentLanguage(DocumentLanguage&&) noexcept;
    DocumentLanguage& operator=(DocumentLanguage&&) noexcept;

    QString code() const { return m_code; }
    QLocale locale() const { return m_locale; }
    /// The translation of `source` in `context`; %n is replaced by `n` when given.
    QString text(const char* context, const char* source, int n = -1) const;

    QString longDate(QDate date) const; ///< "3 mars 2025"
    QString dayDate(QDate date) const; ///< "lundi 3 mars 2025"

private:
    QString m_code;
    QLocale m_locale;
    std::unique_ptr<QTranslator> m_translator;
};

} // namespace parcours
