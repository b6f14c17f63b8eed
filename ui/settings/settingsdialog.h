// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace storyloom {

/** Settings > Editor: theme (system, light, dark), line numbers, wrap, autosave interval, preview. */
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    /** Stores the choices and tells open editors. */
    void apply();

private:
    QComboBox *m_theme;
    QCheckBox *m_lineNumbers;
    QCheckBox *m_softWrap;
    QCheckBox *m_autosave;
    QSpinBox *m_autosaveDelay;
    QCheckBox *m_preview;
    QCheckBox *m_scrollSync;
};

} // namespace storyloom
