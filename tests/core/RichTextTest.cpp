// The restricted rich text of the synthèse: what survives, what is dropped, how it is stored and counted.
#include <parcours/core/RichText.h>

#include <gtest/gtest.h>

using namespace parcours;

namespace {

RichBlock paragraph(QList<RichSpan> spans)
{
    return RichBlock { RichBlockType::Paragraph, 1, std::move(spans) };
}

} // namespace

TEST(RichText, PlainTextBecomesParagraphsAtBlankLines)
{
    const RichText text = RichText::fromPlainText(u"Premier paragraphe,\nsur deux lignes.\r\n\r\n  \n\nSecond.\n\n\n");
    ASSERT_EQ(text.blocks.size(), 2);
    EXPECT_EQ(text.blocks[0].plainText(), QStringLiteral("Premier paragraphe,\nsur deux lignes."));
    EXPECT_EQ(text.blocks[1].plainText(), QStringLiteral("Second."));
    EXPECT_EQ(text.blocks[1].type, RichBlockType::Paragraph);
}

TEST(RichText, MarkupInPlainTextIsKeptAsTyped)
{
    const QString hostile = QStringLiteral("<img src=\"file:///etc/hostname\"> <script>x</script> &amp; <b>b</b>");
    const RichText text = RichText::fromPlainText(hostile);
    ASSERT_EQ(text.blocks.size(), 1);
    EXPECT_EQ(text.blocks[0].plainText(), hostile);
    EXPECT_FALSE(text.blocks[0].spans[0].bold);
}

TEST(RichText, NormalisingMergesSpansAndDropsWhatSaysNothing)
{
    RichText text;
    text.blocks << paragraph({ { QStringLiteral("a"), true, false }, { QStringLiteral("b"), true, false },
                               { QString(), false, true }, { QStringLiteral("c"), false, false } })
                << paragraph({ { QStringLiteral("   "), false, false } })
                << RichBlock { RichBlockType::Bullet, 9, { { QStringLiteral("deep"), false, false } } }
                << paragraph({ { QStringLiteral("x\u0007y\uFFFCz\u2028w"), false, false } });
    const RichText clean = text.normalised();
    ASSERT_EQ(clean.blocks.size(), 3);
    ASSERT_EQ(clean.blocks[0].spans.size(), 2);
    EXPECT_EQ(clean.blocks[0].spans[0], (RichSpan { QStringLiteral("ab"), true, false }));
    EXPECT_EQ(clean.blocks[1].level, kMaxListLevel);
    EXPECT_EQ(clean.blocks[2].plainText(), QStringLiteral("xyz\nw"));
    EXPECT_EQ(clean.normalised(), clean);
}

TEST(RichText, EmojiJoinersAndBidiMarksAreText)
{
    const QString text = QStringLiteral("👩‍💻 \u200fرامي\u200f");
    EXPECT_EQ(RichText::cleanText(text), text);
}

TEST(RichText, TheStoredFormRoundTrips)
{
    RichText text;
    text.blocks << RichBlock { RichBlockType::Heading, 1, { { QStringLiteral("Titre"), false, false } } }
                << paragraph({ { QStringLiteral("Texte "), false, false }, { QStringLiteral("gras"), true, false },
                               { QStringLiteral(" et "), false, false }, { QStringLiteral("penché"), false, true } })
                << RichBlock { RichBlockType::Numbered, 2, { { QStringLiteral("Étape « un »"), true, true } } }
                << RichBlock { RichBlockType::Subheading, 1, { { QStringLiteral("</script>"), false, false } } };
    const auto back = RichText::fromJson(text.toJson());
    ASSERT_TRUE(back);
    EXPECT_EQ(*back, text);
}

TEST(RichText, AnythingButTheStoredFormIsRefused)
{
    EXPECT_FALSE(RichText::fromJson("<p>html</p>"));
    EXPECT_FALSE(RichText::fromJson(R"({"blocks":[{"type":"image","spans":[]}]})"));
    EXPECT_FALSE(RichText::fromJson(R"({"blocks":[{"type":"paragraph","spans":[{"text":3}]}]})"));
    EXPECT_FALSE(RichText::fromJson(R"([])"));
    const auto empty = RichText::fromJson(R"({"blocks":[]})");
    ASSERT_TRUE(empty);
    EXPECT_TRUE(empty->isEmpty());
}

TEST(RichText, WordsAreCountedAsAReaderWould)
{
    const RichText text = RichText::fromPlainText(u"L'apostrophe compte pour un mot — et 12 aussi.\n\n« Deux »");
    EXPECT_EQ(text.wordCount(), 9);
    EXPECT_EQ(RichText().wordCount(), 0);
}

TEST(RichText, PlainTextShowsListsAsTyped)
{
    RichText text;
    text.blocks << RichBlock { RichBlockType::Numbered, 1, { { QStringLiteral("un"), false, false } } }
                << RichBlock { RichBlockType::Numbered, 1, { { QStringLiteral("deux"), false, false } } }
                << RichBlock { RichBlockType::Bullet, 2, { { QStringLiteral("puce"), false, false } } };
    EXPECT_EQ(text.toPlainText(), QStringLiteral("1. un\n\n2. deux\n\n  • puce"));
}
