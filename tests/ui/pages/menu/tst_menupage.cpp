// SPDX-License-Identifier: GPL-3.0-or-later
// The Menu page against a real relay whose Meta is the in-process sandbox, with a Workspace
// signed in as the Pizzeria's owner and live: the pizzeria's menu (created through the products
// route) shows in display order, can be searched and filtered; an edit in the form (English and
// Hebrew names, a variant option), a new product, a reorder (drag of the model's mime data and
// Ctrl+Down), and a product marked sold out reach the relay; a CSV import shows the relay's
// preview before anything changes and applies it on Apply; a malformed CSV and an absent relay
// say so. Screenshots in English and Hebrew go to build/screenshots/.
#include "core/session/workspace.h"
#include "core/sync/outbox.h"
#include "core/sync/relayclient.h"
#include "core/sync/replica.h"
#include "core/sync/syncengine.h"
#include "tests/relay/connections/sandboxedrelay.h"
#include "ui/language.h"
#include "ui/models/productfiltermodel.h"
#include "ui/models/productlistmodel.h"
#include "ui/pages/menu/menuimportdialog.h"
#include "ui/pages/menu/menupage.h"
#include "ui/pages/menu/producteditor.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Switchboard;
using namespace Qt::StringLiterals;
using Test::RelayHarness;
using Test::SandboxedRelay;

class TestMenuPage : public QObject {
    Q_OBJECT

    SandboxedRelay m_world;
    Language m_language;
    QNetworkAccessManager m_network;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<RelayClient> m_client;
    std::unique_ptr<Workspace> m_workspace;
    QString m_token;
    QHash<QString, QString> m_ids; //!< product name → relay id

    RelayHarness::Reply call(const QByteArray &method, const QString &path,
                             const QByteArray &body = {},
                             const QByteArray &type = "application/json") {
        return m_world.relay->request(
            method, u"/api/v1/tenants/%1"_s.arg(m_world.relay->tenantId) + path, body,
            {{"Authorization", "Bearer " + m_token.toUtf8()}, {"Content-Type", type}});
    }
    QJsonObject product(const QString &id) { return call("GET", u"/products/"_s + id).json(); }
    QJsonArray relayProducts() {
        return call("GET", u"/products"_s).json().value(u"products"_s).toArray();
    }
    QStringList relayNames() {
        QStringList names;
        for (const QJsonValue &p : relayProducts())
            names << p.toObject().value(u"name"_s).toString();
        return names;
    }
    QStringList pageNames(const MenuPage &page) {
        QStringList names;
        for (int row = 0; row < page.products()->rowCount(); ++row)
            names << page.products()->index(row, 0).data(ProductListModel::NameRole).toString();
        return names;
    }

    //! The pizzeria of tests/core/orders/data, product by product through POST …/products.
    void seedPizzeria() {
        QFile file(QStringLiteral(SWITCHBOARD_PIZZERIA_MENU));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray products =
            QJsonDocument::fromJson(file.readAll()).object().value(u"products"_s).toArray();
        QCOMPARE(products.size(), 16);
        int order = 0;
        for (const QJsonValue &value : products) {
            QJsonObject body = value.toObject();
            body.remove(u"id"_s);
            order += 10;
            body.insert(u"display_order"_s, order);
            const auto reply = call("POST", u"/products"_s, QJsonDocument(body).toJson());
            QVERIFY2(reply.status == 201, reply.body.constData());
            m_ids.insert(body.value(u"name"_s).toString(), reply.json().value(u"id"_s).toString());
        }
    }

    std::unique_ptr<MenuPage> openPage(int expectedRows = 16) {
        auto page = std::make_unique<MenuPage>(m_workspace.get());
        page->resize(1200, 800);
        page->show();
        if (!QTest::qWaitFor([&] { return page->products()->rowCount() == expectedRows; }, 15000))
            return nullptr;
        return page;
    }

    void save(QWidget *widget, const QString &name) {
        QTest::qWait(200);
        const QString file = QStringLiteral(SWITCHBOARD_SCREENSHOT_DIR "/") + name + u".png"_s;
        QVERIFY2(widget->grab().save(file), qPrintable(file));
    }

    QString writeFile(const QString &name, const QByteArray &bytes) {
        const QString path = m_home->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(QDir().mkpath(QStringLiteral(SWITCHBOARD_SCREENSHOT_DIR))); }

    void init() {
        QVERIFY2(m_world.start(), qPrintable(m_world.error()));
        m_token = m_world.relay->login(u"pat"_s);
        QVERIFY(!m_token.isEmpty());
        m_home = std::make_unique<QTemporaryDir>();
        m_client =
            std::make_unique<RelayClient>(&m_network, QUrl(m_world.relay->baseUrl()), m_token);
        m_workspace = std::make_unique<Workspace>(
            m_client.get(), Business{m_world.relay->tenantId, u"Pizzeria"_s, u"owner"_s},
            m_home->filePath(u"data"_s));
        QVERIFY(m_workspace->open());
        m_workspace->outbox()->setRetryDelays(50, 200);
        seedPizzeria();
        m_workspace->goLive();
        QVERIFY(QTest::qWaitFor(
            [&] { return m_workspace->sync()->state() == SyncEngine::State::Live; }, 15000));
    }
    void cleanup() {
        m_workspace.reset();
        m_client.reset();
        m_home.reset();
        m_ids.clear();
        m_world.relay.reset();
        m_world.sandbox.reset();
        m_language.apply(u"en"_s);
    }

    void showsTheRelaysMenu() {
        auto page = openPage();
        QVERIFY(page);
        QAbstractItemModelTester tester(page->products(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filterTester(
            page->filtered(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(pageNames(*page), relayNames());
        QCOMPARE(pageNames(*page).first(), u"Classic pizza"_s);
        ProductListModel *model = page->products();
        const QModelIndex classic = model->index(0, 0);
        QCOMPARE(classic.data(ProductListModel::NameHeRole).toString(), u"פיצה קלאסית"_s);
        QCOMPARE(model->index(0, ProductListModel::HebrewNameColumn).data().toString(),
                 u"פיצה קלאסית"_s);
        QCOMPARE(model->index(0, ProductListModel::CategoryColumn).data().toString(), u"Pizza"_s);
        QVERIFY2(model->index(0, ProductListModel::PriceColumn).data().toString().contains(u"48"),
                 qPrintable(model->index(0, ProductListModel::PriceColumn).data().toString()));
        QVERIFY(model->index(0, ProductListModel::PriceColumn).data().toString().contains(u"₪"));
        // The truffle pizza is sold out in the file.
        const int truffle = model->rowOf(m_ids.value(u"Truffle pizza"_s));
        QCOMPARE(model->index(truffle, ProductListModel::AvailableColumn)
                     .data(Qt::CheckStateRole)
                     .toInt(),
                 int(Qt::Unchecked));
        QCOMPARE(model->headerData(ProductListModel::HebrewNameColumn, Qt::Horizontal).toString(),
                 u"Hebrew name"_s);
        QCOMPARE(model->categories(),
                 (QStringList{u"Pizza"_s, u"Drinks"_s, u"Salads"_s, u"Sides"_s, u"Desserts"_s}));

        page->filtered()->setCategory(u"Drinks"_s);
        QCOMPARE(page->filtered()->rowCount(), 4);
        page->filtered()->setCategory({});
        page->findChild<QLineEdit *>(u"menuSearch"_s)->setText(u"קולה"_s);
        QCOMPARE(page->filtered()->rowCount(), 2);
        page->findChild<QLineEdit *>(u"menuSearch"_s)->setText(u"PZ-"_s);
        QCOMPARE(page->filtered()->rowCount(), 4);
        page->findChild<QLineEdit *>(u"menuSearch"_s)->clear();
        QCOMPARE(page->filtered()->rowCount(), 16);
        QVERIFY(!page->table()->accessibleName().isEmpty());

        // A product made at the relay by a colleague arrives as a row in its place.
        const auto made = call("POST", u"/products"_s,
                               QJsonDocument(QJsonObject{{u"name"_s, u"Lemonade"_s},
                                                         {u"name_he"_s, u"לימונדה"_s},
                                                         {u"category"_s, u"Drinks"_s},
                                                         {u"price"_s, 12},
                                                         {u"currency"_s, u"ILS"_s},
                                                         {u"display_order"_s, 95}})
                                   .toJson());
        QCOMPARE(made.status, 201);
        QVERIFY(QTest::qWaitFor([&] { return model->rowCount() == 17; }, 10000));
        QCOMPARE(pageNames(*page).at(9), u"Lemonade"_s);
        QCOMPARE(pageNames(*page), relayNames());
        // And one deleted there leaves.
        QCOMPARE(call("DELETE", u"/products/"_s + made.json().value(u"id"_s).toString()).status,
                 204);
        QVERIFY(QTest::qWaitFor([&] { return model->rowCount() == 16; }, 10000));
    }

    void editingInTheFormReachesTheRelay() {
        auto page = openPage();
        QVERIFY(page);
        QAbstractItemModelTester tester(page->products(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString id = m_ids.value(u"Greek salad"_s);
        ProductEditor *editor = page->editProduct(id);
        QVERIFY(editor);
        QCOMPARE(editor->findChild<QLineEdit *>(u"productName"_s)->text(), u"Greek salad"_s);
        editor->findChild<QLineEdit *>(u"productName"_s)->setText(u"Greek village salad"_s);
        editor->findChild<QLineEdit *>(u"productNameHe"_s)->setText(u"סלט יווני כפרי"_s);
        editor->findChild<QLineEdit *>(u"productAliases"_s)->setText(u"horiatiki, חוריאטיקי"_s);
        editor->addOption(u"Extras"_s, false, u"Feta"_s, u"פטה"_s, 6.5);
        editor->addOption(u"Size"_s, true, u"Large"_s, u"גדול"_s, 10);
        QVERIFY(editor->problem().isEmpty());
        editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        QVERIFY(QTest::qWaitFor(
            [&] { return product(id).value(u"name"_s).toString() == u"Greek village salad"_s; },
            10000));
        const QJsonObject stored = product(id);
        QCOMPARE(stored.value(u"name_he"_s).toString(), u"סלט יווני כפרי"_s);
        QCOMPARE(stored.value(u"aliases"_s).toArray(),
                 (QJsonArray{u"horiatiki"_s, u"חוריאטיקי"_s}));
        const QJsonArray variants = stored.value(u"variants"_s).toArray();
        QCOMPARE(variants.size(), 2);
        const QJsonObject extras = variants.at(0).toObject();
        QCOMPARE(extras.value(u"name"_s).toString(), u"Extras"_s);
        QCOMPARE(extras.value(u"required"_s).toBool(), false);
        const QJsonObject feta = extras.value(u"options"_s).toArray().at(0).toObject();
        QCOMPARE(feta.value(u"label"_s).toString(), u"Feta"_s);
        QCOMPARE(feta.value(u"label_he"_s).toString(), u"פטה"_s);
        QCOMPARE(feta.value(u"price_delta"_s).toDouble(), 6.5);
        QCOMPARE(variants.at(1).toObject().value(u"required"_s).toBool(), true);
        // The relay's answer comes back into the row, and nothing waits any more.
        QVERIFY(QTest::qWaitFor(
            [&] {
                return page->products()
                               ->index(page->products()->rowOf(id), 0)
                               .data(ProductListModel::NameRole)
                               .toString() == u"Greek village salad"_s &&
                       page->pendingEdits() == 0;
            },
            10000));

        // Reopened, the form shows what the relay keeps.
        editor = page->editProduct(id);
        QCOMPARE(editor->options()->rowCount(), 2);
        QCOMPARE(editor->options()->item(0, ProductEditor::HebrewLabelColumn)->text(), u"פטה"_s);
        editor->reject();

        // A new product goes to the end of the menu.
        editor = page->editProduct({});
        editor->findChild<QLineEdit *>(u"productName"_s)->setText(u"Focaccia"_s);
        editor->findChild<QLineEdit *>(u"productNameHe"_s)->setText(u"פוקאצ'ה"_s);
        editor->findChild<QComboBox *>(u"productCategory"_s)->setCurrentText(u"Sides"_s);
        editor->findChild<QDoubleSpinBox *>(u"productPrice"_s)->setValue(24);
        editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        QVERIFY(QTest::qWaitFor([&] { return relayNames().contains(u"Focaccia"_s); }, 10000));
        QCOMPARE(relayNames().last(), u"Focaccia"_s);
        QVERIFY(QTest::qWaitFor([&] { return page->products()->rowCount() == 17; }, 10000));
        QCOMPARE(pageNames(*page).last(), u"Focaccia"_s);

        // A form the relay refuses says why: an SKU another product has.
        editor = page->editProduct(m_ids.value(u"Fries"_s));
        editor->findChild<QLineEdit *>(u"productSku"_s)->setText(u"PZ-CLS"_s);
        editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        auto *pending = page->findChild<QLabel *>(u"menuPending"_s);
        QVERIFY(QTest::qWaitFor(
            [&] { return pending->isVisible() && pending->text().contains(u"PZ-CLS"_s); }, 10000));
        QVERIFY(page->findChild<QPushButton *>(u"discardEdit"_s)->isVisible());
        page->findChild<QPushButton *>(u"discardEdit"_s)->click();
        QVERIFY(QTest::qWaitFor([&] { return page->pendingEdits() == 0; }, 5000));
        QCOMPARE(product(m_ids.value(u"Fries"_s)).value(u"sku"_s).toString(), u"SD-FRY"_s);
    }

    void reorderingChangesDisplayOrderAtTheRelay() {
        auto page = openPage();
        QVERIFY(page);
        QAbstractItemModelTester tester(page->products(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        ProductListModel *model = page->products();
        // Drag the Fries (row 12) onto the top of the menu, as the table's drop does.
        const int fries = model->rowOf(m_ids.value(u"Fries"_s));
        QCOMPARE(fries, 12);
        std::unique_ptr<QMimeData> dragged(model->mimeData({model->index(fries, 0)}));
        QVERIFY(model->canDropMimeData(dragged.get(), Qt::MoveAction, 0, 0, {}));
        QSignalSpy orders(model, &ProductListModel::orderChanged);
        model->dropMimeData(dragged.get(), Qt::MoveAction, 0, 0, {});
        QCOMPARE(pageNames(*page).first(), u"Fries"_s);
        QCOMPARE(orders.count(), 1);
        // Only the dragged product changes its place.
        const auto moved = orders.first().first().value<QHash<QString, qint64>>();
        QCOMPARE(moved.size(), 1);
        QVERIFY(QTest::qWaitFor([&] { return relayNames().first() == u"Fries"_s; }, 10000));
        QCOMPARE(relayNames(), pageNames(*page));

        // Ctrl+Down on the selected Coke moves it below the Coke Zero.
        const QString coke = m_ids.value(u"Coke"_s);
        const QModelIndex cokeIndex =
            page->filtered()->mapFromSource(model->index(model->rowOf(coke), 0));
        page->table()->setCurrentIndex(cokeIndex);
        page->table()->selectRow(cokeIndex.row());
        page->table()->setFocus();
        page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(page.get()));
        QTest::keyClick(page->table(), Qt::Key_Down, Qt::ControlModifier);
        const QStringList names = pageNames(*page);
        QCOMPARE(names.indexOf(u"Coke"_s), names.indexOf(u"Coke Zero"_s) + 1);
        QVERIFY(QTest::qWaitFor([&] { return relayNames() == pageNames(*page); }, 10000));
        QVERIFY(product(coke).value(u"display_order"_s).toInteger() >
                product(m_ids.value(u"Coke Zero"_s)).value(u"display_order"_s).toInteger());
        // The selection followed the Coke.
        QCOMPARE(page->table()->currentIndex().data(ProductListModel::IdRole).toString(), coke);

        // moveRows, with no room between neighbours any more, numbers the menu again.
        QVERIFY(model->moveRows({}, 1, 1, {}, 0));
        QVERIFY(model->moveRows({}, 1, 1, {}, 0));
        QVERIFY(QTest::qWaitFor([&] { return relayNames() == pageNames(*page); }, 10000));
        QVERIFY(QTest::qWaitFor([&] { return page->pendingEdits() == 0; }, 10000));
        QCOMPARE(relayNames(), pageNames(*page));
    }

    void soldOutReachesTheRelay() {
        auto page = openPage();
        QVERIFY(page);
        ProductListModel *model = page->products();
        const QString id = m_ids.value(u"Malabi"_s);
        const QModelIndex available =
            model->index(model->rowOf(id), ProductListModel::AvailableColumn);
        QVERIFY(model->flags(available) & Qt::ItemIsUserCheckable);
        QVERIFY(model->setData(available, Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(available.data(ProductListModel::AvailableRole).toBool(), false);
        QVERIFY(QTest::qWaitFor([&] { return !product(id).value(u"available"_s).toBool(true); },
                                10000));
        QVERIFY(model->setData(available, Qt::Checked, Qt::CheckStateRole));
        QVERIFY(QTest::qWaitFor([&] { return product(id).value(u"available"_s).toBool(false); },
                                10000));
    }

    void importShowsThePreviewThenApplies() {
        auto page = openPage();
        QVERIFY(page);
        // The menu as a spreadsheet: the relay's own export, edited as a restaurant would.
        const auto exported = call("GET", u"/products/export?format=csv"_s);
        QCOMPARE(exported.status, 200);
        QStringList lines = QString::fromUtf8(exported.body).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 17);
        QStringList edited{lines.first()};
        for (const QString &line : lines.mid(1)) {
            if (line.contains(u",Water,"_s))
                continue; // no longer sold
            QString row = line;
            if (line.contains(u",Classic pizza,"_s))
                row.replace(u",48,ILS,"_s, u",52,ILS,"_s);
            edited << row;
        }
        edited << u",PZ-MSH,Mushroom pizza,פיצה פטריות,Pizza,54,ILS,shroom pizza,"
                  u"Size*: Small/קטנה=-12 | Medium/בינונית | Large/גדולה=+12,true,15"_s;
        const QString path =
            writeFile(u"menu.csv"_s, (edited.join(u"\r\n"_s) + u"\r\n"_s).toUtf8());
        QVERIFY(!path.isEmpty());

        QSignalSpy previewed(page.get(), &MenuPage::importPreviewed);
        QSignalSpy finished(page.get(), &MenuPage::importFinished);
        page->importFile(path);
        QVERIFY(previewed.wait(10000));
        MenuImportDialog *dialog = page->importDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->addedCount(), 1);
        QCOMPARE(dialog->changedCount(), 1);
        QCOMPARE(dialog->removedCount(), 1);
        QTreeWidget *tree = dialog->tree();
        QCOMPARE(tree->topLevelItemCount(), 3);
        const QString change = tree->topLevelItem(1)->child(0)->text(1);
        QVERIFY2(change.contains(u"48") && change.contains(u"52") && change.contains(u"→"),
                 qPrintable(change));
        QCOMPARE(tree->topLevelItem(2)->child(0)->text(0), u"Water · מים"_s);
        // Nothing changed at the relay yet.
        QCOMPARE(relayProducts().size(), 16);
        QCOMPARE(product(m_ids.value(u"Classic pizza"_s)).value(u"price"_s).toDouble(), 48.0);

        page->resize(1200, 800);
        dialog->resize(900, 560);
        save(dialog, u"menu-import-en"_s);

        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Apply)->click();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.last().first().toBool(), true);
        QVERIFY2(page->notice().contains(u"1 added"_s), qPrintable(page->notice()));
        QCOMPARE(product(m_ids.value(u"Classic pizza"_s)).value(u"price"_s).toDouble(), 52.0);
        QVERIFY(!relayNames().contains(u"Water"_s));
        QVERIFY(relayNames().contains(u"Mushroom pizza"_s));
        QVERIFY(QTest::qWaitFor([&] { return pageNames(*page) == relayNames(); }, 10000));
        QCOMPARE(pageNames(*page).at(1), u"Mushroom pizza"_s);
    }

    void aMalformedCsvShowsTheRelaysError() {
        auto page = openPage();
        QVERIFY(page);
        const QString path = writeFile(
            u"broken.csv"_s, "name,price,currency\r\nMargherita,42,ILS\r\nMarinara,forty,ILS\r\n");
        QSignalSpy finished(page.get(), &MenuPage::importFinished);
        page->importFile(path);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.last().first().toBool(), false);
        QVERIFY(!page->importDialog());
        QVERIFY2(page->notice().contains(u"row 3"_s) && page->notice().contains(u"price"_s),
                 qPrintable(page->notice()));
        QCOMPARE(relayProducts().size(), 16);
    }

    void withoutTheRelayImportSaysSoAndEditsWait() {
        auto page = openPage();
        QVERIFY(page);
        const QString path = writeFile(u"menu.json"_s, R"({"products":[]})");
        m_world.relay->stop();
        QSignalSpy finished(page.get(), &MenuPage::importFinished);
        page->importFile(path);
        QVERIFY(finished.wait(40000));
        QCOMPARE(finished.last().first().toBool(), false);
        QVERIFY2(page->notice().contains(u"cannot be reached"_s), qPrintable(page->notice()));
        // A change made meanwhile waits in the outbox and is shown as waiting.
        ProductListModel *model = page->products();
        model->setData(model->index(0, ProductListModel::AvailableColumn), Qt::Unchecked,
                       Qt::CheckStateRole);
        QCOMPARE(page->pendingEdits(), 1);
        QVERIFY(page->findChild<QLabel *>(u"menuPending"_s)->isVisible());
    }

    void screenshots_data() {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("he") << u"he"_s;
    }
    void screenshots() {
        QFETCH(QString, language);
        QVERIFY(m_language.apply(language));
        auto page = openPage();
        QVERIFY(page);
        QCOMPARE(page->layoutDirection(), language == u"he"_s ? Qt::RightToLeft : Qt::LeftToRight);
        page->table()->selectRow(2);
        save(page.get(), u"menu-"_s + language);
        ProductEditor *editor = page->editProduct(m_ids.value(u"Classic pizza"_s));
        QVERIFY(editor);
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        save(editor, u"menu-editor-"_s + language);
        editor->reject();
    }
};

QTEST_MAIN(TestMenuPage)
#include "tst_menupage.moc"
