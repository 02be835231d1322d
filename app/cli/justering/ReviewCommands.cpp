// paragraf-cli subcommands for what happens between sending a protocol for adjustment and the
// archive: remarks and corrections, the diff a reviewer reads, rättelser, the notice-board
// posting, the deadlines, and checking an exported PDF against its database.
#include "CliSupport.h"
#include "adjustment/AdjustmentService.h"
#include "adjustment/Deadlines.h"
#include "adjustment/ErratumService.h"
#include "adjustment/IssuedDocumentService.h"
#include "adjustment/ReviewService.h"
#include "document/PdfMetadata.h"
#include "i18n/TrContexts.h"
#include "io/BoundedRead.h"
#include "model/Codes.h"
#include "services/MeetingService.h"
#include "text/CanonicalForm.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTextStream>

namespace paragraf::cli {
namespace {

// The paragraph with number `number` in the meeting, or nothing.
const Paragraph* paragraphNumbered(const MeetingRecord& record, const QString& text) {
    const auto number = numberFrom(text);
    for (const auto& p : record.paragraphs)
        if (number && p.number == *number)
            return &p;
    return nullptr;
}

// "decision", "title" or "section:HEADING" of a paragraph, with the new text.
std::optional<TextEdit> editFrom(const Paragraph& p, const QString& field, const QString& text) {
    if (field == QLatin1String("decision"))
        return TextEdit{p.id, TextField::Decision, NoId, text};
    if (field == QLatin1String("title"))
        return TextEdit{p.id, TextField::Title, NoId, text};
    if (field.startsWith(QLatin1String("section:")))
        for (const auto& s : p.sections)
            if (s.heading == field.mid(8))
                return TextEdit{p.id, TextField::Section, s.id, text};
    return std::nullopt;
}

// The paragraph named by --paragraph, NoId when the option is not given.
Result<Id> chosenParagraph(const QCommandLineParser& parser, const MeetingRecord& record) {
    if (!parser.isSet(QStringLiteral("paragraph")))
        return NoId;
    const QString number = parser.value(QStringLiteral("paragraph"));
    if (const Paragraph* p = paragraphNumbered(record, number))
        return p->id;
    return fail(CliText::tr("The meeting has no § %1.").arg(number));
}

Id signatoryNamed(const MeetingRecord& record, const QString& name) {
    for (const Signatory& who : AdjustmentService::signatories(record))
        if (who.name == name.trimmed())
            return who.participantId;
    return NoId;
}

int addRemark(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("by"), CliText::tr("The signatory who makes the remark."),
         QStringLiteral("NAME")},
        {QStringLiteral("paragraph"), CliText::tr("The number of the paragraph (§) it is about."),
         QStringLiteral("NUMBER")},
    });
    if (auto exit = parse(
            parser, arguments, CliText::tr("Leave a remark on a protocol out for adjustment."),
            {QStringLiteral("FILE"), QStringLiteral("MEETING"), QStringLiteral("TEXT")}))
        return *exit;
    const QStringList positionals = parser.positionalArguments();
    return withLoadedMeeting(
        positionals, [&](const Database& database, const MeetingRecord& record) {
            const auto paragraph = chosenParagraph(parser, record);
            if (!paragraph)
                return failWith(paragraph.error());
            const auto remark = ReviewService(database).addRemark(
                record.meeting.id, paragraph.value(),
                signatoryNamed(record, parser.value(QStringLiteral("by"))), positionals[2]);
            if (!remark)
                return failWith(remark.error());
            QTextStream(stdout) << remark.value() << '\n';
            return 0;
        });
}

int listRemarks(const QStringList& arguments) {
    QCommandLineParser parser;
    if (auto exit = parse(parser, arguments, CliText::tr("List the remarks on a protocol."),
                          {QStringLiteral("FILE"), QStringLiteral("MEETING")}))
        return *exit;
    return withLoadedMeeting(
        parser.positionalArguments(), [&](const Database& database, const MeetingRecord& record) {
            const auto remarks = ReviewService(database).remarks(record.meeting.id);
            if (!remarks)
                return failWith(remarks.error());
            QTextStream out(stdout);
            for (const Remark& r : remarks.value()) {
                QString where = QStringLiteral("-");
                for (const auto& p : record.paragraphs)
                    if (p.id == r.paragraphId)
                        where = QStringLiteral("§ %1").arg(p.number);
                out << r.id << '\t' << where << '\t' << r.author << '\t' << codeOf(r.state) << '\t'
                    << r.text << (r.answer.isEmpty() ? QString() : QStringLiteral("\t") + r.answer)
                    << '\n';
            }
            return 0;
        });
}

// accept and correct share the way a change is named: § number, field and the new text.
void addEditOptions(QCommandLineParser& parser) {
    parser.addOptions({
        {QStringLiteral("paragraph"), CliText::tr("The number of the paragraph (§) to change."),
         QStringLiteral("NUMBER")},
        {QStringLiteral("field"), CliText::tr("decision, title or section:HEADING."),
         QStringLiteral("FIELD")},
        {QStringLiteral("text"), CliText::tr("The new wording."), QStringLiteral("TEXT")},
    });
}

std::optional<TextEdit> editFromOptions(const QCommandLineParser& parser,
                                        const MeetingRecord& record) {
    const Paragraph* p = paragraphNumbered(record, parser.value(QStringLiteral("paragraph")));
    if (!p)
        return std::nullopt;
    return editFrom(*p, parser.value(QStringLiteral("field")),
                    parser.value(QStringLiteral("text")));
}

int answerRemark(const QStringList& arguments) {
    QCommandLineParser parser;
    addEditOptions(parser);
    parser.addOptions({
        {QStringLiteral("reject"), CliText::tr("Reject the remark, with its reason."),
         QStringLiteral("REASON")},
        {QStringLiteral("note"), CliText::tr("The secretary's answer to an accepted remark."),
         QStringLiteral("NOTE")},
    });
    if (auto exit =
            parse(parser, arguments,
                  CliText::tr("Answer a remark: accept it with the change it asks for "
                              "(--paragraph, --field, --text) or --reject it."),
                  {QStringLiteral("FILE"), QStringLiteral("MEETING"), QStringLiteral("REMARK")}))
        return *exit;
    const QStringList positionals = parser.positionalArguments();
    const auto remark = idFrom(positionals[2]);
    if (!remark)
        return usage(CliText::tr("\"%1\" is not a remark id.").arg(positionals[2]));
    return withLoadedMeeting(
        positionals, [&](const Database& database, const MeetingRecord& record) {
            ReviewService review(database);
            if (parser.isSet(QStringLiteral("reject"))) {
                const Status rejected =
                    review.rejectRemark(*remark, parser.value(QStringLiteral("reject")));
                return rejected ? 0 : failWith(rejected.error());
            }
            const auto edit = editFromOptions(parser, record);
            if (!edit)
                return failWith(CliText::tr("Name the change: --paragraph NUMBER --field decision, "
                                            "title or section:HEADING --text TEXT."));
            const Status accepted =
                review.acceptRemark(*remark, *edit, parser.value(QStringLiteral("note")));
            return accepted ? 0 : failWith(accepted.error());
        });
}

int correct(const QStringList& arguments) {
    QCommandLineParser parser;
    addEditOptions(parser);
    parser.addOption({QStringLiteral("reason"), CliText::tr("Why the text is corrected."),
                      QStringLiteral("REASON")});
    if (auto exit = parse(parser, arguments,
                          CliText::tr("Correct the text of a protocol out for adjustment, with "
                                      "the reason recorded."),
                          {QStringLiteral("FILE"), QStringLiteral("MEETING")}))
        return *exit;
    return withLoadedMeeting(
        parser.positionalArguments(), [&](const Database& database, const MeetingRecord& record) {
            const auto edit = editFromOptions(parser, record);
            if (!edit)
                return failWith(CliText::tr("Name the change: --paragraph NUMBER --field decision, "
                                            "title or section:HEADING --text TEXT."));
            const Status corrected = ReviewService(database).correct(
                record.meeting.id, *edit, parser.value(QStringLiteral("reason")));
            return corrected ? 0 : failWith(corrected.error());
        });
}

int changes(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("for"), CliText::tr("The signatory who reads."), QStringLiteral("NAME")},
        {QStringLiteral("mark-read"), CliText::tr("Remember that they have now read it.")},
    });
    if (auto exit = parse(parser, arguments,
                          CliText::tr("Show what changed since a signatory last read the "
                                      "protocol: [-removed-] {+added+}."),
                          {QStringLiteral("FILE"), QStringLiteral("MEETING")}))
        return *exit;
    return withLoadedMeeting(parser.positionalArguments(), [&](const Database& database,
                                                               const MeetingRecord& record) {
        const Id reader = signatoryNamed(record, parser.value(QStringLiteral("for")));
        if (reader == NoId)
            return failWith(CliText::tr("%1 does not sign this protocol.")
                                .arg(parser.value(QStringLiteral("for"))));
        ReviewService review(database);
        const auto diffs = review.changesSince(record.meeting.id, reader);
        if (!diffs)
            return failWith(diffs.error());
        QTextStream out(stdout);
        for (const ParagraphDiff& d : diffs.value()) {
            out << QStringLiteral("§ %1 %2 — %3\n")
                       .arg(d.number)
                       .arg(d.title, d.field == TextField::Section ? d.heading : codeOf(d.field));
            out << diffAsText(d.segments) << "\n\n";
        }
        if (parser.isSet(QStringLiteral("mark-read")))
            if (const Status read = review.markRead(record.meeting.id, reader); !read)
                return failWith(read.error());
        return 0;
    });
}

int rattelse(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("paragraph"), CliText::tr("The number of the paragraph (§) corrected."),
         QStringLiteral("NUMBER")},
        {QStringLiteral("text"), CliText::tr("The correct wording."), QStringLiteral("TEXT")},
        {QStringLiteral("reason"), CliText::tr("What was wrong."), QStringLiteral("REASON")},
        {QStringLiteral("decided-by"), CliText::tr("Who decided the correction."),
         QStringLiteral("NAMES")},
        {QStringLiteral("decided-on"), CliText::tr("The day it was decided (YYYY-MM-DD)."),
         QStringLiteral("DATE")},
    });
    if (auto exit = parse(parser, arguments,
                          CliText::tr("Record a rättelse of an adjusted protocol; the signed "
                                      "text stays as it is."),
                          {QStringLiteral("FILE"), QStringLiteral("MEETING")}))
        return *exit;
    const auto decidedOn = dateOption(parser, QStringLiteral("decided-on"), QDate());
    if (!decidedOn)
        return usage(CliText::tr("--decided-on expects a date (YYYY-MM-DD)."));
    return withLoadedMeeting(
        parser.positionalArguments(), [&](const Database& database, const MeetingRecord& record) {
            const auto paragraph = chosenParagraph(parser, record);
            if (!paragraph)
                return failWith(paragraph.error());
            const auto erratum = ErratumService(database).record(
                record.meeting.id, paragraph.value(), parser.value(QStringLiteral("text")),
                parser.value(QStringLiteral("reason")), parser.value(QStringLiteral("decided-by")),
                *decidedOn);
            return erratum ? 0 : failWith(erratum.error());
        });
}

int post(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("taken-down"),
                      CliText::tr("Record instead the day the notice was taken down.")});
    if (auto exit =
            parse(parser, arguments,
                  CliText::tr("Record the day the adjusted protocol was posted on the "
                              "notice board (YYYY-MM-DD)."),
                  {QStringLiteral("FILE"), QStringLiteral("MEETING"), QStringLiteral("DATE")}))
        return *exit;
    const QStringList positionals = parser.positionalArguments();
    const auto date = dateFrom(positionals[2]);
    if (!date)
        return usage(CliText::tr("\"%1\" is not a date (YYYY-MM-DD).").arg(positionals[2]));
    const QDate day = *date;
    return withLoadedMeeting(
        positionals, [&](const Database& database, const MeetingRecord& record) {
            DeadlineService deadlines(database);
            const Status done = parser.isSet(QStringLiteral("taken-down"))
                                    ? deadlines.takeDown(record.meeting.id, day)
                                    : deadlines.post(record.meeting.id, day);
            return done ? 0 : failWith(done.error());
        });
}

QString deadlineName(DeadlineKind kind) {
    switch (kind) {
    case DeadlineKind::Adjustment:
        return CliText::tr("adjustment");
    case DeadlineKind::Posting:
        return CliText::tr("posting");
    case DeadlineKind::AppealPeriod:
        return CliText::tr("appeal period ends");
    }
    return {};
}

int deadlines(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("today"), CliText::tr("Count from this day (YYYY-MM-DD)."),
                      QStringLiteral("DATE")});
    if (auto exit = parse(parser, arguments,
                          CliText::tr("List the deadlines due across all bodies, overdue marked."),
                          {QStringLiteral("FILE")}))
        return *exit;
    const auto day = dateOption(parser, QStringLiteral("today"), QDate::currentDate());
    if (!day)
        return usage(CliText::tr("--today expects a date (YYYY-MM-DD)."));
    const QDate today = *day;
    return withDatabase(parser.positionalArguments()[0], [&](const Database& database) {
        const auto due = DeadlineService(database).deadlines(today);
        if (!due)
            return failWith(due.error());
        QTextStream out(stdout);
        for (const Deadline& d : due.value())
            out << d.due.toString(Qt::ISODate) << '\t'
                << (d.overdue ? CliText::tr("OVERDUE") : CliText::tr("due")) << '\t'
                << deadlineName(d.kind) << '\t' << d.meeting.id << '\t' << d.meeting.bodyName
                << '\t' << d.meeting.date.toString(Qt::ISODate) << '\n';
        return 0;
    });
}

// The meeting status a seal records, in words of the interface's language.
QString statusWord(const QString& code) {
    switch (enumFromCode<MeetingStatus>(code).value_or(MeetingStatus::Draft)) {
    case MeetingStatus::Planned:
        return CliText::tr("planned");
    case MeetingStatus::Called:
        return CliText::tr("called");
    case MeetingStatus::InProgress:
        return CliText::tr("in progress");
    case MeetingStatus::Draft:
        return CliText::tr("a draft");
    case MeetingStatus::OutForAdjustment:
        return CliText::tr("out for adjustment");
    case MeetingStatus::Adjusted:
        return CliText::tr("adjusted");
    case MeetingStatus::Announced:
        return CliText::tr("announced");
    case MeetingStatus::Archived:
        return CliText::tr("archived");
    }
    return code;
}

QString kindWord(const IssuedDocument& d) {
    const auto kind = documentKindFromCode(d.kind).value_or(DocumentKind::Protocol);
    switch (kind) {
    case DocumentKind::Protocol:
        return CliText::tr("the protocol");
    case DocumentKind::Notes:
        return CliText::tr("the notes");
    case DocumentKind::Extract:
        return CliText::tr("the extract of §§ %1").arg(d.paragraphs);
    case DocumentKind::Notice:
        return CliText::tr("the notice");
    case DocumentKind::Certificate:
        return CliText::tr("the notice-board certificate");
    }
    return d.kind;
}

int problemsOrIntact(const QStringList& problems, QTextStream& out) {
    if (problems.isEmpty()) {
        out << CliText::tr("The PDF's protocol is in the database, intact and signed by all.")
            << '\n';
        return 0;
    }
    out.flush();
    for (const QString& problem : problems)
        QTextStream(stderr) << QStringLiteral("paragraf-cli: ") << problem << '\n';
    return 1;
}

// With the database the register of issued documents decides: the file's bytes must be those of
// a document Paragraf issued, and then the protocol it shows must still be intact. Without the
// database only the seal in the metadata can be read, which proves nothing about the pages.
int verifyPdf(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), CliText::tr("The database the protocol came from."),
                      QStringLiteral("FILE")});
    if (auto exit = parse(parser, arguments,
                          CliText::tr("Check an exported document: with --db, that its bytes are "
                                      "those of a document issued from that database and that "
                                      "its protocol is intact; without, only the checksum in "
                                      "its metadata."),
                          {QStringLiteral("PDF")}))
        return *exit;
    const QString path = parser.positionalArguments()[0];
    const auto read = readDocumentFile(path);
    if (!read)
        return failWith(read.error());
    const QByteArray& bytes = read.value();
    const auto seal = readSeal(bytes);
    QTextStream out(stdout);
    if (seal)
        out << QStringLiteral("SHA-256 ") << seal->contentHash << '\n'
            << CliText::tr("Meeting %1 of %2, %3 when exported")
                   .arg(seal->meetingId)
                   .arg(seal->meetingDate.toString(Qt::ISODate), statusWord(seal->status))
            << '\n';
    if (!parser.isSet(QStringLiteral("db"))) {
        if (!seal)
            return failWith(CliText::tr("%1 carries no Paragraf checksum: it was not exported "
                                        "from a protocol sent for adjustment.")
                                .arg(path));
        out.flush();
        return failWith(CliText::tr("Not verified: without the database only the checksum in "
                                    "the metadata can be read, and it has the right form; "
                                    "whether the pages are that protocol, unedited, cannot be "
                                    "checked. Give --db FILE."));
    }
    const QString dbPath = parser.value(QStringLiteral("db"));
    return withDatabase(dbPath, [&](const Database& database) {
        const QString sha256 = QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        const auto entries = IssuedDocumentService(database).withHash(sha256);
        if (!entries)
            return failWith(entries.error());
        if (entries->isEmpty()) {
            out.flush();
            return failWith(CliText::tr("%1 is not a document Paragraf issued from %2: its "
                                        "contents differ from every issued document (it may have "
                                        "been edited).")
                                .arg(path, database.path()));
        }
        const IssuedDocument& issued = entries->first();
        const auto record = MeetingService(database).load(issued.meetingId);
        if (!record)
            return failWith(record.error());
        out << CliText::tr("Byte for byte %1 of meeting %2 (%3, %4) issued as %5 on %6.")
                   .arg(kindWord(issued))
                   .arg(issued.meetingId)
                   .arg(record->body.name, record->meeting.date.toString(Qt::ISODate),
                        issued.fileName,
                        issued.issuedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
            << '\n';
        const auto verification = AdjustmentService(database).verify(issued.meetingId);
        if (!verification)
            return failWith(verification.error());
        QStringList problems = issuedChainProblems(verification->issued);
        if (!seal) {
            out << CliText::tr("It carries no checksum: it was issued before the protocol was "
                               "adjusted, or is not a protocol.")
                << '\n';
            const bool protocolKind =
                issued.kind == QLatin1String("protocol") || issued.kind == QLatin1String("extract");
            if (protocolKind)
                problems << CliText::tr("This is not an adjusted protocol.");
            return problems.isEmpty() ? 0 : problemsOrIntact(problems, out);
        }
        // The seal was issued with these bytes; it must name the meeting the register names and
        // the protocol as the database holds it now.
        if (seal->meetingId != issued.meetingId || seal->meetingDate != record->meeting.date ||
            seal->contentHash != issued.contentHash)
            problems << CliText::tr("The checksum in the metadata is not that of meeting %1, "
                                    "whose pages the file shows.")
                            .arg(issued.meetingId);
        else if (verification->contentHash != seal->contentHash)
            problems << CliText::tr("The protocol in the database (SHA-256 %1) is not the one "
                                    "in the PDF.")
                            .arg(verification->contentHash);
        problems << verification->problems();
        problems.removeDuplicates();
        return problemsOrIntact(problems, out);
    });
}

} // namespace

QList<Command> reviewCommands() {
    return {
        {"remark", QT_TRANSLATE_NOOP("CliText", "Leave a remark on a protocol out for adjustment"),
         addRemark},
        {"remarks", QT_TRANSLATE_NOOP("CliText", "List the remarks on a protocol"), listRemarks},
        {"answer", QT_TRANSLATE_NOOP("CliText", "Accept (with the change) or reject a remark"),
         answerRemark},
        {"correct", QT_TRANSLATE_NOOP("CliText", "Correct the text out for adjustment, recorded"),
         correct},
        {"changes", QT_TRANSLATE_NOOP("CliText", "Show what changed since a signatory last read"),
         changes},
        {"rattelse", QT_TRANSLATE_NOOP("CliText", "Record a rättelse of an adjusted protocol"),
         rattelse},
        {"post", QT_TRANSLATE_NOOP("CliText", "Record the posting on the notice board"), post},
        {"deadlines", QT_TRANSLATE_NOOP("CliText", "List the deadlines due across bodies"),
         deadlines},
        {"verify-pdf",
         QT_TRANSLATE_NOOP("CliText", "Check an exported protocol against its database"),
         verifyPdf},
    };
}

} // namespace paragraf::cli
