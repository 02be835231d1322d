#include "MeetingTreeModel.h"

#include "rules/ParagraphRanges.h"
#include "services/MeetingService.h"
#include "services/RosterService.h"
#include "storage/Database.h"

using namespace paragraf;

struct MeetingTreeModel::Node {
    enum class Kind { Root, Body, Year, Meeting };
    Kind kind = Kind::Root;
    Id bodyId = NoId;
    int year = 0;
    Id meetingId = NoId;
    QString label;
    Node* parent = nullptr;
    int row = 0;
    bool fetched = false; // a year whose meetings have been read
    std::vector<std::unique_ptr<Node>> children;

    void adopt(std::vector<std::unique_ptr<Node>> nodes) {
        children = std::move(nodes);
        for (int i = 0; i < int(children.size()); ++i) {
            children[i]->parent = this;
            children[i]->row = i;
        }
    }
    // What identifies the upper levels: equal shapes need no reset.
    QString shape() const {
        QString text;
        for (const auto& body : children) {
            text += QString::number(body->bodyId) + body->label + QLatin1Char(':');
            for (const auto& yearNode : body->children)
                text += QString::number(yearNode->year) + QLatin1Char(',');
            text += QLatin1Char(';');
        }
        return text;
    }
};

namespace {
QString meetingLabel(const MeetingSummary& meeting) {
    QString label = meeting.date.toString(Qt::ISODate);
    if (meeting.lastNumber >= meeting.firstNumber)
        label +=
            QStringLiteral("  §§ ") + formatNumberSpan(meeting.firstNumber, meeting.lastNumber);
    return label + QStringLiteral("  (") + MeetingTreeModel::statusText(meeting.status) +
           QLatin1Char(')');
}
} // namespace

QString MeetingTreeModel::statusText(MeetingStatus status) {
    switch (status) {
    case MeetingStatus::Planned:
        return tr("Planned");
    case MeetingStatus::Called:
        return tr("Called");
    case MeetingStatus::InProgress:
        return tr("In progress");
    case MeetingStatus::Draft:
        return tr("Draft");
    case MeetingStatus::OutForAdjustment:
        return tr("Out for adjustment");
    case MeetingStatus::Adjusted:
        return tr("Adjusted");
    case MeetingStatus::Announced:
        return tr("Announced");
    case MeetingStatus::Archived:
        return tr("Archived");
    }
    return {};
}

MeetingTreeModel::MeetingTreeModel(QObject* parent)
    : QAbstractItemModel(parent), m_root(std::make_unique<Node>()) {}

MeetingTreeModel::~MeetingTreeModel() = default;

void MeetingTreeModel::setDatabase(const Database* database) {
    setDatabase(database, database ? readOutline(*database) : Outline{});
}

void MeetingTreeModel::setDatabase(const Database* database, const Outline& outline) {
    beginResetModel();
    m_database = database;
    m_root->adopt(bodiesAndYears(outline));
    endResetModel();
}

void MeetingTreeModel::refresh() {
    auto fresh = std::make_unique<Node>();
    fresh->adopt(readBodiesAndYears());
    if (fresh->shape() != m_root->shape()) {
        beginResetModel();
        m_root = std::move(fresh);
        endResetModel();
        return;
    }
    for (auto& body : m_root->children)
        for (auto& year : body->children)
            if (year->fetched)
                replaceMeetings(*year);
}

MeetingTreeModel::Outline MeetingTreeModel::readOutline(const Database& database,
                                                        const Meeting* opening) {
    const MeetingService meetings(database);
    auto bodies = RosterService(database).bodies();
    auto years = meetings.yearsWithMeetings();
    if (!bodies || !years)
        return {};
    Outline outline;
    outline.bodies = std::move(bodies).value();
    outline.years = std::move(years).value();
    if (!opening)
        return outline;
    if (auto summaries = meetings.list(opening->bodyId, opening->date.year())) {
        outline.openBodyId = opening->bodyId;
        outline.openYear = opening->date.year();
        outline.openYearMeetings = std::move(summaries).value();
    }
    return outline;
}

std::vector<std::unique_ptr<MeetingTreeModel::Node>> MeetingTreeModel::readBodiesAndYears() const {
    return m_database ? bodiesAndYears(readOutline(*m_database))
                      : std::vector<std::unique_ptr<Node>>{};
}

std::vector<std::unique_ptr<MeetingTreeModel::Node>>
MeetingTreeModel::bodiesAndYears(const Outline& outline) {
    std::vector<std::unique_ptr<Node>> bodies;
    for (const auto& body : outline.bodies) {
        auto bodyNode = std::make_unique<Node>();
        bodyNode->kind = Node::Kind::Body;
        bodyNode->bodyId = body.id;
        bodyNode->label = body.name;
        std::vector<std::unique_ptr<Node>> yearNodes;
        for (const auto& year : outline.years) {
            if (year.bodyId != body.id)
                continue;
            auto yearNode = std::make_unique<Node>();
            yearNode->kind = Node::Kind::Year;
            yearNode->bodyId = body.id;
            yearNode->year = year.year;
            yearNode->label = QString::number(year.year);
            if (body.id == outline.openBodyId && year.year == outline.openYear) {
                yearNode->fetched = true;
                yearNode->adopt(meetingNodes(*yearNode, outline.openYearMeetings));
            }
            yearNodes.push_back(std::move(yearNode));
        }
        bodyNode->adopt(std::move(yearNodes));
        bodies.push_back(std::move(bodyNode));
    }
    return bodies;
}

// Newest meeting first, as the secretary looks for the latest one.
std::vector<std::unique_ptr<MeetingTreeModel::Node>>
MeetingTreeModel::readMeetings(const Node& year) const {
    const auto summaries = MeetingService(*m_database).list(year.bodyId, year.year);
    return summaries ? meetingNodes(year, summaries.value()) : std::vector<std::unique_ptr<Node>>{};
}

std::vector<std::unique_ptr<MeetingTreeModel::Node>>
MeetingTreeModel::meetingNodes(const Node& year, const QList<MeetingSummary>& summaries) {
    std::vector<std::unique_ptr<Node>> meetings;
    for (auto it = summaries.crbegin(); it != summaries.crend(); ++it) {
        auto node = std::make_unique<Node>();
        node->kind = Node::Kind::Meeting;
        node->bodyId = year.bodyId;
        node->year = year.year;
        node->meetingId = it->id;
        node->label = meetingLabel(*it);
        meetings.push_back(std::move(node));
    }
    return meetings;
}

void MeetingTreeModel::replaceMeetings(Node& year) {
    const QModelIndex parent = indexOf(&year);
    if (!year.children.empty()) {
        beginRemoveRows(parent, 0, int(year.children.size()) - 1);
        year.children.clear();
        endRemoveRows();
    }
    auto meetings = readMeetings(year);
    if (meetings.empty())
        return;
    beginInsertRows(parent, 0, int(meetings.size()) - 1);
    year.adopt(std::move(meetings));
    endInsertRows();
}

// A meeting of a year already read is found without asking the file.
QModelIndex MeetingTreeModel::indexOfKnownMeeting(Id meetingId) const {
    for (const auto& body : m_root->children)
        for (const auto& year : body->children)
            for (const auto& node : year->children)
                if (node->meetingId == meetingId)
                    return indexOf(node.get());
    return {};
}

QModelIndex MeetingTreeModel::indexOfMeeting(Id meetingId) {
    if (!m_database)
        return {};
    if (const QModelIndex known = indexOfKnownMeeting(meetingId); known.isValid())
        return known;
    const auto meeting = MeetingService(*m_database).details(meetingId);
    if (!meeting)
        return {};
    for (auto& body : m_root->children) {
        if (body->bodyId != meeting.value().bodyId)
            continue;
        for (auto& year : body->children) {
            if (year->year != meeting.value().date.year())
                continue;
            if (!year->fetched)
                fetchMore(indexOf(year.get()));
            for (const auto& node : year->children)
                if (node->meetingId == meetingId)
                    return indexOf(node.get());
        }
    }
    return {};
}

MeetingTreeModel::Node* MeetingTreeModel::nodeOf(const QModelIndex& index) const {
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

QModelIndex MeetingTreeModel::indexOf(const Node* node) const {
    return node == m_root.get() ? QModelIndex()
                                : createIndex(node->row, 0, const_cast<Node*>(node));
}

QModelIndex MeetingTreeModel::index(int row, int column, const QModelIndex& parent) const {
    const Node* node = nodeOf(parent);
    if (column != 0 || row < 0 || row >= int(node->children.size()))
        return {};
    return createIndex(row, 0, node->children[row].get());
}

QModelIndex MeetingTreeModel::parent(const QModelIndex& child) const {
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int MeetingTreeModel::rowCount(const QModelIndex& parent) const {
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int MeetingTreeModel::columnCount(const QModelIndex&) const {
    return 1;
}

// A year has meetings before they are read: the view shows it as openable.
bool MeetingTreeModel::hasChildren(const QModelIndex& parent) const {
    const Node* node = nodeOf(parent);
    if (parent.column() > 0)
        return false;
    if (node->kind == Node::Kind::Year && !node->fetched)
        return true;
    return !node->children.empty();
}

// The body's name, which the tree's width often cuts, with the year or the meeting.
QString MeetingTreeModel::toolTipOf(const Node& node) {
    switch (node.kind) {
    case Node::Kind::Meeting:
        return node.parent->parent->label + QLatin1Char('\n') + node.label;
    case Node::Kind::Year:
        return node.parent->label + QLatin1Char(' ') + node.label;
    default:
        return node.label;
    }
}

QVariant MeetingTreeModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    const Node* node = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
        return node->label;
    case Qt::ToolTipRole:
        return toolTipOf(*node);
    case MeetingIdRole:
        return node->kind == Node::Kind::Meeting ? QVariant(node->meetingId) : QVariant();
    case BodyIdRole:
        return node->bodyId;
    default:
        return {};
    }
}

bool MeetingTreeModel::canFetchMore(const QModelIndex& parent) const {
    const Node* node = nodeOf(parent);
    return node->kind == Node::Kind::Year && !node->fetched;
}

void MeetingTreeModel::fetchMore(const QModelIndex& parent) {
    Node* year = nodeOf(parent);
    if (year->kind != Node::Kind::Year || year->fetched || !m_database)
        return;
    year->fetched = true;
    auto meetings = readMeetings(*year);
    if (meetings.empty())
        return;
    beginInsertRows(parent, 0, int(meetings.size()) - 1);
    year->adopt(std::move(meetings));
    endInsertRows();
}
