#include "MeetingDesk.h"

#include "MeetingSession.h"
#include "ParagraphEditor.h"
#include "ParagraphListModel.h"

#include <QItemSelectionModel>
#include <QListView>

using namespace paragraf;

MeetingDesk::MeetingDesk(QWidget* parent)
    : QSplitter(Qt::Horizontal, parent), m_model(new ParagraphListModel(this)),
      m_list(new QListView(this)), m_editor(new ParagraphEditor(this)) {
    m_list->setModel(m_model);
    m_list->setAccessibleName(tr("Paragraphs"));
    // One line per paragraph, the full title in its tooltip: rows of equal height let the list
    // lay out hundreds of paragraphs without measuring each title.
    m_list->setUniformItemSizes(true);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // titles elide instead
    addWidget(m_list);
    addWidget(m_editor);
    setStretchFactor(0, 1);
    setStretchFactor(1, 3);
    // At first the list gets room for about 30 characters of a title, the editor the rest; the
    // stretch factors share what the window gains or loses later.
    const int character = fontMetrics().averageCharWidth();
    setSizes({30 * character, 80 * character});
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& index) {
                if (m_session && index.isValid())
                    m_session->setCurrentParagraph(m_model->paragraphAt(index.row()));
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, &MeetingDesk::selectCurrent);
}

void MeetingDesk::setSession(MeetingSession* session) {
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    m_model->setSession(session);
    m_editor->setSession(session);
    if (session)
        connect(session, &MeetingSession::currentParagraphChanged, this,
                &MeetingDesk::selectCurrent);
    selectCurrent();
}

void MeetingDesk::selectCurrent() {
    if (!m_session)
        return;
    const int row = m_model->rowOf(m_session->currentParagraph());
    if (row >= 0 && m_list->currentIndex().row() != row)
        m_list->setCurrentIndex(m_model->index(row));
}
