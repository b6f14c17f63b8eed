// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/export/exporttargetwidget.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSettings>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStandardPaths>
#include <QToolButton>

namespace storyloom {

namespace {
const QString folderKey = QStringLiteral("export/folder");
const QString pngSizeKey = QStringLiteral("export/pngLongSide");

QString formatKey(const QString &settingsKey)
{
    return QStringLiteral("export/%1/format").arg(settingsKey);
}

bool isInside(const QString &path, const QString &root)
{
    if (root.isEmpty())
        return false;
    const QString relative = QDir(root).relativeFilePath(path);
    return !relative.startsWith(QLatin1StringView("..")) && !QDir::isAbsolutePath(relative);
}

/** `name` with its suffix replaced by `suffix` when it has a known one, else with `suffix` added. */
QString withSuffix(const QString &name, const QString &suffix)
{
    const QFileInfo info(name);
    QString base = name;
    if (!info.suffix().isEmpty() && DiagramExporter::formatFromName(info.suffix()))
        base.chop(info.suffix().size() + 1);
    if (base.isEmpty())
        return name;
    return base + u'.' + suffix;
}

QString filterFor(ExportFormat format)
{
    return QStringLiteral("%1 (*.%2)").arg(ExportTargetWidget::formatLabel(format), DiagramExporter::suffix(format));
}
} // namespace

ExportTargetWidget::ExportTargetWidget(ExportTargetOptions options, QWidget *parent)
    : QWidget(parent)
    , m_options(std::move(options))
{
    QSettings settings;
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("format"));
    for (ExportFormat format : std::as_const(m_options.formats))
        m_format->addItem(formatLabel(format), int(format));
    const auto remembered
        = DiagramExporter::formatFromName(settings.value(formatKey(m_options.settingsKey)).toString());
    const int rememberedIndex = remembered ? m_format->findData(int(*remembered)) : -1;
    m_format->setCurrentIndex(std::max(0, rememberedIndex));
    form->addRow(tr("Format:"), m_format);

    QString folder = settings.value(folderKey).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = defaultFolder(m_options.projectRoot);
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("file"));
    // Its form row holds a layout, which a label cannot name.
    m_file->setAccessibleName(tr("Export file"));
    m_file->setText(QDir(folder).filePath(m_options.baseName + u'.' + DiagramExporter::suffix(format())));
    m_file->setMinimumWidth(fontMetrics().averageCharWidth() * 36);
    m_browse = new QToolButton(this);
    m_browse->setObjectName(QStringLiteral("browse"));
    m_browse->setText(tr("Browse…"));
    m_browse->setAccessibleName(tr("Choose the export file"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    form->addRow(tr("File:"), fileRow);

    m_pngSize = new QSpinBox(this);
    m_pngSize->setObjectName(QStringLiteral("pngSize"));
    m_pngSize->setRange(200, 16000);
    m_pngSize->setSingleStep(500);
    m_pngSize->setSuffix(tr(" px"));
    m_pngSize->setValue(settings.value(pngSizeKey, PngSize::defaultLongSide).toInt());
    m_pngSize->setToolTip(tr("The picture's longer side, in pixels"));
    form->addRow(tr("PNG size:"), m_pngSize);
    m_pngSize->setEnabled(format() == ExportFormat::Png);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportTargetWidget::onFormatChosen);
    connect(m_file, &QLineEdit::textEdited, this, &ExportTargetWidget::onNameEdited);
    connect(m_browse, &QToolButton::clicked, this, &ExportTargetWidget::browse);
}

ExportFormat ExportTargetWidget::format() const
{
    return ExportFormat(m_format->currentData().toInt());
}

QString ExportTargetWidget::path() const
{
    QString name = m_file->text().trimmed();
    if (name.isEmpty())
        return {};
    if (name.startsWith(QLatin1StringView("~/")))
        name = QDir::home().filePath(name.mid(2));
    // A suffix of another format (one this export does not offer) must not
    // mislabel the file: the format's own suffix goes after it.
    if (DiagramExporter::formatFromName(QFileInfo(name).suffix()) != format())
        name += u'.' + DiagramExporter::suffix(format());
    return QFileInfo(name).absoluteFilePath();
}

PngSize ExportTargetWidget::pngSize() const
{
    PngSize size;
    size.longSide = m_pngSize->value();
    return size;
}

void ExportTargetWidget::remember() const
{
    QSettings settings;
    settings.setValue(formatKey(m_options.settingsKey), DiagramExporter::formatName(format()));
    const QString target = path();
    if (!target.isEmpty())
        settings.setValue(folderKey, QFileInfo(target).absolutePath());
    settings.setValue(pngSizeKey, m_pngSize->value());
}

QString ExportTargetWidget::defaultFolder(const QString &projectRoot)
{
    for (auto location :
        { QStandardPaths::PicturesLocation, QStandardPaths::DocumentsLocation, QStandardPaths::HomeLocation }) {
        const QString folder = QStandardPaths::writableLocation(location);
        if (!folder.isEmpty() && QFileInfo(folder).isDir() && !isInside(folder, projectRoot))
            return folder;
    }
    // A home inside the project (unusual, but a test or a container can do it): one level above the project.
    return QFileInfo(projectRoot).absolutePath();
}

QString ExportTargetWidget::formatLabel(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Svg:
        return tr("SVG picture (links to pages)");
    case ExportFormat::Png:
        return tr("PNG picture");
    case ExportFormat::Pdf:
        return tr("PDF document");
    case ExportFormat::Dot:
        return tr("Graphviz DOT");
    case ExportFormat::Mermaid:
        return tr("Mermaid flowchart");
    case ExportFormat::Markdown:
        return tr("Markdown overview table");
    }
    return {};
}

void ExportTargetWidget::onFormatChosen()
{
    const ExportFormat chosen = format();
    const QString name = m_file->text().trimmed();
    if (!name.isEmpty()) {
        const QString renamed = withSuffix(name, DiagramExporter::suffix(chosen));
        if (renamed != name)
            m_file->setText(renamed);
    }
    m_pngSize->setEnabled(chosen == ExportFormat::Png);
    Q_EMIT formatChanged(chosen);
}

void ExportTargetWidget::onNameEdited()
{
    const auto typed = DiagramExporter::formatFromName(QFileInfo(m_file->text().trimmed()).suffix());
    if (!typed)
        return;
    const int index = m_format->findData(int(*typed));
    if (index < 0 || index == m_format->currentIndex())
        return;
    // The name leads here: switching the format must not rewrite what is being typed.
    {
        const QSignalBlocker blocker(m_format);
        m_format->setCurrentIndex(index);
    }
    m_pngSize->setEnabled(*typed == ExportFormat::Png);
    Q_EMIT formatChanged(*typed);
}

void ExportTargetWidget::browse()
{
    QStringList filters;
    for (ExportFormat format : std::as_const(m_options.formats))
        filters << filterFor(format);
    QString selected = filterFor(format());
    QString chosen
        = QFileDialog::getSaveFileName(this, tr("Export To"), path(), filters.join(QStringLiteral(";;")), &selected);
    if (chosen.isEmpty())
        return;
    // The name's suffix decides; without one, the filter the user picked does.
    if (!DiagramExporter::formatFromName(QFileInfo(chosen).suffix())) {
        const qsizetype index = filters.indexOf(selected);
        const ExportFormat picked = index >= 0 ? m_options.formats.at(index) : format();
        chosen += u'.' + DiagramExporter::suffix(picked);
    }
    m_file->setText(chosen);
    onNameEdited();
}

} // namespace storyloom
