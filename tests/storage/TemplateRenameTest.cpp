// Renaming a synthèse template (the Paramètres page): its sections and default flag follow, names stay unique.
#include "TestDatabase.h"

#include <parcours/core/SynthesisService.h>

using namespace parcours;
using namespace parcours::test;

namespace {

class TemplateRenameTest : public StoreTest {
protected:
    ManualClock clock { QDateTime(QDate(2026, 3, 4), QTime(9, 0), Qt::UTC) };
};

} // namespace

TEST_P(TemplateRenameTest, KeepsSectionsAndDefaultAndRefusesATakenName)
{
    SynthesisService service(store(), clock);
    QList<SectionLayout> layout = SynthesisRules::standardLayout();
    layout.first().title = QStringLiteral("Le contexte");
    const qint64 id = service.saveTemplate(QStringLiteral("Reconversion"), layout, true).value();
    ASSERT_TRUE(service.saveTemplate(QStringLiteral("Cadres"), SynthesisRules::standardLayout(), false).ok());

    auto taken = service.renameTemplate(id, QStringLiteral("Cadres"));
    ASSERT_FALSE(taken.ok());
    EXPECT_EQ(taken.error().field, QStringLiteral("name"));
    EXPECT_FALSE(service.renameTemplate(id, QStringLiteral("   ")).ok());

    auto renamed = service.renameTemplate(id, QStringLiteral("  Reconversion   pro "));
    ASSERT_TRUE(renamed.ok()) << renamed.error().message.toStdString();
    const QList<SynthesisTemplate> all = service.templates().value();
    ASSERT_EQ(all.size(), 2);
    for (const SynthesisTemplate& item : all) {
        EXPECT_NE(item.name, QStringLiteral("Reconversion"));
        if (item.name == QStringLiteral("Reconversion pro")) {
            EXPECT_TRUE(item.isDefault);
            EXPECT_EQ(item.sections.first().title, QStringLiteral("Le contexte"));
        }
    }
}

PARCOURS_ON_BOTH_BACKENDS(TemplateRenameTest);
