// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QWidget>

class QCompleter;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStandardItemModel;
class QToolButton;

namespace Switchboard {

//! Where staff write: the text (Enter sends, Shift+Enter a new line; or Ctrl+Enter sends, as
//! chosen), emoji, attachments (file dialog, drag and drop, pasted images) with the text as
//! caption, a reply's quote above (Esc leaves it), quick replies by typing "/" and the shortcut,
//! and internal-note mode. When Meta's 24-hour window is closed it says since when and offers
//! the templates instead; when it is about to close it says how long is left.
class Composer : public QWidget {
    Q_OBJECT
public:
    explicit Composer(QWidget *parent = nullptr);

    struct QuickReply {
        QString shortcut;
        QString text;
    };
    void setQuickReplies(const QList<QuickReply> &replies);
    //! When the customer-service window closes (invalid: the customer never wrote).
    void setWindowCloses(const QDateTime &closes);
    void setEnterSends(bool enterSends);
    //! Quotes `message` above the text until sent or Esc.
    void setReplyTo(const QJsonObject &message, const QString &who);
    QJsonObject replyTo() const { return m_replyTo; }
    void clearReply();
    bool isNoteMode() const;
    void setNoteMode(bool note);
    QString text() const;
    void setText(const QString &text);
    void focusText();
    //! Attachments chosen but not sent yet.
    QStringList attachments() const { return m_attachments; }
    void addAttachment(const QString &path);

Q_SIGNALS:
    //! Enter (or the Send button): text or a caption with attachments, a reply or not.
    void sendRequested(const QString &text, const QStringList &attachments,
                       const QJsonObject &replyTo);
    void noteRequested(const QString &text);
    void templateRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void retranslate();
    void send();
    void updateWindow();
    void updateAttachments();
    void chooseFiles();
    void showEmoji();
    void onTextChanged();

    QLabel *m_quote;
    QToolButton *m_cancelQuote;
    QLabel *m_window;
    QLabel *m_attachmentsLabel;
    QPlainTextEdit *m_edit;
    QToolButton *m_emoji;
    QToolButton *m_attach;
    QToolButton *m_note;
    QPushButton *m_template;
    QPushButton *m_send;
    QCompleter *m_completer;
    QStandardItemModel *m_quickReplies;
    QDateTime m_windowCloses;
    QJsonObject m_replyTo;
    QString m_replyWho;
    QStringList m_attachments;
    bool m_enterSends = true;
};

} // namespace Switchboard
