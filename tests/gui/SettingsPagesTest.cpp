// The pages of the Paramètres dialog: working hours and absences, sessions, backups, templates, appearance —
// saved all together by OK, refused next to their field, and used by the screens that depend on them.
#include "GuiTestSupport.h"

#include <parcours/core/Settings.h>
#include <parcours/core/Synthesis.h>
#include <parcours/ui/Confirmation.h>
#include <parcours/ui/SettingsDialog.h>
#include <parcours/ui/SettingsPages.h>
#include <parcours/ui/TemplatesSettingsPage.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>

using namespace parcours;
using namespace parcours::test;

namespace {

class SettingsPagesTest : public GuiTest {
protected:
    template<typename T> T* child(QObject* parent, const char* name)
    {
        T* found = parent->findChild<T*>(QString::fromLatin1(name));
        EXPECT_TRUE(found) << name;
        return found;
    }
    template<typename P> P* pageOf(SettingsDialog& dialog)
    {
        for (int i = 0; i < dialog.pageCount(); ++i) {
            if (auto* page = qobject_cast<P*>(dialog.page(i)))
                return page;
        }
        ADD_FAILURE() << "no such page";
        return nullptr;
    }
    static void clickOk(QDialog& dialog)
    {
        QTest::mouseClick(dialog.findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"), Qt::FindDirectChildrenOnly)
                              ->button(QDialogButtonBox::Ok),
            Qt::LeftButton);
    }
};

} // namespace

TEST_F(SettingsPagesTest, EveryPageIsListedInFrench)
{
    SettingsDialog dialog(workspace());
    auto* list = child<QListWidget>(&dialog, "pageListWidget");
    QStringList titles;
    for (int i = 0; i < list->count(); ++i)
        titles << list->item(i)->text();
    EXPECT_EQ(titles,
        (QStringList { QStringLiteral("Papier à en-tête"), QStringLiteral("Horaires et absences"),
            QStringLiteral("Séances"), QStringLiteral("Sauvegardes"), QStringLiteral("Verrouillage"), QStringLiteral("Modèles de synthèse"),
            QStringLiteral("Apparence") }));
}

TEST_F(SettingsPagesTest, WorkingHoursAreSavedByOkAndAnEndBeforeTheStartIsRefused)
{
    SettingsDialog dialog(workspace());
    dialog.show();
    auto* page = pageOf<WorkingHoursSettingsPage>(dialog);
    ASSERT_TRUE(page);
    EXPECT_TRUE(child<QCheckBox>(page, "fridayCheckBox")->isChecked());
    EXPECT_FALSE(child<QCheckBox>(page, "saturdayCheckBox")->isChecked());
    child<QCheckBox>(page, "fridayCheckBox")->setChecked(false);
    child<QCheckBox>(page, "saturdayCheckBox")->setChecked(true);
    child<QTimeEdit>(page, "startTimeEdit")->setTime(QTime(18, 0));
    child<QTimeEdit>(page, "endTimeEdit")->setTime(QTime(9, 0));
    clickOk(dialog);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(child<QLabel>(page, "hoursErrorLabel")->isVisible());
    EXPECT_EQ(workspace().settings().workdayEnd(), QTime(18, 0)) << "nothing saved while refused";

    child<QTimeEdit>(page, "startTimeEdit")->setTime(QTime(8, 30));
    child<QTimeEdit>(page, "endTimeEdit")->setTime(QTime(17, 0));
    clickOk(dialog);
    EXPECT_FALSE(dialog.isVisible());
    const Settings settings = workspace().settings();
    EXPECT_EQ(settings.workdayStart(), QTime(8, 30));
    EXPECT_EQ(settings.workdayEnd(), QTime(17, 0));
    EXPECT_EQ(settings.workdays(),
        (QList<Qt::DayOfWeek> { Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday, Qt::Saturday }));
}

TEST_F(SettingsPagesTest, AbsencesAreAddedFromTheWorkingHoursPage)
{
    SettingsDialog dialog(workspace());
    auto* page = pageOf<WorkingHoursSettingsPage>(dialog);
    ASSERT_TRUE(page);
    child<QDateEdit>(page, "firstDayDateEdit")->setDate(QDate(2026, 4, 13));
    child<QDateEdit>(page, "lastDayDateEdit")->setDate(QDate(2026, 4, 17));
    typeText(child<QLineEdit>(page, "labelLineEdit"), QStringLiteral("Congés"));
    QTest::mouseClick(child<QPushButton>(page, "addPushButton"), Qt::LeftButton);
    auto absences = workspace().planning().absences();
    ASSERT_TRUE(absences.ok());
    ASSERT_EQ(absences->size(), 1);
    EXPECT_EQ(absences->first().label, QStringLiteral("Congés"));
}

TEST_F(SettingsPagesTest, SessionDefaultsAreProposedByTheSettings)
{
    SettingsDialog dialog(workspace());
    dialog.show();
    auto* page = pageOf<SessionDefaultsSettingsPage>(dialog);
    ASSERT_TRUE(page);
    EXPECT_EQ(child<QSpinBox>(page, "lengthSpinBox")->value(), 150);
    child<QSpinBox>(page, "lengthSpinBox")->setValue(120);
    auto* place = child<QComboBox>(page, "placeComboBox");
    place->setCurrentIndex(place->findData(QStringLiteral("remote")));
    auto* weekday = child<QComboBox>(page, "weekdayComboBox");
    EXPECT_EQ(weekday->currentText(), QStringLiteral("Le premier jour du bilan"));
    weekday->setCurrentIndex(weekday->findData(QStringLiteral("thu")));
    child<QTimeEdit>(page, "timeEdit")->setTime(QTime(10, 0));
    clickOk(dialog);
    ASSERT_FALSE(dialog.isVisible());
    const Settings settings = workspace().settings();
    EXPECT_EQ(settings.minutes(settingKeys::sessionLength), 120);
    EXPECT_EQ(settings.text(settingKeys::sessionPlace), QStringLiteral("remote"));
    EXPECT_EQ(settings.weekday(settingKeys::plannerWeekday), std::optional(Qt::Thursday));
    EXPECT_EQ(settings.time(settingKeys::plannerTime), QTime(10, 0));
}

TEST_F(SettingsPagesTest, BackupRotationIsEditedAndTheFolderShown)
{
    SettingsDialog dialog(workspace());
    dialog.show();
    auto* page = pageOf<BackupSettingsPage>(dialog);
    ASSERT_TRUE(page);
    EXPECT_TRUE(child<QLineEdit>(page, "folderLineEdit")->text().endsWith(QStringLiteral("-backups")))
        << child<QLineEdit>(page, "folderLineEdit")->text().toStdString();
    EXPECT_EQ(child<QSpinBox>(page, "keepDailySpinBox")->value(), 7);
    child<QSpinBox>(page, "keepDailySpinBox")->setValue(10);
    child<QCheckBox>(page, "dailyCheckBox")->setChecked(false);
    clickOk(dialog);
    ASSERT_FALSE(dialog.isVisible());
    EXPECT_EQ(workspace().settings().count(settingKeys::backupKeepDaily), 10);
    EXPECT_FALSE(workspace().settings().flag(settingKeys::backupDaily));
}

TEST_F(SettingsPagesTest, TemplatesAreRenamedAndDeleted)
{
    ASSERT_TRUE(workspace()
                    .syntheses()
                    .saveTemplate(QStringLiteral("Reconversion"), SynthesisRules::standardLayout(), true)
                    .ok());
    ASSERT_TRUE(
        workspace().syntheses().saveTemplate(QStringLiteral("Cadres"), SynthesisRules::standardLayout(), false).ok());
    SettingsDialog dialog(workspace());
    auto* page = pageOf<TemplatesSettingsPage>(dialog);
    ASSERT_TRUE(page);
    ASSERT_EQ(page->templates().size(), 2);
    auto* list = child<QListWidget>(page, "templatesListWidget");
    const int reconversion = page->templates().first().name == QStringLiteral("Reconversion") ? 0 : 1;
    list->setCurrentRow(reconversion);
    EXPECT_TRUE(list->currentItem()->text().contains(QStringLiteral("par défaut")));

    auto* name = child<QLineEdit>(page, "nameLineEdit");
    name->setText(QStringLiteral("Cadres"));
    EXPECT_FALSE(page->renameSelected());
    EXPECT_TRUE(child<QLabel>(page, "nameErrorLabel")->text().contains(QStringLiteral("Cadres")))
        << child<QLabel>(page, "nameErrorLabel")->text().toStdString();

    list->setCurrentRow(reconversion);
    name->setText(QStringLiteral("Reconversion professionnelle"));
    EXPECT_TRUE(page->renameSelected());
    QStringList names;
    bool renamedIsDefault = false;
    const QList<SynthesisTemplate> stored = workspace().syntheses().templates().value();
    for (const SynthesisTemplate& item : stored) {
        names << item.name;
        if (item.name == QStringLiteral("Reconversion professionnelle"))
            renamedIsDefault = item.isDefault;
    }
    names.sort();
    EXPECT_EQ(names, (QStringList { QStringLiteral("Cadres"), QStringLiteral("Reconversion professionnelle") }));
    EXPECT_TRUE(renamedIsDefault);

    Confirmation::setNextAnswer(true);
    list->setCurrentRow(0);
    EXPECT_TRUE(page->removeSelected());
    EXPECT_EQ(workspace().syntheses().templates().value().size(), 1);
}

TEST_F(SettingsPagesTest, TheDarkPaletteIsAppliedAtOnce)
{
    SettingsDialog dialog(workspace());
    dialog.show();
    auto* page = pageOf<AppearanceSettingsPage>(dialog);
    ASSERT_TRUE(page);
    // The size of the text said in the consultant's words: the desktop's settings, no environment variable.
    const QString intro = child<QLabel>(page, "introLabel")->text();
    EXPECT_TRUE(intro.contains(QStringLiteral("les paramètres de votre bureau"))) << intro.toStdString();
    EXPECT_FALSE(intro.contains(QStringLiteral("QT_"))) << intro.toStdString();
    child<QCheckBox>(page, "darkCheckBox")->setChecked(true);
    clickOk(dialog);
    ASSERT_FALSE(dialog.isVisible());
    EXPECT_TRUE(workspace().settings().flag(settingKeys::darkPalette));
    EXPECT_LT(QApplication::palette().color(QPalette::Window).lightness(), 80);
    EXPECT_GT(QApplication::palette().color(QPalette::WindowText).lightness(), 200);
    applyColourScheme(false);
    EXPECT_GT(QApplication::palette().color(QPalette::Window).lightness(), 150);
}
