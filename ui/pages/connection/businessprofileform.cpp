// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/connection/businessprofileform.h"

#include "core/sync/relayclient.h"
#include "ui/pages/connection/connectionwords.h"
#include "ui/pages/connection/relaycall_p.h"

#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace Switchboard {

namespace {

template <typename Field>
Field *addField(QFormLayout *form, const QString &label, const QString &objectName,
                QWidget *parent) {
    auto *field = new Field(parent);
    field->setObjectName(objectName);
    auto *buddy = new QLabel(label, parent);
    buddy->setBuddy(field);
    form->addRow(buddy, field);
    return field;
}

} // namespace

BusinessProfileForm::BusinessProfileForm(RelayClient *client, QString tenantId, bool canEdit,
                                         QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_tenantId(std::move(tenantId))
    , m_canEdit(canEdit)
    , m_vertical(new QLabel(this))
    , m_save(new QPushButton(tr("Save the profile"), this))
    , m_message(new QLabel(this)) {
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_about = addField<QLineEdit>(form, tr("A&bout:"), QStringLiteral("profileAbout"), this);
    m_description = addField<QPlainTextEdit>(form, tr("&Description:"),
                                             QStringLiteral("profileDescription"), this);
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 4 + 12);
    m_address = addField<QLineEdit>(form, tr("Add&ress:"), QStringLiteral("profileAddress"), this);
    m_email = addField<QLineEdit>(form, tr("&Email:"), QStringLiteral("profileEmail"), this);
    m_website1 =
        addField<QLineEdit>(form, tr("&Website:"), QStringLiteral("profileWebsite1"), this);
    m_website2 =
        addField<QLineEdit>(form, tr("Second websi&te:"), QStringLiteral("profileWebsite2"), this);
    auto *verticalLabel = new QLabel(tr("Category:"), this);
    verticalLabel->setBuddy(m_vertical);
    m_vertical->setObjectName(QStringLiteral("profileVertical"));
    form->addRow(verticalLabel, m_vertical);
    for (QLineEdit *edit : {m_about, m_address, m_email, m_website1, m_website2}) {
        edit->setReadOnly(!m_canEdit);
        connect(edit, &QLineEdit::textEdited, this, [this] { setMessage({}); });
    }
    m_description->setReadOnly(!m_canEdit);
    m_website1->setPlaceholderText(QStringLiteral("https://"));
    m_website2->setPlaceholderText(QStringLiteral("https://"));
    m_save->setObjectName(QStringLiteral("profileSave"));
    m_save->setVisible(m_canEdit);
    m_message->setObjectName(QStringLiteral("profileMessage"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (!m_canEdit) {
        auto *readOnly = new QLabel(tr("Only owners and admins can change the profile."), this);
        readOnly->setWordWrap(true);
        readOnly->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(readOnly);
    }
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_save, 0, Qt::AlignLeading);
    connect(m_save, &QPushButton::clicked, this, &BusinessProfileForm::save);
    setBusy(true); // until a profile is loaded
}

void BusinessProfileForm::setBusy(bool busy) {
    m_save->setEnabled(m_canEdit && !busy && !m_phoneNumberId.isEmpty());
}

void BusinessProfileForm::setMessage(const QString &text) {
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void BusinessProfileForm::load(const QString &phoneNumberId) {
    m_phoneNumberId = phoneNumberId;
    setBusy(true);
    Q_EMIT busyChanged(true);
    setMessage(tr("Loading the profile from Meta…"));
    RelayReply *reply = m_client->get(
        tenantPath(m_tenantId, QStringLiteral("/numbers/%1/business-profile").arg(phoneNumberId)));
    whenAnswered(reply, this, [this, phoneNumberId](const RelayReply &answer) {
        if (phoneNumberId != m_phoneNumberId)
            return; // another number was chosen meanwhile
        setBusy(false);
        Q_EMIT busyChanged(false);
        if (!answer.ok())
            setMessage(tr("The profile could not be loaded: %1")
                           .arg(ConnectionWords::error(answer.error())));
        else {
            setMessage({});
            showProfile(answer.json());
        }
        Q_EMIT settled();
    });
}

void BusinessProfileForm::showProfile(const QJsonObject &profile) {
    const auto text = [&profile](const char *name) {
        return profile.value(QLatin1String(name)).toString();
    };
    m_about->setText(text("about"));
    m_address->setText(text("address"));
    m_description->setPlainText(text("description"));
    m_email->setText(text("email"));
    const QJsonArray websites = profile.value(QLatin1String("websites")).toArray();
    m_website1->setText(websites.size() > 0 ? websites.at(0).toString() : QString());
    m_website2->setText(websites.size() > 1 ? websites.at(1).toString() : QString());
    const QString vertical = text("vertical");
    m_vertical->setText(vertical.isEmpty() || vertical == QLatin1String("UNDEFINED")
                            ? tr("Not chosen (set it in WhatsApp Manager)")
                            : vertical.toLower().replace(QLatin1Char('_'), QLatin1Char(' ')));
}

QString BusinessProfileForm::validationProblem() const {
    const qsizetype about = m_about->text().size();
    if (about < 1)
        return tr("About cannot be empty: write a short line customers see (up to 139 "
                  "characters).");
    if (about > 139)
        return tr("About can have at most 139 characters; it has %1.").arg(about);
    if (const qsizetype size = m_description->toPlainText().size(); size > 512)
        return tr("The description can have at most 512 characters; it has %1.").arg(size);
    if (const qsizetype size = m_address->text().size(); size > 256)
        return tr("The address can have at most 256 characters; it has %1.").arg(size);
    const QString email = m_email->text().trimmed();
    static const QRegularExpression emailShape(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (email.size() > 128 || (!email.isEmpty() && !emailShape.match(email).hasMatch()))
        return tr("The email must be an address like name@example.com, at most 128 "
                  "characters.");
    static const QRegularExpression http(QStringLiteral("^https?://\\S+$"));
    for (QLineEdit *site : {m_website1, m_website2}) {
        const QString url = site->text().trimmed();
        if (!url.isEmpty() && (!http.match(url).hasMatch() || url.size() > 256))
            return tr("A website starts with http:// or https:// and has at most 256 "
                      "characters: %1")
                .arg(url);
    }
    return {};
}

void BusinessProfileForm::save() {
    if (const QString problem = validationProblem(); !problem.isEmpty()) {
        setMessage(problem);
        return;
    }
    QJsonArray websites;
    for (QLineEdit *site : {m_website1, m_website2})
        if (const QString url = site->text().trimmed(); !url.isEmpty())
            websites.append(url);
    const QJsonObject body{{QStringLiteral("about"), m_about->text()},
                           {QStringLiteral("address"), m_address->text()},
                           {QStringLiteral("description"), m_description->toPlainText()},
                           {QStringLiteral("email"), m_email->text().trimmed()},
                           {QStringLiteral("websites"), websites}};
    setBusy(true);
    Q_EMIT busyChanged(true);
    setMessage(tr("Saving the profile at Meta…"));
    RelayReply *reply = m_client->patch(
        tenantPath(m_tenantId, QStringLiteral("/numbers/%1/business-profile").arg(m_phoneNumberId)),
        body);
    whenAnswered(reply, this, [this](const RelayReply &answer) {
        setBusy(false);
        Q_EMIT busyChanged(false);
        if (!answer.ok()) {
            setMessage(tr("Not saved: %1").arg(ConnectionWords::error(answer.error())));
        } else {
            showProfile(answer.json());
            setMessage(tr("Saved. Customers see the new profile on WhatsApp."));
        }
        Q_EMIT settled();
    });
}

} // namespace Switchboard
