#include "FieldLimits.h"

#include "i18n/TrContexts.h"

#include <QHash>
#include <QLocale>
#include <algorithm>

namespace paragraf {

Status checkLength(const QString& field, const QString& value, int limit) {
    if (value.size() <= limit)
        return {};
    const QLocale locale;
    return fail(FieldLimitText::tr("%1 is %2 characters long; at most %3 are allowed.")
                    .arg(field, locale.toString(value.size()), locale.toString(limit)));
}

Status checkOneLine(const QString& field, const QString& value) {
    const auto breaksTheLine = [](QChar c) {
        const char16_t u = c.unicode();
        return c.category() == QChar::Other_Control || u == 0x2028 || u == 0x2029 ||
               (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069);
    };
    if (std::none_of(value.cbegin(), value.cend(), breaksTheLine))
        return {};
    return fail(FieldLimitText::tr("%1 is printed within a line: it may not hold line breaks, "
                                   "tabs, control characters or changes of writing direction.")
                    .arg(field));
}

int lengthLimitOfJsonKey(const QString& key) {
    static const QHash<QString, int> byKey{
        {QStringLiteral("name"), limits::name},
        {QStringLiteral("organisation"), limits::name},
        {QStringLiteral("party"), limits::name},
        {QStringLiteral("role"), limits::name},
        {QStringLiteral("body"), limits::name},
        {QStringLiteral("to"), limits::name},
        {QStringLiteral("title"), limits::title},
        {QStringLiteral("caseNumber"), limits::caseNumber},
        {QStringLiteral("heading"), limits::heading},
        {QStringLiteral("decisionHeading"), limits::heading},
        {QStringLiteral("place"), limits::line},
        {QStringLiteral("adjustmentPlace"), limits::line},
        {QStringLiteral("protocolKeptAt"), limits::line},
        {QStringLiteral("nextMeetingNote"), limits::line},
        {QStringLiteral("note"), limits::line},
        {QStringLiteral("time"), limits::caseNumber},
    };
    return byKey.value(key, limits::text);
}

Status checkParagraphLengths(const Paragraph& p) {
    for (const Status& status :
         {checkLength(FieldLimitText::tr("The title"), p.title, limits::title),
          checkLength(FieldLimitText::tr("The case number"), p.caseNumber, limits::caseNumber),
          checkLength(FieldLimitText::tr("The decision"), p.decision, limits::text)})
        if (!status)
            return status;
    for (const Section& s : p.sections) {
        if (auto status =
                checkLength(FieldLimitText::tr("A section heading"), s.heading, limits::heading);
            !status)
            return status;
        if (auto status = checkLength(FieldLimitText::tr("A section's text"), s.text, limits::text);
            !status)
            return status;
    }
    for (const QStringList* lines : {&p.attachments, &p.expedition})
        for (const QString& line : *lines)
            if (auto status = checkLength(FieldLimitText::tr("A line"), line, limits::line);
                !status)
                return status;
    return {};
}

Status checkMeetingLengths(const Meeting& m) {
    for (const Status& status :
         {checkLength(FieldLimitText::tr("The place"), m.place, limits::line),
          checkLength(FieldLimitText::tr("The place of adjustment"), m.adjustmentPlace,
                      limits::line),
          checkLength(FieldLimitText::tr("The note on the next meeting"), m.nextMeetingNote,
                      limits::line)})
        if (!status)
            return status;
    return {};
}

Status checkParticipantLengths(const Participant& p) {
    for (const Status& status :
         {checkLength(FieldLimitText::tr("The name"), p.name, limits::name),
          checkLength(FieldLimitText::tr("The organisation"), p.organisation, limits::name),
          checkLength(FieldLimitText::tr("The party"), p.party, limits::name),
          checkLength(FieldLimitText::tr("The role"), p.roleLabel, limits::name)})
        if (!status)
            return status;
    return {};
}

Status checkBodyLengths(const Body& b) {
    for (const Status& status :
         {checkLength(FieldLimitText::tr("The body's name"), b.name, limits::name),
          checkLength(FieldLimitText::tr("The decision heading"), b.decisionHeading,
                      limits::heading),
          checkLength(FieldLimitText::tr("Where the protocols are kept"), b.protocolKeptAt,
                      limits::line)})
        if (!status)
            return status;
    return {};
}

} // namespace paragraf
