// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/application.h"

#include "core/i18n/translations.h"
#include "core/project/project.h"
#include "storyloom/version.h"
#include "ui/mainwindow/aboutdialog.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/settings/apptheme.h"
#include "ui/settings/editorsettings.h"
#include "ui/sync/askpass.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QSettings>
#include <QTimer>
#include <cstdio>
#include <optional>

namespace storyloom {

namespace {
QString versionText()
{
    QString text = QStringLiteral(STORYLOOM_VERSION_STRING);
    if (qstrlen(STORYLOOM_GIT_COMMIT) > 0)
        text += QStringLiteral(" (%1)").arg(QLatin1StringView(STORYLOOM_GIT_COMMIT));
    return text;
}

/** `--theme light|dark|high-contrast`: the colours for this run only, whatever the settings say. */
std::optional<EditorSettings::Theme> themeOption(const QString &value)
{
    if (value == u"light")
        return EditorSettings::Theme::Light;
    if (value == u"dark")
        return EditorSettings::Theme::Dark;
    if (value == u"high-contrast")
        return EditorSettings::Theme::HighContrast;
    if (value == u"system")
        return EditorSettings::Theme::System;
    return std::nullopt;
}

/** `--size WIDTHxHEIGHT` in device-independent pixels, for screenshots of a known size. */
std::optional<QSize> sizeOption(const QString &value)
{
    const QStringList parts = value.split(u'x');
    if (parts.size() != 2)
        return std::nullopt;
    bool okWidth = false;
    bool okHeight = false;
    const QSize size(parts[0].toInt(&okWidth), parts[1].toInt(&okHeight));
    if (!okWidth || !okHeight || size.width() < 320 || size.height() < 240 || size.width() > 8000
        || size.height() > 8000)
        return std::nullopt;
    return size;
}

/** Renders the window once the project has loaded and the event loop has painted, then quits. */
int takeScreenshot(MainWindow &window, const QString &file)
{
    window.project()->waitForLoaded();
    QTimer::singleShot(300, &window, [&window, file] {
        const QPixmap pixmap = window.grab();
        // Highest zlib level: the screenshots live in the repository.
        const bool saved = pixmap.save(file, "PNG", 0);
        if (!saved)
            std::fprintf(stderr, "storyloom: cannot write %s\n", qPrintable(file));
        QCoreApplication::exit(saved ? 0 : 1);
    });
    return QApplication::exec();
}

/** The program's names and version, the same for the full application and for --help/--version. */
void setApplicationNames()
{
    QCoreApplication::setApplicationName(QStringLiteral("storyloom"));
    QCoreApplication::setOrganizationName(QStringLiteral("storyloom"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Storyloom"));
    QCoreApplication::setApplicationVersion(versionText());
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.storyloom.Storyloom"));
}

/** The command line: PROJECT and the options, with translated descriptions. */
void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QApplication::translate("main", "Write and map vision documents."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({ QStringLiteral("screenshot"),
        QApplication::translate("main", "Render the main window to a PNG file and exit."), QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("view"),
        QApplication::translate(
            "main", "The view to show first: editor, graph, roadmap or focus (the editor in focus mode)."),
        QStringLiteral("VIEW") });
    parser.addOption({ QStringLiteral("theme"),
        //: Keep the words light, dark, high-contrast and system untranslated: they are the option's values.
        QApplication::translate(
            "main", "Colours for this run: light, dark, high-contrast or system (the settings are not changed)."),
        QStringLiteral("THEME") });
    parser.addOption({ QStringLiteral("size"),
        //: WIDTHxHEIGHT stays as it is, e.g. 1280x800.
        QApplication::translate(
            "main", "With --screenshot: the window size in pixels at scale 1, as WIDTHxHEIGHT (default 1280x800)."),
        QStringLiteral("SIZE") });
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
        QApplication::translate("main", "The project folder to open."), QStringLiteral("[PROJECT]"));
}

/** True when the command line asks for --help or --version, which need no display. */
bool asksForHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : { "-h", "--help", "-?", "--help-all", "-v", "--version" }) {
            if (qstrcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}
} // namespace

int runApplication(int argc, char *argv[])
{
    // Started by git or ssh as the password helper: ask, answer, exit.
    if (const auto code = runAskPassIfRequested(argc, argv))
        return *code;
    // --screenshot never needs a display.
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--screenshot") == 0 && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    // --help and --version print and exit (QCommandLineParser) before a QApplication looks for a display.
    if (asksForHelpOrVersion(argc, argv)) {
        QCoreApplication app(argc, argv);
        setApplicationNames();
        Translations::install(&app);
        QCommandLineParser parser;
        addOptions(parser);
        parser.process(app);
        return 0;
    }
    QApplication app(argc, argv);
    setApplicationNames();
    QApplication::setWindowIcon(applicationIcon());
    // The system locale, or the language chosen in Settings (read once: a change applies after a restart).
    Translations::install(&app);

    QCommandLineParser parser;
    addOptions(parser);
    parser.process(app);

    // The colours: Settings > Colours, or --theme for this run only (screenshots of both palettes).
    std::optional<EditorSettings::Theme> forcedTheme;
    if (parser.isSet(QStringLiteral("theme"))) {
        forcedTheme = themeOption(parser.value(QStringLiteral("theme")));
        if (!forcedTheme) {
            std::fprintf(stderr, "%s\n",
                qPrintable(
                    QApplication::translate("main", "storyloom: --theme takes light, dark, high-contrast or system")));
            return 2;
        }
    }
    std::optional<QSize> screenshotSize = QSize(1280, 800);
    if (parser.isSet(QStringLiteral("size"))) {
        screenshotSize = sizeOption(parser.value(QStringLiteral("size")));
        if (!screenshotSize) {
            std::fprintf(stderr, "%s\n",
                qPrintable(QApplication::translate("main", "storyloom: --size takes WIDTHxHEIGHT, e.g. 1280x800")));
            return 2;
        }
    }
    AppTheme::apply(forcedTheme.value_or(EditorSettings::load().theme));
    if (!forcedTheme) {
        // Connected before any editor exists, so editors asking the palette afterwards see the new one.
        QObject::connect(EditorSettingsNotifier::instance(), &EditorSettingsNotifier::changed, &app,
            [] { AppTheme::apply(EditorSettings::load().theme); });
    }

    MainWindow window;
    QString project;
    if (!parser.positionalArguments().isEmpty())
        project = parser.positionalArguments().first();
    else if (!parser.isSet(QStringLiteral("screenshot")))
        project = QSettings().value(QStringLiteral("lastProject")).toString();
    // "Open with Storyloom" on storyloom.yml or book.toml passes the file: open its folder.
    if (QFileInfo(project).isFile())
        project = QFileInfo(project).absolutePath();
    if (project.isEmpty() || !QFileInfo(project).isDir())
        project = ensureSampleProject();
    window.openProject(project);
    if (parser.isSet(QStringLiteral("screenshot")))
        window.resize(*screenshotSize); // the same picture whatever size the window had last time
    window.show();

    const QString view = parser.value(QStringLiteral("view"));
    auto showRequestedView = [&window, view] {
        if (view == QLatin1String("graph"))
            window.showView(MainWindow::View::Graph);
        else if (view == QLatin1String("roadmap"))
            window.showView(MainWindow::View::Roadmap);
        else if (view == QLatin1String("editor"))
            window.showView(MainWindow::View::Editor);
        else if (view == QLatin1String("focus"))
            window.showView(MainWindow::View::Focus);
    };
    if (parser.isSet(QStringLiteral("screenshot"))) {
        window.project()->waitForLoaded();
        showRequestedView();
        return takeScreenshot(window, QFileInfo(parser.value(QStringLiteral("screenshot"))).absoluteFilePath());
    }
    showRequestedView();
    return QApplication::exec();
}

} // namespace storyloom
