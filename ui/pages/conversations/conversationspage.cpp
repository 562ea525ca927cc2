// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/conversations/conversationspage.h"

#include "core/session/workspace.h"
#include "core/sync/mediastore.h"
#include "core/sync/outbox.h"
#include "core/sync/relayclient.h"
#include "core/sync/replica.h"
#include "ui/models/conversationfiltermodel.h"
#include "ui/models/conversationlistmodel.h"
#include "ui/models/messagelistmodel.h"
#include "ui/models/messagewords.h"
#include "ui/pages/conversations/composer.h"
#include "ui/pages/conversations/conversationlistdelegate.h"
#include "ui/pages/conversations/messagebubbledelegate.h"
#include "ui/pages/conversations/voiceplayer.h"

#include <QApplication>
#include <QClipboard>
#include <QColorDialog>
#include <QComboBox>
#include <QCompleter>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Switchboard {

namespace {
const char *const reactionChoices[] = {"👍", "❤️", "😂", "😮", "😢", "🙏"};
} // namespace

ConversationsPage::ConversationsPage(Workspace *workspace, QString username, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_username(std::move(username))
    , m_conversations(new ConversationListModel(this))
    , m_filtered(new ConversationFilterModel(this))
    , m_listDelegate(new ConversationListDelegate(this))
    , m_messages(new MessageListModel(this))
    , m_bubbles(new MessageBubbleDelegate(this))
    , m_filter(new QComboBox(this))
    , m_labelFilter(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_searchSummary(new QLabel(this))
    , m_list(new QListView(this))
    , m_listEmpty(new QLabel(this))
    , m_emptyAction(new QPushButton(this))
    , m_right(new QStackedWidget(this))
    , m_noneOpen(new QLabel(this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_assign(new QToolButton(this))
    , m_closeButton(new QPushButton(this))
    , m_labels(new QToolButton(this))
    , m_chat(new QListView(this))
    , m_composer(new Composer(this))
    , m_searchDelay(new QTimer(this))
    , m_voice(new VoicePlayer(this)) {
    setObjectName(QStringLiteral("ConversationsPage"));
    m_filtered->setSourceModel(m_conversations);
    m_filtered->setMe(m_username);

    m_search->setObjectName(QStringLiteral("conversationSearch"));
    m_search->setClearButtonEnabled(true);
    m_filter->setObjectName(QStringLiteral("conversationFilter"));
    m_labelFilter->setObjectName(QStringLiteral("labelFilter"));
    m_searchSummary->setObjectName(QStringLiteral("searchSummary"));
    m_searchSummary->hide();
    m_list->setObjectName(QStringLiteral("conversationList"));
    m_list->setModel(m_filtered);
    m_list->setItemDelegate(m_listDelegate);
    m_list->setUniformItemSizes(true);
    m_list->setMouseTracking(true);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->viewport()->installEventFilter(this);
    m_list->installEventFilter(this);
    m_listEmpty->setObjectName(QStringLiteral("inboxEmpty"));
    m_listEmpty->setWordWrap(true);
    m_listEmpty->setAlignment(Qt::AlignHCenter | Qt::AlignBottom);
    m_listEmpty->setMargin(24);

    m_chat->setObjectName(QStringLiteral("chat"));
    m_chat->setModel(m_messages);
    m_chat->setItemDelegate(m_bubbles);
    m_bubbles->follow(m_messages);
    m_chat->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_chat->setSelectionMode(QAbstractItemView::SingleSelection);
    m_chat->setFrameShape(QFrame::NoFrame);
    m_chat->setMouseTracking(true);
    m_chat->setContextMenuPolicy(Qt::CustomContextMenu);
    m_chat->setStyleSheet(QStringLiteral("QListView#chat { background: #efeae2; }"));
    m_chat->setWordWrap(true);
    m_chat->setResizeMode(QListView::Adjust);
    m_chat->installEventFilter(this);
    m_noneOpen->setObjectName(QStringLiteral("noConversationOpen"));
    m_noneOpen->setAlignment(Qt::AlignCenter);
    m_noneOpen->setWordWrap(true);

    // Left: search, filters, the list.
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(8, 8, 0, 0);
    leftLayout->setSpacing(6);
    leftLayout->addWidget(m_search);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_labelFilter, 1);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_searchSummary);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_listEmpty, 1);
    leftLayout->addWidget(m_emptyAction, 0, Qt::AlignHCenter);
    leftLayout->addStretch();
    m_emptyAction->setObjectName(QStringLiteral("emptyStateAction"));
    connect(m_emptyAction, &QPushButton::clicked, this, &ConversationsPage::connectionRequested);

    // Right: the open conversation.
    auto *open = new QWidget(this);
    auto *openLayout = new QVBoxLayout(open);
    openLayout->setContentsMargins(0, 0, 0, 0);
    openLayout->setSpacing(0);
    auto *header = new QWidget(open);
    buildHeader(header);
    openLayout->addWidget(header);
    openLayout->addWidget(m_chat, 1);
    openLayout->addWidget(m_composer);
    m_right->addWidget(m_noneOpen);
    m_right->addWidget(open);

    auto *splitter = new QSplitter(this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(m_right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({340, 700});
    left->setMinimumWidth(280);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150);
    connect(m_searchDelay, &QTimer::timeout, this, &ConversationsPage::search);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_filter, &QComboBox::activated, this, [this](int index) {
        m_filtered->setFilter(ConversationFilterModel::Filter(m_filter->itemData(index).toInt()));
    });
    connect(m_labelFilter, &QComboBox::activated, this,
            [this](int index) { m_filtered->setLabel(m_labelFilter->itemData(index).toString()); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    connect(m_filtered, &QAbstractItemModel::rowsInserted, this,
            &ConversationsPage::updateEmptyState);
    connect(m_filtered, &QAbstractItemModel::rowsRemoved, this,
            &ConversationsPage::updateEmptyState);
    connect(m_filtered, &QAbstractItemModel::modelReset, this,
            &ConversationsPage::updateEmptyState);
    // New messages in the open conversation: follow them when already at the bottom.
    connect(m_messages, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this](const QModelIndex &, int first) {
                QScrollBar *bar = m_chat->verticalScrollBar();
                const bool atBottom = bar->value() >= bar->maximum() - 4;
                const bool appended = first >= m_messages->rowCount();
                if (atBottom && appended)
                    QTimer::singleShot(0, m_chat, [this] { m_chat->scrollToBottom(); });
            });
    // Older history when the person scrolls to the top, keeping what they look at in place.
    connect(m_chat->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        QScrollBar *bar = m_chat->verticalScrollBar();
        if (value != bar->minimum() || !m_messages->hasOlder())
            return;
        const int fromBottom = bar->maximum() - value;
        m_messages->loadOlder();
        m_chat->doItemsLayout();
        bar->setValue(bar->maximum() - fromBottom);
    });
    connect(m_composer, &Composer::sendRequested, this, &ConversationsPage::send);
    connect(m_composer, &Composer::noteRequested, this, &ConversationsPage::sendNote);
    connect(m_composer, &Composer::templateRequested, this,
            [this] { Q_EMIT templateRequested(m_current); });
    connect(m_bubbles, &MessageBubbleDelegate::linkActivated, this,
            [](const QUrl &url) { QDesktopServices::openUrl(url); });
    connect(m_bubbles, &MessageBubbleDelegate::retryRequested, this, &ConversationsPage::retry);
    connect(m_bubbles, &MessageBubbleDelegate::quoteActivated, this,
            [this](const QModelIndex &index) {
                const QString quoted = index.data(MessageListModel::RecordRole)
                                           .toJsonObject()
                                           .value(QStringLiteral("context"))
                                           .toObject()
                                           .value(QStringLiteral("message_id"))
                                           .toString();
                const int row = m_messages->rowOfMessage(quoted);
                if (row >= 0) {
                    m_chat->setCurrentIndex(m_messages->index(row));
                    m_chat->scrollTo(m_messages->index(row), QAbstractItemView::PositionAtCenter);
                }
            });
    connect(m_chat, &QListView::customContextMenuRequested, this,
            &ConversationsPage::showMessageMenu);

    m_bubbles->setThumbnails([this](const QString &id) { return thumbnail(id); });
    m_bubbles->setAudioState([this](const QString &id) {
        MessageBubbleDelegate::AudioState state;
        if (id == m_voice->current()) {
            state.playing = m_voice->isPlaying();
            state.positionMs = m_voice->positionMs();
            state.durationMs = m_voice->durationMs();
        }
        return state;
    });
    connect(m_voice, &VoicePlayer::changed, m_chat->viewport(), qOverload<>(&QWidget::update));
    connect(m_bubbles, &MessageBubbleDelegate::mediaActivated, this, &ConversationsPage::openMedia);

    if (m_workspace) {
        // Beside the replica: the customers' files this console has seen.
        const QFileInfo replicaFile(m_workspace->replica()->url().sqlitePath);
        m_media = new MediaStore(
            m_workspace->client(), m_workspace->business().id,
            replicaFile.dir().filePath(replicaFile.completeBaseName() + QStringLiteral("-media")),
            this);
        connect(m_media, &MediaStore::fetched, this, &ConversationsPage::onMediaFetched);
        connect(m_media, &MediaStore::failed, this, [this](const QString &id) {
            if (id == m_openWhenFetched)
                m_openWhenFetched.clear();
        });
        m_conversations->setReplica(m_workspace->replica());
        connect(m_workspace->replica(), &Replica::changed, this,
                &ConversationsPage::onReplicaChanged);
        readLabels();
        readQuickReplies();
        loadMembers();
    }
    retranslate();
}

ConversationsPage::~ConversationsPage() = default;

void ConversationsPage::buildHeader(QWidget *header) {
    header->setObjectName(QStringLiteral("conversationHeader"));
    header->setAutoFillBackground(true);
    m_title->setObjectName(QStringLiteral("conversationTitle"));
    QFont font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    m_title->setFont(font);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setObjectName(QStringLiteral("conversationSubtitle"));
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_assign->setObjectName(QStringLiteral("assign"));
    m_assign->setPopupMode(QToolButton::InstantPopup);
    m_assign->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_labels->setObjectName(QStringLiteral("labels"));
    m_labels->setPopupMode(QToolButton::InstantPopup);
    m_closeButton->setObjectName(QStringLiteral("closeConversation"));
    auto *words = new QVBoxLayout;
    words->setSpacing(0);
    words->addWidget(m_title);
    words->addWidget(m_subtitle);
    auto *layout = new QHBoxLayout(header);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->addLayout(words, 1);
    layout->addWidget(m_assign);
    layout->addWidget(m_labels);
    layout->addWidget(m_closeButton);
    connect(m_closeButton, &QPushButton::clicked, this, [this] {
        const bool closed =
            currentRecord("conversation").value(QStringLiteral("status")).toString() ==
            QLatin1String("closed");
        change(QStringLiteral("/conversations/%1/%2")
                   .arg(m_current, closed ? QStringLiteral("reopen") : QStringLiteral("close")),
               {});
    });
}

void ConversationsPage::retranslate() {
    m_search->setPlaceholderText(tr("Search names, numbers and messages (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search conversations"));
    m_filter->setAccessibleName(tr("Show conversations"));
    m_labelFilter->setAccessibleName(tr("Filter by label"));
    const int filter = m_filter->currentIndex();
    m_filter->clear();
    using F = ConversationFilterModel::Filter;
    const QList<std::pair<F, QString>> filters{
        {F::All, tr("All")},   {F::Unread, tr("Unread")},
        {F::Mine, tr("Mine")}, {F::Unassigned, tr("Unassigned")},
        {F::Open, tr("Open")}, {F::Closed, tr("Closed")}};
    for (const auto &[value, name] : filters)
        m_filter->addItem(name, int(value));
    m_filter->setCurrentIndex(qMax(0, filter));
    m_list->setAccessibleName(tr("Conversations"));
    m_chat->setAccessibleName(tr("Messages"));
    m_assign->setAccessibleName(tr("Assign the conversation"));
    m_labels->setText(tr("Labels"));
    m_labels->setAccessibleName(tr("Labels of the conversation"));
    m_noneOpen->setText(tr("Choose a conversation on the left to read and answer it.\n\nAlt+Up "
                           "and Alt+Down move between conversations, Ctrl+K jumps to one."));
    updateEmptyState();
    showHeader();
}

void ConversationsPage::updateEmptyState() {
    const bool none = m_conversations->rowCount() == 0;
    const bool filteredOut = !none && m_filtered->rowCount() == 0;
    m_listEmpty->setText(
        none ? tr("No conversations yet.\n\nWhen customers write to the business's WhatsApp "
                  "number, their conversations appear here. If the number is not connected "
                  "yet, an admin can connect it on the Connection page.")
             : tr("No conversation matches. Choose “All” or clear the search to see every "
                  "conversation."));
    m_listEmpty->setVisible(none || filteredOut);
    m_emptyAction->setText(tr("Open the Connection page"));
    m_emptyAction->setVisible(none);
    m_list->setVisible(!none && !filteredOut);
}

void ConversationsPage::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        readLabels();
    }
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LayoutDirectionChange)
        m_bubbles->clearCache();
    QWidget::changeEvent(event);
}

QJsonObject ConversationsPage::currentRecord(const char *kind) const {
    if (!m_workspace || m_current.isEmpty())
        return {};
    QString id = m_current;
    if (qstrcmp(kind, "customer") == 0)
        id = currentRecord("conversation").value(QStringLiteral("customer_id")).toString();
    const auto record = m_workspace->replica()->record(QString::fromLatin1(kind), id);
    return record && record->has_value() ? record->value() : QJsonObject();
}

QString ConversationsPage::customerNumber() const {
    const QJsonObject customer = currentRecord("customer");
    const QString wa = customer.value(QStringLiteral("wa_id")).toString();
    return wa.isEmpty() ? customer.value(QStringLiteral("phone")).toString() : wa;
}

void ConversationsPage::readLabels() {
    if (!m_workspace)
        return;
    QHash<QString, ConversationListDelegate::Label> labels;
    const QString chosen = m_labelFilter->currentData().toString();
    m_labelFilter->clear();
    m_labelFilter->addItem(tr("Any label"), QString());
    if (auto all = m_workspace->replica()->records(QStringLiteral("label"))) {
        for (const QJsonObject &label : *all) {
            const QString id = label.value(QStringLiteral("id")).toString();
            const QString name = label.value(QStringLiteral("name")).toString();
            labels.insert(id, {name, QColor(label.value(QStringLiteral("color")).toString())});
            m_labelFilter->addItem(name, id);
        }
    }
    m_labelFilter->setCurrentIndex(qMax(0, m_labelFilter->findData(chosen)));
    m_labelFilter->setVisible(m_labelFilter->count() > 1);
    m_listDelegate->setLabels(labels);
    m_list->viewport()->update();
}

void ConversationsPage::readQuickReplies() {
    if (!m_workspace)
        return;
    QList<Composer::QuickReply> replies;
    const bool hebrew = layoutDirection() == Qt::RightToLeft;
    if (auto all = m_workspace->replica()->records(QStringLiteral("quick_reply"))) {
        for (const QJsonObject &reply : *all) {
            const QJsonObject texts = reply.value(QStringLiteral("texts")).toObject();
            QString text =
                texts.value(hebrew ? QStringLiteral("he") : QStringLiteral("en")).toString();
            if (text.isEmpty())
                text = texts.value(hebrew ? QStringLiteral("en") : QStringLiteral("he")).toString();
            replies.append({reply.value(QStringLiteral("shortcut")).toString(), text});
        }
    }
    m_composer->setQuickReplies(replies);
}

void ConversationsPage::loadMembers() {
    RelayReply *reply =
        m_workspace->client()->get(m_workspace->outbox()->tenantPath(QStringLiteral("/members")));
    connect(reply, &RelayReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (!reply->ok())
            return; // assignment then offers only what the conversations show
        m_members.clear();
        for (const QJsonValue &value : reply->json().value(QStringLiteral("members")).toArray()) {
            const QJsonObject member = value.toObject();
            const QString id = member.value(QStringLiteral("id")).toString();
            const QString name = member.value(QStringLiteral("username")).toString();
            m_members.append({id, name});
            if (name == m_username)
                m_myId = id;
        }
        showHeader();
    });
}

void ConversationsPage::onReplicaChanged(const ReplicaChange &change) {
    if (change.upserted.contains(QStringLiteral("label")) ||
        change.deleted.contains(QStringLiteral("label")))
        readLabels();
    if (change.upserted.contains(QStringLiteral("quick_reply")) ||
        change.deleted.contains(QStringLiteral("quick_reply")))
        readQuickReplies();
    const QString customer = m_current.isEmpty()
                                 ? QString()
                                 : m_conversations->index(m_conversations->rowOf(m_current))
                                       .data(ConversationListModel::CustomerIdRole)
                                       .toString();
    if (change.upserted.value(QStringLiteral("conversation")).contains(m_current) ||
        (!customer.isEmpty() &&
         change.upserted.value(QStringLiteral("customer")).contains(customer)))
        showHeader();
    if (m_conversations->rowCount() <= 1)
        updateEmptyState(); // the empty state goes when the first conversation comes
}

bool ConversationsPage::openConversation(const QString &id) {
    const int row = m_conversations->rowOf(id);
    if (row < 0)
        return false;
    QModelIndex index = m_filtered->mapFromSource(m_conversations->index(row));
    if (!index.isValid()) {
        // Hidden by a filter: show everything so the person sees what they asked for.
        m_filtered->setFilter(ConversationFilterModel::Filter::All);
        m_filtered->setLabel({});
        m_filtered->setOnly(std::nullopt);
        m_filter->setCurrentIndex(0);
        m_labelFilter->setCurrentIndex(0);
        index = m_filtered->mapFromSource(m_conversations->index(row));
    }
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
    return m_current == id;
}

void ConversationsPage::onCurrentChanged(const QModelIndex &current) {
    const QString id = current.data(ConversationListModel::IdRole).toString();
    if (id == m_current)
        return;
    m_current = id;
    if (id.isEmpty() || !m_workspace) {
        m_messages->close();
        m_right->setCurrentIndex(0);
        Q_EMIT conversationOpened({});
        return;
    }
    m_messages->setCustomerName(current.data(ConversationListModel::TitleRole).toString());
    m_messages->open(m_workspace->replica(), m_workspace->outbox(), id,
                     current.data(ConversationListModel::UnreadRole).toInt());
    m_right->setCurrentIndex(1);
    m_composer->clearReply();
    showHeader();
    m_chat->scrollToBottom();
    // Scroll to the first found message when the search found some here.
    if (!m_search->text().trimmed().isEmpty()) {
        const QStringList words = m_search->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (int row = m_messages->rowCount() - 1; row >= 0; --row) {
            const QString text = m_messages->index(row).data(MessageListModel::TextRole).toString();
            if (std::all_of(words.cbegin(), words.cend(), [&](const QString &word) {
                    return text.contains(word, Qt::CaseInsensitive);
                })) {
                m_chat->scrollTo(m_messages->index(row), QAbstractItemView::PositionAtCenter);
                break;
            }
        }
    }
    markRead();
    Q_EMIT conversationOpened(id);
}

void ConversationsPage::showHeader() {
    if (m_current.isEmpty() || !m_workspace)
        return;
    const QJsonObject conversation = currentRecord("conversation");
    const QJsonObject customer = currentRecord("customer");
    QString name = customer.value(QStringLiteral("name")).toString();
    if (name.isEmpty())
        name = customer.value(QStringLiteral("profile_name")).toString();
    const QString phone = customer.value(QStringLiteral("phone")).toString();
    m_title->setText(name.isEmpty() ? phone : name);
    m_title->setAccessibleName(tr("Conversation with %1").arg(m_title->text()));
    const int row = m_conversations->rowOf(m_current);
    const QDateTime closes =
        row >= 0
            ? m_conversations->index(row).data(ConversationListModel::WindowClosesRole).toDateTime()
            : QDateTime();
    m_composer->setWindowCloses(closes);
    QStringList facts;
    if (!name.isEmpty() && !phone.isEmpty())
        facts << QChar(0x2066) + phone + QChar(0x2069); // a number reads left to right
    const QString assignee = conversation.value(QStringLiteral("assignee"))
                                 .toObject()
                                 .value(QStringLiteral("username"))
                                 .toString();
    facts << (assignee.isEmpty() ? tr("Not assigned") : tr("Assigned to %1").arg(assignee));
    const bool closed =
        conversation.value(QStringLiteral("status")).toString() == QLatin1String("closed");
    if (closed)
        facts << tr("Closed");
    m_subtitle->setText(facts.join(QStringLiteral(" · ")));
    m_subtitle->setAccessibleName(m_subtitle->text());
    m_closeButton->setText(closed ? tr("Reopen") : tr("Close"));
    m_closeButton->setAccessibleName(closed ? tr("Reopen the conversation")
                                            : tr("Close the conversation"));
    m_closeButton->setToolTip(closed ? QString()
                                     : tr("Closing ends nothing at WhatsApp; the customer's next "
                                          "message opens it again."));

    // Assign: me, nobody, each colleague.
    m_assign->setText(assignee.isEmpty() ? tr("Assign") : tr("Assigned: %1").arg(assignee));
    auto *assignMenu = new QMenu(m_assign);
    assignMenu->setAccessibleName(tr("Assign to"));
    if (!m_myId.isEmpty() && assignee != m_username)
        assignMenu->addAction(tr("Assign to me"), this, [this] { assignTo(m_myId); });
    for (const auto &[id, username] : std::as_const(m_members)) {
        if (username == m_username || username == assignee)
            continue;
        assignMenu->addAction(tr("Assign to %1").arg(username), this,
                              [this, id = id] { assignTo(id); });
    }
    if (!assignee.isEmpty())
        assignMenu->addAction(tr("Unassign"), this, [this] { assignTo({}); });
    if (assignMenu->isEmpty())
        assignMenu->addAction(tr("No colleagues to assign to"))->setEnabled(false);
    delete m_assign->menu();
    m_assign->setMenu(assignMenu);

    // Labels: each of the tenant's, checked when the conversation has it.
    QStringList current;
    for (const QJsonValue &value : conversation.value(QStringLiteral("labels")).toArray())
        current << value.toString();
    auto *labelMenu = new QMenu(m_labels);
    labelMenu->setAccessibleName(tr("Labels"));
    if (auto all = m_workspace->replica()->records(QStringLiteral("label"));
        all && !all->isEmpty()) {
        for (const QJsonObject &label : *all) {
            const QString id = label.value(QStringLiteral("id")).toString();
            QAction *action = labelMenu->addAction(label.value(QStringLiteral("name")).toString());
            action->setCheckable(true);
            action->setChecked(current.contains(id));
            connect(action, &QAction::toggled, this, [this, id, current](bool on) {
                QStringList labels = current;
                if (on)
                    labels << id;
                else
                    labels.removeAll(id);
                change(QStringLiteral("/conversations/%1/labels").arg(m_current),
                       {{QStringLiteral("labels"), QJsonArray::fromStringList(labels)}}, "PUT");
            });
        }
    } else if (!m_workspace->business().canAdminister()) {
        labelMenu->addAction(tr("No labels yet: an admin of the business can create them here"))
            ->setEnabled(false);
    }
    if (m_workspace->business().canAdminister()) {
        labelMenu->addSeparator();
        labelMenu->addAction(tr("New label…"), this, &ConversationsPage::createLabel);
        labelMenu->addAction(tr("New quick reply…"), this, &ConversationsPage::createQuickReply);
    }
    delete m_labels->menu();
    m_labels->setMenu(labelMenu);
    m_labels->setText(current.isEmpty() ? tr("Labels") : tr("Labels (%1)").arg(current.size()));
}

void ConversationsPage::createLabel() {
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("New label"), tr("Label name:"), QLineEdit::Normal, {}, &ok)
            .trimmed();
    if (!ok || name.isEmpty())
        return;
    const QColor colour =
        QColorDialog::getColor(QColor(0x1e, 0x88, 0xe5), this, tr("Label colour"));
    if (!colour.isValid())
        return;
    postAdministration(
        QStringLiteral("/labels"),
        {{QStringLiteral("name"), name}, {QStringLiteral("color"), colour.name(QColor::HexRgb)}},
        tr("The label was not created"));
}

void ConversationsPage::createQuickReply() {
    bool ok = false;
    QString shortcut =
        QInputDialog::getText(this, tr("New quick reply"), tr("Shortcut (for example /hours):"),
                              QLineEdit::Normal, QStringLiteral("/"), &ok)
            .trimmed()
            .toLower();
    if (!ok || shortcut.size() < 2)
        return;
    if (!shortcut.startsWith(QLatin1Char('/')))
        shortcut.prepend(QLatin1Char('/'));
    const QString english = QInputDialog::getMultiLineText(
        this, tr("New quick reply"), tr("Text in English (may be empty):"), {}, &ok);
    if (!ok)
        return;
    const QString hebrew = QInputDialog::getMultiLineText(
        this, tr("New quick reply"), tr("Text in Hebrew (may be empty):"), {}, &ok);
    if (!ok || (english.trimmed().isEmpty() && hebrew.trimmed().isEmpty()))
        return;
    QJsonObject texts;
    if (!english.trimmed().isEmpty())
        texts.insert(QStringLiteral("en"), english.trimmed());
    if (!hebrew.trimmed().isEmpty())
        texts.insert(QStringLiteral("he"), hebrew.trimmed());
    postAdministration(QStringLiteral("/quick-replies"),
                       {{QStringLiteral("shortcut"), shortcut}, {QStringLiteral("texts"), texts}},
                       tr("The quick reply was not created"));
}

void ConversationsPage::postAdministration(const QString &path, const QJsonObject &body,
                                           const QString &failure) {
    // Settings of the business, not a conversation's command: sent now, and said when it fails.
    RelayReply *reply = m_workspace->client()->post(m_workspace->outbox()->tenantPath(path), body);
    connect(reply, &RelayReply::finished, this, [this, reply, failure] {
        reply->deleteLater();
        if (!reply->ok())
            QMessageBox::warning(this, failure, reply->error().message);
    });
}

void ConversationsPage::change(const QString &path, const QJsonObject &body,
                               const QByteArray &method) {
    if (!m_workspace || m_current.isEmpty())
        return;
    Outbox *outbox = m_workspace->outbox();
    auto queued = outbox->enqueue(Outbox::Kind::ConversationChange, m_current, method,
                                  outbox->tenantPath(path), body);
    if (!queued)
        QMessageBox::warning(this, tr("Not saved"), queued.error().message);
}

void ConversationsPage::assignTo(const QString &userId) {
    change(QStringLiteral("/conversations/%1/assign").arg(m_current),
           {{QStringLiteral("user_id"), userId.isEmpty() ? QJsonValue() : QJsonValue(userId)}});
}

void ConversationsPage::markRead() {
    const int row = m_conversations->rowOf(m_current);
    if (row < 0 || m_conversations->index(row).data(ConversationListModel::UnreadRole).toInt() == 0)
        return;
    change(QStringLiteral("/conversations/%1/read").arg(m_current), {});
}

void ConversationsPage::sendText(const QString &text, const QJsonObject &replyTo) {
    send(text, {}, replyTo);
}

void ConversationsPage::send(const QString &text, const QStringList &attachments,
                             const QJsonObject &replyTo) {
    if (!m_workspace || m_current.isEmpty())
        return;
    if (!attachments.isEmpty()) {
        QMessageBox::information(
            this, tr("Files cannot be sent yet"),
            tr("This relay cannot pass files on to WhatsApp yet. Send a link to the file "
               "instead; the text was not sent, so nothing is lost."));
        m_composer->setText(text);
        return;
    }
    QJsonObject body{{QStringLiteral("to"), customerNumber()},
                     {QStringLiteral("type"), QStringLiteral("text")},
                     {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), text}}}};
    const QString quoted = replyTo.value(QStringLiteral("wamid")).toString();
    if (!quoted.isEmpty())
        body.insert(QStringLiteral("context"), QJsonObject{{QStringLiteral("message_id"), quoted}});
    Outbox *outbox = m_workspace->outbox();
    auto queued = outbox->enqueue(Outbox::Kind::SendMessage, m_current, "POST",
                                  outbox->tenantPath(QStringLiteral("/messages")), body);
    if (!queued) {
        QMessageBox::warning(this, tr("Not sent"), queued.error().message);
        m_composer->setText(text);
        return;
    }
    m_chat->scrollToBottom();
}

void ConversationsPage::sendNote(const QString &text) {
    if (!m_workspace || m_current.isEmpty())
        return;
    Outbox *outbox = m_workspace->outbox();
    auto queued = outbox->enqueue(
        Outbox::Kind::Note, m_current, "POST",
        outbox->tenantPath(QStringLiteral("/conversations/%1/notes").arg(m_current)),
        {{QStringLiteral("text"), text}});
    if (!queued) {
        QMessageBox::warning(this, tr("Note not saved"), queued.error().message);
        m_composer->setText(text);
    }
}

void ConversationsPage::retry(const QModelIndex &index) {
    if (!m_workspace)
        return;
    Outbox *outbox = m_workspace->outbox();
    if (const qint64 command = index.data(MessageListModel::CommandIdRole).toLongLong()) {
        if (Status retried = outbox->retry(command); !retried)
            QMessageBox::warning(this, tr("Not retried"), retried.error().message);
        return;
    }
    const QString id = index.data(MessageListModel::IdRole).toString();
    auto queued =
        outbox->enqueue(Outbox::Kind::RetryMessage, m_current, "POST",
                        outbox->tenantPath(QStringLiteral("/messages/%1/retry").arg(id)), {});
    if (!queued)
        QMessageBox::warning(this, tr("Not retried"), queued.error().message);
}

void ConversationsPage::react(const QModelIndex &index, const QString &emoji) {
    const QString wamid = index.data(MessageListModel::RecordRole)
                              .toJsonObject()
                              .value(QStringLiteral("wamid"))
                              .toString();
    if (wamid.isEmpty() || !m_workspace)
        return;
    Outbox *outbox = m_workspace->outbox();
    auto queued = outbox->enqueue(
        Outbox::Kind::SendMessage, m_current, "POST",
        outbox->tenantPath(QStringLiteral("/messages")),
        {{QStringLiteral("to"), customerNumber()},
         {QStringLiteral("type"), QStringLiteral("reaction")},
         {QStringLiteral("reaction"),
          QJsonObject{{QStringLiteral("message_id"), wamid}, {QStringLiteral("emoji"), emoji}}}});
    if (!queued)
        QMessageBox::warning(this, tr("Reaction not sent"), queued.error().message);
}

void ConversationsPage::showMessageMenu(const QPoint &position) {
    const QModelIndex index = m_chat->indexAt(position);
    if (!index.isValid())
        return;
    const QJsonObject record = index.data(MessageListModel::RecordRole).toJsonObject();
    QMenu menu(this);
    menu.setAccessibleName(tr("Message actions"));
    const bool atRelay = !record.value(QStringLiteral("wamid")).toString().isEmpty();
    if (atRelay) {
        menu.addAction(tr("Reply"), this, [this, record, index] {
            m_composer->setReplyTo(record, index.data(MessageListModel::DirectionRole).toString() ==
                                                   QLatin1String("inbound")
                                               ? m_title->text()
                                               : tr("You"));
        });
        QMenu *reactions = menu.addMenu(tr("React"));
        for (const char *emoji : reactionChoices) {
            const QString text = QString::fromUtf8(emoji);
            reactions->addAction(text, this, [this, index, text] { react(index, text); });
        }
    }
    const QString mediaId =
        record.value(QStringLiteral("media")).toObject().value(QStringLiteral("id")).toString();
    if (!mediaId.isEmpty() && m_media) {
        menu.addAction(tr("Open"), this, [this, index] { openMedia(index); });
        const QString path = m_media->path(mediaId);
        QAction *save = menu.addAction(tr("Save as…"), this, [this, record, path] {
            QString name = record.value(QStringLiteral("media"))
                               .toObject()
                               .value(QStringLiteral("filename"))
                               .toString();
            if (name.isEmpty())
                name = MessageWords::typeName(record.value(QStringLiteral("type")).toString());
            const QString target = QFileDialog::getSaveFileName(this, tr("Save as"), name);
            if (!target.isEmpty() && !QFile::copy(path, target))
                QMessageBox::warning(this, tr("Not saved"),
                                     tr("The file could not be written to %1.").arg(target));
        });
        save->setEnabled(!path.isEmpty());
    }
    menu.addAction(tr("Copy text"), this, [index] {
        QApplication::clipboard()->setText(index.data(MessageListModel::TextRole).toString());
    });
    if (index.data(MessageListModel::StatusRole).toString() == QLatin1String("failed"))
        menu.addAction(tr("Retry"), this, [this, index] { retry(index); });
    menu.exec(m_chat->viewport()->mapToGlobal(position));
}

QImage ConversationsPage::thumbnail(const QString &mediaId) {
    if (const auto found = m_thumbnails.constFind(mediaId); found != m_thumbnails.cend())
        return *found;
    if (!m_media)
        return {};
    const QString path = m_media->path(mediaId);
    if (path.isEmpty()) {
        m_media->fetch(mediaId); // painted again when it is here
        return {};
    }
    QImage image(path);
    if (!image.isNull())
        image = image.scaled(QSize(520, 360), Qt::KeepAspectRatio, Qt::SmoothTransformation);
    m_thumbnails.insert(mediaId, image);
    return image;
}

void ConversationsPage::onMediaFetched(const QString &mediaId, const QString &path) {
    m_chat->viewport()->update();
    if (mediaId != m_openWhenFetched)
        return;
    m_openWhenFetched.clear();
    for (int row = m_messages->rowCount() - 1; row >= 0; --row) {
        const QModelIndex index = m_messages->index(row);
        const QJsonObject media = index.data(MessageListModel::RecordRole)
                                      .toJsonObject()
                                      .value(QStringLiteral("media"))
                                      .toObject();
        if (media.value(QStringLiteral("id")).toString() == mediaId) {
            openMedia(index);
            return;
        }
    }
    Q_UNUSED(path)
}

void ConversationsPage::openMedia(const QModelIndex &index) {
    const QJsonObject record = index.data(MessageListModel::RecordRole).toJsonObject();
    const QString id =
        record.value(QStringLiteral("media")).toObject().value(QStringLiteral("id")).toString();
    if (id.isEmpty() || !m_media)
        return;
    const QString path = m_media->path(id);
    if (path.isEmpty()) {
        if (!m_media->failure(id).isEmpty()) {
            QMessageBox::information(this, tr("The file cannot be opened"),
                                     tr("It could not be fetched: %1").arg(m_media->failure(id)));
            return;
        }
        m_openWhenFetched = id;
        m_media->fetch(id);
        return;
    }
    if (record.value(QStringLiteral("type")).toString() == QLatin1String("audio")) {
        m_voice->toggle(id, path);
        return;
    }
    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void ConversationsPage::focusSearch() {
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ConversationsPage::jumpToConversation() {
    QStringList names;
    QHash<QString, QString> ids;
    for (int row = 0; row < m_conversations->rowCount(); ++row) {
        const QModelIndex index = m_conversations->index(row);
        const QString title = index.data(ConversationListModel::TitleRole).toString();
        const QString phone = index.data(ConversationListModel::PhoneRole).toString();
        const QString entry = title == phone ? phone : title + QStringLiteral(" · ") + phone;
        names << entry;
        ids.insert(entry, index.data(ConversationListModel::IdRole).toString());
    }
    QInputDialog dialog(this);
    dialog.setWindowTitle(tr("Go to conversation"));
    dialog.setLabelText(tr("Name or number:"));
    dialog.setComboBoxItems(names);
    dialog.setComboBoxEditable(true);
    if (auto *combo = dialog.findChild<QComboBox *>()) {
        combo->setAccessibleName(tr("Name or number"));
        combo->completer()->setFilterMode(Qt::MatchContains);
        combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString chosen = dialog.textValue();
    QString id = ids.value(chosen);
    if (id.isEmpty()) {
        for (auto it = ids.cbegin(); it != ids.cend() && id.isEmpty(); ++it)
            if (it.key().contains(chosen, Qt::CaseInsensitive))
                id = it.value();
    }
    if (!id.isEmpty()) {
        openConversation(id);
        m_composer->focusText();
    }
}

void ConversationsPage::searchFor(const QString &terms) {
    const QSignalBlocker blocker(m_search);
    m_search->setText(terms);
    m_searchDelay->stop();
    search();
}

void ConversationsPage::search() {
    const QString terms = m_search->text().trimmed();
    if (terms.isEmpty() || !m_workspace) {
        m_filtered->setOnly(std::nullopt);
        m_bubbles->setHighlight({});
        m_searchSummary->hide();
        m_chat->viewport()->update();
        updateEmptyState();
        return;
    }
    QSet<QString> found;
    Replica *replica = m_workspace->replica();
    int messages = 0;
    if (auto ids = replica->searchMessages(terms)) {
        messages = int(ids->size());
        for (const QString &id : ids->mid(0, 2000)) {
            if (auto message = replica->record(QStringLiteral("message"), id);
                message && message->has_value())
                found.insert(message->value().value(QStringLiteral("conversation_id")).toString());
        }
    }
    QSet<QString> customers;
    if (auto ids = replica->searchCustomers(terms))
        customers = QSet<QString>(ids->cbegin(), ids->cend());
    for (int row = 0; row < m_conversations->rowCount(); ++row) {
        const QModelIndex index = m_conversations->index(row);
        if (customers.contains(index.data(ConversationListModel::CustomerIdRole).toString()))
            found.insert(index.data(ConversationListModel::IdRole).toString());
    }
    m_filtered->setOnly(found);
    m_bubbles->setHighlight(terms.split(QLatin1Char(' '), Qt::SkipEmptyParts));
    m_chat->viewport()->update();
    m_searchSummary->setText(tr("%n conversation(s) found", nullptr, int(found.size())) +
                             QStringLiteral(", ") + tr("%n message(s)", nullptr, messages));
    m_searchSummary->setAccessibleName(m_searchSummary->text());
    m_searchSummary->show();
    updateEmptyState();
}

void ConversationsPage::moveSelection(int step) {
    const int rows = m_filtered->rowCount();
    if (rows == 0)
        return;
    const int current = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -1;
    const int next = qBound(0, current + step, rows - 1);
    m_list->setCurrentIndex(m_filtered->index(next, 0));
    m_list->scrollTo(m_filtered->index(next, 0));
}

bool ConversationsPage::eventFilter(QObject *watched, QEvent *event) {
    // Nothing moves under the pointer: the list keeps its order while the pointer is over it.
    if (watched == m_list->viewport()) {
        if (event->type() == QEvent::Enter)
            m_conversations->setOrderHeld(true);
        else if (event->type() == QEvent::Leave)
            m_conversations->setOrderHeld(false);
    }
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() & Qt::AltModifier &&
            (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            moveSelection(key->key() == Qt::Key_Up ? -1 : 1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Switchboard
