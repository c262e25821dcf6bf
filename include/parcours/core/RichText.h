#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace parcours {

/** A run of text with the only character formatting a synthèse allows: bold and italic. */
struct RichSpan {
    QString text;
    bool bold = false;
    bool italic = false;

    bool operator==(const RichSpan&) const = default;
};

/** What a block of a section is: a paragraph, a heading inside the section, or an item of a list. */
enum class RichBlockType { Paragraph, Heading, Subheading, Bullet, Numbered };

/** One block of a section; `level` is the depth of a list item (1 to kMaxListLevel), 1 otherwise. */
struct RichBlock {
    RichBlockType type = RichBlockType::Paragraph;
    int level = 1;
    QList<RichSpan> spans;

    QString plainText() const;
    bool isList() const { return type == RichBlockType::Bullet || type == RichBlockType::Numbered; }
    bool operator==(const RichBlock&) const = default;
};

/// The deepest list nesting kept; deeper items are lifted to this level.
inline constexpr int kMaxListLevel = 3;
/// The longest text a section may hold (a 100-page section is about 350,000 characters).
inline constexpr int kMaxRichTextCharacters = 1'000'000;

/**
 * The text of one synthèse section in the restricted form Parcours keeps: blocks (paragraphs, headings, bullet
 * and numbered list items) of bold/italic spans, and nothing else. Whatever comes in (the editor, an HTML file,
 * plain text) is reduced to this, so no markup, link, image or style can ever be stored or printed.
 * A line break inside a block is '\n' in a span's text.
 */
class RichText {
public:
    QList<RichBlock> blocks;

    /// Paragraphs separated by blank lines; a single line break stays a line break inside the paragraph.
    static RichText fromPlainText(QStringView text);
    /// Text as a person would retype it: blocks separated by blank lines, "• " and "1. " before list items.
    QString toPlainText() const;

    /// Adjacent spans of the same format merged, empty spans and blocks dropped, control characters removed,
    /// levels clamped: the one canonical form that is stored and compared.
    RichText normalised() const;
    bool isEmpty() const;
    int wordCount() const;
    int characterCount() const;

    /// The stored form: compact JSON of the blocks.
    QByteArray toJson() const;
    /// Reads the stored form; nullopt when it is not one (unknown block type, wrong shape).
    static std::optional<RichText> fromJson(const QByteArray& json);

    /// Removes what text may not hold: control characters (but '\n'), object replacement characters, NULs.
    static QString cleanText(QStringView text);

    bool operator==(const RichText&) const = default;
};

/// The stable spelling of a block type in the stored form ("paragraph", "heading", "subheading", "bullet",
/// "numbered").
QString toKey(RichBlockType type);

} // namespace parcours
