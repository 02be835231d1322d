#include "BodyRulesPage.h"

#include "RulesFields.h"
#include "common/Dialogs.h"
#include "common/ReadOrSay.h"
#include "rules/FieldLimits.h"
#include "services/RulesService.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace paragraf;

BodyRulesPage::BodyRulesPage(const Database& database, Id bodyId, QWidget* parent)
    : BodyRulesPage(database, bodyId, RulesService(database).bodyRules(bodyId), parent) {}

BodyRulesPage::BodyRulesPage(const Database& database, Id bodyId, Result<BodyRules> stored,
                             QWidget* parent)
    : QWidget(parent), m_database(database), m_notRead(stored ? QString() : stored.error()),
      m_bodyId(bodyId),
      m_fields(new RulesFields(stored ? stored->meeting : MeetingRules{}, false, this)),
      m_appendix(new QComboBox(this)), m_signer(new QLineEdit(this)),
      m_signerTitle(new QLineEdit(this)), m_wording(new QLineEdit(this)),
      m_days(new QSpinBox(this)), m_maskWording(new QLineEdit(this)) {
    if (!stored && parent)
        sayNotRead(parent, stored.error());
    const BodyRules rules = stored ? stored.value() : BodyRules{};
    m_appendix->addItem(tr("In an appendix above %1 members").arg(appendixAboveMembers),
                        static_cast<int>(AppendixChoice::BySize));
    m_appendix->addItem(tr("Always in an appendix"), static_cast<int>(AppendixChoice::Always));
    m_appendix->addItem(tr("Always in the header"), static_cast<int>(AppendixChoice::Never));
    m_appendix->setCurrentIndex(m_appendix->findData(static_cast<int>(rules.appendix)));
    m_fields->form()->addRow(tr("Deciding &members listed"), m_appendix);

    m_signer->setText(rules.notice.signerName);
    m_signer->setMaxLength(limits::name);
    m_signer->setPlaceholderText(tr("empty: the meeting's secretary"));
    m_signerTitle->setText(rules.notice.signerTitle);
    m_signerTitle->setMaxLength(limits::name);
    m_signerTitle->setPlaceholderText(tr("e.g. nämndsekreterare, registrator"));
    m_wording->setText(rules.notice.wording);
    m_wording->setMaxLength(limits::line);
    m_wording->setPlaceholderText(tr("empty: ANSLAG/BEVIS – Protokollet är justerat. …"));
    m_days->setRange(minimumNoticeDays, 366);
    m_days->setValue(rules.notice.days);
    m_days->setSuffix(tr(" days"));
    auto* notice = new QGroupBox(tr("Anslagsbevis (notice of adjustment)"), this);
    auto* noticeForm = new QFormLayout(notice);
    noticeForm->addRow(tr("Posted and signed b&y"), m_signer);
    noticeForm->addRow(tr("Signer's &title"), m_signerTitle);
    noticeForm->addRow(tr("&Wording"), m_wording);
    noticeForm->addRow(tr("Stays up &for"), m_days);
    m_maskWording->setText(rules.maskWording);
    m_maskWording->setMaxLength(limits::name);
    m_maskWording->setPlaceholderText(tr("empty: [uppgift borttagen enligt GDPR/OSL]"));
    auto* web = new QGroupBox(tr("Web copy"), this);
    auto* webForm = new QFormLayout(web);
    webForm->addRow(tr("Where masked, it &reads"), m_maskWording);

    auto* saveButton = new QPushButton(tr("&Save the rules"), this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_fields);
    layout->addWidget(notice);
    layout->addWidget(web);
    layout->addWidget(saveButton, 0, Qt::AlignLeft);
    layout->addStretch();
    connect(saveButton, &QPushButton::clicked, this, &BodyRulesPage::save);
    if (!isRead()) {
        saveButton->setEnabled(false);
        saveButton->setToolTip(tr("The stored rules could not be read: %1").arg(m_notRead));
    }
}

BodyRules BodyRulesPage::rules() const {
    m_days->interpretText();
    BodyRules rules;
    rules.meeting = m_fields->rules();
    rules.appendix = static_cast<AppendixChoice>(m_appendix->currentData().toInt());
    rules.notice = NoticeRules{m_signer->text().trimmed(), m_signerTitle->text().trimmed(),
                               m_wording->text().trimmed(), m_days->value()};
    rules.maskWording = m_maskWording->text().trimmed();
    return rules;
}

bool BodyRulesPage::save() {
    if (!isRead()) {
        Dialogs::warning(this, tr("Not possible"),
                         tr("The body's rules could not be read from the file (%1), so the "
                            "defaults shown are not saved over them. Close the dialog and open it "
                            "again.")
                             .arg(m_notRead));
        return false;
    }
    if (const Status saved = RulesService(m_database).setBodyRules(m_bodyId, rules()); !saved) {
        Dialogs::warning(this, tr("Not possible"), saved.error());
        return false;
    }
    return true;
}
