// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/describeprojectdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace storyloom {

namespace {

struct Choice
{
    EntityType type;
    StoryKind kind;
};

/** What a folder's pages may be said to be, in the order the lists offer them. */
const Choice choices[] = { { EntityType::Character, StoryKind::None }, { EntityType::Value, StoryKind::None },
    { EntityType::Story, StoryKind::StatusQuo }, { EntityType::Story, StoryKind::ShinyFuture },
    { EntityType::Goal, StoryKind::None }, { EntityType::Project, StoryKind::None },
    { EntityType::Page, StoryKind::None } };

QString choiceName(const Choice &choice)
{
    return choice.kind == StoryKind::None ? displayName(choice.type)
                                          : displayName(choice.type) + QStringLiteral(": ") + displayName(choice.kind);
}

enum Column { FolderColumn, PagesColumn, SamplesColumn, TypeColumn };

} // namespace

DescribeProjectDialog::DescribeProjectDialog(
    const Snapshot &snapshot, std::vector<FolderGuess> guesses, QWidget *parent)
    : QDialog(parent)
    , m_snapshot(snapshot)
    , m_guesses(std::move(guesses))
    , m_table(new QTableWidget(int(m_guesses.size()), 4, this))
    , m_preview(new QLabel(this))
{
    setWindowTitle(tr("Describe This Project"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Few pages of this project have a type. Say what each folder holds: Storyloom "
                                "writes it as rules to storyloom.yml, and changes no page."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table->setObjectName(QStringLiteral("describeFolders"));
    m_table->setAccessibleName(tr("Folders and their types"));
    m_table->setHorizontalHeaderLabels({ tr("Folder"), tr("Pages"), tr("Sample titles"), tr("Type") });
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    for (int row = 0; row < int(m_guesses.size()); ++row) {
        const FolderGuess &guess = m_guesses[size_t(row)];
        m_table->setItem(
            row, FolderColumn, new QTableWidgetItem(guess.folder.isEmpty() ? QStringLiteral(".") : guess.folder));
        m_table->setItem(row, PagesColumn,
            new QTableWidgetItem(
                tr("%n page(s)", nullptr, guess.pages) + QStringLiteral(", ") + tr("%n typed", nullptr, guess.typed)));
        m_table->setItem(row, SamplesColumn, new QTableWidgetItem(guess.samples.join(QStringLiteral(" · "))));
        auto *type = new QComboBox(m_table);
        type->setObjectName(QStringLiteral("type:") + (guess.folder.isEmpty() ? QStringLiteral(".") : guess.folder));
        type->addItem(tr("(no rule)"));
        for (const Choice &choice : choices) {
            type->addItem(choiceName(choice));
            if (guess.type == choice.type && (choice.kind == StoryKind::None || guess.kind == choice.kind))
                type->setCurrentIndex(type->count() - 1);
        }
        type->setToolTip(tr("Guessed from %1").arg(ProjectClassifier::displayName(guess.basis)));
        // A screen reader reads the cell's box alone: its name says which folder it types.
        type->setAccessibleName(tr("Type of %1").arg(guess.folder.isEmpty() ? QStringLiteral(".") : guess.folder));
        type->setAccessibleDescription(type->toolTip());
        connect(type, &QComboBox::currentIndexChanged, this, &DescribeProjectDialog::updatePreview);
        m_table->setCellWidget(row, TypeColumn, type);
        m_choices.append(type);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(SamplesColumn, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
    m_preview->setObjectName(QStringLiteral("describePreview"));
    m_preview->setWordWrap(true);
    layout->addWidget(m_preview);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_write = buttons->addButton(tr("Write Rules"), QDialogButtonBox::AcceptRole);
    m_write->setObjectName(QStringLiteral("writeRules"));
    m_write->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 480);
    updatePreview();
}

std::vector<FolderGuess> DescribeProjectDialog::confirmed() const
{
    std::vector<FolderGuess> result = m_guesses;
    for (size_t i = 0; i < result.size(); ++i) {
        const int index = m_choices.at(qsizetype(i))->currentIndex();
        if (index <= 0) {
            result[i].type.reset();
            result[i].kind = StoryKind::None;
        } else {
            result[i].type = choices[index - 1].type;
            result[i].kind = choices[index - 1].kind;
        }
    }
    return result;
}

QString DescribeProjectDialog::previewText() const
{
    // A folder with a rule: all its pages of that type; without one, its pages stay as they are.
    QMap<EntityType, int> counts;
    const std::vector<FolderGuess> folders = confirmed();
    for (const FolderGuess &folder : folders) {
        if (folder.type) {
            counts[*folder.type] += folder.pages;
            continue;
        }
        for (auto it = folder.current.cbegin(); it != folder.current.cend(); ++it)
            counts[it.key()] += it.value();
    }
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > 0)
            parts.append(QStringLiteral("%1 %2")
                    .arg(it.value())
                    .arg(it.value() == 1 ? displayName(it.key()) : pluralDisplayName(it.key())));
    }
    return tr("With these rules: %1.").arg(parts.join(QStringLiteral(", ")));
}

void DescribeProjectDialog::updatePreview()
{
    m_preview->setText(previewText());
}

} // namespace storyloom
