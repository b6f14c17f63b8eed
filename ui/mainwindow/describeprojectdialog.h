// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/extract/projectclassifier.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace storyloom {

/**
 * "Describe this project": each folder of the project with its page count, three
 * sample titles and the type ProjectClassifier guessed for its pages, which the
 * user confirms or changes; the counts of each type the rules would give are
 * shown before anything is written. Accepting writes the rules to storyloom.yml.
 */
class DescribeProjectDialog : public QDialog
{
    Q_OBJECT
public:
    DescribeProjectDialog(const Snapshot &snapshot, std::vector<FolderGuess> guesses, QWidget *parent = nullptr);

    /** The folders as the user left them: a type for each one the user wants a rule for. */
    [[nodiscard]] std::vector<FolderGuess> confirmed() const;
    /** The sentence of counts the rules would give ("4 goals, 2 characters, 1 page"). */
    [[nodiscard]] QString previewText() const;

private:
    void updatePreview();

    Snapshot m_snapshot;
    std::vector<FolderGuess> m_guesses;
    QTableWidget *m_table;
    QList<QComboBox *> m_choices;
    QLabel *m_preview;
    QPushButton *m_write;
};

} // namespace storyloom
