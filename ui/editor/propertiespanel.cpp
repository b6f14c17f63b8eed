// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/propertiespanel.h"

#include "core/parse/frontmatter.h"
#include "ui/editor/referencecompleter.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <utility>

namespace storyloom {

namespace {
QStringList splitList(const QString &text)
{
    QStringList items = text.split(u',', Qt::SkipEmptyParts);
    for (QString &item : items)
        item = item.trimmed();
    items.removeAll(QString());
    return items;
}

/** Replaces the buffer's text by `after` as one undoable edit of only the part that differs. */
void applyMinimalEdit(QPlainTextEdit *editor, const QString &after)
{
    const QString before = editor->toPlainText();
    if (before == after)
        return;
    qsizetype prefix = 0;
    const qsizetype shortest = std::min(before.size(), after.size());
    while (prefix < shortest && before[prefix] == after[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shortest - prefix && before[before.size() - 1 - suffix] == after[after.size() - 1 - suffix])
        ++suffix;
    QTextCursor cursor(editor->document());
    cursor.setPosition(int(prefix));
    cursor.setPosition(int(before.size() - suffix), QTextCursor::KeepAnchor);
    cursor.insertText(after.mid(prefix, after.size() - prefix - suffix));
}
} // namespace

PropertiesPanel::PropertiesPanel(QPlainTextEdit *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_type(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_state(new QComboBox(this))
    , m_progress(new QDoubleSpinBox(this))
{
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_type->addItem(QString());
    for (EntityType type : allEntityTypes)
        m_type->addItem(displayName(type), toString(type));
    m_kind->addItem(QString());
    for (StoryKind kind : { StoryKind::StatusQuo, StoryKind::ShinyFuture })
        m_kind->addItem(displayName(kind), toString(kind));
    m_state->addItem(QString());
    for (GoalState state : allGoalStates)
        m_state->addItem(stateEmoji(state) + u' ' + displayName(state), toString(state));
    m_progress->setRange(-0.01, 1.0);
    m_progress->setSingleStep(0.05);
    m_progress->setSpecialValueText(tr("(not set)"));
    m_progress->setValue(-0.01);

    form->addRow(tr("Type:"), m_type);
    form->addRow(tr("Kind:"), m_kind);
    addLine(QStringLiteral("title"), tr("Title:"), ReferenceCompleter::Field::Single);
    addLine(QStringLiteral("characters"), tr("Characters:"), ReferenceCompleter::Field::List);
    addLine(QStringLiteral("values"), tr("Values:"), ReferenceCompleter::Field::List);
    addLine(QStringLiteral("pain_points"), tr("Pain points:"), ReferenceCompleter::Field::List);
    addLine(QStringLiteral("goals"), tr("Goals:"), ReferenceCompleter::Field::List);
    form->addRow(tr("State:"), m_state);
    form->addRow(tr("Progress:"), m_progress);
    addLine(QStringLiteral("owners"), tr("Owners:"), ReferenceCompleter::Field::List);
    addLine(QStringLiteral("parent"), tr("Parent goal:"), ReferenceCompleter::Field::Single);
    addCompletion(QStringLiteral("characters"), EntityType::Character);
    addCompletion(QStringLiteral("values"), EntityType::Value);
    addCompletion(QStringLiteral("pain_points"), EntityType::PainPoint);
    addCompletion(QStringLiteral("goals"), EntityType::Goal);
    addCompletion(QStringLiteral("parent"), EntityType::Goal);

    auto comboChanged = [this](QComboBox *combo, const QString &key) {
        connect(
            combo, &QComboBox::activated, this, [this, combo, key] { setValue(key, combo->currentData().toString()); });
    };
    comboChanged(m_type, QStringLiteral("type"));
    comboChanged(m_kind, QStringLiteral("kind"));
    comboChanged(m_state, QStringLiteral("state"));
    connect(m_progress, &QDoubleSpinBox::editingFinished, this, [this] {
        setValue(QStringLiteral("progress"), m_progress->value() < 0 ? QVariant() : QVariant(m_progress->value()));
    });
}

QLineEdit *PropertiesPanel::addLine(const QString &key, const QString &label, ReferenceCompleter::Field field)
{
    auto *line = new QLineEdit(this);
    line->setObjectName(key);
    if (field == ReferenceCompleter::Field::List)
        line->setPlaceholderText(tr("comma-separated"));
    connect(line, &QLineEdit::editingFinished, this, [this, key, field] { commitLine(key, field); });
    static_cast<QFormLayout *>(layout())->addRow(label, line);
    m_lines.insert(key, line);
    return line;
}

void PropertiesPanel::addCompletion(const QString &key, EntityType type)
{
    QLineEdit *line = m_lines.value(key);
    const ReferenceCompleter::Field field = fieldOf(line);
    auto *completer = new ReferenceCompleter(line, type, field);
    connect(completer, &ReferenceCompleter::inserted, this, [this, key, field] { commitLine(key, field); });
    m_completers.append(completer);
}

void PropertiesPanel::commitLine(const QString &key, ReferenceCompleter::Field field)
{
    const QString text = m_lines.value(key)->text().trimmed();
    setValue(key, field == ReferenceCompleter::Field::List ? QVariant(splitList(text)) : QVariant(text));
}

ReferenceCompleter::Field PropertiesPanel::fieldOf(const QLineEdit *line)
{
    // Only a list's line has the placeholder (addLine()).
    return line->placeholderText().isEmpty() ? ReferenceCompleter::Field::Single : ReferenceCompleter::Field::List;
}

void PropertiesPanel::setSnapshot(const Snapshot &snapshot)
{
    for (ReferenceCompleter *completer : std::as_const(m_completers))
        completer->setSnapshot(snapshot);
}

void PropertiesPanel::setValue(const QString &key, const QVariant &value)
{
    if (m_updating)
        return;
    const QByteArray before = m_editor->toPlainText().toUtf8();
    const bool empty = !value.isValid()
        || (value.typeId() == QMetaType::QStringList ? value.toStringList().isEmpty() : value.toString().isEmpty());
    const FrontMatter current = parseFrontMatter(before);
    if (empty && !current.keys.contains(key))
        return;
    const QByteArray after = empty ? removeFrontMatterKey(before, key) : setFrontMatterValue(before, key, value);
    m_updating = true;
    applyMinimalEdit(m_editor, QString::fromUtf8(after));
    m_updating = false;
}

void PropertiesPanel::refresh()
{
    if (m_updating)
        return;
    m_updating = true;
    const FrontMatter matter = parseFrontMatter(m_editor->toPlainText().toUtf8());
    auto setCombo = [&matter](QComboBox *combo, const QString &key) {
        if (!combo->hasFocus())
            combo->setCurrentIndex(std::max(0, combo->findData(matter.string(key))));
    };
    setCombo(m_type, QStringLiteral("type"));
    setCombo(m_kind, QStringLiteral("kind"));
    setCombo(m_state, QStringLiteral("state"));
    if (!m_progress->hasFocus()) {
        bool ok = false;
        const double progress = matter.string(QStringLiteral("progress")).toDouble(&ok);
        m_progress->setValue(ok ? progress : -0.01);
    }
    for (auto it = m_lines.cbegin(); it != m_lines.cend(); ++it) {
        if (it.value()->hasFocus())
            continue;
        const bool list = fieldOf(it.value()) == ReferenceCompleter::Field::List;
        it.value()->setText(list ? matter.list(it.key()).join(QStringLiteral(", ")) : matter.string(it.key()));
    }
    setEnabled(!matter.error);
    m_updating = false;
}

} // namespace storyloom
