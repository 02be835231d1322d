#include "BodyDialog.h"

#include "BodyRulesPage.h"
#include "RosterPage.h"
#include "SchedulePage.h"
#include "common/DateField.h"
#include "common/Dialogs.h"
#include "rules/FieldLimits.h"
#include "services/NumberingService.h"
#include "services/RosterService.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMap>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace paragraf;

BodyDialog::BodyDialog(const Database& database, const Body& body, const QDate& day,
                       QWidget* parent)
    : QDialog(parent), m_database(database), m_body(body), m_name(new QLineEdit(body.name, this)),
      m_kind(new QComboBox(this)), m_heading(new QLineEdit(body.decisionHeading, this)),
      m_keptAt(new QLineEdit(body.protocolKeptAt, this)), m_seats(new QTableWidget(this)),
      m_periods(new QListWidget(this)), m_periodFrom(new DateField(QDate(2023, 1, 1), this)),
      m_periodTo(new DateField(QDate(2026, 12, 31), this)), m_year(day.year()),
      m_firstNumber(new QSpinBox(this)), m_tabs(new QTabWidget(this)),
      m_rules(new BodyRulesPage(database, body.id, this)),
      m_roster(new RosterPage(database, body, day, this)),
      m_schedule(new SchedulePage(database, body, day.year(), this)) {
    // The same limits as the services check (rules/FieldLimits.h).
    m_name->setMaxLength(paragraf::limits::name);
    m_heading->setMaxLength(paragraf::limits::heading);
    m_keptAt->setMaxLength(paragraf::limits::line);
    setWindowTitle(tr("%1 – body, roster and schedule").arg(body.name));
    resize(980, 600);
    m_tabs->addTab(buildBodyPage(), tr("&Body"));
    m_tabs->addTab(m_rules, tr("Ru&les"));
    m_tabs->addTab(m_roster, tr("&Roster"));
    m_tabs->addTab(m_schedule, tr("S&chedule"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_schedule, &SchedulePage::meetingCreated, this, &BodyDialog::meetingCreated);
}

QWidget* BodyDialog::buildBodyPage() {
    auto* page = new QWidget(this);
    m_kind->addItem(tr("Deciding body (protocol, adjusted)"), static_cast<int>(BodyKind::Deciding));
    m_kind->addItem(tr("Group keeping notes (minnesanteckningar)"),
                    static_cast<int>(BodyKind::Notes));
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(m_body.kind)));
    m_heading->setPlaceholderText(tr("e.g. Nämndens beslut, Samverkansgruppens beslut"));
    m_keptAt->setPlaceholderText(tr("e.g. Kommunförbundets kansli"));
    m_seats->setColumnCount(2);
    m_seats->setHorizontalHeaderLabels({tr("Organisation"), tr("Seats")});
    m_seats->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_seats->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_seats->verticalHeader()->hide();
    fillSeats();
    connect(m_seats, &QTableWidget::itemChanged, this, &BodyDialog::saveSeats);
    auto* save = new QPushButton(tr("&Save"), page);
    auto* form = new QFormLayout(page);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Kind"), m_kind);
    form->addRow(tr("&Decision heading"), m_heading);
    form->addRow(tr("Protocols kept &at"), m_keptAt);
    form->addRow(tr("Seats"), m_seats);
    form->addRow(tr("Mandate periods"), m_periods);
    form->addRow(QString(), buildPeriodRow(page));
    auto* numbering = new QLabel(tr("N&umbering in %1 starts at §").arg(m_year), page);
    numbering->setBuddy(m_firstNumber);
    form->addRow(numbering, buildNumberingRow(page));
    form->addRow(QString(), save);
    connect(save, &QPushButton::clicked, this, &BodyDialog::saveBody);
    return page;
}

// Every organisation that holds seats or has members today; the number of seats is edited in
// place and saved at once.
void BodyDialog::fillSeats() {
    const auto seats = RosterService(m_database).seats(m_body.id);
    const auto roster = RosterService(m_database).rosterOn(m_body.id, QDate::currentDate());
    QMap<QString, int> rows;
    for (const auto& e : roster ? roster.value() : QList<RosterEntry>())
        if (!e.organisationName.isEmpty() && e.membership.role != MemberRole::Substitute)
            rows[e.organisationName] += 1;
    for (const auto& seat : seats ? seats.value() : QList<BodySeat>())
        rows[seat.organisationName] = seat.seats;
    const QSignalBlocker quiet(m_seats);
    m_seats->setRowCount(int(rows.size()));
    int row = 0;
    for (auto it = rows.cbegin(); it != rows.cend(); ++it, ++row) {
        auto* name = new QTableWidgetItem(it.key());
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        m_seats->setItem(row, 0, name);
        m_seats->setItem(row, 1, new QTableWidgetItem(QString::number(it.value())));
    }
}

void BodyDialog::saveSeats(QTableWidgetItem* item) {
    if (item->column() != 1)
        return;
    const QString organisation = m_seats->item(item->row(), 0)->text();
    if (const Status saved =
            RosterService(m_database).setSeats(m_body.id, organisation, item->text().toInt());
        !saved)
        Dialogs::warning(this, tr("Not possible"), saved.error());
    fillSeats();
}

QWidget* BodyDialog::buildPeriodRow(QWidget* page) {
    auto* row = new QWidget(page);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* add = new QPushButton(tr("Add &period"), row);
    layout->addWidget(m_periodFrom);
    layout->addWidget(new QLabel(QStringLiteral("–"), row));
    layout->addWidget(m_periodTo);
    layout->addWidget(add);
    layout->addStretch();
    m_periods->setMaximumHeight(80);
    fillPeriods();
    connect(add, &QPushButton::clicked, this, &BodyDialog::addMandatePeriod);
    return row;
}

QWidget* BodyDialog::buildNumberingRow(QWidget* page) {
    auto* row = new QWidget(page);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_firstNumber->setRange(1, NumberingService::MaxFirstNumber);
    m_firstNumber->setAccessibleName(tr("First paragraph number of %1").arg(m_year));
    m_firstNumber->setToolTip(tr("For a body that began using Paragraf during the year: the "
                                 "number after the last paragraph of its earlier protocols."));
    auto* apply = new QPushButton(tr("Appl&y"), row);
    layout->addWidget(m_firstNumber);
    layout->addWidget(apply);
    layout->addStretch();
    fillFirstNumber();
    connect(apply, &QPushButton::clicked, this, &BodyDialog::applyFirstNumber);
    return row;
}

void BodyDialog::fillFirstNumber() {
    const auto first = NumberingService(m_database).firstNumber(m_body.id, m_year);
    m_firstNumber->setValue(first ? first.value() : 1);
}

void BodyDialog::applyFirstNumber() {
    m_firstNumber->interpretText();
    const Status set =
        NumberingService(m_database).setFirstNumber(m_body.id, m_year, m_firstNumber->value());
    if (!set)
        Dialogs::warning(this, tr("Not possible"), set.error());
    fillFirstNumber();
    if (set)
        emit bodyChanged();
}

void BodyDialog::fillPeriods() {
    m_periods->clear();
    const auto periods = RosterService(m_database).mandatePeriods(m_body.id);
    for (const auto& period : periods ? periods.value() : QList<MandatePeriod>())
        m_periods->addItem(period.from.toString(Qt::ISODate) + QStringLiteral(" – ") +
                           period.to.toString(Qt::ISODate));
}

void BodyDialog::addMandatePeriod() {
    if (!DateField::allAcceptable(this))
        return;
    const auto added = RosterService(m_database)
                           .addMandatePeriod(MandatePeriod{NoId, m_body.id, m_periodFrom->date(),
                                                           m_periodTo->date()});
    if (!added)
        Dialogs::warning(this, tr("Not possible"), added.error());
    fillPeriods();
}

void BodyDialog::saveBody() {
    Body changed = m_body;
    changed.name = m_name->text().trimmed();
    changed.kind = static_cast<BodyKind>(m_kind->currentData().toInt());
    changed.decisionHeading = m_heading->text().trimmed();
    changed.protocolKeptAt = m_keptAt->text().trimmed();
    if (const Status saved = RosterService(m_database).updateBody(changed); !saved) {
        Dialogs::warning(this, tr("Not possible"), saved.error());
        return;
    }
    const bool renamed = changed.name != m_body.name || changed.kind != m_body.kind;
    m_body = changed;
    setWindowTitle(tr("%1 – body, roster and schedule").arg(m_body.name));
    emit bodyChanged();
    if (const auto keeping =
            RosterService(m_database).protocolsNamedOtherwise(m_body.id, m_body.name);
        renamed && keeping && keeping.value() > 0)
        Dialogs::information(this, tr("Body renamed"),
                             tr("Protocols already sent for adjustment or adjusted (%1) keep the "
                                "name and kind they were signed with, so that their checksums "
                                "still verify; only new protocols are kept under \"%2\".")
                                 .arg(keeping.value())
                                 .arg(m_body.name));
}
