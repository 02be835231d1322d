#include "RosterPage.h"

#include "MembershipDialog.h"
#include "RosterImportDialog.h"
#include "RosterModel.h"
#include "common/DateField.h"
#include "common/Dialogs.h"
#include "common/WidgetParts.h"
#include "interchange/RosterCsv.h"
#include "io/BoundedRead.h"
#include "services/RosterService.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

using namespace paragraf;

RosterPage::RosterPage(const Database& database, const Body& body, const QDate& day,
                       QWidget* parent)
    : QWidget(parent), m_database(database), m_body(body), m_day(new DateField(day, this)),
      m_history(new QCheckBox(tr("Show &history"), this)), m_table(new QTableView(this)),
      m_model(new RosterModel(this)), m_chairYear(new QSpinBox(this)), m_chair(new QComboBox(this)),
      m_viceChair(new QComboBox(this)) {
    WidgetParts::setUpRowTable(m_table, m_model, tr("Roster"));
    auto* top = new QHBoxLayout;
    auto* dayLabel = new QLabel(tr("Roster &on"), this);
    dayLabel->setBuddy(m_day);
    auto* import = new QPushButton(tr("&Import from CSV…"), this);
    top->addWidget(dayLabel);
    top->addWidget(m_day);
    top->addWidget(m_history);
    top->addStretch();
    top->addWidget(import);
    auto* editing = new QHBoxLayout;
    using WidgetParts::addButton;
    addButton(editing, tr("&Add…"), this, &RosterPage::addMember);
    addButton(editing, tr("&Change…"), this, &RosterPage::changeMember);
    addButton(editing, tr("&End on the day shown"), this, &RosterPage::endMember);
    editing->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(editing);
    layout->addWidget(buildChairRow());
    // Another day or the history shows other rows; the chairs of the year stay as chosen.
    connect(m_day, &DateField::dateChanged, this, &RosterPage::showRoster);
    connect(m_history, &QCheckBox::toggled, this, &RosterPage::showRoster);
    connect(import, &QPushButton::clicked, this, &RosterPage::importFile);
    reload();
}

QWidget* RosterPage::buildChairRow() {
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_chairYear->setRange(1990, 2100);
    m_chairYear->setValue(m_day->date().year());
    auto* yearLabel = new QLabel(tr("Chairs of &year"), row);
    yearLabel->setBuddy(m_chairYear);
    auto* chairLabel = new QLabel(tr("Chai&r"), row);
    chairLabel->setBuddy(m_chair);
    auto* viceLabel = new QLabel(tr("&Vice chair"), row);
    viceLabel->setBuddy(m_viceChair);
    auto* suggest = new QPushButton(tr("S&uggest by rotation"), row);
    auto* save = new QPushButton(tr("&Save chairs"), row);
    for (QWidget* w : std::initializer_list<QWidget*>{yearLabel, m_chairYear, chairLabel, m_chair,
                                                      viceLabel, m_viceChair, suggest, save})
        layout->addWidget(w);
    connect(m_chairYear, &QSpinBox::valueChanged, this, &RosterPage::fillChairChoices);
    connect(suggest, &QPushButton::clicked, this, &RosterPage::suggestChairs);
    connect(save, &QPushButton::clicked, this, &RosterPage::saveChairs);
    return row;
}

void RosterPage::reload() {
    showRoster();
    fillChairChoices();
}

void RosterPage::showRoster() {
    RosterService service(m_database);
    const auto entries = m_history->isChecked() ? service.history(m_body.id)
                                                : service.rosterOn(m_body.id, m_day->date());
    m_model->setEntries(entries ? entries.value() : QList<RosterEntry>());
    fitColumns();
}

// Each column as wide as its widest text with an em of air, and never narrower than eight
// characters: a roster sized to the letter reads as a squeezed list ("Parti" over a blank).
void RosterPage::fitColumns() {
    m_table->resizeColumnsToContents();
    const QFontMetrics metrics(m_table->font());
    const int air = metrics.horizontalAdvance(QLatin1Char('M'));
    const int least = 8 * metrics.averageCharWidth();
    for (int column = 0; column + 1 < m_model->columnCount(); ++column)
        m_table->setColumnWidth(column, std::max(m_table->columnWidth(column) + air, least));
}

// Members on 1 January of the year; the stored choice of that year selected.
void RosterPage::fillChairChoices() {
    const int year = m_chairYear->value();
    const auto roster = RosterService(m_database).rosterOn(m_body.id, QDate(year, 1, 1));
    const auto stored = RosterService(m_database).chairs(m_body.id, year);
    for (QComboBox* box : {m_chair, m_viceChair}) {
        box->clear();
        box->addItem(tr("(not chosen)"), QVariant::fromValue(NoId));
        for (const auto& e : roster ? roster.value() : QList<RosterEntry>())
            if (e.membership.role != MemberRole::Substitute)
                box->addItem(e.personName + QStringLiteral(" (") + e.organisationName +
                                 QLatin1Char(')'),
                             QVariant::fromValue(e.membership.id));
    }
    if (stored && stored.value()) {
        m_chair->setCurrentIndex(std::max(0, m_chair->findData(stored.value()->chairMembershipId)));
        m_viceChair->setCurrentIndex(
            std::max(0, m_viceChair->findData(stored.value()->viceChairMembershipId)));
    } else {
        suggestChairs(); // a year not decided yet shows the rotation's choice, saved on request
    }
}

void RosterPage::suggestChairs() {
    const ChairYear suggestion =
        RosterService(m_database).suggestChairs(m_body.id, m_chairYear->value());
    m_chair->setCurrentIndex(std::max(0, m_chair->findData(suggestion.chairMembershipId)));
    m_viceChair->setCurrentIndex(
        std::max(0, m_viceChair->findData(suggestion.viceChairMembershipId)));
}

void RosterPage::saveChairs() {
    const ChairYear chosen{m_body.id, m_chairYear->value(), m_chair->currentData().toLongLong(),
                           m_viceChair->currentData().toLongLong()};
    if (const Status saved = RosterService(m_database).setChairs(chosen); !saved)
        Dialogs::warning(this, tr("Not possible"), saved.error());
}

const RosterEntry* RosterPage::selected() const {
    const int row = m_table->currentIndex().row();
    return row >= 0 && row < m_model->entries().size() ? &m_model->entries()[row] : nullptr;
}

// A new member is appointed for the mandate period: from its start when the day shown falls in
// one, otherwise from the day shown.
QDate RosterPage::newMemberFrom() const {
    const QDate day = m_day->date().isValid() ? m_day->date() : QDate::currentDate();
    const auto periods = RosterService(m_database).mandatePeriods(m_body.id);
    for (const MandatePeriod& period : periods ? periods.value() : QList<MandatePeriod>())
        if (period.from <= day && (!period.to.isValid() || day <= period.to))
            return period.from;
    return day;
}

void RosterPage::addMember() {
    const auto members = RosterService(m_database).rosterOn(m_body.id, m_day->date());
    MembershipDialog dialog(members ? members.value() : QList<RosterEntry>(), newMemberFrom(),
                            nullptr, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto added = RosterService(m_database)
                           .addMembership(dialog.membership(m_body.id), dialog.personName(),
                                          dialog.organisation());
    if (!added)
        Dialogs::warning(this, tr("Not possible"), added.error());
    reload();
}

void RosterPage::changeMember() {
    const RosterEntry* entry = selected();
    if (!entry)
        return;
    const RosterEntry before = *entry;
    const auto members = RosterService(m_database).rosterOn(m_body.id, m_day->date());
    MembershipDialog dialog(members ? members.value() : QList<RosterEntry>(), m_day->date(),
                            &before, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto changed = RosterService(m_database)
                             .changeMembership(before.membership.id, dialog.membership(m_body.id),
                                               dialog.organisation(), dialog.from());
    if (!changed)
        Dialogs::warning(this, tr("Not possible"), changed.error());
    reload();
}

void RosterPage::endMember() {
    if (const RosterEntry* entry = selected()) {
        const Status ended =
            RosterService(m_database).endMembership(entry->membership.id, m_day->date());
        if (!ended)
            Dialogs::warning(this, tr("Not possible"), ended.error());
        reload();
    }
}

void RosterPage::importFile() {
    const QString path = Dialogs::openFileName(this, tr("Import a roster"),
                                               tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    const auto bytes = readRosterFile(path);
    if (!bytes) {
        Dialogs::warning(this, tr("The file cannot be read"), bytes.error());
        return;
    }
    RosterFile file = readRosterCsv(bytes.value());
    // The preview shows every problem the import would meet (its checks, without writing).
    (void)RosterService(m_database).checkRoster(m_body.id, file, m_day->date());
    RosterImportDialog preview(QFileInfo(path).fileName(), file, this);
    if (preview.exec() != QDialog::Accepted)
        return;
    if (const Status imported =
            RosterService(m_database).importRoster(m_body.id, file, m_day->date());
        !imported) {
        QStringList lines{imported.error()};
        for (const CsvProblem& p : file.problems)
            lines << tr("Line %1: %2").arg(p.line).arg(p.message);
        Dialogs::warning(this, tr("Nothing was imported"), lines.join(QLatin1Char('\n')));
    }
    reload();
}
