#include "SignDialog.h"

#include "adjustment/WaitingService.h"
#include "rules/ParagraphRanges.h"
#include "services/MeetingService.h"
#include "text/AdjustmentParts.h"
#include "text/CanonicalForm.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace paragraf;

namespace {

QString roleText(SignatoryRole role) {
    switch (role) {
    case SignatoryRole::Secretary:
        return SignDialog::tr("secretary");
    case SignatoryRole::Chair:
        return SignDialog::tr("chair");
    case SignatoryRole::Adjuster:
        return SignDialog::tr("adjuster");
    }
    return {};
}

// "Per Lind, chair §§ 14–16": the paragraphs are named when a signature covers only some.
QString signatoryText(const Signatory& who) {
    QString text = QStringLiteral("%1, %2").arg(who.name, roleText(who.role));
    if (!who.wholeProtocol)
        text += QLatin1Char(' ') + formatParagraphList(who.paragraphNumbers);
    return text;
}

// Where one signatory stands, in a few words.
QString stateOf(const Signatory& who, const QList<Signature>& signatures, const QString& hash) {
    const Signature* last = nullptr;
    for (const Signature& s : signatures)
        if (s.role == who.role && s.participantId == who.participantId)
            last = &s;
    if (!last)
        return SignDialog::tr("not signed");
    if (last->method == SigningMethod::Refused)
        return SignDialog::tr("refused: %1").arg(last->reason);
    if (last->contentHash != hash)
        return SignDialog::tr("signed an earlier wording: must sign again");
    return last->method == SigningMethod::OnPaper ? SignDialog::tr("signed on paper")
                                                  : SignDialog::tr("signed");
}

} // namespace

SignDialog::SignDialog(const Database& database, Id meetingId, QWidget* parent)
    : QDialog(parent), m_database(database), m_meetingId(meetingId), m_hash(new QLabel(this)),
      m_states(new QLabel(this)), m_signatory(new QComboBox(this)),
      m_method(new QButtonGroup(this)), m_name(new QLineEdit(this)), m_reason(new QLineEdit(this)),
      m_problem(new QLabel(this)) {
    setWindowTitle(tr("Sign the protocol"));
    m_hash->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hash->setWordWrap(true);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a40000"));
    m_signatory->setAccessibleName(tr("Signatory"));
    m_name->setAccessibleName(tr("Name to confirm"));
    m_name->setPlaceholderText(tr("The signatory's full name"));
    m_reason->setAccessibleName(tr("Reason for refusing"));
    auto* inPerson = new QRadioButton(tr("In &person on this computer"), this);
    auto* onPaper = new QRadioButton(tr("Signed on &paper (recorded by the secretary)"), this);
    auto* refused = new QRadioButton(tr("&Refuses to sign"), this);
    m_method->addButton(inPerson, static_cast<int>(SigningMethod::InPerson));
    m_method->addButton(onPaper, static_cast<int>(SigningMethod::OnPaper));
    m_method->addButton(refused, static_cast<int>(SigningMethod::Refused));
    inPerson->setChecked(true);

    auto* form = new QFormLayout;
    // Logged in to a server as a person who signs this protocol: as themselves, by default.
    if (const auto me = WaitingService(database).me(); me && me->personId != NoId) {
        auto* mine = new QRadioButton(
            tr("As &myself, logged in as %1 (the server records the login and the time)")
                .arg(me->login),
            this);
        m_method->addButton(mine, asLogin);
        form->addRow(QString(), mine);
        mine->setChecked(true);
    }
    form->addRow(tr("&Signatory"), m_signatory);
    form->addRow(QString(), inPerson);
    form->addRow(QString(), onPaper);
    form->addRow(QString(), refused);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("Rea&son"), m_reason);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* sign = buttons->addButton(tr("Si&gn"), QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_hash);
    layout->addWidget(m_states);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(sign, &QPushButton::clicked, this, &SignDialog::signNow);
    connect(m_method, &QButtonGroup::idClicked, this, &SignDialog::methodChosen);
    methodChosen();
    refresh();
}

void SignDialog::methodChosen() {
    const bool refusing = m_method->checkedId() == static_cast<int>(SigningMethod::Refused);
    m_reason->setEnabled(refusing);
    const bool typed = m_method->checkedId() != asLogin;
    m_signatory->setEnabled(typed);
    m_name->setEnabled(typed);
}

void SignDialog::refresh() {
    const auto record = MeetingService(m_database).load(m_meetingId);
    if (!record) {
        m_problem->setText(record.error());
        return;
    }
    const QString hash = contentHash(record.value());
    m_hash->setText(
        tr("Checksum of the protocol as it is now (SHA-256): %1").arg(groupedHash(hash)));
    const int chosen = std::max(0, m_signatory->currentIndex());
    m_signatories = AdjustmentService::signatories(record.value());
    m_signatory->clear();
    QStringList states;
    for (const Signatory& who : m_signatories) {
        const QString state = stateOf(who, record->trail.signatures, hash);
        m_signatory->addItem(signatoryText(who));
        states << QStringLiteral("%1: %2").arg(signatoryText(who), state);
    }
    m_signatory->setCurrentIndex(std::min(chosen, static_cast<int>(m_signatories.size()) - 1));
    m_states->setText(states.join(QLatin1Char('\n')));
}

void SignDialog::signNow() {
    const int index = m_signatory->currentIndex();
    if (index < 0 || index >= m_signatories.size())
        return;
    const Signatory& who = m_signatories[index];
    const Status done = [&]() -> Status {
        if (m_method->checkedId() == asLogin) {
            const auto made = AdjustmentService(m_database).signAsLogin(m_meetingId);
            return made ? Status() : fail(made.error());
        }
        const auto method = static_cast<SigningMethod>(m_method->checkedId());
        const auto signature = AdjustmentService(m_database)
                                   .sign(m_meetingId, who.role, who.participantId, m_name->text(),
                                         method, m_reason->text());
        return signature ? Status() : fail(signature.error());
    }();
    if (!done) {
        m_problem->setText(done.error());
        return;
    }
    m_problem->clear();
    m_name->clear();
    m_reason->clear();
    refresh();
    const auto record = MeetingService(m_database).load(m_meetingId);
    if (record && isLocked(record->meeting.status))
        accept(); // everyone has signed: the protocol is adjusted
}
