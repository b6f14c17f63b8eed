// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// storyloom-cli: the headless front end; every subcommand runs the same core objects as the GUI.
#include "subcommand.h"

#include "core/i18n/translations.h"
#include "storyloom/version.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <memory>

using namespace storyloom;

namespace {

void printUsage(QTextStream &stream)
{
    stream << QCoreApplication::translate("cli", "Usage: storyloom-cli COMMAND [OPTIONS] PROJECT ...") << '\n'
           << '\n'
           << QCoreApplication::translate("cli", "Commands:") << '\n';
    for (const cli::Subcommand &command : cli::subcommands())
        stream << "  " << command.name.leftJustified(10) << ' ' << command.summary << '\n';
    stream << '\n'
           << QCoreApplication::translate("cli", "Options:") << '\n'
           << "  --help      " << QCoreApplication::translate("cli", "show this help") << '\n'
           << "  --version   " << QCoreApplication::translate("cli", "show the version") << '\n'
           << '\n'
           << QCoreApplication::translate("cli", "Run 'storyloom-cli COMMAND --help' for a command's options.") << '\n';
    stream.flush();
}

const cli::Subcommand *findCommand(const QString &name)
{
    for (const cli::Subcommand &command : cli::subcommands()) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

} // namespace

int main(int argc, char *argv[])
{
    const cli::Subcommand *command = argc > 1 ? findCommand(QString::fromLocal8Bit(argv[1])) : nullptr;
    std::unique_ptr<QCoreApplication> app;
    if (command && command->application == cli::Subcommand::Application::Gui) {
        // Painting needs a GUI application, but never a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("storyloom"));
    QCoreApplication::setOrganizationName(QStringLiteral("storyloom"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STORYLOOM_VERSION_STRING));
    // Messages follow the locale (LANG, LANGUAGE); machine-readable output (--json, diagnostics) never does.
    Translations::install(app.get());

    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    if (arguments.isEmpty()) {
        printUsage(cli::err());
        return cli::Usage;
    }
    const QString first = arguments.takeFirst();
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        printUsage(cli::out());
        return cli::Ok;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        cli::out() << "storyloom-cli " << STORYLOOM_VERSION_STRING;
        if (qstrlen(STORYLOOM_GIT_COMMIT) > 0)
            cli::out() << " (" << STORYLOOM_GIT_COMMIT << ')';
        cli::out() << '\n';
        cli::out().flush();
        return cli::Ok;
    }
    if (!command) {
        cli::err() << QCoreApplication::translate("cli", "storyloom-cli: unknown command '%1'").arg(first) << "\n\n";
        printUsage(cli::err());
        return cli::Usage;
    }
    const int code = command->run(arguments);
    cli::out().flush();
    cli::err().flush();
    return code;
}
