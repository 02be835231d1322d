#pragma once

class MainWindow;

// The dialogs of the Meeting menu, each run against the window's open file and meeting, so that
// MainWindow itself stays a frame of docks and menus.
namespace MeetingDialogs {

// A new meeting of the current body, from its schedule or entered freely.
void newMeeting(MainWindow& window);
void addParticipant(MainWindow& window);
// The roll call (upprop) of the meeting at hand: who is present from the start.
void rollCall(MainWindow& window);
void meetingDetails(MainWindow& window);
// The current body's particulars, roster and schedule.
void bodyAndSchedule(MainWindow& window);
// A new body, named by the secretary; its roster and schedule dialog opens at once.
void newBody(MainWindow& window);
// Motions, the vote, reservations and notes of the paragraph at hand.
void proceedings(MainWindow& window);
// Assignments, remarks by name and referrals of the paragraph at hand.
void followUp(MainWindow& window);
// The assignments and referred matters the meeting has from before.
void carried(MainWindow& window);
// Every assignment of the file, filtered and exported.
void assignmentOverview(MainWindow& window);
// Search across every body and year; the meeting found opens at its paragraph.
void search(MainWindow& window);

} // namespace MeetingDialogs
