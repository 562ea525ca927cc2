// SPDX-License-Identifier: GPL-3.0-or-later
// The Embedded Signup stand-in: the SDK shim and the dialog page are served where the console's
// signup page and its popup look for them.
#include "tests/sandbox/sandboxharness.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Switchboard;
using namespace Switchboard::Sandbox;
using namespace Switchboard::Test;

class TestSignupDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sdkShim_data() {
        QTest::addColumn<QString>("path");
        QTest::newRow("meta path") << u"/en_US/sdk.js"_s;
        QTest::newRow("short path") << u"/sdk.js"_s;
    }
    void sdkShim() {
        QFETCH(QString, path);
        SandboxHarness sandbox;
        QVERIFY2(sandbox.error().isEmpty(), qPrintable(sandbox.error()));
        const auto reply = sandbox.get(path);
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.headers.value("content-type").startsWith("application/javascript"));
        QVERIFY(reply.body.contains("window.FB"));
        QVERIFY(reply.body.contains("login: function"));
        QVERIFY(reply.body.contains("init: function"));
        QVERIFY(reply.body.contains("fbAsyncInit"));
    }

    void dialogPage() {
        SandboxHarness sandbox;
        const auto reply = sandbox.get(u"/v25.0/dialog/oauth?app_id=1234567890&config_id=cfg"_s);
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.headers.value("content-type").startsWith("text/html"));
        QVERIFY(reply.body.contains("WA_EMBEDDED_SIGNUP"));
        QVERIFY(reply.body.contains("FINISH"));
        QVERIFY(reply.body.contains("CANCEL"));
        QVERIFY(reply.body.contains("/_sandbox/signup"));
        // Not an asset on other methods: Graph answers.
        QCOMPARE(sandbox.request("POST", u"/sdk.js"_s, "{}").metaCode(), 190);
    }
};

QTEST_GUILESS_MAIN(TestSignupDialog)
#include "tst_signupdialog.moc"
