// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/graph/coveragematrixwidget.h"

#include "core/export/coveragematrixwriter.h"
#include "core/util/logging.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <iterator>
#include <numeric>

namespace storyloom {

namespace {

const EntityClass choices[] = { { EntityType::Character, std::nullopt }, { EntityType::Value, std::nullopt },
    { EntityType::Story, std::nullopt }, { EntityType::Story, StoryKind::StatusQuo },
    { EntityType::Story, StoryKind::ShinyFuture }, { EntityType::PainPoint, std::nullopt },
    { EntityType::Goal, std::nullopt }, { EntityType::Project, std::nullopt } };

int indexOfClass(const EntityClass &kind)
{
    for (int i = 0; i < int(std::size(choices)); ++i) {
        if (choices[i] == kind)
            return i;
    }
    return 0;
}

/** A gap's tint: the base colour with some red, readable in light and dark palettes. */
QColor gapColor(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    return QColor::fromRgbF(base.redF() * 0.75f + 0.25f, base.greenF() * 0.75f + 0.02f, base.blueF() * 0.75f + 0.02f);
}

} // namespace

CoverageMatrixWidget::CoverageMatrixWidget(QWidget *parent)
    : QWidget(parent)
    , m_preset(new QComboBox(this))
    , m_rowType(new QComboBox(this))
    , m_columnType(new QComboBox(this))
    , m_through(new QComboBox(this))
    , m_byTotal(new QCheckBox(tr("Sort by total"), this))
    , m_table(new QTableWidget(this))
    , m_paths(new QTextBrowser(this))
{
    m_preset->setObjectName(QStringLiteral("matrixPreset"));
    m_rowType->setObjectName(QStringLiteral("matrixRows"));
    m_columnType->setObjectName(QStringLiteral("matrixColumns"));
    m_through->setObjectName(QStringLiteral("matrixThrough"));
    m_byTotal->setObjectName(QStringLiteral("matrixByTotal"));
    m_table->setObjectName(QStringLiteral("matrixTable"));
    m_paths->setObjectName(QStringLiteral("matrixPaths"));
    m_table->setAccessibleName(tr("Coverage matrix"));
    m_paths->setAccessibleName(tr("Stories and relations behind the chosen cell"));

    // Short minimum widths: the Graph tab's modes share one stack, and a wide row of choosers would
    // make the whole window wider than a laptop screen.
    for (QComboBox *box : { m_preset, m_rowType, m_columnType, m_through }) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(box == m_preset ? 14 : 8);
    }
    m_preset->addItem(tr("Characters × pain points (through stories)"));
    m_preset->addItem(tr("Pain points × goals"));
    m_preset->addItem(tr("Custom"));
    m_through->addItem(tr("any entity"));
    for (const EntityClass &kind : choices) {
        m_rowType->addItem(kind.title());
        m_columnType->addItem(kind.title());
        m_through->addItem(kind.title());
    }
    auto *exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setObjectName(QStringLiteral("matrixExport"));
    exportButton->setToolTip(tr("Export the matrix as CSV or SVG"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_preset);
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("Rows:"), this));
    bar->addWidget(m_rowType);
    bar->addWidget(new QLabel(tr("Columns:"), this));
    bar->addWidget(m_columnType);
    bar->addWidget(new QLabel(tr("Through:"), this));
    bar->addWidget(m_through);
    bar->addWidget(m_byTotal);
    bar->addStretch(1);
    bar->addWidget(exportButton);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_paths);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setDefaultSectionSize(72);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_paths->setOpenLinks(false);
    m_paths->setPlaceholderText(tr("Click a cell to list the paths behind it."));

    setOptions(CoverageMatrix::presets().front());
    connect(m_preset, &QComboBox::currentIndexChanged, this, [this](int index) {
        const auto presets = CoverageMatrix::presets();
        if (!m_updating && index >= 0 && size_t(index) < presets.size())
            setOptions(presets[size_t(index)]);
    });
    for (QComboBox *box : { m_rowType, m_columnType, m_through }) {
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (m_updating)
                return;
            m_updating = true;
            const auto presets = CoverageMatrix::presets();
            const CoverageOptions now = chosen();
            int preset = int(presets.size());
            for (size_t i = 0; i < presets.size(); ++i) {
                if (presets[i].rows == now.rows && presets[i].columns == now.columns
                    && presets[i].through == now.through)
                    preset = int(i);
            }
            m_preset->setCurrentIndex(preset);
            m_updating = false;
            rebuild();
        });
    }
    connect(m_byTotal, &QCheckBox::toggled, this, &CoverageMatrixWidget::fill);
    connect(m_table, &QTableWidget::cellClicked, this, &CoverageMatrixWidget::showPaths);
    connect(exportButton, &QPushButton::clicked, this, &CoverageMatrixWidget::chooseExport);
    connect(m_paths, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == u"open")
            Q_EMIT openRequested(url.fragment());
        else
            Q_EMIT entitySelected(url.fragment());
    });
}

CoverageOptions CoverageMatrixWidget::chosen() const
{
    CoverageOptions options;
    options.rows = choices[std::max(m_rowType->currentIndex(), 0)];
    options.columns = choices[std::max(m_columnType->currentIndex(), 0)];
    if (m_through->currentIndex() > 0)
        options.through = choices[m_through->currentIndex() - 1];
    return options;
}

void CoverageMatrixWidget::setOptions(const CoverageOptions &options)
{
    m_updating = true;
    m_rowType->setCurrentIndex(indexOfClass(options.rows));
    m_columnType->setCurrentIndex(indexOfClass(options.columns));
    m_through->setCurrentIndex(options.through ? indexOfClass(*options.through) + 1 : 0);
    const auto presets = CoverageMatrix::presets();
    int preset = int(presets.size());
    for (size_t i = 0; i < presets.size(); ++i) {
        if (presets[i].rows == options.rows && presets[i].columns == options.columns
            && presets[i].through == options.through)
            preset = int(i);
    }
    m_preset->setCurrentIndex(preset);
    m_updating = false;
    rebuild();
}

void CoverageMatrixWidget::setSnapshot(const Snapshot &snapshot)
{
    m_snapshot = snapshot;
    rebuild();
}

void CoverageMatrixWidget::rebuild()
{
    m_matrix = m_snapshot ? CoverageMatrix::build(*m_snapshot, chosen()) : CoverageMatrix();
    fill();
}

void CoverageMatrixWidget::fill()
{
    m_paths->clear();
    if (m_byTotal->isChecked()) {
        m_rows = m_matrix.rowsByTotal();
        m_columns = m_matrix.columnsByTotal();
    } else {
        m_rows.resize(m_matrix.rows().size());
        m_columns.resize(m_matrix.columns().size());
        std::iota(m_rows.begin(), m_rows.end(), 0);
        std::iota(m_columns.begin(), m_columns.end(), 0);
    }
    m_table->clear();
    m_table->setRowCount(int(m_rows.size()));
    m_table->setColumnCount(int(m_columns.size()));
    const QColor gap = gapColor(palette());
    const QFontMetrics metrics(font());
    const QString gapTip = tr("A gap: no path to any of them");
    for (size_t j = 0; j < m_columns.size(); ++j) {
        const Entity *e = m_matrix.columns()[size_t(m_columns[j])];
        auto *header = new QTableWidgetItem(metrics.elidedText(e->title, Qt::ElideRight, 68));
        header->setToolTip(e->title);
        if (m_matrix.columnTotal(m_columns[j]) == 0) {
            header->setBackground(gap);
            header->setToolTip(e->title + u'\n' + gapTip);
        }
        m_table->setHorizontalHeaderItem(int(j), header);
    }
    for (size_t i = 0; i < m_rows.size(); ++i) {
        const int r = m_rows[i];
        const Entity *e = m_matrix.rows()[size_t(r)];
        auto *header = new QTableWidgetItem(metrics.elidedText(e->title, Qt::ElideRight, 260));
        header->setToolTip(e->title);
        const bool emptyRow = m_matrix.rowTotal(r) == 0;
        if (emptyRow) {
            header->setBackground(gap);
            header->setToolTip(e->title + u'\n' + gapTip);
        }
        m_table->setVerticalHeaderItem(int(i), header);
        for (size_t j = 0; j < m_columns.size(); ++j) {
            const int n = m_matrix.count(r, m_columns[j]);
            auto *cell = new QTableWidgetItem(n > 0 ? QString::number(n) : QString());
            cell->setTextAlignment(Qt::AlignCenter);
            if (emptyRow || m_matrix.columnTotal(m_columns[j]) == 0)
                cell->setBackground(gap);
            m_table->setItem(int(i), int(j), cell);
        }
    }
}

void CoverageMatrixWidget::showPaths(int row, int column)
{
    if (!m_snapshot || row < 0 || column < 0 || size_t(row) >= m_rows.size() || size_t(column) >= m_columns.size())
        return;
    const int r = m_rows[size_t(row)], c = m_columns[size_t(column)];
    const Entity *from = m_matrix.rows()[size_t(r)];
    const Entity *to = m_matrix.columns()[size_t(c)];
    const auto link = [](const Entity *e) {
        return QStringLiteral("<a href=\"select:#%1\">%2</a>").arg(e->id.toHtmlEscaped(), e->title.toHtmlEscaped());
    };
    /** "→ exposes →" or "← features ←", as the relation points along the walk from `start`. */
    const auto step = [](const std::vector<const Relation *> &relations, const QString &start) {
        QStringList kinds, places;
        for (const Relation *rel : relations) {
            const QString name = displayName(rel->kind).toHtmlEscaped();
            kinds.append(rel->from == start ? u"→ " + name + u" →" : u"← " + name + u" ←");
            places.append(rel->source.toString().toHtmlEscaped());
        }
        return std::pair { kinds.join(QStringLiteral(" / ")), places };
    };
    const std::vector<CoveragePath> paths = m_matrix.paths(r, c);
    QString html = QStringLiteral("<p><b>%1</b> — <b>%2</b>: %3</p><ul>")
                       .arg(from->title.toHtmlEscaped(), to->title.toHtmlEscaped(),
                           tr("%n path(s)", nullptr, int(paths.size())));
    for (const CoveragePath &path : paths) {
        QStringList places;
        QString line = link(from) + u' ';
        const auto [firstKinds, firstPlaces] = step(path.first, from->id);
        line += firstKinds + u' ';
        places += firstPlaces;
        if (!path.via.isEmpty()) {
            const Entity *via = m_snapshot->entity(path.via);
            line += QStringLiteral("%1 (<a href=\"open:#%2\">%3</a>) ")
                        .arg(link(via), via->id.toHtmlEscaped(), tr("open"));
            const auto [secondKinds, secondPlaces] = step(path.second, via->id);
            line += secondKinds + u' ';
            places += secondPlaces;
        }
        line += link(to);
        places.removeDuplicates();
        html += QStringLiteral("<li>%1<br><small>%2</small></li>").arg(line, places.join(QStringLiteral(", ")));
    }
    html += QStringLiteral("</ul>");
    m_paths->setHtml(html);
}

std::optional<QString> CoverageMatrixWidget::exportTo(const QString &path) const
{
    const auto format = CoverageMatrixWriter::formatFromName(QFileInfo(path).suffix());
    if (!format)
        return tr("The matrix is exported as .csv, .svg or .md, not “%1”.").arg(QFileInfo(path).suffix());
    const QByteArray bytes = CoverageMatrixWriter::write(
        m_matrix, *format, m_byTotal->isChecked() ? MatrixOrder::ByTotal : MatrixOrder::Book);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        qCWarning(lcUiGraph) << "cannot write the matrix to" << path << file.errorString();
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    }
    return std::nullopt;
}

void CoverageMatrixWidget::chooseExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Matrix"),
        m_snapshot ? m_snapshot->rootPath() + QStringLiteral("/matrix.csv") : QString(),
        tr("CSV (*.csv);;SVG picture (*.svg);;Markdown table (*.md)"));
    if (path.isEmpty())
        return;
    if (const auto error = exportTo(path))
        m_paths->setPlainText(*error);
}

} // namespace storyloom
