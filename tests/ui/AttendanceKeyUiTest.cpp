// An attendance key at the desk keeps the meeting in memory instead of reading it back, and is
// still checked against the file when another window changed the attendance meanwhile.
#include "UiTestSupport.h"
#include "attendance/AttendanceActions.h"
#include "desk/MainWindow.h"
#include "desk/MeetingSession.h"
#include "services/MeetingService.h"

#include <QSignalSpy>

using namespace paragraf;

namespace {

constexpr Id november = 6; // seed 001

class AttendanceKeyUiTest : public UiTest {
protected:
    std::unique_ptr<MainWindow> deskAt(int paragraphIndex) {
        auto window = std::make_unique<MainWindow>();
        window->show();
        EXPECT_TRUE(openAndWait(*window, demoPath));
        EXPECT_TRUE(window->openMeeting(november));
        window->session()->setCurrentParagraph(
            window->session()->record().paragraphs[paragraphIndex].id);
        return window;
    }
    MeetingRecord stored() const {
        auto database = Database::open(demoPath);
        return MeetingService(*database.value()).load(november).value();
    }
    // A member serving at the current paragraph: the key marks them leaving after it.
    static Id servingMember(const MeetingSession& session, int skip = 0) {
        const ParagraphAttendance* here = session.timeline().at(session.currentParagraph());
        for (const Participant& p : session.record().participants)
            if (p.kind == ParticipantKind::Member && here->serving.contains(p.id) && skip-- == 0)
                return p.id;
        return NoId;
    }
    static int eventsOf(const MeetingRecord& record, Id who) {
        int count = 0;
        for (const AttendanceEvent& e : record.events)
            count += e.participantId == who ? 1 : 0;
        return count;
    }
};

TEST_F(AttendanceKeyUiTest, AKeyKeepsTheMeetingAsTheFileHasIt) {
    auto desk = deskAt(3);
    MeetingSession& session = *desk->session();
    const Id who = servingMember(session);
    ASSERT_NE(who, NoId);
    QSignalSpy changed(&session, &MeetingSession::changed);
    AttendanceActions::togglePresence(session, who);
    ASSERT_EQ(eventsOf(session.record(), who), 1);
    EXPECT_FALSE(changed.isEmpty());
    const MeetingRecord file = stored();
    EXPECT_EQ(session.record().attendanceRevision, file.attendanceRevision);
    EXPECT_EQ(session.record().events.size(), file.events.size());
    EXPECT_EQ(eventsOf(file, who), 1);
    // The timeline follows at once: gone from the next paragraph on.
    const Id next = session.record().paragraphs[4].id;
    EXPECT_FALSE(session.timeline().at(next)->present.contains(who));
    session.undoStack()->undo();
    EXPECT_EQ(eventsOf(session.record(), who), 0);
    EXPECT_EQ(eventsOf(stored(), who), 0);
    EXPECT_TRUE(session.timeline().at(next)->present.contains(who));
}

TEST_F(AttendanceKeyUiTest, AKeyIsCheckedAgainstWhatAnotherWindowRecorded) {
    auto first = deskAt(3);
    auto second = deskAt(3);
    const Id who = servingMember(*first->session());
    ASSERT_NE(who, NoId);
    AttendanceActions::togglePresence(*second->session(), who); // leaves after § at index 3
    ASSERT_EQ(eventsOf(stored(), who), 1);
    // The first desk has not heard of it: as it holds the meeting, the member may leave there.
    QSignalSpy failed(first->session(), &MeetingSession::failed);
    AttendanceActions::togglePresence(*first->session(), who);
    EXPECT_EQ(failed.count(), 1);
    EXPECT_EQ(eventsOf(stored(), who), 1);
}

TEST_F(AttendanceKeyUiTest, AKeyAfterAnotherWindowsChangeShowsBoth) {
    auto first = deskAt(3);
    auto second = deskAt(3);
    const Id one = servingMember(*first->session());
    const Id two = servingMember(*first->session(), 1);
    ASSERT_NE(two, NoId);
    AttendanceActions::togglePresence(*second->session(), one);
    AttendanceActions::togglePresence(*first->session(), two);
    const MeetingSession& session = *first->session();
    EXPECT_EQ(eventsOf(session.record(), one), 1);
    EXPECT_EQ(eventsOf(session.record(), two), 1);
    EXPECT_EQ(session.record().attendanceRevision, stored().attendanceRevision);
}

} // namespace
