#pragma once

// What the three screenshot tools (atc-wizard-screenshots, atc-desktop-screenshots,
// atc-qualys-screenshots) share: a real window at its own default size, in a chosen language
// and scale, with the application's translations.
//   --lang de      Qt's strings and ours in that language, loaded as app/gui/main.cpp does
//   --scale 1.5    QT_SCALE_FACTOR for this run (set before the QApplication exists)
//   --dark         a dark palette
// With a display (DISPLAY set, e.g. under xvfb-run) the windows are real xcb windows on that
// screen; without one the offscreen platform (an 800×600 screen) is used.
#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPalette>
#include <QStringList>
#include <QTranslator>

#include <cstdio>
#include <cstring>

namespace atc::test {

struct ScreenshotOptions
{
    QString lang;
    bool dark = false;
    QStringList positional; ///< the arguments that are not options (e.g. the output folder)

    /** Call before QApplication: reads the options, sets the platform and the scale. */
    static ScreenshotOptions parse(int argc, char **argv)
    {
        ScreenshotOptions o;
        for (int i = 1; i < argc; ++i) {
            const char *a = argv[i];
            if (std::strcmp(a, "--lang") == 0 && i + 1 < argc)
                o.lang = QString::fromLocal8Bit(argv[++i]);
            else if (std::strcmp(a, "--scale") == 0 && i + 1 < argc)
                qputenv("QT_SCALE_FACTOR", argv[++i]);
            else if (std::strcmp(a, "--dark") == 0)
                o.dark = true;
            else
                o.positional.append(QString::fromLocal8Bit(a));
        }
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") &&
            qEnvironmentVariableIsEmpty("DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        return o;
    }

    /** Call after QApplication: the translators and the palette; false if `lang` is unknown. */
    bool apply(QApplication &app) const
    {
        if (dark)
            QApplication::setPalette(darkPalette());
        if (lang.isEmpty())
            return true;
        const QLocale locale(lang);
        QLocale::setDefault(locale);
        auto *qt = new QTranslator(&app);
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QApplication::installTranslator(qt);
        auto *own = new QTranslator(&app);
        if (!own->load(locale, QStringLiteral("atc"), QStringLiteral("_"),
                       QStringLiteral(":/i18n"))) {
            std::fprintf(stderr, "no translation for %s\n", qPrintable(lang));
            return false;
        }
        QApplication::installTranslator(own);
        return true;
    }

    static QPalette darkPalette()
    {
        QPalette p;
        const QColor window(0x2b, 0x2b, 0x2b), base(0x1e, 0x1e, 0x1e), text(0xe6, 0xe6, 0xe6);
        p.setColor(QPalette::Window, window);
        p.setColor(QPalette::WindowText, text);
        p.setColor(QPalette::Base, base);
        p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        p.setColor(QPalette::Text, text);
        p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        p.setColor(QPalette::ButtonText, text);
        p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xc7));
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
        p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
        p.setColor(QPalette::ToolTipBase, base);
        p.setColor(QPalette::ToolTipText, text);
        p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
        p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
        p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
        return p;
    }
};

} // namespace atc::test
