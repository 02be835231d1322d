#pragma once

#include "UiTestSupport.h"
#include "desk/MainWindow.h"
#include "services/MeetingService.h"

#include <memory>

// The desk with the demo file open at seed 001's November meeting (§§ 26–31, out for adjustment
// only when a test sends it): the fixture of the tests that work inside one meeting.
class NovemberDeskTest : public UiTest {
protected:
    // Seed 001: Elise Ackerot, Martin Söderström and Sara Schelin sign its protocol.
    static constexpr paragraf::Id november = 6;

    void SetUp() override {
        UiTest::SetUp();
        window = openedWindow<MainWindow>(demoPath);
        ASSERT_TRUE(window);
        ASSERT_TRUE(window->openMeeting(november));
    }
    // The meeting as the file holds it now, read through a connection of its own.
    paragraf::MeetingRecord stored() const {
        auto database = paragraf::Database::open(demoPath);
        return paragraf::MeetingService(*database.value()).load(november).value();
    }
    std::unique_ptr<MainWindow> window;
};
