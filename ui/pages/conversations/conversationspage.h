// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QImage>
#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QModelIndex;
class QPushButton;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace Switchboard {

class Composer;
class MediaStore;
class VoicePlayer;
class ConversationFilterModel;
class ConversationListDelegate;
class ConversationListModel;
class MessageBubbleDelegate;
class MessageListModel;
class Workspace;
struct ReplicaChange;

//! The shared inbox: the conversations of the business (filters, labels, search over names,
//! numbers and message text) beside the open conversation (its messages as bubbles, who it is
//! assigned to, open or closed, its labels) and the composer. Everything staff do goes through
//! the workspace's Outbox, so it waits there while the relay is away and is shown queued; what
//! colleagues do arrives through the replica and shows at once.
class ConversationsPage : public QWidget {
    Q_OBJECT
public:
    //! `username`: the signed-in user, for "Mine" and "Assign to me".
    ConversationsPage(Workspace *workspace, QString username, QWidget *parent = nullptr);
    ~ConversationsPage() override;

    //! Opens the conversation (selects it in the list); false when there is none with that id.
    bool openConversation(const QString &id);
    QString currentConversation() const { return m_current; }
    //! Focuses the search field (Ctrl+F).
    void focusSearch();
    //! Ctrl+K: jump to a conversation by name or number.
    void jumpToConversation();
    //! Alt+Up/Down: the previous (-1) or next (+1) conversation of the list.
    void stepConversation(int step) { moveSelection(step); }

    ConversationListModel *conversations() const { return m_conversations; }
    MessageListModel *messages() const { return m_messages; }
    MediaStore *media() const { return m_media; }
    Composer *composer() const { return m_composer; }
    QListView *chatView() const { return m_chat; }
    QListView *listView() const { return m_list; }

    //! Searches as if `terms` were typed in the search field, at once (tests, the benchmark).
    void searchFor(const QString &terms);
    //! Sends `text` in the open conversation as the composer would (tests, the benchmark).
    void sendText(const QString &text, const QJsonObject &replyTo = {});

Q_SIGNALS:
    //! The open conversation changed (empty: none).
    void conversationOpened(const QString &id);
    //! "Open the Connection page" in the empty inbox.
    void connectionRequested();
    //! A template is wanted for the open conversation.
    void templateRequested(const QString &conversationId);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    //! The list, or what to do when it is empty (no conversation yet, or none matches).
    void updateEmptyState();
    void buildHeader(QWidget *header);
    void onCurrentChanged(const QModelIndex &current);
    void onReplicaChanged(const ReplicaChange &change);
    void showHeader();
    void readLabels();
    void readQuickReplies();
    void search();
    void markRead();
    void change(const QString &path, const QJsonObject &body, const QByteArray &method = "POST");
    void assignTo(const QString &userId);
    void createLabel();
    void createQuickReply();
    void postAdministration(const QString &path, const QJsonObject &body, const QString &failure);
    void sendNote(const QString &text);
    void send(const QString &text, const QStringList &attachments, const QJsonObject &replyTo);
    void retry(const QModelIndex &index);
    void react(const QModelIndex &index, const QString &emoji);
    void showMessageMenu(const QPoint &position);
    void moveSelection(int step);
    QImage thumbnail(const QString &mediaId);
    void openMedia(const QModelIndex &index);
    void onMediaFetched(const QString &mediaId, const QString &path);
    void loadMembers();
    QJsonObject currentRecord(const char *kind) const;
    QString customerNumber() const;

    QPointer<Workspace> m_workspace;
    QString m_username;
    QString m_current;
    ConversationListModel *m_conversations;
    ConversationFilterModel *m_filtered;
    ConversationListDelegate *m_listDelegate;
    MessageListModel *m_messages;
    MessageBubbleDelegate *m_bubbles;
    QComboBox *m_filter;
    QComboBox *m_labelFilter;
    QLineEdit *m_search;
    QLabel *m_searchSummary;
    QListView *m_list;
    QLabel *m_listEmpty;
    QPushButton *m_emptyAction;
    QStackedWidget *m_right;
    QLabel *m_noneOpen;
    QLabel *m_title;
    QLabel *m_subtitle;
    QToolButton *m_assign;
    QPushButton *m_closeButton;
    QToolButton *m_labels;
    QListView *m_chat;
    Composer *m_composer;
    QTimer *m_searchDelay;
    MediaStore *m_media = nullptr;
    VoicePlayer *m_voice;
    QHash<QString, QImage> m_thumbnails;      //!< media id → scaled picture (null: not a picture)
    QString m_openWhenFetched;                //!< a media the person clicked before it was here
    QList<QPair<QString, QString>> m_members; //!< id, username
    QString m_myId;
};

} // namespace Switchboard
