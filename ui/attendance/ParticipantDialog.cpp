#include "ParticipantDialog.h"

#include "rules/FieldLimits.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>

using namespace paragraf;

ParticipantDialog::ParticipantDialog(QWidget* parent)
    : QDialog(parent), m_name(new QLineEdit(this)), m_role(new QLineEdit(this)),
      m_kind(new QComboBox(this)) {
    // The same limits as the services check (rules/FieldLimits.h).
    m_name->setMaxLength(paragraf::limits::name);
    m_role->setMaxLength(paragraf::limits::name);
    setWindowTitle(tr("Add official or guest"));
    m_role->setPlaceholderText(tr("e.g. sekreterare, förbundschef"));
    m_kind->addItem(tr("Official"), static_cast<int>(ParticipantKind::Official));
    m_kind->addItem(tr("Guest"), static_cast<int>(ParticipantKind::Guest));
    m_kind->addItem(tr("Co-opted"), static_cast<int>(ParticipantKind::CoOpted));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Role"), m_role);
    form->addRow(tr("&Kind"), m_kind);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_name->text().trimmed().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Wide enough that a window manager shows the whole title ("Lägg till tjänsteperson eller
    // gäst" was cut to "Lägg t… r gäst"): the title, the window's buttons and some air.
    setMinimumWidth(fontMetrics().horizontalAdvance(windowTitle()) +
                    16 * fontMetrics().averageCharWidth());
}

ParticipantDialog::ParticipantDialog(const Participant& existing, QWidget* parent)
    : ParticipantDialog(parent) {
    m_existing = existing;
    setWindowTitle(tr("Official or guest"));
    m_name->setText(existing.name);
    m_role->setText(existing.roleLabel);
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(existing.kind)));
}

Participant ParticipantDialog::participant() const {
    Participant p = m_existing;
    p.name = m_name->text().trimmed();
    p.roleLabel = m_role->text().trimmed();
    p.kind = static_cast<ParticipantKind>(m_kind->currentData().toInt());
    return p;
}
