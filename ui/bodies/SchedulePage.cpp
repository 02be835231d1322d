#include "SchedulePage.h"

#include "ScheduleEntryDialog.h"
#include "ScheduleModel.h"
#include "common/Dialogs.h"
#include "common/ReadOrSay.h"
#include "common/WidgetParts.h"
#include "interchange/ScheduleIcs.h"
#include "io/AtomicFile.h"
#include "services/ScheduleService.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

using namespace paragraf;

SchedulePage::SchedulePage(const Database& database, const Body& body, int year, QWidget* parent)
    : QWidget(parent), m_database(database), m_body(body), m_year(new QSpinBox(this)),
      m_table(new QTableView(this)), m_model(new ScheduleModel(this)) {
    m_year->setRange(1990, 2100);
    m_year->setValue(year);
    m_year->setAccessibleName(tr("Year"));
    WidgetParts::setUpRowTable(m_table, m_model, tr("Planned meetings"));
    connect(m_table, &QTableView::doubleClicked, this, &SchedulePage::editEntry);

    auto* top = new QHBoxLayout;
    auto* yearLabel = new QLabel(tr("&Year"), this);
    yearLabel->setBuddy(m_year);
    top->addWidget(yearLabel);
    top->addWidget(m_year);
    top->addStretch();
    auto* buttons = new QHBoxLayout;
    using WidgetParts::addButton;
    addButton(buttons, tr("&Add…"), this, &SchedulePage::addEntry);
    addButton(buttons, tr("&Change…"), this, &SchedulePage::editEntry);
    addButton(buttons, tr("&Remove"), this, &SchedulePage::removeEntry);
    addButton(buttons, tr("Create the &meeting"), this, &SchedulePage::createMeeting);
    buttons->addStretch();
    addButton(buttons, tr("E&xport calendar (.ics)…"), this, &SchedulePage::exportCalendar);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(m_year, &QSpinBox::valueChanged, this, &SchedulePage::reload);
    reload();
}

void SchedulePage::reload() {
    const auto entries = ScheduleService(m_database).entries(m_body.id, m_year->value());
    m_model->setEntries(readOrSay(this, entries));
    m_table->resizeColumnsToContents();
}

const ScheduleEntry* SchedulePage::current() const {
    return m_model->entryAt(m_table->currentIndex().row());
}

void SchedulePage::addEntry() {
    ScheduleEntry fresh;
    fresh.bodyId = m_body.id;
    fresh.date = QDate(m_year->value(), QDate::currentDate().month(), QDate::currentDate().day());
    ScheduleEntryDialog dialog(fresh, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const auto id = ScheduleService(m_database).addEntry(dialog.entry()); !id)
        Dialogs::warning(this, tr("Not possible"), id.error());
    reload();
}

void SchedulePage::editEntry() {
    const ScheduleEntry* entry = current();
    if (!entry)
        return;
    ScheduleEntryDialog dialog(*entry, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const Status saved = ScheduleService(m_database).updateEntry(dialog.entry()); !saved)
        Dialogs::warning(this, tr("Not possible"), saved.error());
    reload();
}

void SchedulePage::removeEntry() {
    if (const ScheduleEntry* entry = current()) {
        if (const Status removed = ScheduleService(m_database).removeEntry(entry->id); !removed)
            Dialogs::warning(this, tr("Not possible"), removed.error());
        reload();
    }
}

void SchedulePage::createMeeting() {
    const ScheduleEntry* entry = current();
    if (!entry)
        return;
    const auto id = ScheduleService(m_database).createMeeting(entry->id);
    if (!id) {
        Dialogs::warning(this, tr("Not possible"), id.error());
        return;
    }
    reload();
    emit meetingCreated(id.value());
}

void SchedulePage::exportCalendar() {
    QString path =
        Dialogs::saveFileName(this, tr("Export the schedule"), tr("iCalendar files (*.ics)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".ics")))
        path += QStringLiteral(".ics");
    const auto entries = ScheduleService(m_database).entries(m_body.id, m_year->value());
    const Status saved = entries ? saveAtomically(path, scheduleToIcs(m_body, entries.value()))
                                 : Status(fail(entries.error()));
    if (!saved)
        Dialogs::warning(this, tr("The calendar cannot be written"), saved.error());
}
