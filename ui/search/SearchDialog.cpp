#include "SearchDialog.h"

#include "desk/MeetingTreeModel.h"
#include "model/Codes.h"
#include "services/RosterService.h"
#include "services/SearchService.h"
#include "text/SearchText.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QVBoxLayout>
#include <optional>

using namespace paragraf;

namespace {

constexpr int HtmlRole = Qt::UserRole + 1;

// A result in two lines of rich text: where it is, then the words found in context, in bold.
class ResultDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override {
        QStyleOptionViewItem plain = option;
        initStyleOption(&plain, index);
        plain.text.clear();
        QStyle* style = plain.widget ? plain.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &plain, painter, plain.widget);
        QTextDocument document;
        layout(document, option, index);
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette.setColor(QPalette::Text, option.state & QStyle::State_Selected
                                                     ? option.palette.highlightedText().color()
                                                     : option.palette.text().color());
        painter->save();
        painter->translate(option.rect.topLeft());
        document.documentLayout()->draw(painter, context);
        painter->restore();
    }
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override {
        QTextDocument document;
        layout(document, option, index);
        return document.size().toSize();
    }

private:
    static void layout(QTextDocument& document, const QStyleOptionViewItem& option,
                       const QModelIndex& index) {
        document.setDefaultFont(option.font);
        document.setHtml(index.data(HtmlRole).toString());
        document.setTextWidth(option.rect.width() > 0 ? option.rect.width() : 600);
    }
};

QString markedHtml(const QString& text, const QList<SearchMark>& marks) {
    QString html;
    int at = 0;
    for (const SearchMark& m : marks) {
        html += text.mid(at, m.start - at).toHtmlEscaped() + QStringLiteral("<b>") +
                text.mid(m.start, m.length).toHtmlEscaped() + QStringLiteral("</b>");
        at = m.start + m.length;
    }
    return html + text.mid(at).toHtmlEscaped();
}

QString resultHtml(const SearchHit& hit) {
    const QString where =
        hit.paragraphId == NoId
            ? SearchDialog::tr("%1, %2").arg(hit.body, hit.date.toString(Qt::ISODate))
            : SearchDialog::tr("§ %1 %2 — %3, %4")
                  .arg(hit.number)
                  .arg(hit.title, hit.body, hit.date.toString(Qt::ISODate));
    return QStringLiteral("<div style='margin:3px'>") + where.toHtmlEscaped() +
           QStringLiteral("<br><span style='margin-left:12px'>") +
           markedHtml(hit.snippet, hit.marks) + QStringLiteral("</span></div>");
}

} // namespace

SearchDialog::SearchDialog(const Database& database, QWidget* parent)
    : QDialog(parent), m_database(database), m_query(new QLineEdit(this)),
      m_body(new QComboBox(this)), m_year(new QSpinBox(this)), m_kind(new QComboBox(this)),
      m_status(new QComboBox(this)), m_summary(new QLabel(this)), m_results(new QListWidget(this)) {
    setWindowTitle(tr("Search all meetings"));
    m_query->setPlaceholderText(tr("Words to look for, e.g. skola Hallen"));
    m_query->setAccessibleName(tr("Search for"));
    m_results->setAccessibleName(tr("Results"));
    m_results->setItemDelegate(new ResultDelegate(m_results));
    m_results->setWordWrap(true);
    m_results->setUniformItemSizes(false);
    buildFilters();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* open =
        buttons->addButton(tr("&Open at the paragraph"), QDialogButtonBox::ActionRole);
    open->setAutoDefault(false);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->addRow(tr("&Search for:"), m_query);
    auto* filters = new QHBoxLayout;
    const auto addFilter = [this, filters](const QString& label, QWidget* field) {
        auto* name = new QLabel(label, this);
        name->setBuddy(field);
        filters->addWidget(name);
        filters->addWidget(field, 1);
    };
    addFilter(tr("&Body:"), m_body);
    addFilter(tr("&Year:"), m_year);
    addFilter(tr("&Kind:"), m_kind);
    addFilter(tr("S&tatus:"), m_status);
    layout->addLayout(form);
    layout->addLayout(filters);
    layout->addWidget(m_summary);
    layout->addWidget(m_results, 1);
    layout->addWidget(buttons);
    connect(m_query, &QLineEdit::textChanged, this, &SearchDialog::search);
    connect(m_query, &QLineEdit::returnPressed, this, &SearchDialog::openChosen);
    connect(m_results, &QListWidget::activated, this, &SearchDialog::openChosen);
    connect(open, &QPushButton::clicked, this, &SearchDialog::openChosen);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_query->installEventFilter(this);
    m_summary->setText(tr("Type at least three letters. Down goes to the results, Enter opens the "
                          "meeting at the paragraph."));
    resize(900, 560);
}

void SearchDialog::buildFilters() {
    m_body->addItem(tr("All bodies"));
    if (const auto bodies = RosterService(m_database).bodies())
        for (const Body& body : bodies.value())
            m_body->addItem(body.name, body.name);
    m_year->setRange(0, 2999);
    m_year->setSpecialValueText(tr("All years"));
    m_year->setValue(0);
    m_kind->addItem(tr("All kinds"));
    m_kind->addItem(tr("Decisions"), codeOf(ParagraphKind::Decision));
    m_kind->addItem(tr("Information"), codeOf(ParagraphKind::Information));
    m_status->addItem(tr("Any status"));
    for (int s = int(MeetingStatus::Planned); s <= int(MeetingStatus::Archived); ++s)
        m_status->addItem(MeetingTreeModel::statusText(MeetingStatus(s)), codeOf(MeetingStatus(s)));
    for (QComboBox* box : {m_body, m_kind, m_status})
        connect(box, &QComboBox::currentIndexChanged, this, &SearchDialog::search);
    connect(m_year, &QSpinBox::valueChanged, this, &SearchDialog::search);
}

void SearchDialog::search() {
    SearchRequest request;
    request.text = m_query->text();
    request.body = m_body->currentData().toString();
    request.year = m_year->value() >= 1900 ? m_year->value() : 0;
    request.kind = m_kind->currentData().toString();
    request.status = m_status->currentData().toString();
    QElapsedTimer timer;
    timer.start();
    const auto hits = SearchService(m_database).search(request);
    if (!hits) {
        m_summary->setText(hits.error());
        showHits({});
        return;
    }
    showHits(hits.value());
    m_summary->setText(summaryOf(request.text, timer.elapsed()));
}

// How many were found, and the words too short to look for: "KS 2024/123" finds by 2024 and 123
// alone, and a query of only short words finds nothing for that reason, not for want of text.
QString SearchDialog::summaryOf(const QString& query, qint64 milliseconds) const {
    if (query.trimmed().isEmpty())
        return {};
    const QStringList shortWords = shortQueryWords(query);
    if (searchWords(query).isEmpty())
        return tr("Words of fewer than three letters or digits are not looked for: type a "
                  "longer word.");
    const QString found =
        tr("%n result(s), best first (%1 ms).", "", int(m_hits.size())).arg(milliseconds);
    if (shortWords.isEmpty())
        return found;
    return found + QLatin1Char(' ') +
           tr("Too short to look for: %1.").arg(QLocale().createSeparatedList(shortWords));
}

void SearchDialog::showHits(const QList<SearchHit>& hits) {
    // Searched again (the query changed, or the file did elsewhere): the result chosen stays
    // chosen while it is found.
    const int chosen = m_results->currentRow();
    const std::optional<std::pair<Id, Id>> kept =
        chosen >= 0 && chosen < m_hits.size()
            ? std::optional(std::pair{m_hits[chosen].meetingId, m_hits[chosen].paragraphId})
            : std::nullopt;
    m_hits = hits;
    m_results->clear();
    for (const SearchHit& hit : hits) {
        auto* item = new QListWidgetItem(m_results);
        item->setData(HtmlRole, resultHtml(hit));
        item->setData(Qt::AccessibleTextRole,
                      QStringLiteral("§ %1 %2: %3").arg(hit.number).arg(hit.title, hit.snippet));
    }
    int row = hits.isEmpty() ? -1 : 0;
    for (int i = 0; kept && i < hits.size(); ++i)
        if (std::pair{hits[i].meetingId, hits[i].paragraphId} == *kept)
            row = i;
    if (row >= 0)
        m_results->setCurrentRow(row);
}

void SearchDialog::openChosen() {
    const int row = m_results->currentRow();
    if (row < 0 || row >= m_hits.size())
        return;
    emit openParagraph(m_hits[row].meetingId, m_hits[row].paragraphId);
    accept();
}

// Down in the query field goes to the results, as in a browser's search.
bool SearchDialog::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_query && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down && m_results->count() > 0) {
        m_results->setFocus();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}
