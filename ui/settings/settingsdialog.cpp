// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/settingsdialog.h"

#include "ui/settings/editorsettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSpinBox>

namespace storyloom {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_theme(new QComboBox(this))
    , m_lineNumbers(new QCheckBox(tr("Show line numbers"), this))
    , m_softWrap(new QCheckBox(tr("Wrap long lines"), this))
    , m_autosave(new QCheckBox(tr("Save automatically after a pause and when leaving the editor"), this))
    , m_autosaveDelay(new QSpinBox(this))
    , m_preview(new QCheckBox(tr("Show the preview beside the editor"), this))
    , m_scrollSync(new QCheckBox(tr("Keep the preview scrolled with the editor"), this))
{
    setWindowTitle(tr("Settings"));
    m_theme->addItem(tr("Follow the system"), int(EditorSettings::Theme::System));
    m_theme->addItem(tr("Light"), int(EditorSettings::Theme::Light));
    m_theme->addItem(tr("Dark"), int(EditorSettings::Theme::Dark));
    m_theme->addItem(tr("High contrast"), int(EditorSettings::Theme::HighContrast));
    m_autosaveDelay->setRange(1, 600);
    m_autosaveDelay->setSuffix(tr(" s"));

    const EditorSettings settings = EditorSettings::load();
    m_theme->setCurrentIndex(m_theme->findData(int(settings.theme)));
    m_lineNumbers->setChecked(settings.lineNumbers);
    m_softWrap->setChecked(settings.softWrap);
    m_autosave->setChecked(settings.autosave);
    m_autosaveDelay->setValue(std::max(1, settings.autosaveDelayMs / 1000));
    m_preview->setChecked(settings.previewVisible);
    m_scrollSync->setChecked(settings.scrollSync);
    connect(m_autosave, &QCheckBox::toggled, m_autosaveDelay, &QWidget::setEnabled);
    m_autosaveDelay->setEnabled(settings.autosave);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Colours:"), m_theme);
    form->addRow(QString(), m_lineNumbers);
    form->addRow(QString(), m_softWrap);
    form->addRow(QString(), m_preview);
    form->addRow(QString(), m_scrollSync);
    form->addRow(QString(), m_autosave);
    form->addRow(tr("Autosave after:"), m_autosaveDelay);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void SettingsDialog::apply()
{
    EditorSettings settings;
    settings.theme = EditorSettings::Theme(m_theme->currentData().toInt());
    settings.lineNumbers = m_lineNumbers->isChecked();
    settings.softWrap = m_softWrap->isChecked();
    settings.autosave = m_autosave->isChecked();
    settings.autosaveDelayMs = m_autosaveDelay->value() * 1000;
    settings.previewVisible = m_preview->isChecked();
    settings.scrollSync = m_scrollSync->isChecked();
    settings.save();
    EditorSettingsNotifier::instance()->notify();
}

} // namespace storyloom
