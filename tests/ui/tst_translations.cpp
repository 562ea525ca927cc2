// SPDX-License-Identifier: GPL-3.0-or-later
// The Hebrew translation is complete, covers every string of today's sources, and keeps every
// placeholder and accelerator of its source.
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
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
                // A plural message holds one <numerusform> per form: each must be written.
                QStringList forms;
                QString translation;
                while (xml.readNext() != QXmlStreamReader::EndElement ||
                       xml.name() != QLatin1String("translation")) {
                    if (xml.isCharacters())
                        translation += xml.text();
                    if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                        forms << xml.readElementText();
                        translation += forms.constLast();
                    }
                    if (xml.atEnd())
                        break;
                }
                for (const QString &form : std::as_const(forms))
                    QVERIFY2(!form.trimmed().isEmpty(),
                             qPrintable(QStringLiteral("a plural form is empty: ") + source));
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
                want.removeDuplicates(); // plural forms each repeat %n
                have.removeDuplicates();
                QVERIFY2(want == have,
                         qPrintable(QStringLiteral("placeholders differ: ") + source));
                if (forms.isEmpty())
                    QVERIFY2(translation.contains(QLatin1Char('&')) ==
                                 source.contains(QLatin1Char('&')),
                             qPrintable(QStringLiteral("accelerator differs: ") + source));
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages >= 20);
    }

    //! lupdate run over today's sources finds no string the Hebrew file lacks: a new tr() cannot
    //! slip into the console untranslated.
    void everyStringInTheSourcesIsInTheHebrewFile() {
        QStringList files;
        for (const char *folder : {"ui", "app/console", "core/session"}) {
            QDirIterator it(QStringLiteral(SWITCHBOARD_SOURCE_DIR "/") + QLatin1String(folder),
                            {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext())
                files << it.next();
        }
        QVERIFY(files.size() > 10);
        QTemporaryDir dir;
        const QString scanned = dir.filePath(QStringLiteral("scan_he.ts"));
        QProcess lupdate;
        lupdate.start(QStringLiteral("/usr/lib/qt6/bin/lupdate"),
                      files + QStringList{QStringLiteral("-no-obsolete"),
                                          QStringLiteral("-locations"), QStringLiteral("none"),
                                          QStringLiteral("-ts"), scanned});
        QVERIFY2(lupdate.waitForFinished(60000) && lupdate.exitCode() == 0,
                 lupdate.readAllStandardError().constData());
        const QSet<QString> wanted = messagesOf(scanned, false);
        const QSet<QString> translated = messagesOf(
            QStringLiteral(SWITCHBOARD_SOURCE_DIR "/translations/switchboard_he.ts"), true);
        QVERIFY(wanted.size() >= 20);
        QStringList missing = (wanted - translated).values();
        missing.sort();
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("not in switchboard_he.ts: ") +
                                               missing.join(QStringLiteral(" | "))));
    }

private:
    //! The source text of every message of a .ts file (only the finished ones when asked). Not
    //! its context: lupdate names contexts differently when it reads files without the project's
    //! include paths.
    static QSet<QString> messagesOf(const QString &path, bool finishedOnly) {
        QSet<QString> found;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return found;
        QXmlStreamReader xml(&file);
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("source"))
                source = xml.readElementText();
            else if (xml.name() == QLatin1String("translation") &&
                     (!finishedOnly || xml.attributes().value(QLatin1String("type")).isEmpty()))
                found.insert(source);
        }
        return found;
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
