#include "ui_AppearanceSettingsPage.h"
#include "ui_BackupSettingsPage.h"
#include "ui_SessionDefaultsSettingsPage.h"
#include "ui_WorkingHoursSettingsPage.h"

#include <parcours/core/Schedule.h>
#include <parcours/core/Settings.h>
#include <parcours/ui/AbsencesDialog.h>
#include <parcours/ui/FocusStyle.h>
#include <parcours/ui/Format.h>
#include <parcours/ui/SettingsPages.h>
#include <parcours/ui/Workspace.h>

#include <QApplication>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QLocale>
#include <QPalette>
#include <QStyle>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

const QStringList kWeekdayKeys { u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s, u"fri"_s, u"sat"_s, u"sun"_s };

QString timeText(const QTimeEdit* edit)
{
    return edit->time().toString(u"HH:mm"_s);
}

QString boolText(bool value)
{
    return value ? u"true"_s : u"false"_s;
}

} // namespace

bool KeyedSettingsPage::check()
{
    QList<FieldError> errors;
    for (const auto& [key, value] : typed()) {
        if (auto normalised = Settings::normalise(key, value); !normalised)
            errors.append({ key, normalised.error().message });
    }
    errors += crossCheck();
    return !m_errors.show(errors);
}

Result<void> KeyedSettingsPage::save(Settings& settings)
{
    for (const auto& [key, value] : typed()) {
        if (auto done = settings.setValue(key, value); !done)
            return done;
    }
    return success();
}

// --- Working hours -------------------------------------------------------------------------------------------

WorkingHoursSettingsPage::WorkingHoursSettingsPage(Workspace& workspace, QWidget* parent)
    : KeyedSettingsPage(parent), m_ui(std::make_unique<Ui::WorkingHoursSettingsPage>())
{
    m_ui->setupUi(this);
    setObjectName(u"workingHoursSettingsPage"_s);
    const QList<QCheckBox*> days { m_ui->mondayCheckBox, m_ui->tuesdayCheckBox, m_ui->wednesdayCheckBox,
        m_ui->thursdayCheckBox, m_ui->fridayCheckBox, m_ui->saturdayCheckBox, m_ui->sundayCheckBox };
    for (int i = 0; i < days.size(); ++i) {
        days[i]->setText(QLocale().dayName(i + 1, QLocale::ShortFormat));
        days[i]->setAccessibleName(QLocale().dayName(i + 1, QLocale::LongFormat));
    }
    m_errors.bind(settingKeys::workdays.toString(), m_ui->mondayCheckBox, m_ui->daysErrorLabel);
    m_errors.bind(settingKeys::workdayEnd.toString(), m_ui->endTimeEdit, m_ui->hoursErrorLabel);
    // The absences are the absences dialog's own content, embedded: added and removed at once.
    auto* absences = new AbsencesDialog(workspace, this);
    absences->setWindowFlags(Qt::Widget);
    if (auto* close = absences->findChild<QDialogButtonBox*>(u"buttonBox"_s))
        delete close; // the Paramètres dialog has its own buttons
    absences->setObjectName(u"absencesWidget"_s);
    m_ui->absencesLayout->addWidget(absences);
}

WorkingHoursSettingsPage::~WorkingHoursSettingsPage() = default;

QString WorkingHoursSettingsPage::title() const
{
    return tr("Working hours and absences");
}

void WorkingHoursSettingsPage::load(const Settings& settings)
{
    const QList<Qt::DayOfWeek> workdays = settings.workdays();
    const QList<QCheckBox*> days = findChildren<QCheckBox*>(QRegularExpression(u"^[a-z]+dayCheckBox$"_s));
    for (QCheckBox* box : days) {
        const QString name = box->objectName();
        const int index = static_cast<int>(kWeekdayKeys.indexOf(name.left(3)));
        box->setChecked(workdays.contains(static_cast<Qt::DayOfWeek>(index + 1)));
    }
    m_ui->startTimeEdit->setTime(settings.workdayStart());
    m_ui->endTimeEdit->setTime(settings.workdayEnd());
    m_ui->alsaceCheckBox->setChecked(settings.flag(settingKeys::alsaceMoselle));
}

QList<std::pair<QString, QString>> WorkingHoursSettingsPage::typed() const
{
    const QList<const QCheckBox*> days { m_ui->mondayCheckBox, m_ui->tuesdayCheckBox, m_ui->wednesdayCheckBox,
        m_ui->thursdayCheckBox, m_ui->fridayCheckBox, m_ui->saturdayCheckBox, m_ui->sundayCheckBox };
    QStringList checked;
    for (int i = 0; i < days.size(); ++i) {
        if (days[i]->isChecked())
            checked << kWeekdayKeys[i];
    }
    return {
        { settingKeys::workdays.toString(), checked.join(u',') },
        { settingKeys::workdayStart.toString(), timeText(m_ui->startTimeEdit) },
        { settingKeys::workdayEnd.toString(), timeText(m_ui->endTimeEdit) },
        { settingKeys::alsaceMoselle.toString(), boolText(m_ui->alsaceCheckBox->isChecked()) },
    };
}

QList<FieldError> WorkingHoursSettingsPage::crossCheck() const
{
    QList<FieldError> errors;
    if (typed().first().second.isEmpty())
        errors.append({ settingKeys::workdays.toString(), tr("Choose at least one working day.") });
    if (m_ui->endTimeEdit->time() <= m_ui->startTimeEdit->time())
        errors.append({ settingKeys::workdayEnd.toString(), tr("The working day ends after it starts.") });
    return errors;
}

// --- Session defaults ----------------------------------------------------------------------------------------

SessionDefaultsSettingsPage::SessionDefaultsSettingsPage(QWidget* parent)
    : KeyedSettingsPage(parent), m_ui(std::make_unique<Ui::SessionDefaultsSettingsPage>())
{
    m_ui->setupUi(this);
    setObjectName(u"sessionDefaultsSettingsPage"_s);
    m_ui->lengthSpinBox->setRange(15, 480);
    m_ui->lengthSpinBox->setSingleStep(15);
    for (Place place : kAllPlaces)
        m_ui->placeComboBox->addItem(displayName(place), toKey(place));
    m_ui->weekdayComboBox->addItem(tr("The bilan's first day"), QString());
    for (int day = 1; day <= 7; ++day)
        m_ui->weekdayComboBox->addItem(QLocale().dayName(day, QLocale::LongFormat), kWeekdayKeys[day - 1]);
    m_errors.bind(settingKeys::sessionLength.toString(), m_ui->lengthSpinBox, m_ui->lengthErrorLabel);
}

SessionDefaultsSettingsPage::~SessionDefaultsSettingsPage() = default;

QString SessionDefaultsSettingsPage::title() const
{
    return tr("Sessions");
}

void SessionDefaultsSettingsPage::load(const Settings& settings)
{
    m_ui->lengthSpinBox->setValue(settings.minutes(settingKeys::sessionLength));
    m_ui->placeComboBox->setCurrentIndex(
        std::max(0, m_ui->placeComboBox->findData(settings.text(settingKeys::sessionPlace))));
    const auto weekday = settings.weekday(settingKeys::plannerWeekday);
    m_ui->weekdayComboBox->setCurrentIndex(weekday ? static_cast<int>(*weekday) : 0);
    m_ui->timeEdit->setTime(settings.time(settingKeys::plannerTime));
}

QList<std::pair<QString, QString>> SessionDefaultsSettingsPage::typed() const
{
    return {
        { settingKeys::sessionLength.toString(), QString::number(m_ui->lengthSpinBox->value()) },
        { settingKeys::sessionPlace.toString(), m_ui->placeComboBox->currentData().toString() },
        { settingKeys::plannerWeekday.toString(), m_ui->weekdayComboBox->currentData().toString() },
        { settingKeys::plannerTime.toString(), timeText(m_ui->timeEdit) },
    };
}

// --- Backups -------------------------------------------------------------------------------------------------

BackupSettingsPage::BackupSettingsPage(const QString& folder, QWidget* parent)
    : KeyedSettingsPage(parent), m_ui(std::make_unique<Ui::BackupSettingsPage>())
{
    m_ui->setupUi(this);
    setObjectName(u"backupSettingsPage"_s);
    m_ui->folderLineEdit->setText(folder.isEmpty() ? tr("No backups: the database is on a PostgreSQL server.")
                                                   : format::homePath(QDir::toNativeSeparators(folder)));
    m_ui->folderLineEdit->setToolTip(QDir::toNativeSeparators(folder));
    m_ui->openFolderPushButton->setEnabled(!folder.isEmpty());
    connect(m_ui->openFolderPushButton, &QPushButton::clicked, this, [folder] {
        QDir().mkpath(folder);
        QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
    });
    m_errors.bind(settingKeys::backupKeepDaily.toString(), m_ui->keepDailySpinBox, m_ui->keepErrorLabel);
}

BackupSettingsPage::~BackupSettingsPage() = default;

QString BackupSettingsPage::title() const
{
    return tr("Backups");
}

void BackupSettingsPage::load(const Settings& settings)
{
    m_ui->dailyCheckBox->setChecked(settings.flag(settingKeys::backupDaily));
    m_ui->keepDailySpinBox->setValue(settings.count(settingKeys::backupKeepDaily));
    m_ui->keepWeeklySpinBox->setValue(settings.count(settingKeys::backupKeepWeekly));
    m_ui->keepMonthlySpinBox->setValue(settings.count(settingKeys::backupKeepMonthly));
}

QList<std::pair<QString, QString>> BackupSettingsPage::typed() const
{
    return {
        { settingKeys::backupDaily.toString(), boolText(m_ui->dailyCheckBox->isChecked()) },
        { settingKeys::backupKeepDaily.toString(), QString::number(m_ui->keepDailySpinBox->value()) },
        { settingKeys::backupKeepWeekly.toString(), QString::number(m_ui->keepWeeklySpinBox->value()) },
        { settingKeys::backupKeepMonthly.toString(), QString::number(m_ui->keepMonthlySpinBox->value()) },
    };
}

// --- Appearance ----------------------------------------------------------------------------------------------

AppearanceSettingsPage::AppearanceSettingsPage(QWidget* parent)
    : KeyedSettingsPage(parent), m_ui(std::make_unique<Ui::AppearanceSettingsPage>())
{
    m_ui->setupUi(this);
    setObjectName(u"appearanceSettingsPage"_s);
}

AppearanceSettingsPage::~AppearanceSettingsPage() = default;

QString AppearanceSettingsPage::title() const
{
    return tr("Appearance");
}

void AppearanceSettingsPage::load(const Settings& settings)
{
    m_ui->darkCheckBox->setChecked(settings.flag(settingKeys::darkPalette));
}

Result<void> AppearanceSettingsPage::save(Settings& settings)
{
    if (auto saved = KeyedSettingsPage::save(settings); !saved)
        return saved;
    applyColourScheme(m_ui->darkCheckBox->isChecked());
    return success();
}

QList<std::pair<QString, QString>> AppearanceSettingsPage::typed() const
{
    return { { settingKeys::darkPalette.toString(), boolText(m_ui->darkCheckBox->isChecked()) } };
}

void applyColourScheme(bool dark)
{
    useVisibleFocus(); // before the palette: a change of style resets it
    if (!dark) {
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    }
    // A dark palette with enough contrast (WCAG AA for text) and a visible focus and selection.
    QPalette palette;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe8, 0xe8, 0xea);
    const QColor disabled(0x8a, 0x8c, 0x91);
    const QColor highlight(0x4f, 0x8c, 0xd9);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, disabled);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x3a, 0x3c, 0x41));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    palette.setColor(QPalette::Light, QColor(0x4a, 0x4c, 0x52));
    palette.setColor(QPalette::Midlight, QColor(0x3f, 0x41, 0x46));
    palette.setColor(QPalette::Mid, QColor(0x30, 0x32, 0x36));
    palette.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    palette.setColor(QPalette::Shadow, Qt::black);
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    palette.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    for (QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        palette.setColor(QPalette::Disabled, role, disabled);
    QApplication::setPalette(palette);
}

} // namespace parcours
