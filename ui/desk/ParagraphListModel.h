#pragma once

#include "model/Ids.h"

#include <QAbstractListModel>
#include <QSet>

class MeetingSession;

// The paragraphs of the open meeting, "§ 26 Upprop …", in order, with their continuing numbers;
// a decision paragraph without quorum is marked, in red.
class ParagraphListModel : public QAbstractListModel {
    Q_OBJECT
public:
    static constexpr int ParagraphIdRole = Qt::UserRole + 1;

    explicit ParagraphListModel(QObject* parent = nullptr);
    void setSession(MeetingSession* session);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    paragraf::Id paragraphAt(int row) const;
    int rowOf(paragraf::Id paragraphId) const;

private:
    void updateQuorum();

    MeetingSession* m_session = nullptr;
    int m_rows = 0;
    QSet<int> m_withoutQuorum; // paragraph numbers decided without quorum
};
