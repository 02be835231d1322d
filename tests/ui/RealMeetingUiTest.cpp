// A real kommunstyrelse meeting minuted at the desk by keyboard, as it happens: the roll call, an
// adjournment inside a paragraph, the chair jävig for one matter and the vice chair presiding,
// an adjuster leaving early, then the signatures each for their paragraphs and the PDF.
#include "UiTestSupport.h"
#include "adjustment/AdjustmentService.h"
#include "attendance/AttendanceModel.h"
#include "attendance/AttendancePanel.h"
#include "attendance/RollCallDialog.h"
#include "core/PdfTools.h"
#include "desk/MainActions.h"
#include "desk/MainWindow.h"
#include "desk/MeetingDesk.h"
#include "desk/MeetingDetailsDialog.h"
#include "desk/MeetingSession.h"
#include "desk/ParagraphEditor.h"
#include "desk/ParagraphListModel.h"
#include "justering/SignDialog.h"
#include "proceedings/AdjournmentActions.h"
#include "rules/AttendanceTimeline.h"
#include "services/MeetingService.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QTextEdit>

using namespace paragraf;

namespace {

class RealMeetingUiTest : public UiTest {
protected:
    // A new meeting of the demo's kommunstyrelse (its rules: "KS § 36", one adjuster required),
    // with its secretary among the participants.
    void SetUp() override {
        UiTest::SetUp();
        AdjournmentActions::clock = [this] {
            return now;
        };
        auto database = Database::open(demoPath);
        ASSERT_TRUE(database.ok());
        MeetingService meetings(*database.value());
        Meeting meeting;
        for (const auto& m : meetings.list().value())
            if (m.bodyName == QStringLiteral("Kommunstyrelsen i Norrvik"))
                meeting.bodyId = m.bodyId;
        ASSERT_NE(meeting.bodyId, NoId);
        meeting.date = QDate(2025, 4, 8);
        meeting.start = QTime(8, 30);
        meeting.end = QTime(12, 0);
        meeting.place = QStringLiteral("Sammanträdesrum Älven");
        meeting.status = MeetingStatus::InProgress;
        const auto id = meetings.createMeeting(meeting);
        ASSERT_TRUE(id.ok()) << id.error().toStdString();
        meetingId = id.value();
        Participant secretary;
        secretary.name = QStringLiteral("Karin Vidén");
        secretary.kind = ParticipantKind::Official;
        secretary.roleLabel = QStringLiteral("sekreterare");
        secretary.presentAtStart = true;
        ASSERT_TRUE(meetings.addParticipant(meetingId, secretary).ok());
        database.value().reset();
        window = openedWindow<MainWindow>(demoPath);
        ASSERT_TRUE(window);
        ASSERT_TRUE(window->openMeeting(meetingId));
    }
    void TearDown() override {
        AdjournmentActions::clock = [] {
            return QTime::currentTime();
        };
        UiTest::TearDown();
    }
    MeetingRecord stored() {
        auto database = Database::open(demoPath);
        return MeetingService(*database.value()).load(meetingId).value();
    }
    int rowOf(const QString& name) {
        AttendanceModel* model = window->attendance()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, 0).data().toString().trimmed() == name)
                return row;
        return -1;
    }
    void attendanceKey(const QString& name, Qt::Key key) {
        shortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
        QTableView* table = window->attendance()->table();
        ASSERT_EQ(QApplication::focusWidget(), table);
        ASSERT_GE(rowOf(name), 0) << name.toStdString();
        table->setCurrentIndex(window->attendance()->model()->index(rowOf(name), 0));
        QTest::keyClick(table, key);
    }
    // Ctrl+Return, the title, Ctrl+3 and the text; the decision when given, in its field.
    void newParagraph(const QString& title, const QString& text, const QString& decision = {}) {
        shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
        ASSERT_EQ(QApplication::focusWidget(), window->desk()->editor()->title());
        type(window->desk()->editor()->title(), title);
        shortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
        type(QApplication::focusWidget(), text);
        if (!decision.isEmpty())
            decide(decision);
    }
    void decide(const QString& decision) {
        window->desk()->editor()->decision()->setFocus();
        type(window->desk()->editor()->decision(), decision);
    }
    static int indexOf(QComboBox* box, const QString& startingWith) {
        for (int i = 0; i < box->count(); ++i)
            if (box->itemText(i).startsWith(startingWith))
                return i;
        return -1;
    }

    // The roll call: everyone present, Ida Sandberg (M) absent and M's first substitute called.
    void rollCallWithIdaAbsent() {
        const auto rollCall = whenModal<RollCallDialog>([](RollCallDialog* dialog) {
            type(dialog->search(), QStringLiteral("Ida S"));
            press(dialog->search(), Qt::Key_Return);
            press(dialog->search(), Qt::Key_Escape);
        });
        shortcut(window->actions()->rollCall->shortcut());
        ASSERT_TRUE(*rollCall);
        QApplication::setActiveWindow(window.get()); // the dialog has closed
        window->desk()->paragraphList()->setFocus();
    }
    // The details: the secretary and two adjusters, the vice chair first.
    void chooseSecretaryAndAdjusters() {
        const auto details = whenModal<MeetingDetailsDialog>([](MeetingDetailsDialog* dialog) {
            dialog->secretary()->setFocus();
            dialog->secretary()->setCurrentIndex(indexOf(dialog->secretary(), "Karin Vidén"));
            dialog->adjusters()->setFocus();
            for (const char* name : {"Gunilla Hedlund", "Ulf Bergström"})
                for (int row = 0; row < dialog->adjusters()->count(); ++row)
                    if (dialog->adjusters()->item(row)->text().startsWith(
                            QString::fromUtf8(name))) {
                        dialog->adjusters()->setCurrentRow(row);
                        QTest::keyClick(dialog->adjusters()->viewport(), Qt::Key_Space);
                    }
            dialog->adjustmentPlace()->setFocus();
            type(dialog->adjustmentPlace(), QStringLiteral("Kommunledningskontoret"));
            QTest::keyClick(dialog->adjustmentPlace(), Qt::Key_Return);
        });
        shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
        ASSERT_TRUE(*details);
        QApplication::setActiveWindow(window.get());
        window->desk()->paragraphList()->setFocus();
    }
    // The events of a kind at a paragraph (NoId: after the last), as the file holds them.
    QList<AttendanceEvent> eventsAt(AttendanceEventKind kind, Id paragraph) {
        QList<AttendanceEvent> found;
        for (const AttendanceEvent& e : stored().events)
            if (e.kind == kind && e.paragraphId == paragraph)
                found << e;
        return found;
    }

    std::unique_ptr<MainWindow> window;
    Id meetingId = NoId;
    QTime now = QTime(8, 30);
};

TEST_F(RealMeetingUiTest, AnAdjournmentAHandoverAndAnAdjusterLeavingToSignaturesAndThePdf) {
    rollCallWithIdaAbsent();

    chooseSecretaryAndAdjusters();
    ASSERT_EQ(stored().meeting.adjusterIds.size(), 2);

    newParagraph(QStringLiteral("Val av justerare"), QStringLiteral("Två ledamöter justerar."),
                 QStringLiteral("Gunilla Hedlund och Ulf Bergström utses att justera."));
    // The budget is debated; the groups confer between 09.40 and 09.55, then it is decided.
    newParagraph(QStringLiteral("Budget 2026"), QStringLiteral("Förslaget presenteras."));
    now = QTime(9, 40);
    shortcut(QKeySequence(Qt::Key_F9));
    now = QTime(9, 55);
    shortcut(QKeySequence(Qt::Key_F9));
    decide(QStringLiteral("Förslaget till budget antas."));
    // The chair is jävig in the sale; the vice chair presides over it, the chair takes it back.
    newParagraph(QStringLiteral("Försäljning av fastighet"), QStringLiteral("Köpeavtal."),
                 QStringLiteral("Fastigheten säljs."));
    attendanceKey(QStringLiteral("Agneta Axelsson"), Qt::Key_J);
    attendanceKey(QStringLiteral("Gunilla Hedlund"), Qt::Key_O);
    newParagraph(QStringLiteral("Motion om cykelvägar"), QStringLiteral("Motionen besvaras."),
                 QStringLiteral("Motionen bifalls."));
    attendanceKey(QStringLiteral("Agneta Axelsson"), Qt::Key_O);
    now = QTime(10, 40);
    attendanceKey(QStringLiteral("Ulf Bergström"), Qt::Key_Space); // leaves after this §
    newParagraph(QStringLiteral("Information"), QStringLiteral("Kommundirektören informerar."));

    const MeetingRecord minuted = stored();
    ASSERT_EQ(minuted.paragraphs.size(), 5);
    const int first = minuted.paragraphs.first().number;
    ASSERT_EQ(minuted.adjournments.size(), 1);
    EXPECT_TRUE(minuted.adjournments[0].withinParagraph);
    EXPECT_EQ(minuted.adjournments[0].paragraphId, minuted.paragraphs[1].id);

    window->actions()->sendForAdjustment->trigger();
    ASSERT_EQ(stored().meeting.status, MeetingStatus::OutForAdjustment)
        << Dialogs::lastMessage().toStdString();

    // Justering: five acts, each signatory for their own paragraphs, names typed.
    const auto span = [first](int from, int to) {
        return QStringLiteral("§§ %1–%2").arg(first + from).arg(first + to);
    };
    // "§§ 36–37, 39–40": all but the sale, where the chair was jävig.
    const QString chaired =
        QStringLiteral("§§ %1–%2, %3–%4").arg(first).arg(first + 1).arg(first + 3).arg(first + 4);
    const QStringList expected{QStringLiteral("Karin Vidén, secretary"),
                               QStringLiteral("Agneta Axelsson, chair %1").arg(chaired),
                               QStringLiteral("Gunilla Hedlund, chair § %1").arg(first + 2),
                               QStringLiteral("Gunilla Hedlund, adjuster %1").arg(chaired),
                               QStringLiteral("Ulf Bergström, adjuster %1").arg(span(0, 3))};
    const auto signing = whenModal<SignDialog>([&expected](SignDialog* dialog) {
        QStringList offered;
        for (int i = 0; i < dialog->signatory()->count(); ++i)
            offered << dialog->signatory()->itemText(i);
        EXPECT_EQ(offered.join(QLatin1Char('|')).toStdString(),
                  expected.join(QLatin1Char('|')).toStdString());
        for (int i = 0; i < offered.size(); ++i) {
            dialog->signatory()->setCurrentIndex(i);
            dialog->method()->button(static_cast<int>(SigningMethod::InPerson))->click();
            dialog->name()->setFocus();
            type(dialog->name(), offered[i].section(QLatin1Char(','), 0, 0));
            dialog->signNow();
        }
    });
    window->actions()->sign->trigger();
    ASSERT_TRUE(*signing);
    EXPECT_EQ(stored().meeting.status, MeetingStatus::Adjusted);
    const auto verified = AdjustmentService(*window->database()).verify(meetingId);
    ASSERT_TRUE(verified.ok());
    EXPECT_TRUE(verified->intact()) << verified->problems().join(QLatin1Char('\n')).toStdString();

    const QString pdf = dir.filePath(QStringLiteral("protokoll.pdf"));
    Dialogs::setNextFileName(pdf);
    window->actions()->exportPdf->trigger();
    const QString all = test::pdfPages(pdf).join(QString()).simplified();
    ASSERT_FALSE(all.isEmpty()) << Dialogs::lastMessage().toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("kl. 08.30–12.00, ajournering kl. 09.40–09.55")));
    EXPECT_TRUE(all.contains(QStringLiteral("Sammanträdet ajourneras kl. 09.40–09.55")));
    EXPECT_TRUE(all.contains(QStringLiteral("Ordförande Agneta Axelsson (S) %1 Gunilla "
                                            "Hedlund (M) § %2")
                                 .arg(chaired)
                                 .arg(first + 2)))
        << all.toStdString();
    EXPECT_TRUE(
        all.contains(QStringLiteral("Ulf Bergström (C) kl. 08.30–10.40, %1").arg(span(0, 3))))
        << all.toStdString();
    // Every signature line stays with its name on one page.
    EXPECT_TRUE(all.contains(
        QStringLiteral("Justerare ………………………………………………… Ulf Bergström (C) %1").arg(span(0, 3))))
        << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("KS § %1 Försäljning av fastighet").arg(first + 2)));
}

// The chair is jävig for one matter and her substitute is called in for it: the substitute
// serves for that paragraph only, the chair serves and presides again from the next, and the
// protocol goes out for adjustment (it used to stay with the substitute serving on, and the
// chair could not come back).
TEST_F(RealMeetingUiTest, ASubstituteCalledInForAJavParagraphServesForItOnly) {
    rollCallWithIdaAbsent();
    chooseSecretaryAndAdjusters();
    newParagraph(QStringLiteral("Val av justerare"), QStringLiteral("En ledamot justerar."),
                 QStringLiteral("Gunilla Hedlund utses att justera."));
    newParagraph(QStringLiteral("Försäljning av fastighet"), QStringLiteral("Köpeavtal."),
                 QStringLiteral("Fastigheten säljs."));
    const Id sale = window->session()->currentParagraph();
    attendanceKey(QStringLiteral("Agneta Axelsson"), Qt::Key_J);
    attendanceKey(QStringLiteral("Gunilla Hedlund"), Qt::Key_O);
    attendanceKey(QStringLiteral("Agneta Axelsson"), Qt::Key_E);
    const QList<AttendanceEvent> called = eventsAt(AttendanceEventKind::ServeStart, sale);
    ASSERT_EQ(called.size(), 1) << Dialogs::lastMessage().toStdString();
    const Id substitute = called.first().participantId;
    EXPECT_EQ(eventsAt(AttendanceEventKind::ServeEnd, NoId).size(), 1)
        << "serves until after the sale, the last paragraph so far";
    // Pressed again at the same paragraph: not called in after all; and once more: called in.
    attendanceKey(QStringLiteral("Agneta Axelsson"), Qt::Key_E);
    EXPECT_TRUE(eventsAt(AttendanceEventKind::ServeStart, sale).isEmpty());
    EXPECT_TRUE(eventsAt(AttendanceEventKind::ServeEnd, NoId).isEmpty());
    attendanceKey(QStringLiteral("Agneta Axelsson"), Qt::Key_E);
    ASSERT_EQ(eventsAt(AttendanceEventKind::ServeStart, sale).size(), 1);

    newParagraph(QStringLiteral("Motion om cykelvägar"), QStringLiteral("Motionen besvaras."),
                 QStringLiteral("Motionen bifalls."));
    const Id motion = window->session()->currentParagraph();
    attendanceKey(QStringLiteral("Agneta Axelsson"), Qt::Key_O);
    const ParagraphAttendance* atMotion = window->session()->timeline().at(motion);
    ASSERT_NE(atMotion, nullptr);
    Id agneta = NoId;
    for (const Participant& p : stored().participants)
        if (p.name == QStringLiteral("Agneta Axelsson"))
            agneta = p.id;
    EXPECT_TRUE(atMotion->serving.contains(agneta)) << "the chair serves again";
    EXPECT_FALSE(atMotion->substituteFor.contains(substitute)) << "the substitute no longer";
    const ParagraphAttendance* atSale = window->session()->timeline().at(sale);
    ASSERT_NE(atSale, nullptr);
    EXPECT_EQ(atSale->substituteFor.value(substitute), agneta);

    window->actions()->sendForAdjustment->trigger();
    EXPECT_EQ(stored().meeting.status, MeetingStatus::OutForAdjustment)
        << Dialogs::lastMessage().toStdString();
}

} // namespace
