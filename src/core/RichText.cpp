#include <parcours/core/RichText.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

constexpr std::array kBlockTypes { RichBlockType::Paragraph, RichBlockType::Heading, RichBlockType::Subheading,
                                   RichBlockType::Bullet, RichBlockType::Numbered };

std::optional<RichBlockType> blockTypeFromKey(QStringView key)
{
    for (RichBlockType type : kBlockTypes) {
        if (toKey(type) == key)
            return type;
    }
    return std::nullopt;
}

} // namespace

QString toKey(RichBlockType type)
{
    switch (type) {
    case RichBlockType::Paragraph:
        return u"paragraph"_s;
    case RichBlockType::Heading:
        return u"heading"_s;
    case RichBlockType::Subheading:
        return u"subheading"_s;
    case RichBlockType::Bullet:
        return u"bullet"_s;
    case RichBlockType::Numbered:
        return u"numbered"_s;
    }
    return {};
}

QString RichBlock::plainText() const
{
    QString text;
    for (const RichSpan& span : spans)
        text += span.text;
    return text;
}

QString RichText::cleanText(QStringView text)
{
    QString clean;
    clean.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\n') {
            clean += c;
        } else if (u == u'\t') {
            clean += u' ';
        } else if (u == 0x2028 || u == 0x2029 || u == u'\r') {
            clean += u'\n'; // line and paragraph separators from editors: a line break inside the block
        } else if (u == 0xFFFC || u == 0xFFFD || u == 0xFEFF || c.category() == QChar::Other_Control) {
            continue; // object replacement (an image or a table in an editor), BOM, other controls
        } else {
            clean += c;
        }
    }
    return clean;
}

RichText RichText::fromPlainText(QStringView text)
{
    QString normalised = text.toString();
    normalised.replace(u"\r\n"_s, u"\n"_s);
    normalised.replace(u'\r', u'\n');
    RichText rich;
    static const QRegularExpression blankLines(u"\n[ \t]*\n"_s);
    for (const QString& part : normalised.split(blankLines)) {
        const QString paragraph = cleanText(part).trimmed();
        if (paragraph.isEmpty())
            continue;
        rich.blocks.append(RichBlock { RichBlockType::Paragraph, 1, { RichSpan { paragraph } } });
    }
    return rich.normalised();
}

QString RichText::toPlainText() const
{
    QStringList parts;
    int number = 0;
    for (const RichBlock& block : blocks) {
        const QString indent(2 * (block.level - 1), u' ');
        number = block.type == RichBlockType::Numbered ? number + 1 : 0;
        switch (block.type) {
        case RichBlockType::Bullet:
            parts << indent + u"• "_s + block.plainText();
            break;
        case RichBlockType::Numbered:
            parts << indent + QString::number(number) + u". "_s + block.plainText();
            break;
        default:
            parts << block.plainText();
            break;
        }
    }
    return parts.join(u"\n\n"_s);
}

RichText RichText::normalised() const
{
    RichText result;
    for (const RichBlock& block : blocks) {
        RichBlock clean;
        clean.type = block.type;
        clean.level = block.isList() ? std::clamp(block.level, 1, kMaxListLevel) : 1;
        for (const RichSpan& span : block.spans) {
            const QString text = cleanText(span.text);
            if (text.isEmpty())
                continue;
            if (!clean.spans.isEmpty() && clean.spans.last().bold == span.bold
                && clean.spans.last().italic == span.italic) {
                clean.spans.last().text += text;
            } else {
                clean.spans.append(RichSpan { text, span.bold, span.italic });
            }
        }
        // Line breaks at the edges of a block and blocks of white space only say nothing.
        while (!clean.spans.isEmpty() && clean.spans.first().text.startsWith(u'\n'))
            clean.spans.first().text.remove(0, 1);
        while (!clean.spans.isEmpty() && clean.spans.last().text.endsWith(u'\n'))
            clean.spans.last().text.chop(1);
        clean.spans.removeIf([](const RichSpan& span) { return span.text.isEmpty(); });
        if (clean.plainText().trimmed().isEmpty())
            continue;
        result.blocks.append(clean);
    }
    return result;
}

bool RichText::isEmpty() const
{
    return std::all_of(blocks.begin(), blocks.end(),
                       [](const RichBlock& block) { return block.plainText().trimmed().isEmpty(); });
}

int RichText::wordCount() const
{
    int words = 0;
    for (const RichBlock& block : blocks) {
        bool inWord = false;
        for (QChar c : block.plainText()) {
            if (c.isSpace()) {
                inWord = false;
            } else if (!inWord && c.isLetterOrNumber()) {
                ++words;
                inWord = true;
            }
        }
    }
    return words;
}

int RichText::characterCount() const
{
    qsizetype count = 0;
    for (const RichBlock& block : blocks) {
        for (const RichSpan& span : block.spans)
            count += span.text.size();
    }
    return static_cast<int>(std::min<qsizetype>(count, std::numeric_limits<int>::max()));
}

QByteArray RichText::toJson() const
{
    QJsonArray array;
    for (const RichBlock& block : blocks) {
        QJsonObject object { { u"type"_s, toKey(block.type) } };
        if (block.level != 1)
            object.insert(u"level"_s, block.level);
        QJsonArray spans;
        for (const RichSpan& span : block.spans) {
            QJsonObject item { { u"text"_s, span.text } };
            if (span.bold)
                item.insert(u"bold"_s, true);
            if (span.italic)
                item.insert(u"italic"_s, true);
            spans.append(item);
        }
        object.insert(u"spans"_s, spans);
        array.append(object);
    }
    return QJsonDocument(QJsonObject { { u"blocks"_s, array } }).toJson(QJsonDocument::Compact);
}

std::optional<RichText> RichText::fromJson(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonValue blocks = document.object().value(u"blocks"_s);
    if (!blocks.isArray())
        return std::nullopt;
    RichText rich;
    for (const QJsonValue& value : blocks.toArray()) {
        if (!value.isObject())
            return std::nullopt;
        const QJsonObject object = value.toObject();
        const auto type = blockTypeFromKey(object.value(u"type"_s).toString());
        if (!type || !object.value(u"spans"_s).isArray())
            return std::nullopt;
        RichBlock block;
        block.type = *type;
        block.level = object.value(u"level"_s).toInt(1);
        for (const QJsonValue& spanValue : object.value(u"spans"_s).toArray()) {
            const QJsonObject span = spanValue.toObject();
            if (!span.value(u"text"_s).isString())
                return std::nullopt;
            block.spans.append(RichSpan { span.value(u"text"_s).toString(), span.value(u"bold"_s).toBool(),
                                          span.value(u"italic"_s).toBool() });
        }
        rich.blocks.append(block);
    }
    return rich.normalised();
}

} // namespace parcours
