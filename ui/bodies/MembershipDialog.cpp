#include "MembershipDialog.h"

#include "common/DateField.h"
#include "rules/FieldLimits.h"
#include "text/SwedishTerms.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>
#include <algorithm>

using namespace paragraf;

MembershipDialog::MembershipDialog(const QList<RosterEntry>& members, const QDate& from,
                                   const RosterEntry* changing, QWidget* parent)
    : QDialog(parent), m_name(new QLineEdit(this)), m_organisation(new QLineEdit(this)),
      m_party(new QLineEdit(this)), m_role(new QComboBox(this)),
      m_substituteFor(new QComboBox(this)), m_electionOrder(new QSpinBox(this)),
      m_from(new DateField(from, this)) {
    m_electionOrder->setRange(0, 999);
    m_electionOrder->setSpecialValueText(tr("none (personal substitute)"));
    // The same limits as the services check (rules/FieldLimits.h).
    m_name->setMaxLength(paragraf::limits::name);
    m_organisation->setMaxLength(paragraf::limits::name);
    m_party->setMaxLength(paragraf::limits::name);
    setWindowTitle(changing ? tr("Change a membership") : tr("Add a member or substitute"));
    for (MemberRole role :
         {MemberRole::Member, MemberRole::Substitute, MemberRole::Chair, MemberRole::FirstViceChair,
          MemberRole::SecondViceChair, MemberRole::CoOpted})
        m_role->addItem(swedishRoleLabel(role), static_cast<int>(role));
    m_substituteFor->addItem(tr("(nobody)"), QVariant::fromValue(NoId));
    for (const auto& member : members)
        if (member.membership.role != MemberRole::Substitute)
            m_substituteFor->addItem(member.personName, QVariant::fromValue(member.membership.id));
    if (changing) {
        m_name->setText(changing->personName);
        m_name->setReadOnly(true);
        m_organisation->setText(changing->organisationName);
        m_party->setText(changing->membership.party);
        m_role->setCurrentIndex(m_role->findData(static_cast<int>(changing->membership.role)));
        m_substituteFor->setCurrentIndex(
            std::max(0, m_substituteFor->findData(changing->membership.substituteForId)));
        m_electionOrder->setValue(changing->membership.electionOrder);
    }
    const auto updateEnabled = [this] {
        const bool substitute =
            m_role->currentData().toInt() == static_cast<int>(MemberRole::Substitute);
        m_substituteFor->setEnabled(substitute);
        m_electionOrder->setEnabled(substitute);
    };
    connect(m_role, &QComboBox::currentIndexChanged, this, updateEnabled);
    updateEnabled();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Organisation"), m_organisation);
    form->addRow(tr("&Party"), m_party);
    form->addRow(tr("&Role"), m_role);
    form->addRow(tr("Personal &substitute for"), m_substituteFor);
    form->addRow(tr("Place in the party's order of &election"), m_electionOrder);
    form->addRow(changing ? tr("Changed &from") : tr("Member &from"), m_from);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_name->text().trimmed().isEmpty() && DateField::allAcceptable(this))
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

Membership MembershipDialog::membership(Id bodyId) const {
    Membership m;
    m.bodyId = bodyId;
    m.party = m_party->text().trimmed();
    m.role = static_cast<MemberRole>(m_role->currentData().toInt());
    m.substituteForId =
        m.role == MemberRole::Substitute ? m_substituteFor->currentData().toLongLong() : NoId;
    m.electionOrder = m.role == MemberRole::Substitute ? m_electionOrder->value() : 0;
    m.validFrom = m_from->date();
    return m;
}

QString MembershipDialog::personName() const {
    return m_name->text().trimmed();
}

QString MembershipDialog::organisation() const {
    return m_organisation->text().trimmed();
}

QDate MembershipDialog::from() const {
    return m_from->date();
}
