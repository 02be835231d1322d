#pragma once

#include <QCoreApplication>

// Translation contexts for code that is not a QObject. Strings are written Context::tr("…") so
// that lupdate and the running program agree on the context: lupdate names the context of a
// bare tr() after the enclosing namespace or class, which would not match at run time.
struct AttendanceRulesText {
    Q_DECLARE_TR_FUNCTIONS(AttendanceRulesText)
};
struct DatabaseText {
    Q_DECLARE_TR_FUNCTIONS(DatabaseText)
};
struct ParagraphRepositoryText {
    Q_DECLARE_TR_FUNCTIONS(ParagraphRepositoryText)
};
struct MeetingServiceText {
    Q_DECLARE_TR_FUNCTIONS(MeetingServiceText)
};
struct MeetingImporterText {
    Q_DECLARE_TR_FUNCTIONS(MeetingImporterText)
};
struct JsonText {
    Q_DECLARE_TR_FUNCTIONS(JsonText)
};
struct CliText {
    Q_DECLARE_TR_FUNCTIONS(CliText)
};
struct DocumentText {
    Q_DECLARE_TR_FUNCTIONS(DocumentText)
};
struct ScheduleText {
    Q_DECLARE_TR_FUNCTIONS(ScheduleText)
};
struct RosterText {
    Q_DECLARE_TR_FUNCTIONS(RosterText)
};
struct AdjustmentText {
    Q_DECLARE_TR_FUNCTIONS(AdjustmentText)
};
struct DecisionRulesText {
    Q_DECLARE_TR_FUNCTIONS(DecisionRulesText)
};
struct FollowUpText {
    Q_DECLARE_TR_FUNCTIONS(FollowUpText)
};
struct FileText {
    Q_DECLARE_TR_FUNCTIONS(FileText)
};
struct FieldLimitText {
    Q_DECLARE_TR_FUNCTIONS(FieldLimitText)
};
struct NumberingText {
    Q_DECLARE_TR_FUNCTIONS(NumberingText)
};
struct RulesText {
    Q_DECLARE_TR_FUNCTIONS(RulesText)
};
struct AdjournmentText {
    Q_DECLARE_TR_FUNCTIONS(AdjournmentText)
};
