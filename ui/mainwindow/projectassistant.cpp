// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/projectassistant.h"

#include "core/extract/projectclassifier.h"
#include "core/project/project.h"
#include "core/util/logging.h"
#include "ui/mainwindow/describeprojectdialog.h"
#include "ui/mainwindow/mainwindow.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStatusBar>

namespace storyloom {

namespace {
/** Fewer typed pages than one in this many: the project is offered the assistant. */
constexpr int typedShare = 5;
} // namespace

ProjectAssistant::ProjectAssistant(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_action(new QAction(tr("&Describe This Project…"), this))
    , m_offer(new QPushButton(tr("Describe This Project…"), window))
{
    m_action->setObjectName(QStringLiteral("describeProject"));
    m_action->setEnabled(false);
    connect(m_action, &QAction::triggered, this, &ProjectAssistant::describe);
    m_offer->setObjectName(QStringLiteral("describeProjectOffer"));
    m_offer->setToolTip(tr("Few pages of this project have a type: say what its folders hold."));
    m_offer->setFlat(true);
    m_offer->hide();
    connect(m_offer, &QPushButton::clicked, this, &ProjectAssistant::describe);
    window->statusBar()->addWidget(m_offer);
    connect(window->project(), &Project::opened, this, [this] {
        m_offer->hide();
        m_action->setEnabled(false);
    });
    connect(window->project(), &Project::snapshotChanged, this, &ProjectAssistant::onSnapshot);
}

void ProjectAssistant::onSnapshot(const Snapshot &snapshot)
{
    m_action->setEnabled(bool(snapshot));
    if (!snapshot || snapshot->rootPath() == m_weighed)
        return;
    m_weighed = snapshot->rootPath();
    int pages = 0;
    int typed = 0;
    for (const Entity &e : snapshot->entities()) {
        if (!e.ownFile)
            continue;
        ++pages;
        typed += e.type != EntityType::Page;
    }
    m_offer->setVisible(pages > 0 && typed * typedShare < pages);
}

void ProjectAssistant::describe()
{
    const Snapshot snapshot = m_window->project()->snapshot();
    if (!snapshot)
        return;
    const QString root = snapshot->rootPath();
    DescribeProjectDialog dialog(snapshot, ProjectClassifier::guess(*snapshot, readProjectConfig(root)), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString path = root + QStringLiteral("/storyloom.yml");
    QByteArray existing;
    if (QFile file(path); file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcUiMainWindow) << "cannot read" << path << file.errorString();
            QMessageBox::warning(m_window, tr("Describe This Project"),
                tr("storyloom.yml could not be read: %1").arg(file.errorString()));
            return;
        }
        existing = file.readAll();
    }
    const std::optional<QByteArray> text = ProjectClassifier::withRules(existing, dialog.confirmed());
    if (!text) {
        qCWarning(lcUiMainWindow) << "storyloom.yml lists its rules on one line; the rules were not added";
        QMessageBox::warning(m_window, tr("Describe This Project"),
            tr("storyloom.yml writes its rules on one line (rules: [...]): nothing was written. "
               "`storyloom-cli classify` prints the rules to add by hand."));
        return;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*text) != text->size() || !file.commit()) {
        qCWarning(lcUiMainWindow) << "cannot write" << path << file.errorString();
        QMessageBox::warning(m_window, tr("Describe This Project"),
            tr("storyloom.yml could not be written: %1").arg(file.errorString()));
        return;
    }
    m_offer->hide();
    m_window->statusBar()->showMessage(tr("Rules written to %1").arg(QDir::toNativeSeparators(path)), 5000);
    m_window->project()->reload();
}

} // namespace storyloom
