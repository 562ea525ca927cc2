// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/masterkey.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Switchboard;

//! The master key file: created private and whole, never overwritten, loaded only when sound.
class TestMasterKey : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void createWritesPrivateFile();
    void createMakesParentDirectories();
    void loadRoundTrip();
    void createRefusesToOverwrite();
    void createLeavesNoTemporaryFiles();
    void loadOrCreate();
    void loadRejects_data();
    void loadRejects();
    void insecureMode_data();
    void insecureMode();
    void missingFile();
    void environmentValue_data();
    void environmentValue();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    void write(const QString &file, const QByteArray &content,
               QFile::Permissions mode = QFile::ReadOwner | QFile::WriteOwner);

    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

constexpr QFile::Permissions OwnerOnly = QFile::ReadOwner | QFile::WriteOwner;

// Mode bits as ls shows them, independent of which user runs the test.
QFile::Permissions modeOf(const QString &file) {
    const QFile::Permissions mask = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                    QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                    QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    return QFileInfo(file).permissions() & mask;
}

} // namespace

void TestMasterKey::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestMasterKey::write(const QString &file, const QByteArray &content, QFile::Permissions mode) {
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    QCOMPARE(out.write(content), content.size());
    out.close();
    QVERIFY(QFile::setPermissions(file, mode));
}

void TestMasterKey::createWritesPrivateFile() {
    const QString file = path(QStringLiteral("master.key"));
    const auto key = MasterKey::create(file);
    QVERIFY2(key.ok(), key.ok() ? "" : qPrintable(key.error().message));
    QCOMPARE(key->size(), 32);

    QCOMPARE(modeOf(file), OwnerOnly);
    QFile in(file);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray text = in.readAll();
    QVERIFY(text.endsWith('\n'));
    const auto decoded =
        QByteArray::fromBase64Encoding(text.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    QVERIFY(decoded);
    QCOMPARE(decoded.decoded.size(), 32);
    QCOMPARE(decoded.decoded, key.value());

    // Two keys are never the same.
    const auto other = MasterKey::create(path(QStringLiteral("other.key")));
    QVERIFY(other.ok());
    QVERIFY(other.value() != key.value());
}

void TestMasterKey::createMakesParentDirectories() {
    const QString file = path(QStringLiteral("etc/switchboard/relay/master.key"));
    QVERIFY(MasterKey::create(file).ok());
    QVERIFY(QFileInfo::exists(file));
    QCOMPARE(modeOf(QFileInfo(file).absolutePath()), OwnerOnly | QFile::ExeOwner);
}

void TestMasterKey::loadRoundTrip() {
    const QString file = path(QStringLiteral("master.key"));
    const auto created = MasterKey::create(file);
    QVERIFY(created.ok());
    const auto loaded = MasterKey::load(file);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.value(), created.value());

    // A read-only (0400) file made by an operator by hand loads too, with or without newline.
    const QString byHand = path(QStringLiteral("by-hand.key"));
    write(byHand, QByteArray(32, 'x').toBase64(), QFile::ReadOwner);
    QCOMPARE(MasterKey::load(byHand).value(), QByteArray(32, 'x'));
}

void TestMasterKey::createRefusesToOverwrite() {
    const QString file = path(QStringLiteral("master.key"));
    const auto first = MasterKey::create(file);
    QVERIFY(first.ok());
    const auto second = MasterKey::create(file);
    QVERIFY(!second.ok());
    QCOMPARE(second.error().code, QStringLiteral("key_file_exists"));
    QCOMPARE(MasterKey::load(file).value(), first.value());

    // Not even an empty or broken file is replaced.
    const QString broken = path(QStringLiteral("broken.key"));
    write(broken, QByteArray());
    QCOMPARE(MasterKey::create(broken).error().code, QStringLiteral("key_file_exists"));
    QCOMPARE(QFileInfo(broken).size(), 0);
}

void TestMasterKey::createLeavesNoTemporaryFiles() {
    QVERIFY(MasterKey::create(path(QStringLiteral("master.key"))).ok());
    QVERIFY(!MasterKey::create(path(QStringLiteral("master.key"))).ok());
    const QStringList entries =
        QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    QCOMPARE(entries, QStringList{QStringLiteral("master.key")});
}

void TestMasterKey::loadOrCreate() {
    const QString file = path(QStringLiteral("master.key"));
    const auto created = MasterKey::loadOrCreate(file);
    QVERIFY(created.ok());
    const auto loaded = MasterKey::loadOrCreate(file);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.value(), created.value());

    const QString insecure = path(QStringLiteral("insecure.key"));
    write(insecure, QByteArray(32, 'x').toBase64(), OwnerOnly | QFile::ReadOther);
    QCOMPARE(MasterKey::loadOrCreate(insecure).error().code,
             QStringLiteral("insecure_key_file_mode"));
}

void TestMasterKey::loadRejects_data() {
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("code");

    QTest::newRow("empty") << QByteArray() << QStringLiteral("bad_key_encoding");
    QTest::newRow("whitespace") << QByteArray(" \n") << QStringLiteral("bad_key_encoding");
    QTest::newRow("not base64") << QByteArray("this is not a key!")
                                << QStringLiteral("bad_key_encoding");
    QTest::newRow("hex") << QByteArray(32, 'x').toHex() << QStringLiteral("wrong_key_length");
    QTest::newRow("16 bytes") << QByteArray(16, 'x').toBase64()
                              << QStringLiteral("wrong_key_length");
    QTest::newRow("31 bytes") << QByteArray(31, 'x').toBase64()
                              << QStringLiteral("wrong_key_length");
    QTest::newRow("33 bytes") << QByteArray(33, 'x').toBase64()
                              << QStringLiteral("wrong_key_length");
    QTest::newRow("64 bytes") << QByteArray(64, 'x').toBase64()
                              << QStringLiteral("wrong_key_length");
    QTest::newRow("two keys") << QByteArray(QByteArray(32, 'x').toBase64() + '\n' +
                                            QByteArray(32, 'y').toBase64())
                              << QStringLiteral("bad_key_encoding");
}

void TestMasterKey::loadRejects() {
    QFETCH(QByteArray, content);
    QFETCH(QString, code);

    const QString file = path(QStringLiteral("master.key"));
    write(file, content);
    const auto loaded = MasterKey::load(file);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().code, code);
    QVERIFY(loaded.error().message.contains(file));
}

void TestMasterKey::insecureMode_data() {
    QTest::addColumn<int>("mode");

    QTest::newRow("0644") << 0644;
    QTest::newRow("0640") << 0640;
    QTest::newRow("0604") << 0604;
    QTest::newRow("0660") << 0660;
    QTest::newRow("0666") << 0666;
    QTest::newRow("0602") << 0602;
}

void TestMasterKey::insecureMode() {
    QFETCH(int, mode);

    // Qt's permission flags are the Unix mode bits, four bits per class: map rwx octal onto them.
    QFile::Permissions permissions;
    const QFile::Permission bits[] = {QFile::ReadOwner, QFile::WriteOwner, QFile::ExeOwner,
                                      QFile::ReadGroup, QFile::WriteGroup, QFile::ExeGroup,
                                      QFile::ReadOther, QFile::WriteOther, QFile::ExeOther};
    for (int i = 0; i < 9; ++i) {
        if (mode & (0400 >> i))
            permissions |= bits[i];
    }

    const QString file = path(QStringLiteral("master.key"));
    write(file, QByteArray(32, 'x').toBase64(), permissions);
    const auto loaded = MasterKey::load(file);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().code, QStringLiteral("insecure_key_file_mode"));
    QVERIFY(loaded.error().message.contains(QLatin1String("chmod 600")));
}

void TestMasterKey::missingFile() {
    const auto loaded = MasterKey::load(path(QStringLiteral("nowhere.key")));
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().code, QStringLiteral("key_file_missing"));
}

void TestMasterKey::environmentValue_data() {
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("code"); // empty: accepted

    const QByteArray key = QByteArray::fromHex("000102030405060708090a0b0c0d0e0f"
                                               "101112131415161718191a1b1c1d1e1f");
    QTest::newRow("valid") << key.toBase64() << QString();
    QTest::newRow("with newline") << QByteArray(key.toBase64() + "\n") << QString();
    QTest::newRow("empty") << QByteArray() << QStringLiteral("bad_key_encoding");
    QTest::newRow("garbage") << QByteArray("%%%") << QStringLiteral("bad_key_encoding");
    QTest::newRow("short") << key.left(24).toBase64() << QStringLiteral("wrong_key_length");
}

void TestMasterKey::environmentValue() {
    QFETCH(QByteArray, value);
    QFETCH(QString, code);

    const auto key = MasterKey::fromEnvironmentValue(value);
    if (code.isEmpty()) {
        QVERIFY(key.ok());
        QCOMPARE(key->toHex(), QByteArray("000102030405060708090a0b0c0d0e0f"
                                          "101112131415161718191a1b1c1d1e1f"));
    } else {
        QVERIFY(!key.ok());
        QCOMPARE(key.error().code, code);
    }
}

QTEST_GUILESS_MAIN(TestMasterKey)
#include "tst_masterkey.moc"
