#include "TypedChange.h"

#include "MeetingService.h"
#include "model/Codes.h"

#include <QJsonArray>

namespace paragraf {

namespace {
const Section* sectionIn(const MeetingRecord& record, Id id) {
    for (const auto& p : record.paragraphs)
        for (const auto& s : p.sections)
            if (s.id == id)
                return &s;
    return nullptr;
}

const Paragraph* paragraphIn(const MeetingRecord& record, Id id) {
    for (const auto& p : record.paragraphs)
        if (p.id == id)
            return &p;
    return nullptr;
}

QJsonArray idsToJson(const QList<Id>& ids) {
    QJsonArray array;
    for (Id id : ids)
        array.append(QString::number(id));
    return array;
}

QList<Id> idsFromJson(const QJsonValue& value) {
    QList<Id> ids;
    for (const auto& id : value.toArray())
        ids << id.toString().toLongLong();
    return ids;
}

QJsonObject fieldsToJson(const Paragraph& p) {
    return {{QStringLiteral("title"), p.title},
            {QStringLiteral("caseNumber"), p.caseNumber},
            {QStringLiteral("kind"), codeOf(p.kind)},
            {QStringLiteral("decision"), p.decision},
            {QStringLiteral("immediatelyAdjusted"), p.immediatelyAdjusted},
            {QStringLiteral("presenters"), idsToJson(p.presenterIds)},
            {QStringLiteral("attachments"), QJsonArray::fromStringList(p.attachments)},
            {QStringLiteral("expedition"), QJsonArray::fromStringList(p.expedition)}};
}

std::optional<Paragraph> fieldsFromJson(const QJsonObject& o, Id id, Id meetingId) {
    Paragraph p;
    p.id = id;
    p.meetingId = meetingId;
    p.title = o.value(QStringLiteral("title")).toString();
    p.caseNumber = o.value(QStringLiteral("caseNumber")).toString();
    const auto kind = enumFromCode<ParagraphKind>(o.value(QStringLiteral("kind")).toString());
    if (!kind)
        return std::nullopt;
    p.kind = *kind;
    p.decision = o.value(QStringLiteral("decision")).toString();
    p.immediatelyAdjusted = o.value(QStringLiteral("immediatelyAdjusted")).toBool();
    p.presenterIds = idsFromJson(o.value(QStringLiteral("presenters")));
    for (const auto& line : o.value(QStringLiteral("attachments")).toArray())
        p.attachments << line.toString();
    for (const auto& line : o.value(QStringLiteral("expedition")).toArray())
        p.expedition << line.toString();
    return p;
}

const char* kindCode(TypedChange::Kind kind) {
    switch (kind) {
    case TypedChange::Kind::SectionText:
        return "section-text";
    case TypedChange::Kind::SectionHeading:
        return "section-heading";
    case TypedChange::Kind::ParagraphFields:
        break;
    }
    return "paragraph-fields";
}
} // namespace

Status TypedChange::apply(const Database& database) const {
    MeetingService service(database);
    Status status;
    switch (kind) {
    case Kind::SectionText:
        status = service.updateSectionText(id, seen, wanted);
        break;
    case Kind::SectionHeading:
        status = service.updateSectionHeading(id, seen, wanted);
        break;
    case Kind::ParagraphFields:
        status = service.changeParagraphFields(seenFields, wantedFields);
        break;
    }
    if (status || status.errorKind() != ErrorKind::Conflict)
        return status;
    // Only on a refusal, which is rare: is what it wants already there?
    const auto now = service.load(meetingId);
    if (!now)
        return status;
    if (kind == Kind::ParagraphFields) {
        const Paragraph* p = paragraphIn(now.value(), id);
        return p && sameFields(*p, wantedFields) ? Status() : status;
    }
    const Section* s = sectionIn(now.value(), id);
    if (!s)
        return status;
    return (kind == Kind::SectionText ? s->text : s->heading) == wanted ? Status() : status;
}

bool TypedChange::sameField(const TypedChange& other) const {
    return kind == other.kind && id == other.id;
}

bool TypedChange::chainsWith(const TypedChange& later) const {
    if (!sameField(later))
        return false;
    return kind == Kind::ParagraphFields ? sameFields(wantedFields, later.seenFields)
                                         : wanted == later.seen;
}

void TypedChange::absorb(const TypedChange& later) {
    wanted = later.wanted;
    wantedFields = later.wantedFields;
    typed = later.typed;
}

QJsonObject TypedChange::toJson() const {
    QJsonObject o{{QStringLiteral("kind"), QLatin1String(kindCode(kind))},
                  {QStringLiteral("meeting"), QString::number(meetingId)},
                  {QStringLiteral("id"), QString::number(id)},
                  {QStringLiteral("typed"), typed}};
    if (kind == Kind::ParagraphFields) {
        o.insert(QStringLiteral("seen"), fieldsToJson(seenFields));
        o.insert(QStringLiteral("wanted"), fieldsToJson(wantedFields));
    } else {
        o.insert(QStringLiteral("seen"), seen);
        o.insert(QStringLiteral("wanted"), wanted);
    }
    return o;
}

Result<TypedChange> TypedChange::fromJson(const QJsonObject& o) {
    TypedChange change;
    const QString kind = o.value(QStringLiteral("kind")).toString();
    change.meetingId = o.value(QStringLiteral("meeting")).toString().toLongLong();
    change.id = o.value(QStringLiteral("id")).toString().toLongLong();
    change.typed = o.value(QStringLiteral("typed")).toString();
    const auto bad = fail(QStringLiteral("not a typed change"));
    if (change.id <= 0 || change.meetingId <= 0)
        return bad;
    if (kind == QLatin1String("paragraph-fields")) {
        change.kind = Kind::ParagraphFields;
        auto seen =
            fieldsFromJson(o.value(QStringLiteral("seen")).toObject(), change.id, change.meetingId);
        auto wanted = fieldsFromJson(o.value(QStringLiteral("wanted")).toObject(), change.id,
                                     change.meetingId);
        if (!seen || !wanted)
            return bad;
        change.seenFields = *seen;
        change.wantedFields = *wanted;
        return change;
    }
    if (kind == QLatin1String("section-text"))
        change.kind = Kind::SectionText;
    else if (kind == QLatin1String("section-heading"))
        change.kind = Kind::SectionHeading;
    else
        return bad;
    if (!o.value(QStringLiteral("seen")).isString() ||
        !o.value(QStringLiteral("wanted")).isString())
        return bad;
    change.seen = o.value(QStringLiteral("seen")).toString();
    change.wanted = o.value(QStringLiteral("wanted")).toString();
    return change;
}

} // namespace paragraf
