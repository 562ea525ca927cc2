// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/conversations/templatepickerdialog.h"

#include "core/session/workspace.h"
#include "core/sync/outbox.h"
#include "core/sync/replica.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace Switchboard {

TemplatePickerDialog::TemplatePickerDialog(Workspace *workspace, QString conversationId,
                                           QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_conversationId(std::move(conversationId))
    , m_choice(new QComboBox(this))
    , m_fields(new QFormLayout)
    , m_preview(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_error(new QLabel(this)) {
    setObjectName(QStringLiteral("TemplatePickerDialog"));
    setWindowTitle(tr("Send a template"));
    m_choice->setObjectName(QStringLiteral("template"));
    m_choice->setAccessibleName(tr("Template"));
    m_preview->setObjectName(QStringLiteral("templatePreview"));
    m_preview->setWordWrap(true);
    m_preview->setMinimumWidth(360);
    m_preview->setStyleSheet(
        QStringLiteral("QLabel { background: #d9fdd3; border-radius: 8px; padding: 10px; }"));
    m_empty->setWordWrap(true);
    m_empty->setObjectName(QStringLiteral("noTemplates"));
    m_empty->setText(tr("There is no approved template yet. An admin creates templates on the "
                        "Templates page; Meta reviews each one before it can be sent."));
    m_error->setObjectName(QStringLiteral("templateError"));
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));
    m_error->setWordWrap(true);
    m_error->hide();

    if (m_workspace) {
        Replica *replica = m_workspace->replica();
        if (auto conversation = replica->record(QStringLiteral("conversation"), m_conversationId);
            conversation && conversation->has_value()) {
            const QString customerId =
                conversation->value().value(QStringLiteral("customer_id")).toString();
            if (auto customer = replica->record(QStringLiteral("customer"), customerId);
                customer && customer->has_value())
                m_to = customer->value().value(QStringLiteral("wa_id")).toString();
        }
        if (auto all = replica->records(QStringLiteral("template"))) {
            for (const QJsonObject &one : *all)
                if (one.value(QStringLiteral("status")).toString() == QLatin1String("approved"))
                    m_templates << one;
        }
    }
    for (const QJsonObject &one : std::as_const(m_templates))
        m_choice->addItem(
            QStringLiteral("%1 (%2)").arg(one.value(QStringLiteral("name")).toString(),
                                          one.value(QStringLiteral("language")).toString()));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_send = buttons->addButton(tr("Send"), QDialogButtonBox::AcceptRole);
    m_send->setAccessibleName(tr("Send the template"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_send, &QPushButton::clicked, this, &TemplatePickerDialog::send);

    auto *form = new QFormLayout;
    auto *caption = new QLabel(tr("&Template:"), this);
    caption->setBuddy(m_choice);
    form->addRow(caption, m_choice);
    auto *previewCaption = new QLabel(tr("What the customer will see:"), this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addLayout(form);
    layout->addLayout(m_fields);
    layout->addWidget(previewCaption);
    layout->addWidget(m_preview);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    const bool none = m_templates.isEmpty();
    m_empty->setVisible(none);
    m_choice->setVisible(!none);
    caption->setVisible(!none);
    previewCaption->setVisible(!none);
    m_preview->setVisible(!none);
    m_send->setEnabled(!none);
    connect(m_choice, &QComboBox::currentIndexChanged, this, &TemplatePickerDialog::choose);
    if (!none)
        choose(0);
}

QString TemplatePickerDialog::bodyOf(const QJsonObject &messageTemplate) {
    for (const QJsonValue &value : messageTemplate.value(QStringLiteral("components")).toArray()) {
        const QJsonObject component = value.toObject();
        if (component.value(QStringLiteral("type"))
                .toString()
                .compare(QLatin1String("body"), Qt::CaseInsensitive) == 0)
            return component.value(QStringLiteral("text")).toString();
    }
    return {};
}

QList<int> TemplatePickerDialog::parametersOf(const QString &body) {
    static const QRegularExpression parameter(QStringLiteral(R"(\{\{\s*(\d+)\s*\}\})"));
    QList<int> numbers;
    for (auto it = parameter.globalMatch(body); it.hasNext();) {
        const int number = it.next().captured(1).toInt();
        if (!numbers.contains(number))
            numbers << number;
    }
    std::sort(numbers.begin(), numbers.end());
    return numbers;
}

void TemplatePickerDialog::choose(int index) {
    if (index < 0 || index >= m_templates.size())
        return;
    if (m_choice->currentIndex() != index)
        m_choice->setCurrentIndex(index);
    while (m_fields->rowCount() > 0)
        m_fields->removeRow(0);
    m_parameters.clear();
    m_numbers = parametersOf(bodyOf(m_templates[index]));
    for (int number : std::as_const(m_numbers)) {
        auto *field = new QLineEdit(this);
        field->setObjectName(QStringLiteral("parameter%1").arg(number));
        auto *label = new QLabel(tr("Value of {{%1}}:").arg(number), this);
        label->setBuddy(field);
        field->setAccessibleName(tr("Value of {{%1}}").arg(number));
        connect(field, &QLineEdit::textChanged, this, &TemplatePickerDialog::updatePreview);
        m_fields->addRow(label, field);
        m_parameters << field;
    }
    updatePreview();
}

void TemplatePickerDialog::setParameter(int number, const QString &value) {
    const int at = int(m_numbers.indexOf(number));
    if (at >= 0)
        m_parameters[at]->setText(value);
}

QString TemplatePickerDialog::preview() const {
    const int index = m_choice->currentIndex();
    if (index < 0 || index >= m_templates.size())
        return {};
    QString body = bodyOf(m_templates[index]);
    for (int i = 0; i < m_numbers.size(); ++i) {
        const QString value = m_parameters[i]->text();
        body.replace(QRegularExpression(QStringLiteral(R"(\{\{\s*%1\s*\}\})").arg(m_numbers[i])),
                     value.isEmpty() ? QStringLiteral("[%1]").arg(m_numbers[i]) : value);
    }
    return body;
}

void TemplatePickerDialog::updatePreview() {
    const QString text = preview();
    m_preview->setText(text);
    m_preview->setAccessibleName(tr("Preview: %1").arg(text));
    // The bubble reads in the template's own direction, whatever the window's.
    m_preview->setAlignment((text.isRightToLeft() ? Qt::AlignRight : Qt::AlignLeft) |
                            Qt::AlignAbsolute | Qt::AlignVCenter);
    bool filled = true;
    for (const QLineEdit *field : std::as_const(m_parameters))
        filled = filled && !field->text().trimmed().isEmpty();
    m_send->setEnabled(filled && !m_templates.isEmpty());
}

QJsonObject TemplatePickerDialog::message() const {
    const int index = m_choice->currentIndex();
    if (index < 0 || index >= m_templates.size())
        return {};
    const QJsonObject &chosen = m_templates[index];
    QJsonObject body{{QStringLiteral("to"), m_to},
                     {QStringLiteral("type"), QStringLiteral("template")}};
    QJsonObject messageTemplate{
        {QStringLiteral("name"), chosen.value(QStringLiteral("name"))},
        {QStringLiteral("language"),
         QJsonObject{{QStringLiteral("code"), chosen.value(QStringLiteral("language"))}}}};
    if (!m_parameters.isEmpty()) {
        QJsonArray parameters;
        for (const QLineEdit *field : m_parameters)
            parameters.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                          {QStringLiteral("text"), field->text().trimmed()}});
        messageTemplate.insert(
            QStringLiteral("components"),
            QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("body")},
                                   {QStringLiteral("parameters"), parameters}}});
    }
    body.insert(QStringLiteral("template"), messageTemplate);
    return body;
}

void TemplatePickerDialog::send() {
    if (!m_workspace)
        return;
    Outbox *outbox = m_workspace->outbox();
    auto queued = outbox->enqueue(Outbox::Kind::SendMessage, m_conversationId, "POST",
                                  outbox->tenantPath(QStringLiteral("/messages")), message());
    if (!queued) {
        m_error->setText(tr("Not sent: %1").arg(queued.error().message));
        m_error->show();
        return;
    }
    accept();
}

} // namespace Switchboard
