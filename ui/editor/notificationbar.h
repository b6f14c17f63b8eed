// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <functional>

class QHBoxLayout;
class QLabel;

namespace storyloom {

/**
 * A bar above the editor that says something about the buffer (changed on
 * disk, deleted, read-only) and offers what can be done, one button each.
 * Never modal: typing goes on while it is shown.
 */
class NotificationBar : public QFrame
{
    Q_OBJECT
public:
    enum class Level { Info, Warning, Error };
    struct Choice
    {
        QString label;
        std::function<void()> action;
        /** A stable name (`keepMine`, `takeTheirs`, ...) so tests and scripts can find the button. */
        QString name;
    };

    explicit NotificationBar(QWidget *parent = nullptr);

    /** Shows `text` with `choices` (each hides the bar before it runs). */
    void present(Level level, const QString &text, const QList<Choice> &choices = {});
    void dismiss();
    [[nodiscard]] QString text() const;
    /** What the bar is about (`conflict`, `deleted`, `readOnly`, ...), empty when hidden. */
    [[nodiscard]] QString topic() const { return isHidden() ? QString() : m_topic; }
    void setTopic(const QString &topic) { m_topic = topic; }

private:
    QLabel *m_label;
    QHBoxLayout *m_buttons;
    QString m_topic;
};

} // namespace storyloom
