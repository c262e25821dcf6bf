#include <parcours/core/Text.h>

namespace parcours {

QString foldForSearch(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        switch (c.unicode()) {
        case u'œ':
        case u'Œ':
            folded += QStringLiteral("oe");
            continue;
        case u'æ':
        case u'Æ':
            folded += QStringLiteral("ae");
            continue;
        case u'ß':
            folded += QStringLiteral("ss");
            continue;
        case u'’':
            folded += u'\'';
            continue;
        default:
            break;
        }
        folded += c.toCaseFolded();
    }
    return folded;
}

QString simplifiedLine(QStringView text)
{
    return text.toString().simplified();
}

} // namespace parcours
