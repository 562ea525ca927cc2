// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/menu/menuimportdialog.h"

#include "ui/models/productlistmodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Switchboard {

namespace {

QString nameOf(const QJsonObject &product) {
    const QString name = product.value(QLatin1String("name")).toString();
    const QString he = product.value(QLatin1String("name_he")).toString();
    return he.isEmpty() || he == name ? name : QStringLiteral("%1 · %2").arg(name, he);
}

QString priceOf(const QJsonObject &product) {
    return ProductListModel::priceText(product.value(QLatin1String("price")).toDouble(),
                                       product.value(QLatin1String("currency")).toString());
}

QString listText(const QJsonValue &value) {
    QStringList items;
    for (const QJsonValue &item : value.toArray())
        items << item.toString();
    return items.join(QStringLiteral(", "));
}

QString variantsText(const QJsonValue &value) {
    QStringList groups;
    for (const QJsonValue &v : value.toArray()) {
        const QJsonObject variant = v.toObject();
        QStringList options;
        for (const QJsonValue &o : variant.value(QLatin1String("options")).toArray()) {
            const QJsonObject option = o.toObject();
            QString text = option.value(QLatin1String("label")).toString();
            const double delta = option.value(QLatin1String("price_delta")).toDouble();
            if (delta != 0)
                text += QStringLiteral(" (%1%2)").arg(delta > 0 ? QStringLiteral("+") : QString(),
                                                      QLocale().toString(delta, 'f', 2));
            options << text;
        }
        groups << QStringLiteral("%1: %2").arg(variant.value(QLatin1String("name")).toString(),
                                               options.join(QStringLiteral(", ")));
    }
    return groups.join(QStringLiteral("; "));
}

QString shown(const QString &text) {
    return text.isEmpty() ? MenuImportDialog::tr("(none)") : text;
}

} // namespace

QStringList MenuImportDialog::differences(const QJsonObject &before, const QJsonObject &after) {
    QStringList lines;
    auto compare = [&](const QString &label, const QString &a, const QString &b) {
        if (a != b)
            lines << tr("%1: %2 → %3").arg(label, shown(a), shown(b));
    };
    auto field = [](const QJsonObject &p, const char *key) {
        return p.value(QLatin1String(key)).toString();
    };
    compare(tr("Name"), field(before, "name"), field(after, "name"));
    compare(tr("Hebrew name"), field(before, "name_he"), field(after, "name_he"));
    compare(tr("Category"), field(before, "category"), field(after, "category"));
    compare(tr("Price"), priceOf(before), priceOf(after));
    compare(tr("SKU"), field(before, "sku"), field(after, "sku"));
    auto availability = [](const QJsonObject &p) {
        return p.value(QLatin1String("available")).toBool(true) ? tr("available") : tr("sold out");
    };
    compare(tr("Availability"), availability(before), availability(after));
    compare(tr("Other names"), listText(before.value(QLatin1String("aliases"))),
            listText(after.value(QLatin1String("aliases"))));
    compare(tr("Variants"), variantsText(before.value(QLatin1String("variants"))),
            variantsText(after.value(QLatin1String("variants"))));
    if (before.value(QLatin1String("display_order")).toInteger() !=
        after.value(QLatin1String("display_order")).toInteger())
        lines << tr("Place on the menu: %1 → %2")
                     .arg(before.value(QLatin1String("display_order")).toInteger())
                     .arg(after.value(QLatin1String("display_order")).toInteger());
    return lines;
}

MenuImportDialog::MenuImportDialog(const QJsonObject &preview, const QString &fileName,
                                   QWidget *parent)
    : QDialog(parent)
    , m_summary(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("menuImportDialog"));
    setWindowTitle(tr("Import %1").arg(fileName));
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_tree->setObjectName(QStringLiteral("importChanges"));
    m_tree->setAccessibleName(tr("What the import changes"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Product"), tr("Change")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setWordWrap(true);

    const QJsonArray added = preview.value(QLatin1String("added")).toArray();
    const QJsonArray changed = preview.value(QLatin1String("changed")).toArray();
    const QJsonArray removed = preview.value(QLatin1String("removed")).toArray();
    m_added = int(added.size());
    m_changed = int(changed.size());
    m_removed = int(removed.size());

    auto group = [this](const QString &title, const QColor &color) {
        auto *item = new QTreeWidgetItem(m_tree, {title});
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        item->setForeground(0, color);
        item->setFirstColumnSpanned(true);
        item->setExpanded(true);
        return item;
    };
    if (m_added > 0) {
        QTreeWidgetItem *top = group(tr("Added (%n)", nullptr, m_added), QColor(0x1b, 0x6e, 0x2f));
        for (const QJsonValue &value : added) {
            const QJsonObject product = value.toObject();
            QString what = priceOf(product);
            const QString category = product.value(QLatin1String("category")).toString();
            if (!category.isEmpty())
                what = QStringLiteral("%1 · %2").arg(category, what);
            new QTreeWidgetItem(top, {nameOf(product), what});
        }
    }
    if (m_changed > 0) {
        QTreeWidgetItem *top =
            group(tr("Changed (%n)", nullptr, m_changed), QColor(0x8a, 0x5a, 0x00));
        for (const QJsonValue &value : changed) {
            const QJsonObject before = value.toObject().value(QLatin1String("before")).toObject();
            const QJsonObject after = value.toObject().value(QLatin1String("after")).toObject();
            new QTreeWidgetItem(
                top, {nameOf(after), differences(before, after).join(QLatin1Char('\n'))});
        }
    }
    if (m_removed > 0) {
        QTreeWidgetItem *top =
            group(tr("Removed (%n)", nullptr, m_removed), QColor(0xb3, 0x26, 0x1e));
        for (const QJsonValue &value : removed)
            new QTreeWidgetItem(top,
                                {nameOf(value.toObject()), tr("Not in the file: leaves the menu")});
    }
    m_summary->setText(summary());

    QPushButton *apply = m_buttons->button(QDialogButtonBox::Apply);
    apply->setText(tr("&Apply"));
    apply->setAccessibleName(tr("Apply the import"));
    apply->setEnabled(m_added + m_changed + m_removed > 0);
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel the import"));
    connect(apply, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_buttons);
    resize(760, 520);
}

QString MenuImportDialog::summary() const {
    if (m_added + m_changed + m_removed == 0)
        return tr("The file matches the menu: importing it changes nothing.");
    return tr("Importing this file replaces the menu: %1 added, %2 changed, %3 removed. Nothing "
              "has changed yet; Apply makes the change.")
        .arg(m_added)
        .arg(m_changed)
        .arg(m_removed);
}

} // namespace Switchboard
