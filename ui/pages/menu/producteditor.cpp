// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/menu/producteditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Switchboard {

ProductEditor::ProductEditor(const QStringList &categories, QWidget *parent)
    : QDialog(parent)
    , m_sku(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_nameHe(new QLineEdit(this))
    , m_category(new QComboBox(this))
    , m_price(new QDoubleSpinBox(this))
    , m_currency(new QLineEdit(this))
    , m_aliases(new QLineEdit(this))
    , m_available(new QCheckBox(this))
    , m_options(new QTableWidget(0, DeltaColumn + 1, this))
    , m_addOption(new QPushButton(this))
    , m_removeOption(new QPushButton(this))
    , m_delete(new QPushButton(this))
    , m_problem(new QLabel(this))
    , m_optionsLabel(new QLabel(this))
    , m_form(new QFormLayout)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("productEditor"));
    m_sku->setObjectName(QStringLiteral("productSku"));
    m_name->setObjectName(QStringLiteral("productName"));
    m_nameHe->setObjectName(QStringLiteral("productNameHe"));
    // Hebrew is typed right to left whatever the console's language.
    m_nameHe->setLayoutDirection(Qt::RightToLeft);
    m_category->setObjectName(QStringLiteral("productCategory"));
    m_category->setEditable(true);
    m_category->addItems(categories);
    m_price->setObjectName(QStringLiteral("productPrice"));
    m_price->setRange(0, 1000000);
    m_price->setDecimals(2);
    m_currency->setObjectName(QStringLiteral("productCurrency"));
    m_currency->setMaxLength(3);
    m_currency->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), m_currency));
    m_aliases->setObjectName(QStringLiteral("productAliases"));
    m_available->setObjectName(QStringLiteral("productAvailable"));
    m_options->setObjectName(QStringLiteral("productOptions"));
    m_options->verticalHeader()->hide();
    m_options->horizontalHeader()->setStretchLastSection(false);
    m_options->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_options->horizontalHeader()->setSectionResizeMode(RequiredColumn,
                                                        QHeaderView::ResizeToContents);
    m_options->horizontalHeader()->setSectionResizeMode(DeltaColumn, QHeaderView::ResizeToContents);
    m_options->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_optionsLabel->setBuddy(m_options);
    m_addOption->setObjectName(QStringLiteral("addOption"));
    m_removeOption->setObjectName(QStringLiteral("removeOption"));
    m_delete->setObjectName(QStringLiteral("deleteProduct"));
    m_problem->setObjectName(QStringLiteral("productProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problem->hide();

    auto *priceRow = new QHBoxLayout;
    priceRow->addWidget(m_price, 1);
    priceRow->addWidget(m_currency);
    m_form->addRow(QString(), m_name);
    m_form->addRow(QString(), m_nameHe);
    m_form->addRow(QString(), m_category);
    m_form->addRow(QString(), priceRow);
    m_form->addRow(QString(), m_sku);
    m_form->addRow(QString(), m_aliases);
    m_form->addRow(QString(), m_available);

    auto *optionButtons = new QHBoxLayout;
    optionButtons->addWidget(m_addOption);
    optionButtons->addWidget(m_removeOption);
    optionButtons->addStretch();

    m_buttons->addButton(m_delete, QDialogButtonBox::DestructiveRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_optionsLabel);
    layout->addWidget(m_options, 1);
    layout->addLayout(optionButtons);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_addOption, &QPushButton::clicked, this, [this] {
        const int row = m_options->rowCount();
        const QString group = row > 0 ? m_options->item(row - 1, GroupColumn)->text() : tr("Size");
        addOption(group, false, QString(), QString(), 0);
        m_options->setCurrentCell(row, LabelColumn);
        m_options->editItem(m_options->item(row, LabelColumn));
    });
    connect(m_removeOption, &QPushButton::clicked, this, [this] {
        if (m_options->currentRow() >= 0)
            m_options->removeRow(m_options->currentRow());
    });
    connect(m_delete, &QPushButton::clicked, this, [this] { Q_EMIT deleteRequested(m_id); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProductEditor::tryAccept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(640, 560);
    retranslate();
    setProduct({});
}

void ProductEditor::retranslate() {
    setWindowTitle(m_id.isEmpty() ? tr("New product") : tr("Edit product"));
    auto label = [this](QWidget *field, const QString &text) {
        if (auto *l = qobject_cast<QLabel *>(m_form->labelForField(field)))
            l->setText(text);
        field->setAccessibleName(QString(text).remove(u'&').remove(u':'));
    };
    label(m_name, tr("&Name (English):"));
    label(m_nameHe, tr("Name in &Hebrew:"));
    label(m_category, tr("&Category:"));
    label(m_sku, tr("&SKU:"));
    label(m_aliases, tr("&Other names:"));
    label(m_available, tr("Availability:"));
    if (auto *priceLabel = m_form->itemAt(3, QFormLayout::LabelRole)) {
        if (auto *l = qobject_cast<QLabel *>(priceLabel->widget())) {
            l->setText(tr("&Price:"));
            l->setBuddy(m_price);
        }
    }
    m_price->setAccessibleName(tr("Price"));
    m_currency->setAccessibleName(tr("Currency"));
    m_currency->setPlaceholderText(tr("ILS"));
    m_currency->setToolTip(tr("The currency's three-letter code, e.g. ILS"));
    m_aliases->setPlaceholderText(tr("Words customers use for it, separated by commas"));
    m_nameHe->setPlaceholderText(tr("Leave empty when it is the same as the English name"));
    m_available->setText(tr("Available to order"));
    m_available->setAccessibleName(tr("Available to order"));
    m_optionsLabel->setText(tr("&Variants (each row is one option of a group such as Size or "
                               "Extras):"));
    m_options->setAccessibleName(tr("Variant options"));
    m_options->setHorizontalHeaderLabels(
        {tr("Group"), tr("Required"), tr("Option"), tr("Option in Hebrew"), tr("Price change")});
    m_addOption->setText(tr("&Add option"));
    m_addOption->setAccessibleName(tr("Add a variant option"));
    m_removeOption->setText(tr("&Remove option"));
    m_removeOption->setAccessibleName(tr("Remove the selected variant option"));
    m_delete->setText(tr("&Delete product…"));
    m_delete->setAccessibleName(tr("Delete this product"));
    m_buttons->button(QDialogButtonBox::Save)->setAccessibleName(tr("Save the product"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
}

void ProductEditor::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ProductEditor::setProduct(const QJsonObject &product) {
    m_id = product.value(QLatin1String("id")).toString();
    m_sku->setText(product.value(QLatin1String("sku")).toString());
    m_name->setText(product.value(QLatin1String("name")).toString());
    m_nameHe->setText(product.value(QLatin1String("name_he")).toString());
    m_category->setCurrentText(product.value(QLatin1String("category")).toString());
    m_price->setValue(product.value(QLatin1String("price")).toDouble());
    const QString currency = product.value(QLatin1String("currency")).toString();
    m_currency->setText(currency.isEmpty() ? QStringLiteral("ILS") : currency);
    QStringList aliases;
    for (const QJsonValue &alias : product.value(QLatin1String("aliases")).toArray())
        aliases << alias.toString();
    m_aliases->setText(aliases.join(QStringLiteral(", ")));
    m_available->setChecked(product.value(QLatin1String("available")).toBool(true));
    m_options->setRowCount(0);
    for (const QJsonValue &v : product.value(QLatin1String("variants")).toArray()) {
        const QJsonObject variant = v.toObject();
        for (const QJsonValue &o : variant.value(QLatin1String("options")).toArray()) {
            const QJsonObject option = o.toObject();
            addOption(variant.value(QLatin1String("name")).toString(),
                      variant.value(QLatin1String("required")).toBool(),
                      option.value(QLatin1String("label")).toString(),
                      option.value(QLatin1String("label_he")).toString(),
                      option.value(QLatin1String("price_delta")).toDouble());
        }
    }
    m_delete->setVisible(!m_id.isEmpty());
    m_problem->hide();
    retranslate();
}

void ProductEditor::addOption(const QString &group, bool required, const QString &label,
                              const QString &labelHe, double delta) {
    const int row = m_options->rowCount();
    m_options->insertRow(row);
    m_options->setItem(row, GroupColumn, new QTableWidgetItem(group));
    auto *requiredItem = new QTableWidgetItem;
    requiredItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    requiredItem->setCheckState(required ? Qt::Checked : Qt::Unchecked);
    m_options->setItem(row, RequiredColumn, requiredItem);
    m_options->setItem(row, LabelColumn, new QTableWidgetItem(label));
    auto *hebrew = new QTableWidgetItem(labelHe);
    m_options->setItem(row, HebrewLabelColumn, hebrew);
    auto *deltaItem = new QTableWidgetItem;
    deltaItem->setData(Qt::EditRole, delta);
    deltaItem->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
    m_options->setItem(row, DeltaColumn, deltaItem);
}

QJsonObject ProductEditor::product() const {
    QJsonArray aliases;
    for (const QString &alias : m_aliases->text().split(u',', Qt::SkipEmptyParts)) {
        if (!alias.trimmed().isEmpty())
            aliases.append(alias.trimmed());
    }
    // Groups in the order they first appear; a group is required when any of its rows says so.
    QStringList groupNames;
    QHash<QString, QJsonArray> groupOptions;
    QHash<QString, bool> groupRequired;
    for (int row = 0; row < m_options->rowCount(); ++row) {
        auto text = [&](int column) {
            const QTableWidgetItem *item = m_options->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        const QString group = text(GroupColumn);
        const QString label = text(LabelColumn);
        if (group.isEmpty() && label.isEmpty())
            continue;
        if (!groupNames.contains(group))
            groupNames << group;
        const QTableWidgetItem *required = m_options->item(row, RequiredColumn);
        groupRequired[group] =
            groupRequired.value(group) || (required && required->checkState() == Qt::Checked);
        const QTableWidgetItem *delta = m_options->item(row, DeltaColumn);
        QJsonObject option{
            {QStringLiteral("label"), label},
            {QStringLiteral("price_delta"), delta ? delta->data(Qt::EditRole).toDouble() : 0.0}};
        if (!text(HebrewLabelColumn).isEmpty())
            option.insert(QStringLiteral("label_he"), text(HebrewLabelColumn));
        groupOptions[group].append(option);
    }
    QJsonArray variants;
    for (const QString &group : std::as_const(groupNames))
        variants.append(QJsonObject{{QStringLiteral("name"), group},
                                    {QStringLiteral("required"), groupRequired.value(group)},
                                    {QStringLiteral("options"), groupOptions.value(group)}});
    return {
        {QStringLiteral("sku"), m_sku->text().trimmed()},
        {QStringLiteral("name"), m_name->text().trimmed()},
        {QStringLiteral("name_he"), m_nameHe->text().trimmed()},
        {QStringLiteral("category"), m_category->currentText().trimmed()},
        {QStringLiteral("price"), m_price->value()},
        {QStringLiteral("currency"), m_currency->text().trimmed().toUpper()},
        {QStringLiteral("aliases"), aliases},
        {QStringLiteral("variants"), variants},
        {QStringLiteral("available"), m_available->isChecked()},
    };
}

QString ProductEditor::problem() const {
    if (m_name->text().trimmed().isEmpty())
        return tr("Give the product a name in English.");
    if (m_currency->text().trimmed().size() != 3)
        return tr("Write the currency as its three-letter code, e.g. ILS.");
    for (int row = 0; row < m_options->rowCount(); ++row) {
        const QTableWidgetItem *group = m_options->item(row, GroupColumn);
        const QTableWidgetItem *label = m_options->item(row, LabelColumn);
        const bool hasGroup = group && !group->text().trimmed().isEmpty();
        const bool hasLabel = label && !label->text().trimmed().isEmpty();
        if (hasGroup != hasLabel)
            return tr("Variant option %1 needs both a group and an option name.").arg(row + 1);
    }
    return {};
}

void ProductEditor::tryAccept() {
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    if (why.isEmpty())
        accept();
}

} // namespace Switchboard
