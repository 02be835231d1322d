#include "DateField.h"

#include <QAction>
#include <QCalendarWidget>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QRegularExpression>
#include <QScreen>
#include <QStyle>
#include <QToolTip>
#include <algorithm>

namespace {
QString iso(const QDate& date) {
    return date.toString(Qt::ISODate);
}
} // namespace

DateField::DateField(const QDate& date, QWidget* parent) : QLineEdit(parent) {
    setPlaceholderText(tr("YYYY-MM-DD"));
    setMaxLength(40);
    setDate(date);
    QAction* calendarButton =
        addAction(style()->standardIcon(QStyle::SP_ArrowDown), QLineEdit::TrailingPosition);
    calendarButton->setToolTip(tr("Calendar (Alt+Down)"));
    connect(calendarButton, &QAction::triggered, this, &DateField::openCalendar);
    m_warning =
        addAction(style()->standardIcon(QStyle::SP_MessageBoxWarning), QLineEdit::TrailingPosition);
    m_warning->setVisible(false);
    // Typing again takes back the warning until the field is left.
    connect(this, &QLineEdit::textEdited, this, [this] {
        m_warning->setVisible(false);
        setToolTip({});
    });
}

QDate DateField::date() const {
    return parse(text());
}

void DateField::setDate(const QDate& date) {
    setText(date.isValid() ? iso(date) : QString());
    if (m_warning)
        m_warning->setVisible(false);
    setToolTip({});
    if (date != m_settled) {
        m_settled = date;
        emit dateChanged(date);
    }
}

void DateField::setOptional(bool optional) {
    m_optional = optional;
}

QString DateField::problem() const {
    const QString typed = text().trimmed();
    if (typed.isEmpty())
        return m_optional ? QString()
                          : tr("A date is needed here: write it as YYYY-MM-DD, or today or "
                               "tomorrow.");
    if (date().isValid())
        return {};
    return tr("\"%1\" is not a date: write it as YYYY-MM-DD (2025-03-14 or 20250314), or today, "
              "tomorrow or yesterday.")
        .arg(typed);
}

QDate DateField::parse(const QString& text, const QDate& today) {
    const QString typed = text.trimmed().toLower().remove(QLatin1Char(' '));
    if (typed == QLatin1String("idag") || typed == QLatin1String("today"))
        return today;
    if (typed == QLatin1String("imorgon") || typed == QLatin1String("tomorrow"))
        return today.addDays(1);
    if (typed == u"igår" || typed == QLatin1String("yesterday"))
        return today.addDays(-1);
    static const QRegularExpression dashed(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    QRegularExpressionMatch match = dashed.match(typed);
    if (!match.hasMatch())
        match = compact.match(typed);
    if (!match.hasMatch())
        return {};
    return QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
}

bool DateField::allAcceptable(QWidget* root) {
    for (DateField* field : root->findChildren<DateField*>()) {
        if (field->isEnabled() && !field->problem().isEmpty()) {
            field->setFocus(Qt::OtherFocusReason);
            field->showProblem();
            return false;
        }
    }
    return true;
}

void DateField::keyPressEvent(QKeyEvent* event) {
    const bool altDown = event->key() == Qt::Key_Down && event->modifiers() == Qt::AltModifier;
    if (altDown || (event->key() == Qt::Key_F4 && event->modifiers() == Qt::NoModifier)) {
        openCalendar();
        return;
    }
    if ((event->key() == Qt::Key_Up || event->key() == Qt::Key_Down) &&
        event->modifiers() == Qt::NoModifier && date().isValid()) {
        setDate(date().addDays(event->key() == Qt::Key_Up ? 1 : -1));
        return;
    }
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        settle();
    QLineEdit::keyPressEvent(event);
}

bool DateField::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_calendar && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape) {
        m_calendar->close();
        setFocus(Qt::PopupFocusReason);
        return true;
    }
    return QLineEdit::eventFilter(watched, event);
}

void DateField::focusOutEvent(QFocusEvent* event) {
    // The calendar takes the focus while it is open; the field is settled when a day is picked.
    if (!calendar())
        settle();
    QLineEdit::focusOutEvent(event);
}

// The date typed is written out as ÅÅÅÅ-MM-DD and announced; text that is no date is kept as
// typed, to be corrected, and said to be wrong.
void DateField::settle() {
    const QString why = problem();
    if (!why.isEmpty()) {
        showProblem();
        return;
    }
    const QDate typed = date();
    setDate(typed);
}

void DateField::showProblem() {
    const QString why = problem();
    if (why.isEmpty())
        return;
    m_warning->setToolTip(why);
    m_warning->setVisible(true);
    setToolTip(why);
    setAccessibleDescription(why);
    if (isVisible())
        QToolTip::showText(mapToGlobal(rect().bottomLeft()), why, this);
}

void DateField::openCalendar() {
    if (calendar())
        return;
    m_calendar = new QCalendarWidget(this);
    m_calendar->setWindowFlags(Qt::Popup);
    m_calendar->setAttribute(Qt::WA_DeleteOnClose);
    m_calendar->setLocale(locale());
    m_calendar->setFirstDayOfWeek(locale().firstDayOfWeek());
    m_calendar->setHorizontalHeaderFormat(QCalendarWidget::ShortDayNames);
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::ISOWeekNumbers);
    m_calendar->setGridVisible(true);
    const QDate typed = date();
    const QDate start = typed.isValid()       ? typed
                        : m_settled.isValid() ? m_settled
                                              : QDate::currentDate();
    m_calendar->setSelectedDate(start);
    m_calendar->setCurrentPage(start.year(), start.month());
    const auto pick = [this](const QDate& day) {
        setDate(day);
        m_calendar->close();
        setFocus(Qt::PopupFocusReason);
    };
    connect(m_calendar, &QCalendarWidget::activated, this, pick);
    connect(m_calendar, &QCalendarWidget::clicked, this, pick);
    m_calendar->installEventFilter(this);
    // Day names in full width ("mån", not "m…"), below the field and inside the screen.
    const QSize size = m_calendar->sizeHint().expandedTo(m_calendar->minimumSizeHint());
    QPoint at = mapToGlobal(rect().bottomLeft());
    if (const QScreen* where = screen()) {
        const QRect room = where->availableGeometry();
        at.setX(
            std::clamp(at.x(), room.left(), std::max(room.left(), room.right() - size.width())));
        if (at.y() + size.height() > room.bottom())
            at.setY(std::max(room.top(), mapToGlobal(QPoint(0, 0)).y() - size.height()));
    }
    m_calendar->setGeometry(QRect(at, size));
    m_calendar->show();
    m_calendar->setFocus(Qt::PopupFocusReason);
}
