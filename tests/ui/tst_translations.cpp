// SPDX-License-Identifier: GPL-3.0-or-later
// The Hebrew translation is complete and keeps every placeholder and accelerator of its source.
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

class TestTranslations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void hebrewIsCompleteAndConsistent() {
        QFile file(QStringLiteral(SWITCHBOARD_SOURCE_DIR "/translations/switchboard_he.ts"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        int messages = 0;
        QString source;
        static const QRegularExpression placeholder(QStringLiteral("%\\d+"));
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                const QString translation = xml.readElementText();
                ++messages;
                QVERIFY2(type != QLatin1String("unfinished") && !translation.isEmpty(),
                         qPrintable(QStringLiteral("untranslated: ") + source));
                QVERIFY2(type != QLatin1String("vanished") && type != QLatin1String("obsolete"),
                         qPrintable(QStringLiteral("stale entry: ") + source));
                QStringList want, have;
                for (auto it = placeholder.globalMatch(source); it.hasNext();)
                    want << it.next().captured();
                for (auto it = placeholder.globalMatch(translation); it.hasNext();)
                    have << it.next().captured();
                want.sort();
                have.sort();
                QVERIFY2(want == have,
                         qPrintable(QStringLiteral("placeholders differ: ") + source));
                QCOMPARE(translation.contains(QLatin1Char('&')), source.contains(QLatin1Char('&')));
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages >= 20);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
