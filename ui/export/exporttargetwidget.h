// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/export/diagramexporter.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QSpinBox;
class QToolButton;

namespace storyloom {

/** What an ExportTargetWidget offers and where it starts. */
struct ExportTargetOptions
{
    /** Remembers the last format under this name (`roadmap`, `graph`); the folder is shared by every export. */
    QString settingsKey;
    QList<ExportFormat> formats;
    /** The file name without suffix (`roadmap`, `my-vision-graph`). */
    QString baseName;
    /** The open project's folder: the first suggestion is a folder outside it. */
    QString projectRoot;
};

/**
 * The format, file and PNG size rows of an export dialog, kept in agreement:
 * choosing a format changes the name's suffix, typing or browsing to a name
 * with a known suffix chooses that format. The last format, folder and PNG
 * size are remembered for the whole application, not per project.
 */
class ExportTargetWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ExportTargetWidget(ExportTargetOptions options, QWidget *parent = nullptr);

    [[nodiscard]] ExportFormat format() const;
    /** The absolute path to write, with the format's suffix added when the name has none of its own. */
    [[nodiscard]] QString path() const;
    [[nodiscard]] PngSize pngSize() const;
    /** Keeps format, folder and PNG size for the next export (call after a successful one). */
    void remember() const;

    /** Where exports go before the user has chosen a folder: Pictures or Documents, never inside `projectRoot`. */
    [[nodiscard]] static QString defaultFolder(const QString &projectRoot);
    /** The user-visible name of a format (`PNG picture`). */
    [[nodiscard]] static QString formatLabel(ExportFormat format);

Q_SIGNALS:
    void formatChanged(ExportFormat format);

private:
    void onFormatChosen();
    void onNameEdited();
    void browse();

    ExportTargetOptions m_options;
    QComboBox *m_format = nullptr;
    QLineEdit *m_file = nullptr;
    QToolButton *m_browse = nullptr;
    QSpinBox *m_pngSize = nullptr;
};

} // namespace storyloom
