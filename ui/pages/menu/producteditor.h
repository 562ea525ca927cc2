// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QJsonObject>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Switchboard {

//! One product of the menu, edited in both languages: SKU, English and Hebrew name, category,
//! price and currency, the other words customers use for it (aliases), whether it is available,
//! and its variant groups. The groups are edited as one table of options (group, required,
//! label, Hebrew label, price delta), a row per option, since that is how a menu reads; rows of
//! the same group name form one group. The dialog only collects: the page sends what it gives.
class ProductEditor : public QDialog {
    Q_OBJECT
public:
    //! Option table columns.
    enum OptionColumn { GroupColumn, RequiredColumn, LabelColumn, HebrewLabelColumn, DeltaColumn };

    //! `categories`: those in use, offered in the category box.
    explicit ProductEditor(const QStringList &categories, QWidget *parent = nullptr);

    //! Fills the form from the relay's Product record; an empty one is a new product (ILS).
    void setProduct(const QJsonObject &product);
    //! What the form says, as the Product fields of a POST or PATCH body (no id, no
    //! display_order).
    QJsonObject product() const;
    //! The product's id; empty for a new one.
    QString productId() const { return m_id; }
    //! Why the form cannot be saved yet, or empty.
    QString problem() const;

    void addOption(const QString &group, bool required, const QString &label,
                   const QString &labelHe, double delta);
    QTableWidget *options() const { return m_options; }

Q_SIGNALS:
    //! "Delete product…": the page confirms and deletes.
    void deleteRequested(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void tryAccept();

    QString m_id;
    QLineEdit *m_sku;
    QLineEdit *m_name;
    QLineEdit *m_nameHe;
    QComboBox *m_category;
    QDoubleSpinBox *m_price;
    QLineEdit *m_currency;
    QLineEdit *m_aliases;
    QCheckBox *m_available;
    QTableWidget *m_options;
    QPushButton *m_addOption;
    QPushButton *m_removeOption;
    QPushButton *m_delete;
    QLabel *m_problem;
    QLabel *m_optionsLabel;
    QFormLayout *m_form;
    QDialogButtonBox *m_buttons;
};

} // namespace Switchboard
