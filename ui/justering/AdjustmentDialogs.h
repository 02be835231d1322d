#pragma once

class MainWindow;

// The Adjustment menu's steps, each on the meeting open at the desk: send the protocol for
// adjustment, review it (remarks and corrections), sign it, verify it, record a rättelse or the
// notice-board posting, and see the deadlines across every body. An open review or signing
// dialog is read again when another desk changes the meeting (MainWindow's
// meetingChangedElsewhere).
namespace AdjustmentDialogs {
void sendForAdjustment(MainWindow& window);
void review(MainWindow& window);
void sign(MainWindow& window);
void verify(MainWindow& window);
void recordErratum(MainWindow& window);
void recordPosting(MainWindow& window);
// Publicera: the web copy and the anslag of the adjusted protocol, shown before written.
void publish(MainWindow& window);
void deadlines(MainWindow& window);
// On a server: the protocols waiting for the person logged in; shown by itself when a server is
// opened and something waits.
void waiting(MainWindow& window);
void waitingWhenOpened(MainWindow& window);
} // namespace AdjustmentDialogs
