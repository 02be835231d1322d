#include "DocumentBuilder.h"

#include "PdfMetadata.h"
#include "TextComposer.h"
#include "i18n/TrContexts.h"
#include "rules/FieldLimits.h"
#include "rules/ParagraphRanges.h"
#include "text/NoticeBoard.h"
#include "text/ParagraphParts.h"
#include "text/SwedishTerms.h"

namespace paragraf {
namespace {

QString metadataTitle(const MeetingRecord& record, const QString& title) {
    return QStringLiteral("%1 %2 %3")
        .arg(title.at(0) + title.mid(1).toLower(), record.body.name,
             record.meeting.date.toString(Qt::ISODate));
}

} // namespace

Result<std::unique_ptr<BuiltDocument>>
buildDocument(const MeetingRecord& record, const DocumentRequest& request, bool withPageNumbers) {
    const bool notesBody = record.body.kind == BodyKind::Notes;
    // A group that keeps notes has no adjustment: its "protocol" is its notes.
    const DocumentKind kind =
        request.kind == DocumentKind::Protocol && notesBody ? DocumentKind::Notes : request.kind;
    auto document = std::make_unique<BuiltDocument>();
    // Drawn on every page: a name longer than a name may be (from an older file) is cut there.
    // Control characters become spaces there as in the text (TextComposer::finish).
    document->decor.bodyName = metadataText(record.body.name.left(limits::name));
    document->decor.title = documentTitleOf(kind, notesBody);
    document->decor.date = record.meeting.date.toString(Qt::ISODate);
    document->metadataTitle = metadataTitle(record, document->decor.title);
    TextComposer composer(*document);
    switch (kind) {
    case DocumentKind::Protocol:
        document->decor.signatureBoxes = parts::signatureBoxCount(record);
        document->decor.extractBox = true;
        buildProtocol(composer, *document, record, request, withPageNumbers);
        break;
    case DocumentKind::Notes:
        buildNotes(composer, record);
        break;
    case DocumentKind::Extract: {
        const auto chosen = parts::chosenParagraphs(record, request.paragraphNumbers);
        if (!chosen)
            return fail(chosen.error());
        document->decor.signatureBoxes = notesBody ? 0 : parts::signatureBoxCount(record);
        buildExtract(composer, record, chosen.value());
        break;
    }
    case DocumentKind::Notice:
        buildNotice(composer, record);
        break;
    case DocumentKind::Certificate:
        buildCertificate(composer, record, request.postedOn);
        break;
    }
    composer.finish();
    return document;
}

namespace parts {
Result<QList<Paragraph>> chosenParagraphs(const MeetingRecord& record, const QList<int>& numbers) {
    if (numbers.isEmpty())
        return fail(DocumentText::tr("An extract needs the numbers of the paragraphs to include."));
    QList<Paragraph> chosen;
    for (int number : numbers) {
        const auto found = std::find_if(record.paragraphs.begin(), record.paragraphs.end(),
                                        [&](const Paragraph& p) { return p.number == number; });
        if (found == record.paragraphs.end())
            return fail(DocumentText::tr("The meeting has no § %1 (it holds §§ %2).")
                            .arg(number)
                            .arg(record.paragraphs.isEmpty()
                                     ? QStringLiteral("–")
                                     : formatNumberSpan(record.paragraphs.first().number,
                                                        record.paragraphs.last().number)));
        chosen << *found;
    }
    std::sort(chosen.begin(), chosen.end(),
              [](const auto& a, const auto& b) { return a.number < b.number; });
    return chosen;
}

namespace {
// The official the body's rules name, with their title, else the meeting's secretary.
QString noticeSigner(const MeetingRecord& record, const NoticeRules& notice) {
    const QString blank = QStringLiteral("……………………………");
    QString signer = blank + blank;
    QString name = notice.signerName;
    if (const Participant* secretary = record.participant(record.meeting.secretaryId);
        name.isEmpty() && secretary)
        name = secretary->name;
    if (!name.isEmpty())
        signer += QChar::LineSeparator + name;
    if (!notice.signerTitle.isEmpty())
        signer += QChar::LineSeparator + notice.signerTitle;
    return signer;
}

} // namespace

int writeParagraph(TextComposer& composer, const MeetingRecord& record,
                   const Paragraph& paragraph) {
    return writeParts(composer, paragraphParts(record, paragraph));
}

int writeParts(TextComposer& composer, const QList<ParagraphPart>& parts) {
    int titleBlock = -1;
    bool underTitle = false; // the facts right under a title move with it to the next page
    for (const auto& part : parts) {
        switch (part.kind) {
        case ParagraphPart::Title:
            titleBlock = composer.heading(part.text, 1);
            break;
        case ParagraphPart::Fact:
            if (part.label.isEmpty())
                composer.text(part.text);
            else
                composer.labelled(part.label, part.text);
            if (underTitle)
                composer.keepWithNext();
            break;
        case ParagraphPart::SubHeading:
            composer.heading(part.text, 2);
            break;
        case ParagraphPart::Markdown:
            composer.markdown(part.text);
            break;
        case ParagraphPart::Text:
            composer.text(part.text);
            break;
        case ParagraphPart::Note:
            composer.text(part.text, true);
            break;
        case ParagraphPart::Table:
            composer.grid(part.rows);
            break;
        case ParagraphPart::Proceeding:
            composer.labelled(part.label, part.text);
            break;
        }
        underTitle =
            part.kind == ParagraphPart::Title || (underTitle && part.kind == ParagraphPart::Fact);
    }
    return titleBlock;
}

void writeNoticeBoardBlock(TextComposer& composer, const MeetingRecord& record,
                           const QDate& requestedPostedOn) {
    const NoticeBoardFacts facts = noticeBoardFacts(record, requestedPostedOn);
    const QString blank = QStringLiteral("……………………………");
    const auto dateOr = [&](const QDate& date) {
        return date.isValid() ? date.toString(Qt::ISODate) : blank;
    };
    composer.boxedBlock(
        facts.title,
        {{QStringLiteral("Organ"), record.body.name},
         {QStringLiteral("Sammanträdesdatum"), record.meeting.date.toString(Qt::ISODate)},
         {QStringLiteral("Anslaget sätts upp"), dateOr(facts.postedOn)},
         {QStringLiteral("Anslaget tas ned"), dateOr(facts.takenDownOn)},
         {QStringLiteral("Förvaringsplats för protokollet"),
          facts.keptAt.isEmpty() ? blank : facts.keptAt},
         {QStringLiteral("Underskrift"), noticeSigner(record, facts.notice)}});
}

int signatureBoxCount(const MeetingRecord& record) {
    return std::max(2, static_cast<int>(record.meeting.adjusterIds.size()) + 1);
}

} // namespace parts
} // namespace paragraf
