// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/aboutdialog.h"

#include "storyloom/version.h"

#include <cmark-gfm.h>
#include <ksyntaxhighlighting_version.h>

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QSvgRenderer>
#include <QSysInfo>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace storyloom {

QIcon applicationIcon()
{
    static const QIcon icon = [] {
        QIcon result;
        QSvgRenderer renderer(QStringLiteral(":/storyloom/icons/storyloom.svg"));
        if (!renderer.isValid())
            return result;
        for (const int size : { 16, 22, 24, 32, 48, 64, 128, 256 }) {
            QPixmap pixmap(size, size);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            renderer.render(&painter, QRectF(0, 0, size, size));
            painter.end();
            result.addPixmap(pixmap);
        }
        return result;
    }();
    return icon;
}

QString AboutDialog::versionText()
{
    const QString version = QStringLiteral(STORYLOOM_VERSION_STRING);
    const QString commit = QStringLiteral(STORYLOOM_GIT_COMMIT);
    if (commit.isEmpty())
        return version;
    //: %1 is the version number, %2 the git commit it was built from
    return tr("%1 (commit %2)").arg(version, commit);
}

QList<ThirdPartyComponent> AboutDialog::components()
{
    return {
        { QStringLiteral("Qt"), QString::fromLatin1(qVersion()), QStringLiteral("LGPL-3.0-only"),
            QStringLiteral("https://www.qt.io/") },
        { QStringLiteral("KDE Frameworks Syntax Highlighting"), QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING),
            QStringLiteral("MIT"), QStringLiteral("https://invent.kde.org/frameworks/syntax-highlighting") },
        { QStringLiteral("cmark-gfm"), QString::fromLatin1(cmark_version_string()), QStringLiteral("BSD-2-Clause"),
            QStringLiteral("https://github.com/github/cmark-gfm") },
        { QStringLiteral("yaml-cpp"), QString(), QStringLiteral("MIT"),
            QStringLiteral("https://github.com/jbeder/yaml-cpp") },
        { QStringLiteral("SQLite"), QString(), QStringLiteral("blessing"), QStringLiteral("https://sqlite.org/") },
        { QStringLiteral("Graphviz"), QString(), QStringLiteral("EPL-1.0"), QStringLiteral("https://graphviz.org/") },
        { QStringLiteral("Git"), QString(), QStringLiteral("GPL-2.0-only"), QStringLiteral("https://git-scm.com/") },
    };
}

QString AboutDialog::systemInformation()
{
    return QStringLiteral("Storyloom %1\nQt %2 (built with %3), %4 platform\n%5 %6")
        .arg(versionText(), QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR),
            QGuiApplication::platformName(), QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture());
}

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Storyloom"));

    auto *icon = new QLabel(this);
    icon->setPixmap(applicationIcon().pixmap(96, 96));
    icon->setAlignment(Qt::AlignTop);

    auto *heading = new QLabel(this);
    heading->setTextFormat(Qt::RichText);
    heading->setText(QStringLiteral("<h2>Storyloom</h2><p>%1</p><p>%2</p>")
            .arg(tr("Version %1").arg(versionText().toHtmlEscaped()),
                tr("Write and map vision documents: characters, values, stories, pain points and roadmap goals.")));
    heading->setWordWrap(true);
    heading->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addWidget(heading, 1);

    QString credits
        = QStringLiteral("<p>%1</p><p>%2</p><table cellpadding=\"3\">")
              .arg(tr("Storyloom is free software: you can redistribute it and/or modify it under the terms of "
                      "the GNU General Public License, version 3 or (at your option) any later version."),
                  tr("It is built on these libraries and programs:"));
    for (const ThirdPartyComponent &component : components()) {
        credits += QStringLiteral("<tr><td><a href=\"%1\">%2</a></td><td>%3</td><td>%4</td></tr>")
                       .arg(component.url, component.name.toHtmlEscaped(), component.version.toHtmlEscaped(),
                           component.licence);
    }
    credits += QStringLiteral("</table>");
    auto *browser = new QTextBrowser(this);
    browser->setOpenExternalLinks(true);
    browser->setAccessibleName(tr("Third-party components"));
    browser->setHtml(credits);
    browser->setMinimumHeight(220);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy Version Information"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [] { QGuiApplication::clipboard()->setText(systemInformation()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(browser, 1);
    layout->addWidget(buttons);
    resize(560, 460);
}

} // namespace storyloom
