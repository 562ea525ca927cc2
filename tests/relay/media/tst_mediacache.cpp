// SPDX-License-Identifier: GPL-3.0-or-later
// MediaCache on a real directory: a file kept is found again (also by a cache opened later on the
// same directory), the least recently used goes first when the cap is reached, what is larger
// than the cap is not kept, tenants never share a file, and a crash's temporary file is swept.
#include "app/relay/media/mediacache.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Switchboard;
using namespace Qt::StringLiterals;

namespace {

MediaCache::Entry jpeg(char fill, int size) {
    return {QByteArrayLiteral("image/jpeg"), QByteArray(size, fill)};
}

} // namespace

class TestMediaCache : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void keepsAndFindsAgain() {
        QTemporaryDir dir;
        {
            MediaCache cache(dir.filePath(u"media"_s), 1024);
            QVERIFY(!cache.find(u"tn_a"_s, u"m1"_s));
            QVERIFY(cache.store(u"tn_a"_s, u"m1"_s, jpeg('a', 100)));
            const auto found = cache.find(u"tn_a"_s, u"m1"_s);
            QVERIFY(found);
            QCOMPARE(found->mimeType, QByteArrayLiteral("image/jpeg"));
            QCOMPARE(found->data, QByteArray(100, 'a'));
            // Another tenant's same media id is another file.
            QVERIFY(!cache.find(u"tn_b"_s, u"m1"_s));
        }
        MediaCache reopened(dir.filePath(u"media"_s), 1024);
        QCOMPARE(reopened.size(), qint64(100 + 11));
        QVERIFY(reopened.find(u"tn_a"_s, u"m1"_s));
    }

    void evictsTheLeastRecentlyUsed() {
        QTemporaryDir dir;
        MediaCache cache(dir.path(), 350); // three files of 111 bytes fit, four do not
        QVERIFY(cache.store(u"tn"_s, u"m1"_s, jpeg('1', 100)));
        QVERIFY(cache.store(u"tn"_s, u"m2"_s, jpeg('2', 100)));
        QVERIFY(cache.store(u"tn"_s, u"m3"_s, jpeg('3', 100)));
        QVERIFY(cache.find(u"tn"_s, u"m1"_s)); // m1 used again: m2 is now the oldest
        QVERIFY(cache.store(u"tn"_s, u"m4"_s, jpeg('4', 100)));
        QVERIFY(cache.find(u"tn"_s, u"m1"_s));
        QVERIFY(!cache.find(u"tn"_s, u"m2"_s));
        QVERIFY(cache.find(u"tn"_s, u"m3"_s));
        QVERIFY(cache.find(u"tn"_s, u"m4"_s));
        QVERIFY(cache.size() <= 350);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 3);

        // Larger than the whole cache: not kept, and nothing evicted for it.
        QVERIFY(cache.store(u"tn"_s, u"big"_s, jpeg('b', 400)));
        QVERIFY(!cache.find(u"tn"_s, u"big"_s));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 3);
    }

    void sweepsTemporaryFiles() {
        QTemporaryDir dir;
        QFile half(dir.filePath(u"0123abcd.XyZ123"_s));
        QVERIFY(half.open(QIODevice::WriteOnly));
        half.write("image/jpeg\nhalf a fi");
        half.close();
        MediaCache cache(dir.path(), 1024);
        QCOMPARE(cache.size(), qint64(0));
        QVERIFY(!QFile::exists(half.fileName()));
    }
};

QTEST_GUILESS_MAIN(TestMediaCache)
#include "tst_mediacache.moc"
