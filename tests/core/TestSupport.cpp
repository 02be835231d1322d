#include "TestSupport.h"

#include "storage/BodyRepository.h"
#include "storage/Transaction.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace paragraf::test {

bool testOnServer() {
    return qEnvironmentVariable("PARAGRAF_TEST_ENGINE") == QLatin1String("server");
}

Id DatabaseFixture::createBody(const QString& name, int members, BodyKind kind) {
    Id bodyId = NoId;
    const auto status = inTransaction(database().connection(), [&]() -> Status {
        BodyRepository bodies(database().connection());
        Body body;
        body.name = name;
        body.kind = kind;
        body.decisionHeading = QStringLiteral("Nämndens beslut");
        auto id = bodies.insertBody(body);
        if (!id)
            return fail(id.error());
        bodyId = id.value();
        const QDate from(2020, 1, 1);
        for (int i = 1; i <= members; ++i) {
            Membership m;
            m.bodyId = bodyId;
            m.personId = bodies.insertPerson(QStringLiteral("Ledamot %1").arg(i)).value();
            m.party = QStringLiteral("P%1").arg(i % 3);
            m.role = i == 1 ? MemberRole::Chair : MemberRole::Member;
            m.validFrom = from;
            const Id seat = bodies.insertMembership(m).value();
            Membership s = m;
            s.personId = bodies.insertPerson(QStringLiteral("Ersättare %1").arg(i)).value();
            s.role = MemberRole::Substitute;
            s.substituteForId = seat;
            if (auto added = bodies.insertMembership(s); !added)
                return fail(added.error());
        }
        return {};
    });
    EXPECT_TRUE(status.ok()) << status.error().toStdString();
    return bodyId;
}

Id DatabaseFixture::createMeeting(Id bodyId, const QDate& date, bool everyonePresent) {
    Meeting m;
    m.bodyId = bodyId;
    m.date = date;
    m.start = QTime(13, 0);
    m.form = MeetingForm::Physical;
    m.status = MeetingStatus::InProgress;
    const auto id = service().createMeeting(m);
    EXPECT_TRUE(id.ok()) << id.error().toStdString();
    if (everyonePresent)
        for (auto p : load(id.value()).participants)
            if (p.kind == ParticipantKind::Member) {
                p.presentAtStart = true;
                EXPECT_TRUE(service().updateParticipant(p).ok());
            }
    return id.value();
}

Id DatabaseFixture::addParagraph(Id meetingId, const QString& title, int position) {
    Paragraph p;
    p.meetingId = meetingId;
    p.title = title;
    p.position = position < 0 ? static_cast<int>(load(meetingId).paragraphs.size()) : position;
    p.sections << Section{NoId, QStringLiteral("Bakgrund"), QString()};
    const auto id = service().addParagraph(p);
    EXPECT_TRUE(id.ok()) << id.error().toStdString();
    return id.ok() ? id.value() : NoId;
}

MeetingRecord DatabaseFixture::load(Id meetingId) const {
    const auto record = service().load(meetingId);
    EXPECT_TRUE(record.ok()) << record.error().toStdString();
    return record.ok() ? record.value() : MeetingRecord{};
}

Id DatabaseFixture::participantNamed(Id meetingId, const QString& name) const {
    for (const auto& p : load(meetingId).participants)
        if (p.name == name)
            return p.id;
    ADD_FAILURE() << "no participant " << name.toStdString();
    return NoId;
}

QByteArray fileHash(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

QString contentsOf(const Database& database) {
    QString text;
    QSqlQuery tables(database.connection());
    // The server's own bookkeeping (paragraf_*: audit, logins, schema) and the search index
    // (paragraf_search*, derived from the rest) are not the contents.
    tables.exec(database.isServer()
                    ? QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
                                     " AND tablename NOT LIKE 'paragraf%' ORDER BY tablename")
                    : QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND "
                                     "name NOT LIKE 'paragraf%' ORDER BY name"));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString& table : names) {
        QSqlQuery rows(database.connection());
        // Table names come from sqlite_schema, not from input.
        rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1").arg(table));
        while (rows.next()) {
            QStringList values;
            for (int i = 0; i < rows.record().count(); ++i)
                values << rows.value(i).toString();
            text += table + QLatin1Char(':') + values.join(QLatin1Char('|')) + QLatin1Char('\n');
        }
    }
    return text;
}

QList<int> numbersOf(const MeetingRecord& record) {
    QList<int> numbers;
    for (const auto& p : record.paragraphs)
        numbers << p.number;
    return numbers;
}

void DatabaseFixture::recordSampleProceedings(Id meetingId) {
    const auto who = [&](const char* name) {
        return participantNamed(meetingId, QString::fromUtf8(name));
    };
    Proceedings p;
    Motion approval;
    approval.moverId = who("Sara Schelin");
    approval.supporterIds = {who("Peter Jemtbring")};
    Motion rejection;
    rejection.moverId = who("Jenny Kriström");
    rejection.kind = MotionKind::Rejection;
    Motion amendment;
    amendment.moverId = who("Henrik Kvist");
    amendment.kind = MotionKind::Amendment;
    amendment.text = QStringLiteral("att förslaget kompletteras");
    amendment.withdrawn = true;
    p.motions = {approval, rejection, amendment};
    p.adoptedMotion = 0;
    p.vote.held = true;
    p.vote.yesMotion = 0;
    p.vote.noMotion = 1;
    p.vote.named = {{who("Sara Schelin"), VoteChoice::Yes},
                    {who("Peter Jemtbring"), VoteChoice::Yes},
                    {who("Jenny Kriström"), VoteChoice::No},
                    {who("Henrik Kvist"), VoteChoice::Abstain}};
    Reservation reservation;
    reservation.participantId = who("Jenny Kriström");
    reservation.reason = QStringLiteral("Inte berett");
    p.reservations = {reservation};
    ProtocolNote note;
    note.participantId = who("Henrik Kvist");
    note.text = QStringLiteral("Vill se en uppföljning");
    p.notes = {note};
    const Status set = service().setProceedings(load(meetingId).paragraphs[2].id, p);
    ASSERT_TRUE(set.ok()) << set.error().toStdString();
}

} // namespace paragraf::test
