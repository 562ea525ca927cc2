// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QList>
#include <QPointer>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Switchboard {

class Workspace;

//! Sends an approved template to the open conversation's customer, as WhatsApp requires outside
//! the 24-hour window: the approved templates of the replica, each `{{n}}` of its body as a
//! field, a live preview of the bubble, and Send (through the Outbox, like any message).
class TemplatePickerDialog : public QDialog {
    Q_OBJECT
public:
    TemplatePickerDialog(Workspace *workspace, QString conversationId, QWidget *parent = nullptr);

    //! The approved templates offered, in the order shown.
    const QList<QJsonObject> &templates() const { return m_templates; }
    void choose(int index);
    //! Fills the field of parameter `number` (1-based).
    void setParameter(int number, const QString &value);
    QString preview() const;
    //! The message body sent for the current choice and fields (POST …/messages).
    QJsonObject message() const;

    //! The body text of a template, and the numbers of its `{{n}}` parameters in order.
    static QString bodyOf(const QJsonObject &messageTemplate);
    static QList<int> parametersOf(const QString &body);

private:
    void updatePreview();
    void send();

    QPointer<Workspace> m_workspace;
    QString m_conversationId;
    QString m_to;
    QList<QJsonObject> m_templates;
    QComboBox *m_choice;
    QFormLayout *m_fields;
    QList<QLineEdit *> m_parameters;
    QList<int> m_numbers;
    QLabel *m_preview;
    QLabel *m_empty;
    QLabel *m_error;
    QPushButton *m_send;
};

} // namespace Switchboard
