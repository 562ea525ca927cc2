// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/conversations/composer.h"

#include "ui/models/messagewords.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QCompleter>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTextBlock>
#include <QToolButton>
#include <QUuid>
#include <QVBoxLayout>

namespace Switchboard {

namespace {
//! The emoji of the picker: what staff of a restaurant or a clinic answer with most.
const char *const emojiChoices[] = {"😊", "🙏", "👍", "❤️", "😂", "🎉", "👌", "🙂", "😅", "🤝",
                                    "✅", "⏰", "🍕", "🥤",   "🚗", "📍", "📞", "🩺", "💊", "📅"};
constexpr qint64 closingSoonSeconds = 2 * 60 * 60;
} // namespace

Composer::Composer(QWidget *parent)
    : QWidget(parent)
    , m_quote(new QLabel(this))
    , m_cancelQuote(new QToolButton(this))
    , m_window(new QLabel(this))
    , m_attachmentsLabel(new QLabel(this))
    , m_edit(new QPlainTextEdit(this))
    , m_emoji(new QToolButton(this))
    , m_attach(new QToolButton(this))
    , m_note(new QToolButton(this))
    , m_template(new QPushButton(this))
    , m_send(new QPushButton(this))
    , m_completer(new QCompleter(this))
    , m_quickReplies(new QStandardItemModel(this)) {
    setObjectName(QStringLiteral("composer"));
    setAcceptDrops(true);
    m_edit->setObjectName(QStringLiteral("composerText"));
    m_edit->setTabChangesFocus(true);
    m_edit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_edit->setFixedHeight(m_edit->fontMetrics().lineSpacing() * 3 + 14);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_edit->installEventFilter(this);
    m_edit->setAcceptDrops(false); // files dropped on the text come to the composer
    m_quote->setObjectName(QStringLiteral("replyQuote"));
    m_quote->setWordWrap(true);
    m_quote->hide();
    m_cancelQuote->hide();
    m_cancelQuote->setText(QStringLiteral("✕"));
    m_window->setObjectName(QStringLiteral("windowState"));
    m_window->setWordWrap(true);
    m_window->hide();
    m_attachmentsLabel->setObjectName(QStringLiteral("attachments"));
    m_attachmentsLabel->hide();
    m_emoji->setIcon(QIcon(QStringLiteral(":/icons/composer/emoji.svg")));
    m_attach->setIcon(QIcon(QStringLiteral(":/icons/composer/attach.svg")));
    m_emoji->setIconSize(QSize(22, 22));
    m_attach->setIconSize(QSize(22, 22));
    m_note->setCheckable(true);
    m_send->setDefault(false);
    m_send->setAutoDefault(false);
    m_template->setAutoDefault(false);

    m_completer->setModel(m_quickReplies);
    m_completer->setWidget(m_edit);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCompletionRole(Qt::UserRole);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) {
                setText(index.data(Qt::UserRole + 1).toString());
                focusText();
            });

    auto *quoteRow = new QHBoxLayout;
    quoteRow->addWidget(m_quote, 1);
    quoteRow->addWidget(m_cancelQuote, 0, Qt::AlignTop);
    auto *row = new QHBoxLayout;
    row->setSpacing(4);
    row->addWidget(m_emoji, 0, Qt::AlignBottom);
    row->addWidget(m_attach, 0, Qt::AlignBottom);
    row->addWidget(m_edit, 1);
    row->addWidget(m_note, 0, Qt::AlignBottom);
    row->addWidget(m_template, 0, Qt::AlignBottom);
    row->addWidget(m_send, 0, Qt::AlignBottom);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 8);
    layout->setSpacing(4);
    layout->addWidget(m_window);
    layout->addLayout(quoteRow);
    layout->addWidget(m_attachmentsLabel);
    layout->addLayout(row);

    connect(m_send, &QPushButton::clicked, this, &Composer::send);
    connect(m_template, &QPushButton::clicked, this, &Composer::templateRequested);
    connect(m_cancelQuote, &QToolButton::clicked, this, &Composer::clearReply);
    connect(m_attach, &QToolButton::clicked, this, &Composer::chooseFiles);
    connect(m_emoji, &QToolButton::clicked, this, &Composer::showEmoji);
    connect(m_note, &QToolButton::toggled, this, [this] { retranslate(); });
    connect(m_edit, &QPlainTextEdit::textChanged, this, &Composer::onTextChanged);
    retranslate();
}

void Composer::retranslate() {
    const bool note = m_note->isChecked();
    m_edit->setAccessibleName(note ? tr("Internal note") : tr("Message"));
    m_edit->setPlaceholderText(note ? tr("Write a note for the team (the customer never sees it)")
                                    : tr("Write a message, or / for a quick reply"));
    m_edit->setStyleSheet(note ? QStringLiteral("QPlainTextEdit { background: #fff8dc; }")
                               : QString());
    m_send->setText(note ? tr("Save note") : tr("Send"));
    m_send->setAccessibleName(m_send->text());
    m_send->setToolTip(m_enterSends ? tr("Enter sends, Shift+Enter starts a new line")
                                    : tr("Ctrl+Enter sends"));
    m_emoji->setAccessibleName(tr("Insert emoji"));
    m_emoji->setToolTip(m_emoji->accessibleName());
    m_attach->setAccessibleName(tr("Attach files"));
    m_attach->setToolTip(tr("Attach files (or drop them here, or paste an image)"));
    m_note->setText(tr("Note"));
    m_note->setAccessibleName(tr("Internal note mode"));
    m_note->setToolTip(tr("Write an internal note instead of a message"));
    m_template->setText(tr("Template…"));
    m_template->setAccessibleName(tr("Send a template"));
    m_cancelQuote->setAccessibleName(tr("Cancel the reply"));
    // The quote's bar on the side the text starts.
    m_quote->setStyleSheet(
        QStringLiteral(
            "QLabel { background: #eef5f3; border-%1: 4px solid #06a884; padding: 4px; }")
            .arg(layoutDirection() == Qt::RightToLeft ? QStringLiteral("right")
                                                      : QStringLiteral("left")));
    m_cancelQuote->setToolTip(tr("Cancel the reply (Esc)"));
    updateWindow();
    updateAttachments();
    if (!m_replyTo.isEmpty())
        setReplyTo(m_replyTo, m_replyWho);
}

void Composer::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LayoutDirectionChange)
        retranslate();
    QWidget::changeEvent(event);
}

void Composer::setQuickReplies(const QList<QuickReply> &replies) {
    m_quickReplies->clear();
    for (const QuickReply &reply : replies) {
        auto *item = new QStandardItem(reply.shortcut + QStringLiteral("  ") +
                                       reply.text.section(QLatin1Char('\n'), 0, 0).left(60));
        item->setData(reply.shortcut, Qt::UserRole);
        item->setData(reply.text, Qt::UserRole + 1);
        m_quickReplies->appendRow(item);
    }
}

void Composer::setWindowCloses(const QDateTime &closes) {
    m_windowCloses = closes;
    updateWindow();
}

void Composer::updateWindow() {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool closed = !m_windowCloses.isValid() || m_windowCloses <= now;
    const bool note = m_note->isChecked();
    if (closed && !note) {
        m_window->setText(
            m_windowCloses.isValid()
                ? tr("The 24-hour reply window closed %1. WhatsApp allows only an approved "
                     "template until the customer writes again.")
                      .arg(QLocale().toString(m_windowCloses.toLocalTime(), QLocale::ShortFormat))
                : tr("This customer has not written yet. WhatsApp allows only an approved "
                     "template as the first message."));
        m_window->setStyleSheet(QStringLiteral("QLabel { color: #8a4b00; }"));
        m_window->show();
    } else if (!closed && now.secsTo(m_windowCloses) < closingSoonSeconds && !note) {
        m_window->setText(tr("The reply window closes in %n minute(s).", nullptr,
                             int(qMax<qint64>(1, now.secsTo(m_windowCloses) / 60))));
        m_window->setStyleSheet(QStringLiteral("QLabel { color: #8a4b00; }"));
        m_window->show();
    } else {
        m_window->hide();
    }
    m_edit->setEnabled(!closed || note);
    m_send->setEnabled(!closed || note);
    m_attach->setEnabled(!closed && !note);
    m_emoji->setEnabled(!closed || note);
    m_template->setDefault(closed && !note);
}

void Composer::setReplyTo(const QJsonObject &message, const QString &who) {
    m_replyTo = message;
    m_replyWho = who;
    m_quote->setText(tr("Replying to %1: %2")
                         .arg(who, MessageWords::summary(message).left(140).toHtmlEscaped()));
    m_quote->setAccessibleName(m_quote->text());
    m_quote->show();
    m_cancelQuote->show();
    focusText();
}

void Composer::clearReply() {
    m_replyTo = {};
    m_quote->hide();
    m_cancelQuote->hide();
}

void Composer::setEnterSends(bool enterSends) {
    m_enterSends = enterSends;
    retranslate();
}

bool Composer::isNoteMode() const {
    return m_note->isChecked();
}
void Composer::setNoteMode(bool note) {
    m_note->setChecked(note);
}
QString Composer::text() const {
    return m_edit->toPlainText();
}
void Composer::setText(const QString &text) {
    m_edit->setPlainText(text);
    m_edit->moveCursor(QTextCursor::End);
}
void Composer::focusText() {
    m_edit->setFocus(Qt::OtherFocusReason);
}

void Composer::addAttachment(const QString &path) {
    if (!m_attachments.contains(path))
        m_attachments << path;
    updateAttachments();
}

void Composer::updateAttachments() {
    if (m_attachments.isEmpty()) {
        m_attachmentsLabel->hide();
        return;
    }
    QStringList names;
    for (const QString &path : std::as_const(m_attachments)) {
        const QFileInfo info(path);
        names << tr("%1 (%2)").arg(info.fileName(), MessageWords::size(info.size()));
    }
    m_attachmentsLabel->setText(
        tr("To send: %1. The text becomes the caption.").arg(names.join(QStringLiteral(", "))));
    m_attachmentsLabel->setAccessibleName(m_attachmentsLabel->text());
    m_attachmentsLabel->show();
}

void Composer::chooseFiles() {
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Attach files"), QStandardPaths::writableLocation(QStandardPaths::HomeLocation),
        tr("Photos, videos, audio and documents (*.jpg *.jpeg *.png *.webp *.mp4 *.3gp *.mp3 "
           "*.ogg *.m4a *.aac *.amr *.pdf *.doc *.docx *.xls *.xlsx *.ppt *.pptx *.txt);;All "
           "files (*)"));
    for (const QString &file : files)
        addAttachment(file);
}

void Composer::showEmoji() {
    QMenu menu(this);
    menu.setAccessibleName(tr("Emoji"));
    for (const char *emoji : emojiChoices) {
        const QString text = QString::fromUtf8(emoji);
        menu.addAction(text, this, [this, text] { m_edit->insertPlainText(text); });
    }
    menu.exec(m_emoji->mapToGlobal(QPoint(0, -menu.sizeHint().height())));
    focusText();
}

void Composer::onTextChanged() {
    const QString text = m_edit->toPlainText();
    // Quick replies: "/" and the shortcut's first letters, at the start of the message.
    if (text.startsWith(QLatin1Char('/')) && !text.contains(QLatin1Char(' ')) &&
        !text.contains(QLatin1Char('\n')) && m_quickReplies->rowCount() > 0) {
        m_completer->setCompletionPrefix(text);
        if (m_completer->completionCount() > 0) {
            QRect rect = m_edit->cursorRect();
            rect.setWidth(360);
            m_completer->complete(rect);
            return;
        }
    }
    m_completer->popup()->hide();
}

void Composer::send() {
    const QString text = m_edit->toPlainText().trimmed();
    if (m_note->isChecked()) {
        if (text.isEmpty())
            return;
        Q_EMIT noteRequested(text);
    } else {
        if (text.isEmpty() && m_attachments.isEmpty())
            return;
        Q_EMIT sendRequested(text, m_attachments, m_replyTo);
    }
    m_edit->clear();
    m_attachments.clear();
    updateAttachments();
    clearReply();
}

bool Composer::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (m_completer->popup()->isVisible())
            return false; // the completer takes Enter and Esc
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && (key->modifiers() & Qt::ControlModifier)) {
            send();
            return true;
        }
        if (enter && m_enterSends && !(key->modifiers() & Qt::ShiftModifier)) {
            send();
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_replyTo.isEmpty()) {
            clearReply();
            return true;
        }
        if (key->matches(QKeySequence::Paste)) {
            const QMimeData *data = QApplication::clipboard()->mimeData();
            if (data && data->hasImage()) {
                const QImage image = qvariant_cast<QImage>(data->imageData());
                const QString path = QDir::temp().filePath(
                    QStringLiteral("switchboard-paste-%1.png")
                        .arg(QUuid::createUuid().toString(QUuid::Id128).left(8)));
                if (!image.isNull() && image.save(path))
                    addAttachment(path);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void Composer::dragEnterEvent(QDragEnterEvent *event) {
    if (event->mimeData()->hasUrls() && m_attach->isEnabled())
        event->acceptProposedAction();
}

void Composer::dropEvent(QDropEvent *event) {
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            addAttachment(url.toLocalFile());
    event->acceptProposedAction();
}

} // namespace Switchboard
