// The roll call of a 61-member kommunfullmäktige at the desk, by keyboard only: a few letters
// find a name, Return marks the member absent and calls in the party's next substitute in the
// order of election, Shift+Return takes it back, Ctrl+Z undoes; the file holds each step.
#include "UiTestSupport.h"
#include "attendance/AttendanceModel.h"
#include "attendance/AttendancePanel.h"
#include "attendance/RollCallDialog.h"
#include "desk/MainActions.h"
#include "desk/MainWindow.h"
#include "desk/MeetingSession.h"
#include "rules/FollowUpRules.h"
#include "rules/RollCall.h"
#include "services/MeetingService.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>

using namespace paragraf;

namespace {

class RollCallUiTest : public UiTest {
protected:
    // A new meeting of the demo's fullmäktige: nobody marked present yet.
    void SetUp() override {
        UiTest::SetUp();
        auto database = Database::open(demoPath);
        ASSERT_TRUE(database.ok());
        MeetingService meetings(*database.value());
        Meeting meeting;
        for (const auto& m : meetings.list().value())
            if (m.bodyName == QStringLiteral("Kommunfullmäktige i Norrvik"))
                meeting.bodyId = m.bodyId;
        ASSERT_NE(meeting.bodyId, NoId);
        meeting.date = QDate(2025, 6, 16);
        meeting.status = MeetingStatus::InProgress;
        const auto id = meetings.createMeeting(meeting);
        ASSERT_TRUE(id.ok()) << id.error().toStdString();
        meetingId = id.value();
        participants = meetings.load(meetingId).value().participants;
        database.value().reset();
        window = openedWindow<MainWindow>(demoPath);
        ASSERT_TRUE(window);
        ASSERT_TRUE(window->openMeeting(meetingId));
    }
    QList<Participant> stored() {
        auto database = Database::open(demoPath);
        return MeetingService(*database.value()).load(meetingId).value().participants;
    }
    // The few letters of the surname that find only this person (as a secretary would type).
    QString fewLetters(const QString& name) const {
        const QString surname = name.section(QLatin1Char(' '), -1);
        for (int n = 2; n <= surname.size(); ++n)
            if (RollCall::named(participants, surname.left(n)))
                return surname.left(n);
        return name;
    }
    const Participant& member(const QString& party, int index) const {
        int seen = 0;
        for (const auto& p : participants)
            if (p.kind == ParticipantKind::Member && p.party == party && seen++ == index)
                return p;
        return participants.first();
    }
    QString servingFor(const QList<Participant>& people, Id member) const {
        for (const auto& p : people)
            if (p.servesForAtStart == member)
                return p.name;
        return {};
    }
    QString substitute(const QString& party, int order) const {
        for (const auto& p : participants)
            if (p.kind == ParticipantKind::Substitute && p.party == party &&
                p.electionOrder == order)
                return p.name;
        return {};
    }
    std::unique_ptr<MainWindow> window;
    Id meetingId = NoId;
    QList<Participant> participants;
};

TEST_F(RollCallUiTest, ASixtyOneMemberRollCallByKeyboard) {
    int members = 0;
    for (const auto& p : participants)
        members += p.kind == ParticipantKind::Member ? 1 : 0;
    ASSERT_EQ(members, 61);
    const Participant first = member(QStringLiteral("M"), 4);
    const Participant second = member(QStringLiteral("M"), 9);
    const auto seen = whenModal<RollCallDialog>([&](RollCallDialog* dialog) {
        QApplication::setActiveWindow(dialog);
        EXPECT_TRUE(QTest::qWaitForWindowActive(dialog));
        EXPECT_EQ(QApplication::focusWidget(), dialog->search());
        // Everyone is present from the start.
        EXPECT_EQ(dialog->table()->model()->rowCount(), int(participants.size()));
        // A few letters, and the one name left is chosen; Return: absent, substitute called in.
        type(dialog->search(), fewLetters(first.name));
        EXPECT_EQ(dialog->table()->model()->rowCount(), 1);
        press(dialog->search(), Qt::Key_Return);
        EXPECT_TRUE(dialog->status()->text().contains(substitute(QStringLiteral("M"), 1)))
            << dialog->status()->text().toStdString();
        EXPECT_TRUE(dialog->search()->text().isEmpty()); // ready for the next name
        type(dialog->search(), fewLetters(second.name));
        press(dialog->search(), Qt::Key_Return);
        EXPECT_TRUE(dialog->status()->text().contains(substitute(QStringLiteral("M"), 2)));
        // Shift+Return: present after all; the second substitute no longer serves.
        press(dialog->search(), Qt::Key_Return, Qt::ShiftModifier);
        EXPECT_TRUE(servingFor(stored(), second.id).isEmpty());
        // Ctrl+Z, the desk's undo: absent again, the same substitute serving.
        QTest::keyClick(dialog->search(), Qt::Key_Z, Qt::ControlModifier);
        EXPECT_EQ(servingFor(stored(), second.id), substitute(QStringLiteral("M"), 2));
        // Letters that fit several people mark nobody absent until an arrow key picks one.
        const auto absentNow = [this] {
            int absent = 0;
            for (const auto& p : stored())
                absent += p.kind == ParticipantKind::Member && !p.presentAtStart ? 1 : 0;
            return absent;
        };
        const int before = absentNow();
        type(dialog->search(), QStringLiteral("Dan"));
        ASSERT_GT(dialog->table()->model()->rowCount(), 1);
        press(dialog->search(), Qt::Key_Return);
        EXPECT_EQ(absentNow(), before);
        EXPECT_TRUE(dialog->status()->text().contains(QStringLiteral("write more of the name")))
            << dialog->status()->text().toStdString();
        press(dialog->search(), Qt::Key_Down);
        press(dialog->search(), Qt::Key_Return);
        EXPECT_EQ(absentNow(), before + 1) << "the second Dan, picked with the arrow";
        QTest::keyClick(dialog->search(), Qt::Key_Z, Qt::ControlModifier);
        // PARAGRAF_SCREENSHOTS=DIR keeps a picture of the dialog as the secretary left it.
        if (const QString shots = qEnvironmentVariable("PARAGRAF_SCREENSHOTS"); !shots.isEmpty())
            dialog->grab().save(shots + QStringLiteral("/upprop-en.png"));
        press(dialog->search(), Qt::Key_Escape);
    });
    shortcut(window->actions()->rollCall->shortcut());
    ASSERT_TRUE(*seen);

    const QList<Participant> after = stored();
    int present = 0;
    for (const auto& p : after)
        present += p.kind == ParticipantKind::Member && p.presentAtStart ? 1 : 0;
    EXPECT_EQ(present, 59);
    EXPECT_EQ(servingFor(after, first.id), substitute(QStringLiteral("M"), 1));
    EXPECT_EQ(servingFor(after, second.id), substitute(QStringLiteral("M"), 2));
    // Every step is on the meeting's undo stack: "everyone present" and three more.
    EXPECT_EQ(window->session()->undoStack()->count(), 4);
}

// Later in the meeting, E on a member's row in the attendance list calls in the party's next
// free substitute in the order of election from that paragraph (no personal substitute there).
TEST_F(RollCallUiTest, EOnAMembersRowCallsInThePartysNextSubstituteMidMeeting) {
    MeetingSession* session = nullptr;
    for (const auto& m : MeetingService(window->session()->database()).list().value()) {
        if (m.bodyName == QStringLiteral("Kommunfullmäktige i Norrvik") && m.id != meetingId) {
            ASSERT_TRUE(window->openMeeting(m.id));
        }
    }
    session = window->session();
    const MeetingRecord& record = session->record();
    const Id lastParagraph = record.paragraphs.last().id; // after the named vote, which it keeps
    session->setCurrentParagraph(lastParagraph);
    // The demo's roll call called in M's first substitute; the second is next.
    const Participant* member = nullptr;
    int seen = 0;
    for (const auto& p : record.participants)
        if (p.kind == ParticipantKind::Member && p.party == QStringLiteral("M") && seen++ == 2)
            member = &p;
    ASSERT_NE(member, nullptr);
    const Id memberId = member->id;
    QString second;
    for (const auto& p : record.participants)
        if (p.kind == ParticipantKind::Substitute && p.party == QStringLiteral("M") &&
            p.electionOrder == 2)
            second = p.name;
    AttendancePanel* panel = window->attendance();
    for (int row = 0; row < panel->model()->rowCount(); ++row)
        if (panel->model()->participantAt(row) == memberId)
            panel->table()->setCurrentIndex(panel->model()->index(row, 0));
    panel->toggleSubstitute();
    const ParagraphAttendance at = attendanceAt(session->record(), lastParagraph);
    Id serving = NoId;
    for (auto it = at.substituteFor.cbegin(); it != at.substituteFor.cend(); ++it)
        if (it.value() == memberId)
            serving = it.key();
    ASSERT_NE(serving, NoId);
    EXPECT_EQ(session->record().participant(serving)->name, second);
    EXPECT_TRUE(at.serving.contains(serving));
    EXPECT_FALSE(at.serving.contains(memberId)); // replaced from this paragraph on
}

} // namespace
