#include "WebParts.h"

#include "MarkdownHtml.h"
#include "adjustment/Deadlines.h"
#include "text/AdjustmentParts.h"

namespace paragraf {
namespace {

void writeLabelled(HtmlWriter& out, const QString& label, const QString& text,
                   const QString& valueClass = {}) {
    out.open(QStringLiteral("p"));
    out.open(QStringLiteral("span"), QStringLiteral("class=\"etikett\""));
    out.text(label + QLatin1Char(':'));
    out.close(QStringLiteral("span"));
    out.raw(QStringLiteral(" "));
    if (valueClass.isEmpty()) {
        out.text(text);
    } else {
        // The checksum: the program's text, never masked.
        out.open(QStringLiteral("span"),
                 QStringLiteral("class=\"") + valueClass + QLatin1Char('"'));
        out.verbatim(text);
        out.close(QStringLiteral("span"));
    }
    out.close(QStringLiteral("p"));
    out.newline();
}

QString dateOrNot(const QDate& date, const QString& otherwise) {
    return date.isValid() ? date.toString(Qt::ISODate) : otherwise;
}

// A paragraph's parts; `label` ("§ 28") names its vote table.
void writeParts(HtmlWriter& out, const QList<ParagraphPart>& parts, const QString& anchor,
                const QString& label) {
    for (const ParagraphPart& part : parts) {
        switch (part.kind) {
        case ParagraphPart::Title:
            out.element(QStringLiteral("h2"), part.text, idAttribute(anchor));
            break;
        case ParagraphPart::SubHeading:
            out.element(QStringLiteral("h3"), part.text);
            break;
        case ParagraphPart::Fact:
        case ParagraphPart::Proceeding:
            if (part.label.isEmpty())
                out.element(QStringLiteral("p"), part.text);
            else
                writeLabelled(out, part.label, part.text);
            break;
        case ParagraphPart::Markdown:
            writeMarkdown(out, part.text);
            break;
        case ParagraphPart::Text:
            out.element(QStringLiteral("p"), part.text);
            break;
        case ParagraphPart::Note:
            out.element(QStringLiteral("p"), part.text, QStringLiteral("class=\"not\""));
            break;
        case ParagraphPart::Table:
            writeTable(out, part.rows, QStringLiteral("Omröstning %1, röst för röst").arg(label));
            break;
        }
    }
}

} // namespace

QString paragraphAnchor(const Paragraph& paragraph) {
    return QStringLiteral("p-%1").arg(paragraph.number);
}

void writeDescriptionList(HtmlWriter& out, const QList<HeaderRow>& rows) {
    out.open(QStringLiteral("dl"), QStringLiteral("class=\"uppgifter\""));
    out.newline();
    for (const HeaderRow& row : rows) {
        if (row.values.isEmpty())
            continue;
        out.element(QStringLiteral("dt"), QString(row.label).replace(QLatin1Char('\n'), u' '));
        for (const QString& value : row.values)
            out.element(QStringLiteral("dd"),
                        QString(value).replace(QChar::LineSeparator, QLatin1Char(' ')));
    }
    out.close(QStringLiteral("dl"));
    out.newline();
}

void writeHeaderSection(HtmlWriter& out, const QString& heading, const QString& id,
                        const QList<HeaderRow>& rows) {
    out.open(QStringLiteral("section"),
             QStringLiteral("aria-labelledby=\"") + id + QLatin1Char('"'));
    out.newline();
    out.element(QStringLiteral("h2"), heading, idAttribute(id));
    writeDescriptionList(out, rows);
    out.close(QStringLiteral("section"));
    out.newline();
}

QDate lastDayToAppeal(const NoticeBoardFacts& facts) {
    return facts.postedOn.isValid() ? appealPeriodEnds(facts.postedOn) : QDate();
}

QList<HeaderRow> noticeRows(const MeetingRecord& record, const QDate& postedOn) {
    const NoticeBoardFacts facts = noticeBoardFacts(record, postedOn);
    const QString notYet = QStringLiteral("ännu inte anslaget");
    return {{QStringLiteral("Organ"), {record.body.name}},
            {QStringLiteral("Sammanträdesdatum"), {record.meeting.date.toString(Qt::ISODate)}},
            {QStringLiteral("Protokollet justerat"),
             {dateOrNot(adjustedOnOf(record), QStringLiteral("ännu inte justerat"))}},
            {QStringLiteral("Anslaget sätts upp"), {dateOrNot(facts.postedOn, notYet)}},
            {QStringLiteral("Anslaget tas ned"), {dateOrNot(facts.takenDownOn, notYet)}},
            {QStringLiteral("Förvaringsplats för protokollet"),
             {facts.keptAt.isEmpty() ? QStringLiteral("uppgift saknas") : facts.keptAt}},
            {QStringLiteral("Sista dag att överklaga"),
             {dateOrNot(lastDayToAppeal(facts), QStringLiteral("tre veckor efter anslaget"))}}};
}

void writeNoticeSection(HtmlWriter& out, const MeetingRecord& record) {
    writeHeaderSection(out, QStringLiteral("Anslag"), QStringLiteral("anslag"), noticeRows(record));
}

void writeParagraph(HtmlWriter& out, const MeetingRecord& record, const Paragraph& paragraph) {
    out.open(QStringLiteral("section"), QStringLiteral("class=\"paragraf\""));
    out.newline();
    writeParts(out, paragraphParts(record, paragraph), paragraphAnchor(paragraph),
               paragraphLabel(record.rules, paragraph.number));
    out.close(QStringLiteral("section"));
    out.newline();
}

void writeTable(HtmlWriter& out, const QList<QStringList>& rows, const QString& caption) {
    if (rows.isEmpty())
        return;
    // A box that scrolls must be reachable by keyboard (WCAG 2.1.1): it is a named region.
    out.open(QStringLiteral("div"),
             QStringLiteral("class=\"tabell\" role=\"region\" tabindex=\"0\" "
                            "aria-label=\"") +
                 htmlEscaped(out.filtered(caption)) + QLatin1Char('"'));
    out.open(QStringLiteral("table"));
    out.element(QStringLiteral("caption"), caption);
    out.open(QStringLiteral("thead"));
    out.open(QStringLiteral("tr"));
    for (const QString& cell : rows.first())
        out.element(QStringLiteral("th"), cell, QStringLiteral("scope=\"col\""));
    out.close(QStringLiteral("tr"));
    out.close(QStringLiteral("thead"));
    out.open(QStringLiteral("tbody"));
    out.newline();
    for (qsizetype r = 1; r < rows.size(); ++r) {
        out.open(QStringLiteral("tr"));
        for (qsizetype c = 0; c < rows[r].size(); ++c)
            out.element(c == 0 ? QStringLiteral("th") : QStringLiteral("td"), rows[r][c],
                        c == 0 ? QStringLiteral("scope=\"row\"") : QString());
        out.close(QStringLiteral("tr"));
        out.newline();
    }
    out.close(QStringLiteral("tbody"));
    out.close(QStringLiteral("table"));
    out.close(QStringLiteral("div"));
    out.newline();
}

void writeAdjustmentRecord(HtmlWriter& out, const QList<ParagraphPart>& parts) {
    out.open(QStringLiteral("section"), QStringLiteral("aria-labelledby=\"justering\""));
    out.newline();
    for (const ParagraphPart& part : parts) {
        if (part.kind == ParagraphPart::Title)
            out.element(QStringLiteral("h2"), part.text, idAttribute(QStringLiteral("justering")));
        else if (part.kind == ParagraphPart::Note)
            out.element(QStringLiteral("p"), part.text, QStringLiteral("class=\"not\""));
        else if (part.label.startsWith(QStringLiteral("Kontrollsumma")))
            writeLabelled(out, part.label, part.text, QStringLiteral("kontrollsumma"));
        else if (!part.label.isEmpty())
            writeLabelled(out, part.label, part.text);
        else
            out.element(QStringLiteral("p"), part.text);
    }
    out.close(QStringLiteral("section"));
    out.newline();
}

} // namespace paragraf
