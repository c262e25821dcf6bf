#include "ui_FirstRunWizard.h"

#include <parcours/ui/Colours.h>
#include <parcours/ui/FileDialog.h>
#include <parcours/ui/FirstRunWizard.h>
#include <parcours/ui/Format.h>
#include <parcours/ui/LetterheadSettingsPage.h>

#include <QDir>
#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

const QString kDoneKey = u"firstRun/done"_s;
const QString kDatabaseKey = u"database/path"_s;

} // namespace

FirstRunWizard::FirstRunWizard(const QString& databasePath, bool pathEditable, QWidget* parent)
    : QWizard(parent), m_ui(std::make_unique<Ui::FirstRunWizard>()), m_pathEditable(pathEditable)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Welcome to Parcours"));
    setButtonText(QWizard::CancelButton, tr("&Skip"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setOption(QWizard::NoBackButtonOnStartPage);
    m_letterhead = new LetterheadSettingsPage(m_ui->letterheadWizardPage);
    m_ui->letterheadLayout->addWidget(m_letterhead);
    // The home folder as « ~ », as the status bar shows it; typed back, « ~ » means it again.
    m_ui->locationLineEdit->setText(pathEditable ? format::homePath(QDir::toNativeSeparators(databasePath))
                                                 : QDir::toNativeSeparators(databasePath));
    m_ui->locationLineEdit->setReadOnly(!pathEditable);
    m_ui->chooseLocationPushButton->setVisible(pathEditable);
    m_ui->locationErrorLabel->setStyleSheet(colours::css(colours::error()));
    m_ui->locationErrorLabel->hide();
    m_ui->locationHintLabel->setText(pathEditable
            ? tr("The proposed folder is your own data folder. Choose another one now if you wish (an "
                 "encrypted disk, for example): the file is created when you finish.")
            : tr("This database was chosen when Parcours was started."));
    connect(m_ui->chooseLocationPushButton, &QPushButton::clicked, this, [this] {
        const QString path = FileDialog::getSaveFileName(
            this, tr("Where to keep your data"), this->databasePath(), tr("Parcours database (*.sqlite)"));
        if (!path.isEmpty())
            m_ui->locationLineEdit->setText(format::homePath(QDir::toNativeSeparators(path)));
    });
}

FirstRunWizard::~FirstRunWizard() = default;

void FirstRunWizard::loadLetterhead(const Settings& settings)
{
    m_letterhead->load(settings);
}

QString FirstRunWizard::databasePath() const
{
    const QString typed = m_ui->locationLineEdit->text().trimmed();
    if (!m_pathEditable)
        return typed;
    QString path = QDir::fromNativeSeparators(typed);
    if (path == u"~" || path.startsWith(u"~/"))
        path = QDir::homePath() + path.mid(1);
    return QDir::cleanPath(QDir::current().absoluteFilePath(path));
}

bool FirstRunWizard::demoChosen() const
{
    return m_ui->demoRadioButton->isChecked();
}

bool FirstRunWizard::validateCurrentPage()
{
    if (currentPage() == m_ui->welcomeWizardPage && m_pathEditable) {
        const QFileInfo file(databasePath());
        QString problem;
        if (m_ui->locationLineEdit->text().trimmed().isEmpty())
            problem = tr("Say where your data are to be kept.");
        else if (file.exists())
            problem = tr("A file of this name already exists: choose a new name, or start Parcours with "
                         "--database to open it.");
        else if (QFileInfo(file.absolutePath()).exists() && !QFileInfo(file.absolutePath()).isWritable())
            problem = tr("This folder cannot be written.");
        m_ui->locationErrorLabel->setText(problem);
        m_ui->locationErrorLabel->setVisible(!problem.isEmpty());
        return problem.isEmpty();
    }
    if (currentPage() == m_ui->letterheadWizardPage)
        return m_letterhead->check();
    return true;
}

namespace firstRun {

bool done()
{
    return QSettings().value(kDoneKey, false).toBool();
}

void markDone()
{
    QSettings settings;
    settings.setValue(kDoneKey, true);
    settings.sync();
}

QString rememberedDatabase()
{
    return QSettings().value(kDatabaseKey).toString();
}

void rememberDatabase(const QString& path)
{
    QSettings settings;
    settings.setValue(kDatabaseKey, path);
    settings.sync();
}

QString demoDatabasePath(const QString& databasePath)
{
    return QFileInfo(databasePath).dir().filePath(u"parcours-demo.sqlite"_s);
}

} // namespace firstRun

} // namespace parcours
