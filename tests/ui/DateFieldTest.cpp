// Dates typed as Swedes type them (issue 18, item 9): ÅÅÅÅ-MM-DD straight through, 20230101,
// "idag", "imorgon"; one Tab stop; a calendar at the field's month; a word when it is no date.
#include "common/DateField.h"

#include "UiTestSupport.h"
#include "bodies/BodyDialog.h"
#include "bodies/MembershipDialog.h"
#include "bodies/RosterPage.h"
#include "services/RosterService.h"
#include "storage/BodyRepository.h"

#include <QCalendarWidget>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace paragraf;

namespace {
// A window with a line edit, the date field and another line edit, as in a form.
struct Form {
    QWidget window;
    QLineEdit* before = new QLineEdit(&window);
    DateField* field = new DateField(QDate(2024, 6, 15), &window);
    QLineEdit* after = new QLineEdit(&window);
    Form() {
        auto* layout = new QVBoxLayout(&window);
        layout->addWidget(before);
        layout->addWidget(field);
        layout->addWidget(after);
        window.show();
        QApplication::setActiveWindow(&window);
        (void)QTest::qWaitForWindowActive(&window);
        field->setFocus();
        field->selectAll();
    }
};

// Types into the field key by key, then leaves it with Tab.
QDate typeAndLeave(Form& form, const QString& text) {
    form.field->setFocus();
    form.field->selectAll();
    type(form.field, text);
    QTest::keyClick(form.field, Qt::Key_Tab);
    return form.field->date();
}
} // namespace

TEST(DateField, ParsesTheFormsSwedesType) {
    const QDate today(2024, 12, 17);
    EXPECT_EQ(DateField::parse(QStringLiteral("2023-01-01"), today), QDate(2023, 1, 1));
    EXPECT_EQ(DateField::parse(QStringLiteral("20230101"), today), QDate(2023, 1, 1));
    EXPECT_EQ(DateField::parse(QStringLiteral(" 2024-2-9 "), today), QDate(2024, 2, 9));
    EXPECT_EQ(DateField::parse(QStringLiteral("idag"), today), today);
    EXPECT_EQ(DateField::parse(QStringLiteral("i dag"), today), today);
    EXPECT_EQ(DateField::parse(QStringLiteral("Imorgon"), today), QDate(2024, 12, 18));
    EXPECT_EQ(DateField::parse(QStringLiteral("igår"), today), QDate(2024, 12, 16));
    EXPECT_EQ(DateField::parse(QStringLiteral("today"), today), today);
    EXPECT_EQ(DateField::parse(QStringLiteral("tomorrow"), today), QDate(2024, 12, 18));
    EXPECT_EQ(DateField::parse(QStringLiteral("yesterday"), today), QDate(2024, 12, 16));
    EXPECT_FALSE(DateField::parse(QStringLiteral("2023-02-30"), today).isValid());
    EXPECT_FALSE(DateField::parse(QStringLiteral("–0241217"), today).isValid());
    EXPECT_FALSE(DateField::parse(QStringLiteral("nästa vecka"), today).isValid());
}

TEST_F(UiTest, ADateTypedKeyByKeyIsTheDateTyped) {
    Form form;
    QSignalSpy changed(form.field, &DateField::dateChanged);
    EXPECT_EQ(typeAndLeave(form, QStringLiteral("2023-01-01")), QDate(2023, 1, 1));
    EXPECT_EQ(form.field->text(), QStringLiteral("2023-01-01"));
    EXPECT_EQ(typeAndLeave(form, QStringLiteral("20241217")), QDate(2024, 12, 17));
    EXPECT_EQ(form.field->text(), QStringLiteral("2024-12-17")); // shown as ÅÅÅÅ-MM-DD
    EXPECT_EQ(typeAndLeave(form, QStringLiteral("idag")), QDate::currentDate());
    EXPECT_EQ(typeAndLeave(form, QStringLiteral("imorgon")), QDate::currentDate().addDays(1));
    EXPECT_EQ(typeAndLeave(form, QStringLiteral("igår")), QDate::currentDate().addDays(-1));
    EXPECT_EQ(changed.count(), 5);
    EXPECT_EQ(changed.last().first().toDate(), QDate::currentDate().addDays(-1));
}

TEST_F(UiTest, TabLeavesADateFieldInOneStop) {
    Form form;
    ASSERT_EQ(QApplication::focusWidget(), form.field);
    QTest::keyClick(form.field, Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), form.after);
    QTest::keyClick(form.after, Qt::Key_Backtab);
    EXPECT_EQ(QApplication::focusWidget(), form.field);
    QTest::keyClick(form.field, Qt::Key_Backtab);
    EXPECT_EQ(QApplication::focusWidget(), form.before);
}

TEST_F(UiTest, TextThatIsNoDateIsSaidToBeSo) {
    Form form;
    typeAndLeave(form, QStringLiteral("2024-13-01"));
    EXPECT_FALSE(form.field->date().isValid());
    EXPECT_EQ(form.field->text(), QStringLiteral("2024-13-01")); // kept, to be corrected
    EXPECT_TRUE(form.field->problem().contains(QStringLiteral("2024-13-01")));
    EXPECT_FALSE(form.field->toolTip().isEmpty());
    EXPECT_FALSE(DateField::allAcceptable(&form.window));
    EXPECT_EQ(QApplication::focusWidget(), form.field);
    form.field->setOptional(true);
    form.field->clear();
    EXPECT_TRUE(DateField::allAcceptable(&form.window)); // an optional field may be empty
}

TEST_F(UiTest, TheCalendarOpensAtTheFieldsMonth) {
    Form form;
    press(form.field, Qt::Key_Down, Qt::AltModifier);
    QCalendarWidget* calendar = form.field->calendar();
    ASSERT_NE(calendar, nullptr);
    EXPECT_TRUE(calendar->isVisible());
    EXPECT_EQ(calendar->yearShown(), 2024);
    EXPECT_EQ(calendar->monthShown(), 6);
    EXPECT_EQ(calendar->selectedDate(), QDate(2024, 6, 15));
    // The calendar is wide enough for its day names.
    EXPECT_GE(calendar->width(), calendar->minimumSizeHint().width());
    calendar->setSelectedDate(QDate(2024, 6, 20));
    emit calendar->activated(QDate(2024, 6, 20));
    EXPECT_EQ(form.field->date(), QDate(2024, 6, 20));
    EXPECT_EQ(form.field->calendar(), nullptr);

    // An empty field (an adjustment date not yet set) opens at today's month, never year 2000.
    form.field->setOptional(true);
    form.field->setDate({});
    form.field->setFocus();
    press(form.field, Qt::Key_F4);
    ASSERT_NE(form.field->calendar(), nullptr);
    EXPECT_EQ(form.field->calendar()->yearShown(), QDate::currentDate().year());
    EXPECT_EQ(form.field->calendar()->monthShown(), QDate::currentDate().month());
    press(form.field->calendar(), Qt::Key_Escape);
    EXPECT_EQ(form.field->calendar(), nullptr);
    EXPECT_FALSE(form.field->date().isValid());
}

TEST_F(UiTest, ANewMemberIsEnteredFromTheStartOfTheMandatePeriod) {
    auto opened = Database::open(demoPath);
    ASSERT_TRUE(opened.ok());
    const Body body = BodyRepository(opened.value()->connection()).body(1).value();
    const QDate day(2025, 1, 10);
    const auto periods = RosterService(*opened.value()).mandatePeriods(body.id);
    ASSERT_TRUE(periods.ok());
    QDate start;
    for (const MandatePeriod& period : periods.value())
        if (period.from <= day && day <= period.to)
            start = period.from;
    ASSERT_TRUE(start.isValid());
    ASSERT_NE(start, day);
    BodyDialog dialog(*opened.value(), body, day);
    dialog.show();
    EXPECT_EQ(dialog.roster()->newMemberFrom(), start);
    QDate offered;
    auto seen = whenModal<MembershipDialog>([&offered](MembershipDialog* m) {
        offered = m->from();
        m->reject();
    });
    dialog.roster()->addMember();
    ASSERT_TRUE(*seen);
    EXPECT_EQ(offered, start);
}
